/**
 * The pane's Excel path end to end against the fake Excel host: an empty workbook gets the sample, the one-click
 * review reads it and writes its sheets, an alert selects the customer's row, the policy editor's table round-trips,
 * and the user's own sheet is never touched. The same figures as the file path (the CLI) for the same data.
 */
import { serialFromIso } from "../../src/core/dates";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { SAMPLE_AS_OF } from "../../src/sample/samplePortfolio";
import { ExcelPaneHost } from "../../src/taskpane/excelPaneHost";
import { runWorkbookReview, REVIEW_STAGES, type ReviewOutcome } from "../../src/workbook/runWorkbookReview";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { join } from "node:path";

const SAMPLE_FILE = join(__dirname, "../../assets/sample-portfolio.xlsx");

async function reviewed(host: ExcelPaneHost, stages: string[] = []): Promise<ReviewOutcome> {
  const result = await runWorkbookReview(host.source(), host.sink(), {
    asOf: SAMPLE_AS_OF,
    onStage: (s) => void stages.push(s),
  });
  if (result.kind !== "reviewed") throw new Error(`expected a review, got ${result.kind}`);
  return result.outcome;
}

describe("the pane inside Excel (fake host)", () => {
  let excel: FakeExcel;
  let host: ExcelPaneHost;

  beforeEach(() => {
    excel = new FakeExcel();
    excel.addSheet("My notes", [["Call Acme on Monday", "=SUM(1,2)"]]);
    host = new ExcelPaneHost(excel.run);
  });

  it("sees an empty workbook as one without review input, and inserts the sample dated as asked", async () => {
    await expect(host.hasReviewInput()).resolves.toBe(false);
    await host.insertSampleData(SAMPLE_AS_OF);
    await expect(host.hasReviewInput()).resolves.toBe(true);
    expect(host.suggestedAsOf).toBe(SAMPLE_AS_OF);
    expect(excel.sheetNames()).toEqual(
      expect.arrayContaining(["My notes", "Customers", "Invoices", "CreditPolicy", "ReviewHistory"]),
    );
  });

  it("reviews the inserted sample with the same figures as the CLI reviewing the sample file", async () => {
    await host.insertSampleData(SAMPLE_AS_OF);
    const stages: string[] = [];
    const inExcel = await reviewed(host, stages);
    expect(stages).toEqual([...REVIEW_STAGES]);

    const fromFile = await runWorkbookReview(await FileWorkbookSource.open(SAMPLE_FILE), undefined, {
      asOf: SAMPLE_AS_OF,
    });
    if (fromFile.kind !== "reviewed") throw new Error("the sample file should review");
    expect(inExcel.summary).toEqual(fromFile.outcome.summary);
    expect(excel.sheetNames()).toEqual(
      expect.arrayContaining(["Credit Review", "Aging", "Alerts", "Collections", "Data Issues"]),
    );
  });

  it("selects the row of the customer behind an alert, and opens the Data Issues sheet", async () => {
    await host.insertSampleData(SAMPLE_AS_OF);
    const outcome = await reviewed(host);
    const alert = outcome.review.alerts[0];
    await host.showCustomer(alert.customerId);
    const selection = excel.workbook.selection!;
    expect(excel.workbook.activeSheet?.name).toBe("Credit Review");
    const idCell = excel.sheetValues("Credit Review")[selection.area.row]?.[selection.area.column];
    expect(idCell).toBe(alert.customerId);
    await host.showSheet("Data Issues");
    expect(excel.workbook.activeSheet?.name).toBe("Data Issues");
  });

  it("a second run replaces its own sheets, replaces the same date's history rows, and leaves the user's sheet as it was", async () => {
    await host.insertSampleData(SAMPLE_AS_OF);
    const before = excel.sheetValues("My notes");
    const first = await reviewed(host);
    const historyAfterFirst = excel.sheetValues("ReviewHistory").length;
    const second = await reviewed(host);
    expect(excel.sheetNames().filter((n) => n === "Credit Review")).toHaveLength(1);
    // Same as-of date: that date's ReviewHistory rows are replaced, not appended twice (docs/portfolio-review.md).
    expect(excel.sheetValues("ReviewHistory").length).toBe(historyAfterFirst);
    expect(second.summary.openReceivables).toBe(first.summary.openReceivables);
    expect(excel.sheetValues("My notes")).toEqual(before);
  });

  it("saves the policy editor's rows to the CreditPolicy table, and the next review uses them", async () => {
    await host.insertSampleData(SAMPLE_AS_OF);
    const rows = await host.readPolicy();
    expect(rows).toEqual(expect.arrayContaining([["New customer limit", 15000]]));
    const before = await reviewed(host);
    // Every loss rate doubled: the provision matrix must follow.
    const doubled = rows.map(
      ([setting, value]) =>
        [setting, /^Loss rate/i.test(setting) && typeof value === "number" ? value * 2 : value] as const,
    );
    expect(doubled.some(([s]) => /^Loss rate/i.test(s))).toBe(true);
    await host.writePolicy(doubled);
    await expect(host.readPolicy()).resolves.toEqual(doubled);
    const after = await reviewed(host);
    expect(after.summary.ecl).toBeCloseTo(before.summary.ecl * 2, 2);
  });

  it("asks for a column mapping instead of failing when a required header is unknown", async () => {
    excel.addSheet("Customers", [
      ["Kundennummer", "Name"],
      ["C1", "Acme"],
    ]);
    excel.addSheet("Invoices", [
      ["Customer ID", "Invoice", "Invoice date", "Due date", "Amount", "Open amount"],
      ["C1", "I1", 46000, 46030, 100, 100],
    ]);
    const result = await runWorkbookReview(host.source(), host.sink(), { asOf: serialFromIso("2026-06-30")! });
    expect(result.kind).toBe("needsMapping");
    expect(excel.sheetNames()).not.toContain("Credit Review");
  });
});

describe("printing on an Excel without ExcelApi 1.9 (issue 16 review)", () => {
  const office = globalThis as { Office?: unknown };
  afterEach(() => delete office.Office);

  it("writes the review without page setup rather than failing the whole write", async () => {
    // Perpetual Excel 2016 answers no for ExcelApi 1.9, where worksheet.pageLayout lives.
    office.Office = {
      context: { requirements: { isSetSupported: (set: string, v: string) => !(set === "ExcelApi" && v === "1.9") } },
    };
    const excel = new FakeExcel();
    const host = new ExcelPaneHost(excel.run);
    await host.insertSampleData(SAMPLE_AS_OF);
    await reviewed(host);
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(["Summary", "Credit Review", "Aging"]));
    expect(excel.sheet("Credit Review").print).toEqual({});
  });

  it("sets printing up where the host has ExcelApi 1.9", async () => {
    office.Office = { context: { requirements: { isSetSupported: () => true } } };
    const excel = new FakeExcel();
    const host = new ExcelPaneHost(excel.run);
    await host.insertSampleData(SAMPLE_AS_OF);
    await reviewed(host);
    expect(excel.sheet("Credit Review").print.orientation).toBe("Landscape");
  });
});
