/** Reading a table row by row whether its host read it by row or by column. */
import type { RawTable } from "../../src/workbook/ports";
import { rowCount, rowReader, rowsFromColumns } from "../../src/workbook/tableRows";

const byRow: RawTable = {
  name: "Invoices",
  sheet: "Invoices",
  headers: ["id", "amount"],
  rows: [["I1", 10], ["I2"], ["I3", 30, "extra"]],
  firstDataRow: 2,
};
const columns = {
  rowCount: 3,
  cells: [
    ["I1", "I2", "I3"],
    [10, undefined, 30],
    [undefined, undefined, "extra"],
  ],
};
const byColumn: RawTable = { ...byRow, rows: rowsFromColumns(columns), columns };

describe("tableRows", () => {
  it("rows from columns end at each row's last present cell, as the rows were read", () => {
    expect(rowsFromColumns(columns)).toEqual([["I1", 10], ["I2"], ["I3", 30, "extra"]]);
    expect(rowsFromColumns(columns)[1]).toHaveLength(1);
  });

  it("counts rows and reads the same cells either way; past a short row's end a cell is undefined", () => {
    for (const table of [byRow, byColumn]) {
      expect(rowCount(table)).toBe(3);
      const rowAt = rowReader(table);
      expect([rowAt(0)[0], rowAt(0)[1], rowAt(1)[0], rowAt(1)[1], rowAt(2)[2]]).toEqual([
        "I1",
        10,
        "I2",
        undefined,
        "extra",
      ]);
    }
  });

  it("a table read by column reuses one row: a row is only valid until the next call", () => {
    const rowAt = rowReader(byColumn);
    const first = rowAt(0);
    expect(rowAt(2)).toBe(first);
    expect(first[0]).toBe("I3");
  });
});
