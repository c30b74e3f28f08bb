/** The Office.js review sink, against the fake Excel host: what it draws, what it leaves alone, how it fails. */
import { ExcelReviewSink, ReviewWriteError } from "../../src/excel/excelReviewSink";
import { PAYLOAD_LIMIT_BYTES, WRITE_BUDGET_BYTES } from "../../src/excel/payload";
import { NumberFormats, type WorkbookLayout } from "../../src/workbook/layout";
import type { FakeExcel } from "../fakes/excel/fakeExcel";
import { AS_OF, FORMULA_LIKE, reviewLayout, userWorkbook } from "./reviewFixtures";

const USER_SHEETS = ["Customers", "Invoices", "Notes"];
const OUTPUT_SHEETS = ["Summary", "Credit Review", "Aging", "Collections", "Data Issues", "ReviewHistory"];

function sinkFor(excel: FakeExcel, options: { budgetBytes?: number } = {}): ExcelReviewSink {
  return new ExcelReviewSink(excel.run, { runTag: () => "T1", yieldToHost: async () => undefined, ...options });
}

describe("ExcelReviewSink draws the layout", () => {
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = userWorkbook(1_000);
    await sinkFor(excel).write(reviewLayout(1_000));
  });

  it("adds the output sheets after the user's, and ReviewHistory", () => {
    expect(excel.sheetNames()).toEqual([...USER_SHEETS, ...OUTPUT_SHEETS]);
  });

  it("writes the title, the KPI block with its number formats (a sheet without a table), and the table header", () => {
    expect(excel.cell("Summary", "A1").value).toBe("Credit review as of 2026-06-30 (run 1)");
    expect(excel.cell("Summary", "A3")).toEqual({ value: "Open receivables", numberFormat: "@" });
    expect(excel.cell("Summary", "B3")).toEqual({ value: 1_234_567.89, numberFormat: NumberFormats.money });
    expect(excel.cell("Summary", "C4").value).toBe("days, trailing year");
    expect(excel.cell("Summary", "B6")).toEqual({ value: AS_OF, numberFormat: NumberFormats.date });
    expect(excel.tables().some((table) => table.sheet === "Summary")).toBe(false);
    expect(excel.sheetValues("Credit Review")[0]).toEqual([
      "Customer ID",
      "Customer Name",
      "Grade",
      "Exposure",
      "Credit Limit",
      "Utilisation",
      "Over Limit",
      "Max DPD",
    ]);
  });

  it("writes every data row with the column's number format", () => {
    const rows = excel.sheetValues("Credit Review").slice(1);
    expect(rows).toHaveLength(100);
    expect(rows[1]).toEqual(["C00001", "Customer 1", "B", 10_007.5, 50_000, 10_007.5 / 50_000, false, 1]);
    // rows[1] is on sheet row 3: the header on 1, rows[0] on 2.
    expect(excel.cell("Credit Review", "D3").numberFormat).toBe(NumberFormats.money);
    expect(excel.cell("Credit Review", "F3").numberFormat).toBe(NumberFormats.percent);
    expect(excel.sheetValues("Collections")).toHaveLength(1 + 750);
  });

  it("makes each layout table an Excel table of header plus data rows", () => {
    expect(excel.tables()).toEqual(
      expect.arrayContaining([
        { name: "CreditReview", sheet: "Credit Review", address: "A1:H101" },
        { name: "AgingBuckets", sheet: "Aging", address: "A3:C8" },
        { name: "Collections", sheet: "Collections", address: "A1:G751" },
        { name: "DataIssues", sheet: "Data Issues", address: "A1:E4" },
        { name: "ReviewHistory", sheet: "ReviewHistory", address: "A1:D101" },
      ]),
    );
  });

  it("adds the conditional formats over the data rows: over-limit rows, 90+ days past due, grade colour, exposure bars", () => {
    expect(excel.sheet("Credit Review").conditionalFormats).toEqual([
      { type: "Custom", address: "A2:H101", rule: { formula: "=$G2=TRUE" }, fill: "#FDE7E9" },
      {
        type: "CellValue",
        address: "H2:H101",
        rule: { formula1: "=90", operator: "GreaterThan" },
        fill: "#F4B6B6",
        fontColor: "#9C0006",
      },
      { type: "CellValue", address: "C2:C101", rule: { formula1: '="E"', operator: "EqualTo" }, fill: "#C00000" },
      { type: "DataBar", address: "D2:D101", barColor: "#5B9BD5" },
    ]);
  });

  it("freezes the header rows", () => {
    expect(excel.sheet("Credit Review").frozenRows).toBe(1);
    expect(excel.sheet("Summary").frozenRows ?? 0).toBe(0);
    expect(excel.sheet("Collections").frozenRows).toBe(1);
  });

  it("sets up printing as the layout says: orientation, pages across, no limit down, print area, header rows", () => {
    expect(excel.sheet("Credit Review").print).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printArea: "A1:H101",
      printTitleRows: "1:1",
    });
    // Summary: portrait, one page across, its 6 rows × 3 columns, no title rows.
    expect(excel.sheet("Summary").print).toEqual({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1 },
      printArea: "A1:C6",
    });
    // Aging: portrait, two pages across, no title rows (A1:M18 is 18 rows × 13 columns).
    expect(excel.sheet("Aging").print).toEqual({
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 2 },
      printArea: "A1:M18",
    });
    // A history sheet made by this write: its header row repeated, no print area (it grows with every review).
    expect(excel.sheet("ReviewHistory").print).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "1:1",
    });
    // A layout without print setup leaves Excel's defaults.
    expect(excel.sheet("Collections").print).toEqual({});
  });

  it("adds a native chart whose series read the table's columns under the final sheet name", () => {
    expect(excel.charts("Aging")).toEqual([
      {
        type: "ColumnClustered",
        title: "Open receivables by age",
        // Anchored at row 2, column 5 (F3), 16 rows × 8 columns: to row 2 + 15 = 17 (18) and column 5 + 7 = 12 (M).
        position: "F3:M18",
        series: [
          { name: "Open", values: "Aging!B4:B8", xValues: "Aging!A4:A8" },
          { name: "Provision", values: "Aging!C4:C8", xValues: "Aging!A4:A8" },
        ],
      },
    ]);
  });

  it("keeps text that starts with =, +, -, @ (and leading zeros) as text, never a formula", () => {
    const notes = excel
      .sheetValues("Collections")
      .slice(1, 1 + FORMULA_LIKE.length)
      .map((row) => row[6]);
    expect(notes).toEqual(FORMULA_LIKE);
    for (let row = 2; row < 2 + FORMULA_LIKE.length; row++)
      expect(excel.cell("Collections", `G${row}`)).toEqual({ value: FORMULA_LIKE[row - 2], numberFormat: "@" });
    expect(excel.cell("Credit Review", "B2")).toEqual({ value: '=HYPERLINK("http://x")', numberFormat: "@" });
    expect(excel.cell("Data Issues", "D4")).toEqual({ value: "=cmd|' /C calc'!A0", numberFormat: "@" });
    expect(excel.cell("Data Issues", "D3")).toEqual({ value: 46203, numberFormat: "General" });
  });

  it("leaves no temporary sheet or table behind", () => {
    expect(excel.sheetNames().some((name) => name.startsWith("CDT1"))).toBe(false);
    expect(excel.tables().some((table) => table.name.startsWith("CDT1"))).toBe(false);
  });
});

