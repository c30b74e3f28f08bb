import ExcelJS from "exceljs";
import { listXlsxTables, loadXlsx, XlsxWorkbookSource } from "../../src/files/xlsxWorkbookSource";

/** A workbook as the browser pane holds it: written to bytes and loaded back, as a user's file would be. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return loadXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "test.xlsx");
}

describe("listing an .xlsx's tables and data sheets for the scorecard builder", () => {
  it("lists tables with their headers and data rows (totals row excluded), then sheets that hold no table", async () => {
    const wb = await roundTrip((w) => {
      const data = w.addWorksheet("Data");
      data.getCell("A1").value = "Title over the table";
      data.addTable({
        name: "Applicants",
        ref: "A3",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Id", totalsRowLabel: "Total" },
          { name: "Income", totalsRowFunction: "sum" },
          { name: " Bad " },
        ],
        rows: [
          [1, 100, 0],
          [2, 200, 1],
        ],
      });
      w.addWorksheet("Empty");
      const raw = w.addWorksheet("Raw");
      raw.addRow(["Age", "Outcome"]);
      raw.addRow([40, "good"]);
      raw.addRow([50, "bad"]);
    });

    expect(listXlsxTables(wb)).toEqual([
      { name: "Applicants", kind: "table", sheet: "Data", rows: 2, headers: ["Id", "Income", "Bad"] },
      { name: "Raw", kind: "sheet", sheet: "Raw", rows: 2, headers: ["Age", "Outcome"] },
    ]);
  });

  it("lists what readTable then reads: same headers, same number of rows, no totals row", async () => {
    const wb = await roundTrip((w) => {
      w.addWorksheet("Data").addTable({
        name: "Applicants",
        ref: "B2",
        headerRow: true,
        totalsRow: true,
        columns: [
          { name: "Id", totalsRowLabel: "Total" },
          { name: "Income", totalsRowFunction: "sum" },
        ],
        rows: [
          [1, 100],
          [2, 200],
          [3, 300],
        ],
      });
    });
    const [listed] = listXlsxTables(wb);
    const read = await XlsxWorkbookSource.of(wb, "test.xlsx").readTable(listed.name);
    expect(read?.headers).toEqual(listed.headers);
    expect(read?.rows).toEqual([
      [1, 100],
      [2, 200],
      [3, 300],
    ]);
  });

  it("leaves out a sheet whose name a table takes, since reading by that name finds the table", async () => {
    const wb = await roundTrip((w) => {
      w.addWorksheet("Sheet1").addTable({ name: "Customers", ref: "A1", columns: [{ name: "x" }], rows: [[1]] });
      w.addWorksheet("Customers").addRow(["old copy"]);
    });
    expect(listXlsxTables(wb).map((t) => `${t.kind}:${t.name}`)).toEqual(["table:Customers"]);
  });
});
