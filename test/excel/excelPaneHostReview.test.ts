/**
 * The pane's review inside Excel (fake host): Office.js reads the tables and writes the sheets on the main thread,
 * the review is computed by the review worker's service between the two (in-process here: Node has no Worker), and
 * the pane gets the CLI's figures after every stage in order.
 */
import { join } from "node:path";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { SAMPLE_AS_OF } from "../../src/sample/samplePortfolio";
import { ExcelPaneHost } from "../../src/taskpane/excelPaneHost";
import { REVIEW_STAGES, runWorkbookReview } from "../../src/workbook/runWorkbookReview";
import { FakeExcel } from "../fakes/excel/fakeExcel";

const SAMPLE_FILE = join(__dirname, "../../assets/sample-portfolio.xlsx");

describe("the pane's review inside Excel (fake host)", () => {
  jest.setTimeout(120_000);

  it("reads and writes through Office.js, computes in the worker's service, and shows the CLI's figures", async () => {
    const excel = new FakeExcel();
    const host = new ExcelPaneHost(excel.run);
    await host.insertSampleData(SAMPLE_AS_OF);
    const stages: string[] = [];
    const result = await host.review({ asOf: SAMPLE_AS_OF, onStage: (s) => void stages.push(s) });
    if (result.kind !== "reviewed") throw new Error(`expected a review, got ${result.kind}`);
    expect(stages).toEqual([...REVIEW_STAGES]);
    const cli = await runWorkbookReview(await FileWorkbookSource.open(SAMPLE_FILE), undefined, { asOf: SAMPLE_AS_OF });
    if (cli.kind !== "reviewed") throw new Error("the sample file should review");
    expect(result.outcome.summary).toEqual(cli.outcome.summary);
    expect(result.outcome.review.kpis.openReceivables.equals(cli.outcome.review.kpis.openReceivables)).toBe(true);
    expect(excel.sheetNames()).toEqual(
      expect.arrayContaining(["Credit Review", "Aging", "Alerts", "Collections", "Data Issues"]),
    );
  });

  it("asks for the columns before writing anything when a required header is unknown", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers", [
      ["Kundennummer", "Name"],
      ["C1", "Acme"],
    ]);
    excel.addSheet("Invoices", [
      ["Customer ID", "Invoice", "Invoice date", "Due date", "Amount", "Open amount"],
      ["C1", "I1", 46000, 46030, 100, 100],
    ]);
    const host = new ExcelPaneHost(excel.run);
    const stages: string[] = [];
    const result = await host.review({ asOf: SAMPLE_AS_OF, confirmColumns: true, onStage: (s) => void stages.push(s) });
    expect(result.kind).toBe("needsMapping");
    expect(stages).toEqual(["read"]);
    expect(excel.sheetNames()).not.toContain("Credit Review");
  });
});
