/**
 * The review off the pane's main thread: the review split into read / compute / write computes what the CLI's
 * one-call path computes; the worker's messages carry faults, money and errors across a structured clone and back;
 * and the browser host, talking to the worker's service through those messages, shows the CLI's figures after
 * passing through every stage.
 */
import { join } from "node:path";
import { CellFault } from "../../src/core/cells";
import { CreditError } from "../../src/core/errors";
import { InvoiceColumns } from "../../src/core/portfolio/invoiceColumns";
import type { Invoice } from "../../src/core/portfolio/model";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { SAMPLE_AS_OF } from "../../src/sample/samplePortfolio";
import { UnreadableInputError } from "../../src/files/xlsxWorkbookSource";
import { BrowserPaneHost } from "../../src/taskpane/browserHost";
import { openInvoicesOf, paneOutcome } from "../../src/taskpane/worker/paneReview";
import {
  answer,
  paneResult,
  rawTable,
  thrownError,
  wireError,
  wireResult,
  wireTable,
  type ReviewWorkerApi,
  type WorkerReply,
} from "../../src/taskpane/worker/protocol";
import type { RawTable } from "../../src/workbook/ports";
import {
  computeWorkbookReview,
  readReviewTables,
  REVIEW_STAGES,
  runWorkbookReview,
  type ReviewOutcome,
} from "../../src/workbook/runWorkbookReview";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";

const SAMPLE_FILE = join(__dirname, "../../assets/sample-portfolio.xlsx");

/** The CLI's path: one call reads, computes and (here) writes nothing. */
async function cliOutcome(): Promise<ReviewOutcome> {
  const run = await runWorkbookReview(await FileWorkbookSource.open(SAMPLE_FILE), undefined, { asOf: SAMPLE_AS_OF });
  if (run.kind !== "reviewed") throw new Error(`the sample should review, got ${run.kind}`);
  return run.outcome;
}

describe("the review split into read, compute and write", () => {
  jest.setTimeout(60_000);

  it("computes from the tables read exactly what the CLI's one call computes, reporting check, score and write", async () => {
    const cli = await cliOutcome();
    const tables = await readReviewTables(await FileWorkbookSource.open(SAMPLE_FILE));
    // The sample workbook has these four of the five contract tables (no Scorecard).
    expect([...tables.keys()]).toEqual(["Customers", "Invoices", "CreditPolicy", "ReviewHistory"]);
    const stages: string[] = [];
    const computed = await computeWorkbookReview(tables, {
      asOf: SAMPLE_AS_OF,
      sheets: true,
      onStage: (s) => void stages.push(s),
    });
    if (computed.kind !== "reviewed") throw new Error(`expected a review, got ${computed.kind}`);
    expect(stages).toEqual(["check", "score", "write"]);
    expect(computed.outcome.summary).toEqual(cli.summary);
    expect(computed.outcome.review).toEqual(cli.review);
    expect(computed.outcome.issues).toEqual(cli.issues);
    expect(computed.outcome.columns).toEqual(cli.columns);
    // The sheets to write are the review's own, in the same order as the CLI would write them.
    expect(computed.sheets?.sheets.map((s) => s.name)).toEqual(cli.layout.sheets.map((s) => s.name));
    // Customers and Invoices are let go once read: the review runs on a smaller heap.
    expect([...tables.keys()]).toEqual(["CreditPolicy", "ReviewHistory"]);
  });

  it("draws no sheets unless asked, and stops at the column step as the one call does", async () => {
    const tables = await readReviewTables(await FileWorkbookSource.open(SAMPLE_FILE));
    const asked = await computeWorkbookReview(tables, { asOf: SAMPLE_AS_OF, confirmColumns: true, showColumns: true });
    expect(asked.kind).toBe("needsMapping");
    const computed = await computeWorkbookReview(await readReviewTables(await FileWorkbookSource.open(SAMPLE_FILE)), {
      asOf: SAMPLE_AS_OF,
    });
    expect(computed.kind === "reviewed" && computed.sheets).toBeUndefined();
  });
});

