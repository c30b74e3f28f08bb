/**
 * CEI's opening receivables (issue 15): when the ledger's figure and ReviewHistory's differ beyond the policy's
 * tolerance, the review says so as a data issue on ReviewHistory, in English and Chinese.
 */
import { formatMessage } from "../../src/core/messages";
import { reviewPortfolio } from "../../src/core/portfolio/review";
import type { CeiOpening, Review } from "../../src/core/portfolio/reviewTypes";
import { ceiOpeningIssues } from "../../src/workbook/ceiOpening";
import { issueMessage } from "../../src/workbook/dataIssues";
import type { RawTable, WorkbookSource } from "../../src/workbook/ports";
import { runWorkbookReview } from "../../src/workbook/runWorkbookReview";
import { AS_OF, assess, iso, portfolio, settings } from "../fixtures/reviewFixture";

const base = reviewPortfolio(portfolio, AS_OF, settings, assess);
const PREVIOUS = iso("2026-05-31");

/** The fixture's review with CEI measured since the previous review and its opening as given. */
function withOpening(ceiOpening: CeiOpening | undefined, ceiSince: number | undefined = PREVIOUS): Review {
  return { ...base, kpis: { ...base.kpis, ceiSince, ceiOpening } };
}

/** ReviewHistory on its own sheet under a title row: headers on row 2, data from row 3. */
const history: RawTable = {
  name: "ReviewHistory",
  sheet: "评审历史",
  headers: ["评审日期", "客户编号", "敞口"],
  rows: [],
  firstDataRow: 3,
};

describe("ceiOpeningIssues", () => {
  it("the ledger gives 8,250.50 at the previous review, the history 12,000: one issue, the ledger's figure used", () => {
    // |12,000 − 8,250.50| ÷ 8,250.50 ≈ 45 %, far above a 5 % tolerance: the engine marks it `differs`.
    const review = withOpening({ source: "ledger", amount: 8250.5, ledger: 8250.5, history: 12000, differs: true });
    const issues = ceiOpeningIssues(review, history);
    expect(issues).toEqual([
      {
        sheet: "评审历史",
        row: 2,
        column: "Exposure",
        value: "12000",
        action: "repaired",
        code: "issueCeiOpeningDiffers",
        params: { date: "2026-05-31", receivables: 8250.5, amount: 12000 },
      },
    ]);
    expect(issueMessage(issues[0], "en")).toBe(
      "CEI opening receivables: the ledger gives 8,250.50 at 2026-05-31, ReviewHistory 12,000.00; the ledger's figure is used.",
    );
    expect(formatMessage(issues[0].code, issues[0].params, "zh-CN")).toBe(
      "CEI 期初应收：账目在 2026-05-31 为 8,250.50，评审历史为 12,000.00；采用账目的数字。",
    );
  });

  it("without the history table read, the issue names the contract's sheet and its header row", () => {
    const review = withOpening({ source: "ledger", amount: 1, ledger: 1, history: 2, differs: true });
    expect(ceiOpeningIssues(review, undefined).map((i) => [i.sheet, i.row])).toEqual([["ReviewHistory", 1]]);
  });

  it("no issue when the two agree within the tolerance, when only one exists, or without CEI", () => {
    const agree = withOpening({ source: "ledger", amount: 1000, ledger: 1000, history: 1020, differs: false });
    const historyOnly = withOpening({ source: "history", amount: 1020, history: 1020, differs: false });
    const ledgerOnly = withOpening({ source: "ledger", amount: 1000, ledger: 1000, differs: false });
    const noCei = withOpening(undefined, undefined);
    for (const review of [agree, historyOnly, ledgerOnly, noCei]) expect(ceiOpeningIssues(review, history)).toEqual([]);
  });
});

describe("runWorkbookReview adds the CEI opening issue to the review's data issues", () => {
  it("beside the issues read, in the Data Issues sheet", async () => {
    const table = (sheet: string, headers: string[], rows: RawTable["rows"]): RawTable => ({
      name: sheet,
      sheet,
      headers,
      rows,
      firstDataRow: 2,
    });
    const tables = [
      table("Customers", ["Customer ID", "Credit Limit"], [["C1", 5000]]),
      table(
        "Invoices",
        ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount", "Paid Date"],
        [
          // Paid long ago: the ledger reaches back more than a year before the review of 2026-05-31.
          ["I0", "C1", "2025-04-01", "2025-05-01", 500, 0, "2025-05-01"],
          ["I1", "C1", "2026-04-01", "2026-05-01", 1000, 1000, null],
        ],
      ),
      table("ReviewHistory", ["Review Date", "Customer ID", "Exposure"], [["2026-05-31", "C1", 3000]]),
    ];
    const source: WorkbookSource = { readTable: async (name) => tables.find((t) => t.sheet === name) };
    // The ledger had I1's 1,000 open on 2026-05-31 (I0 was paid a year before); the history says 3,000.
    const result = await runWorkbookReview(source, undefined, { asOf: AS_OF });
    if (result.kind !== "reviewed") throw new Error(result.kind);
    const cei = result.outcome.issues.filter((i) => i.code === "issueCeiOpeningDiffers");
    expect(cei.map((i) => [i.sheet, i.row, i.column, i.value, i.action])).toEqual([
      ["ReviewHistory", 1, "Exposure", "3000", "repaired"],
    ]);
    const dataIssues = result.outcome.layout.sheets.find((s) => s.name === "Data Issues")!.tables[0].rows;
    expect(dataIssues.map((r) => r[5])).toContain(
      "CEI opening receivables: the ledger gives 1,000.00 at 2026-05-31, ReviewHistory 3,000.00; the ledger's figure is used.",
    );
  });
});