describe("ExcelReviewSink never touches the user's sheets", () => {
  it("leaves every user sheet byte-for-byte as it was, through two runs", async () => {
    const excel = userWorkbook(1_000);
    const before = USER_SHEETS.map((name) => excel.sheetSnapshot(name));
    await sinkFor(excel).write(reviewLayout(1_000));
    await sinkFor(excel).write(reviewLayout(1_000, "run 2"));
    expect(USER_SHEETS.map((name) => excel.sheetSnapshot(name))).toEqual(before);
  });

  it("refuses, before writing anything, when a user's table holds a name the review needs", async () => {
    const excel = userWorkbook(100);
    excel.addTable("Notes", "Collections", "A1:A2");
    const before = excel.snapshot();
    const write = sinkFor(excel).write(reviewLayout(100));
    await expect(write).rejects.toBeInstanceOf(ReviewWriteError);
    await expect(write).rejects.toMatchObject({
      code: "reviewTableNameTaken",
      params: { table: "Collections", sheet: "Notes" },
    });
    expect(excel.snapshot()).toBe(before);
  });
});

describe("ExcelReviewSink re-runs", () => {
  it("replaces only its own sheets, in their places, and appends to ReviewHistory", async () => {
    const excel = userWorkbook(1_000);
    await sinkFor(excel).write(reviewLayout(1_000));
    excel.addSheet("After Review", [["a user sheet added later"]]);
    await sinkFor(excel).write(reviewLayout(1_000, "run 2"));

    expect(excel.sheetNames()).toEqual([...USER_SHEETS, ...OUTPUT_SHEETS, "After Review"]);
    expect(excel.cell("Summary", "A1").value).toBe("Credit review as of 2026-06-30 (run 2)");
    expect(excel.sheetValues("After Review")).toEqual([["a user sheet added later"]]);
    const history = excel.sheetValues("ReviewHistory");
    expect(history).toHaveLength(1 + 100 + 100);
    expect(history[0]).toEqual(["Review Date", "Customer ID", "Grade", "Exposure"]);
    expect(history[101]).toEqual([AS_OF, "C00000", "A", 10_000]);
    expect(excel.tables().find((table) => table.name === "ReviewHistory")).toEqual({
      name: "ReviewHistory",
      sheet: "ReviewHistory",
      address: "A1:D201",
    });
    expect(excel.tables().map((table) => table.name)).toEqual([
      "Customers",
      "Invoices",
      "ReviewHistory",
      "CreditReview",
      "AgingBuckets",
      "Collections",
      "DataIssues",
    ]);
  });

  it("appends below a ReviewHistory that is a plain sheet, without making it a table", async () => {
    const excel = userWorkbook(100);
    excel.addSheet("ReviewHistory", [
      ["Review Date", "Customer ID", "Grade", "Exposure"],
      [AS_OF - 30, "C00000", "B", 9_000],
    ]);
    await sinkFor(excel).write(reviewLayout(100));
    const history = excel.sheetValues("ReviewHistory");
    expect(history).toHaveLength(2 + 10);
    expect(history[2]).toEqual([AS_OF, "C00000", "A", 10_000]);
    expect(excel.tables().some((table) => table.sheet === "ReviewHistory")).toBe(false);
  });
});