describe("the worker's messages", () => {
  const table: RawTable = {
    name: "Invoices",
    sheet: "Invoices",
    headers: ["Customer ID", "Amount", "Due date"],
    rows: [
      ["C1", CellFault.ofError("#N/A")!, new Date(Date.UTC(2026, 5, 30))],
      ["C2", 100, CellFault.NO_VALUE],
      ["C3", 250.5, null],
    ],
    firstDataRow: 2,
  };

  it("carry a table's faults across a structured clone and back as the same faults", () => {
    const back = rawTable(structuredClone(wireTable(table)));
    expect(back.rows[0][1]).toBe(CellFault.ofError("#N/A"));
    expect(back.rows[1][2]).toBe(CellFault.NO_VALUE);
    expect(back.rows[0][2]).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(back.rows[2]).toEqual(["C3", 250.5, null]);
    expect(back.headers).toEqual(table.headers);
  });

  it("carry the KPIs' money exactly (as Decimals again) and the rest of the outcome as it was", async () => {
    const cli = await cliOutcome();
    const kept = { kind: "reviewed" as const, outcome: paneOutcome(cli) };
    const back = paneResult(structuredClone(wireResult(kept)));
    if (back.kind !== "reviewed") throw new Error("still a review");
    expect(back.outcome.review.kpis.openReceivables.equals(cli.review.kpis.openReceivables)).toBe(true);
    expect(back.outcome.review.kpis.aging.map((m) => m.toString())).toEqual(
      cli.review.kpis.aging.map((m) => m.toString()),
    );
    expect(back.outcome.review.customers).toEqual(cli.review.customers);
    expect(back.outcome.summary).toEqual(cli.summary);
  });

  it("carry a CreditError with its code and parameters, and an unreadable file as such", () => {
    const credit = new CreditError("value", "errorTableMissing", { table: "Invoices" });
    const back = thrownError(structuredClone(wireError(credit)));
    expect(back).toBeInstanceOf(CreditError);
    expect(back).toMatchObject({ code: "errorTableMissing", params: { table: "Invoices" }, message: credit.message });
    expect(
      thrownError(structuredClone(wireError(new UnreadableInputError("x.xlsx is not a workbook")))),
    ).toBeInstanceOf(UnreadableInputError);
  });

  it("answer a request with its stages in order, then its value; a failure with its error, never a throw", async () => {
    const api = {
      review: async (_args: unknown, onStage?: (s: (typeof REVIEW_STAGES)[number]) => void) => {
        for (const stage of REVIEW_STAGES) onStage?.(stage);
        return { result: { kind: "needsMapping", missing: [], tables: [], openItems: false, stale: [] } };
      },
      listTables: async () => {
        throw new CreditError("value", "errorTableMissing", { table: "Invoices" });
      },
    } as unknown as ReviewWorkerApi;
    const replies: WorkerReply[] = [];
    await answer(api, { id: 7, op: "review", args: { options: { asOf: SAMPLE_AS_OF } } }, (reply) =>
      replies.push(reply),
    );
    expect(replies.map((r) => (r.kind === "stage" ? r.stage : r.kind))).toEqual([
      "read",
      "check",
      "score",
      "write",
      "done",
    ]);
    expect(replies.every((r) => r.id === 7)).toBe(true);
    const failed: WorkerReply[] = [];
    await answer(api, { id: 8, op: "listTables", args: {} }, (reply) => failed.push(reply));
    expect(failed).toEqual([
      {
        id: 8,
        kind: "failed",
        error: expect.objectContaining({ credit: expect.objectContaining({ code: "errorTableMissing" }) }),
      },
    ]);
  });
});

describe("the open invoices the pane keeps", () => {
  const invoice = (id: string, amount: number, openAmount: number): Invoice => ({
    id,
    customerId: "C1",
    invoiceDate: 46100,
    dueDate: 46130,
    amount,
    openAmount,
    disputed: false,
  });
  // Paid in full (open 0), part-paid (open 40 of 100), a credit note still open (-50): two are open.
  const invoices = [invoice("I1", 100, 0), invoice("I2", 100, 40), invoice("I3", -50, -50)];

  it("are those with an open amount other than 0, whether held as objects or by column", () => {
    const portfolio = { customers: [], history: [] };
    expect(openInvoicesOf({ ...portfolio, invoices }).map((i) => i.id)).toEqual(["I2", "I3"]);
    expect(
      openInvoicesOf({ ...portfolio, invoices: InvoiceColumns.from(invoices) }).map((i) => [i.id, i.openAmount]),
    ).toEqual([
      ["I2", 40],
      ["I3", -50],
    ]);
  });
});

describe("the browser host through the worker's messages (in-process here: Node has no Worker)", () => {
  jest.setTimeout(60_000);

  it("reviews the sample through every stage, shows the CLI's figures and offers the written workbook", async () => {
    const cli = await cliOutcome();
    const host = await BrowserPaneHost.open(readFileSync(SAMPLE_FILE), "sample-portfolio.xlsx", SAMPLE_AS_OF);
    const stages: string[] = [];
    const result = await host.review({ asOf: SAMPLE_AS_OF, onStage: (s) => void stages.push(s) });
    if (result.kind !== "reviewed") throw new Error(`expected a review, got ${result.kind}`);
    expect(stages).toEqual([...REVIEW_STAGES]);
    expect(result.outcome.summary).toEqual(cli.summary);
    expect(result.outcome.review.kpis.provision.equals(cli.review.kpis.provision)).toBe(true);
    expect(result.outcome.review.alerts).toEqual(cli.review.alerts);
    expect(host.reviewFile()?.size).toBe(host.workbookBytes().length);
  });

  it("counts a table's rows in the worker: the rows under the header, as the sheet has them; 0 for a missing table", async () => {
    const host = await BrowserPaneHost.open(readFileSync(SAMPLE_FILE), "sample-portfolio.xlsx", SAMPLE_AS_OF);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(SAMPLE_FILE) as unknown as ArrayBuffer);
    // Each sheet's rows less its one header row (the sample's sheets have no title rows and no blank rows).
    const under = (sheet: string) => workbook.getWorksheet(sheet)!.actualRowCount - 1;
    await expect(host.countRows(["Customers", "Invoices", "Scorecard"])).resolves.toEqual([
      under("Customers"),
      under("Invoices"),
      0,
    ]);
  });

  it("fails an unreadable file with the file's name, as an unreadable input", async () => {
    await expect(BrowserPaneHost.open(Buffer.from("not a zip"), "broken.xlsx")).rejects.toThrow(UnreadableInputError);
  });
});
