/** historyForRerun: a same-date re-run replaces that date's ReviewHistory rows; any other run appends. */
import { serialFromIso } from "../../src/core/dates";
import { NumberFormats, type ReviewWorkbookLayout } from "../../src/workbook/layout";
import { historyForRerun } from "../../src/workbook/historyRerun";
import type { RawTable } from "../../src/workbook/ports";

const AS_OF = serialFromIso("2026-06-30")!;
const EARLIER = serialFromIso("2026-03-31")!;

const layout: ReviewWorkbookLayout = {
  sheets: [{ name: "Credit Review", tables: [] }],
  historyAppend: {
    sheetName: "ReviewHistory",
    columns: [
      { header: "Review Date", numberFormat: NumberFormats.date },
      { header: "Customer ID" },
      { header: "Score", numberFormat: NumberFormats.decimal2 },
    ],
    rows: [
      [AS_OF, "C1", 71],
      [AS_OF, "C2", 40],
    ],
  },
};

function history(rows: RawTable["rows"], headers = ["Review Date", "Customer ID", "Score"]): RawTable {
  return { name: "ReviewHistory", sheet: "ReviewHistory", headers, rows, firstDataRow: 2 };
}

describe("historyForRerun", () => {
  it("appends (returns the layout as it is) when no history row has the as-of date, or there is no history", () => {
    expect(historyForRerun(layout, undefined, AS_OF)).toBe(layout);
    expect(historyForRerun(layout, history([[EARLIER, "C1", 75]]), AS_OF)).toBe(layout);
  });

  it("appends, never rewrites, a history the review does not keep itself: a ReviewHistory table on a user's sheet, or below other rows", () => {
    const sameDate = [[AS_OF, "C1", 10]];
    expect(historyForRerun(layout, { ...history(sameDate), sheet: "Data" }, AS_OF)).toBe(layout);
    expect(historyForRerun(layout, { ...history(sameDate), firstDataRow: 5 }, AS_OF)).toBe(layout);
    // Its own sheet under the other language's name is its own.
    const chinese = { ...layout, historyAppend: { ...layout.historyAppend, aliases: ["评审历史"] } };
    expect(historyForRerun(chinese, { ...history(sameDate), sheet: "评审历史" }, AS_OF)).not.toBe(chinese);
  });

  it("replaces the as-of date's rows: the history becomes an output sheet, earlier rows first, then this review's", () => {
    const written = historyForRerun(
      layout,
      history([
        [EARLIER, "C1", 75],
        [AS_OF, "C1", 10],
        [AS_OF, "C2", 20],
      ]),
      AS_OF,
    );
    expect(written.historyAppend).toBeUndefined();
    expect(written.sheets.map((s) => s.name)).toEqual(["Credit Review", "ReviewHistory"]);
    const table = written.sheets[1].tables[0];
    expect(table.name).toBe("ReviewHistory");
    expect(table.columns.map((c) => c.numberFormat)).toEqual([NumberFormats.date, undefined, NumberFormats.decimal2]);
    expect(table.rows).toEqual([
      [EARLIER, "C1", 75],
      [AS_OF, "C1", 71],
      [AS_OF, "C2", 40],
    ]);
  });

  it("keeps the sheet's own column order and a column of the user's (blank in the new rows); reads dates as the file gives them", () => {
    const written = historyForRerun(
      layout,
      history(
        [
          ["C1", new Date(Date.UTC(2026, 2, 31)), "note", 75],
          ["C1", "2026-06-30", "old", 10],
        ],
        ["客户编号", "评审日期", "My note", "Score"],
      ),
      AS_OF,
    );
    const table = written.sheets[1].tables[0];
    expect(table.columns.map((c) => c.header)).toEqual(["客户编号", "评审日期", "My note", "Score"]);
    expect(table.rows).toEqual([
      ["C1", EARLIER, "note", 75],
      ["C1", AS_OF, null, 71],
      ["C2", AS_OF, null, 40],
    ]);
  });
});
