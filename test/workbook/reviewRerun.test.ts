/**
 * Re-running a review on its own output changes nothing but history: through the .xlsx path (the CLI's) and through
 * the Excel adapter (the pane's, on the fake host). A re-run on the same as-of date compares with the review before
 * that date, never with itself, and replaces that date's ReviewHistory rows; a later date appends its own.
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { SAMPLE_AS_OF } from "../../src/sample/samplePortfolio";
import { XlsxReviewSink } from "../../src/files/xlsxReviewSink";
import { ExcelPaneHost } from "../../src/taskpane/excelPaneHost";
import { REVIEW_SHEETS } from "../../src/workbook/reviewLayout";
import { runWorkbookReview, type ReviewOutcome } from "../../src/workbook/runWorkbookReview";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { tempDir } from "../helpers/tempDir";

const SAMPLE_FILE = join(__dirname, "../../assets/sample-portfolio.xlsx");
const REVIEW_SHEET_NAMES = [
  REVIEW_SHEETS.summary,
  REVIEW_SHEETS.review,
  REVIEW_SHEETS.aging,
  REVIEW_SHEETS.alerts,
  REVIEW_SHEETS.collections,
  REVIEW_SHEETS.dataIssues,
];
const LATER = SAMPLE_AS_OF + 31;

/** The summary without the ReviewHistory row counts: a re-run reads the history rows its first run wrote. */
function reviewFigures(outcome: ReviewOutcome): unknown {
  const summary = outcome.summary as unknown as { rows?: Record<string, unknown> };
  return { ...summary, rows: summary.rows && { ...summary.rows, history: undefined } };
}

function reviewedOutcome(result: Awaited<ReturnType<typeof runWorkbookReview>>): ReviewOutcome {
  if (result.kind !== "reviewed") throw new Error(`expected a review, got ${result.kind}`);
  return result.outcome;
}

/** A sheet's cells as canonical JSON: every value with its number format, row by row. */
function xlsxSheetDump(ws: ExcelJS.Worksheet): string {
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) =>
      cells.push([c, cell.value instanceof Date ? cell.value.toISOString() : cell.value, cell.numFmt ?? null]),
    );
    rows.push([r, cells]);
  });
  return JSON.stringify(rows);
}

/** Values of the data rows (below the header) as plain JSON: dates as ISO days, whatever way the sheet holds them. */
function xlsxDataRows(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return;
    const values = (row.values as unknown[])
      .slice(1)
      .map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null)));
    out.push(JSON.stringify(values));
  });
  return out;
}