describe("ExcelReviewSink with a layout that appends no history (the scorecard builder's)", () => {
  const cardLayout = (points: number): WorkbookLayout => ({
    sheets: [
      {
        name: "Scorecard",
        tables: [
          {
            name: "Scorecard",
            startRow: 0,
            columns: [
              { header: "Factor" },
              { header: "From" },
              { header: "To" },
              { header: "Category" },
              { header: "Points" },
            ],
            rows: [
              ["Years", null, 3, null, points],
              ["Years", 3, null, null, points + 20],
            ],
          },
        ],
      },
    ],
  });

  it("creates no ReviewHistory sheet", async () => {
    const excel = userWorkbook(10);
    await sinkFor(excel).write(cardLayout(10));
    expect(excel.sheetNames()).toEqual([...USER_SHEETS, "Scorecard"]);
    expect(excel.sheetValues("Scorecard")[2]).toEqual(["Years", 3, null, null, 30]);
  });

  it("leaves an existing ReviewHistory exactly as it was, and replaces its own sheet on a re-run", async () => {
    const excel = userWorkbook(10);
    await sinkFor(excel).write(reviewLayout(10));
    const history = excel.sheetSnapshot("ReviewHistory");
    await sinkFor(excel).write(cardLayout(10));
    await sinkFor(excel).write(cardLayout(50));
    expect(excel.sheetSnapshot("ReviewHistory")).toBe(history);
    expect(excel.sheetNames()).toEqual([...USER_SHEETS, ...OUTPUT_SHEETS, "Scorecard"]);
    expect(excel.sheetValues("Scorecard")[1]).toEqual(["Years", null, 3, null, 50]);
    expect(excel.tables().filter((table) => table.name === "Scorecard")).toEqual([
      { name: "Scorecard", sheet: "Scorecard", address: "A1:E3" },
    ]);
  });
});

