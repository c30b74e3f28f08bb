/**
 * The pane's browser host (runs in Node here: it needs only Blob and ExcelJS): reviews an .xlsx held in memory,
 * offers the result as a download, keeps the user's sheets, and is all-or-nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SAMPLE_AS_OF } from "../../src/sample/samplePortfolio";
import { UnreadableInputError } from "../../src/files/xlsxWorkbookSource";
import { BrowserPaneHost } from "../../src/taskpane/browserHost";
import { runWorkbookReview } from "../../src/workbook/runWorkbookReview";

const SAMPLE = readFileSync(join(__dirname, "../../assets/sample-portfolio.xlsx"));

async function sheetsOf(file: Blob | Uint8Array): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file instanceof Blob ? await file.arrayBuffer() : (file as unknown as ArrayBuffer));
  return workbook.worksheets.map((w) => w.name);
}

describe("BrowserPaneHost", () => {
  jest.setTimeout(30_000);
  it("reviews the sample in memory and offers a workbook with the review sheets and the original ones", async () => {
    const host = await BrowserPaneHost.open(SAMPLE, "sample-portfolio.xlsx", SAMPLE_AS_OF);
    expect(host.reviewFile()).toBeUndefined();
    await expect(host.hasReviewInput()).resolves.toBe(true);
    const result = await runWorkbookReview(host.source(), host.sink(), { asOf: SAMPLE_AS_OF });
    expect(result.kind).toBe("reviewed");
    const names = await sheetsOf(host.reviewFile()!);
    expect(names.slice(0, 6)).toEqual(["Summary", "Credit Review", "Aging", "Alerts", "Collections", "Data Issues"]);
    expect(names).toEqual(expect.arrayContaining(["Customers", "Invoices", "CreditPolicy", "ReviewHistory"]));
  });

  it("saves the policy into the CreditPolicy sheet, in its place, and reads it back", async () => {
    const host = await BrowserPaneHost.open(SAMPLE, "sample-portfolio.xlsx", SAMPLE_AS_OF);
    const rows = await host.readPolicy();
    const order = await sheetsOf(host.workbookBytes());
    await host.writePolicy(rows.map(([s, v]) => [s, s === "New customer limit" ? 5000 : v]));
    expect(await sheetsOf(host.workbookBytes())).toEqual(order);
    await expect(host.readPolicy()).resolves.toEqual(expect.arrayContaining([["New customer limit", 5000]]));
  });

  it("keeps the workbook as it was when writing the review fails", async () => {
    const host = await BrowserPaneHost.open(SAMPLE, "sample-portfolio.xlsx", SAMPLE_AS_OF);
    const before = await sheetsOf(host.workbookBytes());
    const bad = {
      sheets: [{ name: "Bad/Name", tables: [] }],
      historyAppend: { sheetName: "ReviewHistory", columns: [], rows: [] },
    };
    await expect(host.sink().write(bad)).rejects.toThrow();
    expect(await sheetsOf(host.workbookBytes())).toEqual(before);
    expect(host.reviewFile()).toBeUndefined();
  });

  it("says which file is not a workbook", async () => {
    await expect(BrowserPaneHost.open(Buffer.from("not a zip"), "broken.xlsx")).rejects.toThrow(UnreadableInputError);
    await expect(BrowserPaneHost.open(Buffer.from("not a zip"), "broken.xlsx")).rejects.toThrow(/broken\.xlsx/);
  });
});