async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("re-running the review on its own output (.xlsx, the CLI's path)", () => {
  const dir = tempDir("credit-desk-rerun-");
  const book = join(dir, "book.xlsx");

  const review = async (asOf: number) =>
    reviewedOutcome(await runWorkbookReview(await FileWorkbookSource.open(book), new XlsxReviewSink(book), { asOf }));

  let first: ReviewOutcome;
  let second: ReviewOutcome;
  let afterFirst: ExcelJS.Workbook;
  let afterSecond: ExcelJS.Workbook;
  beforeAll(async () => {
    copyFileSync(SAMPLE_FILE, book);
    first = await review(SAMPLE_AS_OF);
    afterFirst = await loadXlsx(book);
    second = await review(SAMPLE_AS_OF);
    afterSecond = await loadXlsx(book);
  }, 60_000);

  it("finds the same review: KPIs, customer lines, alerts and worklist (the earlier history, not itself, is compared with)", () => {
    expect(reviewFigures(second)).toEqual(reviewFigures(first));
    expect(second.review.alerts).toEqual(first.review.alerts);
    expect(second.review.customers).toEqual(first.review.customers);
    expect(second.review.collections).toEqual(first.review.collections);
    expect(first.review.kpis.ceiSince).toBeLessThan(SAMPLE_AS_OF);
    expect(second.review.kpis.ceiSince).toBe(first.review.kpis.ceiSince);
  });

  it.each(REVIEW_SHEET_NAMES)("writes %s identically", (name) => {
    expect(xlsxSheetDump(afterSecond.getWorksheet(name)!)).toBe(xlsxSheetDump(afterFirst.getWorksheet(name)!));
  });

  it("leaves the input sheets as they were", () => {
    for (const ws of afterFirst.worksheets) {
      if ([...REVIEW_SHEET_NAMES, REVIEW_SHEETS.history].includes(ws.name as never)) continue;
      expect({ sheet: ws.name, cells: xlsxSheetDump(afterSecond.getWorksheet(ws.name)!) }).toEqual({
        sheet: ws.name,
        cells: xlsxSheetDump(ws),
      });
    }
  });

  it("replaces the as-of date's ReviewHistory rows instead of appending them twice", () => {
    const rows1 = xlsxDataRows(afterFirst.getWorksheet(REVIEW_SHEETS.history)!);
    const rows2 = xlsxDataRows(afterSecond.getWorksheet(REVIEW_SHEETS.history)!);
    expect(rows2).toEqual(rows1);
    expect(first.review.customers.length).toBeGreaterThan(0);
  });

  it("a review on a later date appends its own rows and compares with the as-of date's", async () => {
    const before = xlsxDataRows((await loadXlsx(book)).getWorksheet(REVIEW_SHEETS.history)!);
    const later = await review(LATER);
    const after = xlsxDataRows((await loadXlsx(book)).getWorksheet(REVIEW_SHEETS.history)!);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBe(before.length + later.review.customers.length);
    expect(later.review.kpis.ceiSince).toBe(SAMPLE_AS_OF);
  }, 60_000);
});

describe("re-running the review on its own output (Excel adapter, fake host)", () => {
  let excel: FakeExcel;
  let host: ExcelPaneHost;
  const review = async (asOf: number) => reviewedOutcome(await runWorkbookReview(host.source(), host.sink(), { asOf }));

  beforeEach(async () => {
    excel = new FakeExcel();
    excel.addSheet("My notes", [["Call Acme on Monday", "=SUM(1,2)"]]);
    host = new ExcelPaneHost(excel.run);
    await host.insertSampleData(SAMPLE_AS_OF);
  });

  it("writes every review sheet identically, keeps ReviewHistory's rows, and finds the same alerts", async () => {
    const first = await review(SAMPLE_AS_OF);
    const sheets1 = REVIEW_SHEET_NAMES.map((name) => excel.sheetSnapshot(name, { ids: false }));
    const history1 = excel.sheetValues(REVIEW_SHEETS.history);
    const userSheets = ["My notes", "Customers", "Invoices", "CreditPolicy"].map((name) => excel.sheetSnapshot(name));

    const second = await review(SAMPLE_AS_OF);
    expect(second.review.alerts).toEqual(first.review.alerts);
    expect(reviewFigures(second)).toEqual(reviewFigures(first));
    expect(REVIEW_SHEET_NAMES.map((name) => excel.sheetSnapshot(name, { ids: false }))).toEqual(sheets1);
    expect(excel.sheetValues(REVIEW_SHEETS.history)).toEqual(history1);
    expect(["My notes", "Customers", "Invoices", "CreditPolicy"].map((name) => excel.sheetSnapshot(name))).toEqual(
      userSheets,
    );
    expect(excel.sheetNames().filter((name) => name === REVIEW_SHEETS.history)).toHaveLength(1);
    expect(excel.tables().filter((table) => table.sheet === REVIEW_SHEETS.history)).toHaveLength(1);
  });

  it("a third run, on a later date, only appends to ReviewHistory", async () => {
    await review(SAMPLE_AS_OF);
    await review(SAMPLE_AS_OF);
    const history = excel.sheetValues(REVIEW_SHEETS.history);
    const later = await review(LATER);
    const after = excel.sheetValues(REVIEW_SHEETS.history);
    expect(after.slice(0, history.length)).toEqual(history);
    expect(after.length).toBe(history.length + later.review.customers.length);
    expect(later.review.kpis.ceiSince).toBe(SAMPLE_AS_OF);
  });
});