describe("ExcelReviewSink is all or nothing", () => {
  /** A workbook that already holds a review, so a failed re-run has old sheets to lose. */
  async function reviewed(): Promise<FakeExcel> {
    const excel = userWorkbook(300);
    await sinkFor(excel, { budgetBytes: 8_000 }).write(reviewLayout(300));
    excel.resetCounters();
    return excel;
  }

  it("leaves the workbook exactly as it was, or exactly as a clean run would, whatever sync fails and wherever in its batch", async () => {
    const clean = await reviewed();
    await sinkFor(clean, { budgetBytes: 8_000 }).write(reviewLayout(300, "run 2"));
    const afterClean = clean.snapshot({ ids: false });
    const syncs = clean.syncs.map((sync) => sync.operations.length);
    expect(syncs.length).toBeGreaterThan(5); // several data requests, so failures land between them too

    let undone = 0;
    let finished = 0;
    for (const [index, operations] of syncs.entries()) {
      for (const afterOperations of new Set([0, 1, Math.floor(operations / 2), operations - 1, operations])) {
        const excel = await reviewed();
        const before = excel.snapshot();
        excel.failAtSync(index + 1, afterOperations);
        const outcome = await sinkFor(excel, { budgetBytes: 8_000 })
          .write(reviewLayout(300, "run 2"))
          .then(
            () => "written",
            (error: unknown) => error,
          );
        const where = `sync ${index + 1} of ${syncs.length}, after ${afterOperations} of ${operations} operations`;
        if (outcome === "written") {
          finished++;
          expect({ where, state: excel.snapshot({ ids: false }) }).toEqual({ where, state: afterClean });
        } else {
          undone++;
          expect(outcome).toBeInstanceOf(ReviewWriteError);
          expect({ where, code: (outcome as ReviewWriteError).code }).toEqual({ where, code: "reviewWriteFailed" });
          expect({ where, state: excel.snapshot() }).toEqual({ where, state: before });
        }
      }
    }
    expect(undone).toBeGreaterThan(0);
    expect(finished).toBeGreaterThan(0); // failures during the swap's final deletes finish the write instead
  });

  it.each([
    "worksheets.add",
    "range.values",
    "tables.add",
    "table.name",
    "conditionalFormats.add",
    "charts.add",
    "worksheet.name",
    "worksheet.position",
    "table.resize",
  ])("undoes everything when %s fails", async (operation) => {
    const excel = await reviewed();
    const before = excel.snapshot();
    excel.failOnOperation(operation);
    await expect(sinkFor(excel, { budgetBytes: 8_000 }).write(reviewLayout(300, "run 2"))).rejects.toMatchObject({
      code: "reviewWriteFailed",
    });
    expect(excel.snapshot()).toBe(before);
  });

  it("undoes a first run completely: no output sheet, no ReviewHistory", async () => {
    const excel = userWorkbook(300);
    const before = excel.snapshot();
    excel.failOnOperation("worksheet.name", 3);
    await expect(sinkFor(excel).write(reviewLayout(300))).rejects.toBeInstanceOf(ReviewWriteError);
    expect(excel.snapshot()).toBe(before);
  });

  it("says so, naming the leftover prefix, when undoing fails too", async () => {
    const excel = await reviewed();
    excel.failOnOperation("charts.add");
    excel.failAtSync(4); // syncs 1–2 inspect, 3 carries the failing chart, 4 is the recovery's first
    const write = sinkFor(excel).write(reviewLayout(300, "run 2"));
    await expect(write).rejects.toMatchObject({
      code: "reviewWriteCleanupFailed",
      params: expect.objectContaining({ prefix: "CDT1" }),
    });
  });
});

describe("ExcelReviewSink request sizes and sync counts", () => {
  async function measuredWrite(invoices: number) {
    const excel = userWorkbook(invoices);
    let pauses = 0;
    const sink = new ExcelReviewSink(excel.run, { runTag: () => "T1", yieldToHost: async () => void pauses++ });
    const started = Date.now();
    await sink.write(reviewLayout(invoices));
    const totalBytes = excel.syncs.reduce((sum, sync) => sum + sync.requestBytes, 0);
    return { excel, syncs: excel.syncs, totalBytes, pauses, millis: Date.now() - started };
  }

  it("writes 1,000 invoices in 4 syncs: 2 to inspect, 1 request of data, 1 to swap", async () => {
    const { syncs, totalBytes } = await measuredWrite(1_000);
    expect(syncs).toHaveLength(4);
    expect(syncs[2].calculationSuspended).toBe(true);
    expect(totalBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    report(
      "write 1,000 invoices",
      syncs.length,
      syncs.map((sync) => sync.requestBytes),
    );
  });

  it("writes 100,000 invoices with every request under 4 MB and one data request per 3 MB written", async () => {
    const { syncs, totalBytes, pauses, millis } = await measuredWrite(100_000);
    const dataRequests = syncs.slice(2, -1);
    for (const sync of syncs) expect(sync.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    for (const sync of dataRequests) expect(sync.calculationSuspended).toBe(true);
    // Bounded by size, not rows: full requests but for the last, each at least 90 % of the budget.
    expect(dataRequests.length).toBeLessThanOrEqual(Math.ceil(totalBytes / (0.9 * WRITE_BUDGET_BYTES)));
    expect(dataRequests.length).toBeGreaterThan(1);
    expect(pauses).toBe(dataRequests.length - 1);
    report(
      `write 100,000 invoices (${millis} ms)`,
      syncs.length,
      syncs.map((sync) => sync.requestBytes),
    );
  }, 120_000);
});

function report(what: string, syncs: number, bytes: number[]): void {
  process.stdout.write(`${what}: ${syncs} syncs, request bytes ${bytes.join(", ")} (max ${Math.max(...bytes)})\n`);
}
