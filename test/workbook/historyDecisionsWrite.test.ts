/**
 * The review's ReviewHistory rows carry each customer's blacklist status and action as words in the review's
 * language, which read back as codes; a same-date re-run keeps one row per customer, and a history written before
 * these columns existed gets them rather than rows under no header.
 */
import { reviewPortfolio } from "../../src/core/portfolio/review";
import type { CustomerReview, Review } from "../../src/core/portfolio/reviewTypes";
import type { DataIssue } from "../../src/workbook/dataIssues";
import { historyForRerun } from "../../src/workbook/historyRerun";
import { NumberFormats, type LayoutValue } from "../../src/workbook/layout";
import type { RawTable } from "../../src/workbook/ports";
import { readHistory } from "../../src/workbook/portfolioFromTables";
import { reviewLayout } from "../../src/workbook/reviewLayout";
import { AS_OF, assess, iso, portfolio, settings } from "../fixtures/reviewFixture";

const EARLIER = iso("2026-03-31");

/** The fixture's review (customers A, B, C) with the decisions a test needs: A reduce, B increase, C stop and eligible. */
const decisions: Record<string, Pick<CustomerReview, "action" | "blacklistStatus">> = {
  A: { action: "reduce", blacklistStatus: undefined },
  B: { action: "increase", blacklistStatus: undefined },
  C: { action: "stop", blacklistStatus: "eligible-for-release" },
};
const base = reviewPortfolio(portfolio, AS_OF, settings, assess);
const review: Review = {
  ...base,
  customers: base.customers.map((c) => ({ ...c, ...decisions[c.customer.id] })),
};
const NO_ISSUES: DataIssue[] = [];

/** The history a review appends, as the table a later review reads. */
function asTable(layout: ReturnType<typeof reviewLayout>, sheet = "ReviewHistory"): RawTable {
  const { columns, rows } = layout.historyAppend;
  return { name: "ReviewHistory", sheet, headers: columns.map((c) => c.header), rows, firstDataRow: 2 };
}

describe("ReviewHistory rows: blacklist status and action", () => {
  it("English: the last two columns, as words, formatted as text", () => {
    const { columns, rows } = reviewLayout(review, NO_ISSUES, "en").historyAppend;
    expect(columns.slice(-2)).toEqual([
      { header: "Blacklist Status", numberFormat: undefined },
      { header: "Action", numberFormat: undefined },
    ]);
    expect(rows.map((r) => [r[1], ...r.slice(-2)])).toEqual([
      ["A", null, "Reduce limit"],
      ["B", null, "Increase limit"],
      ["C", "Eligible for release", "Stop credit sales"],
    ]);
    // The other columns keep their formats: date, text, then numbers except grade and zone.
    expect(columns.map((c) => c.numberFormat)).toEqual([
      NumberFormats.date,
      undefined,
      NumberFormats.decimal2,
      undefined,
      NumberFormats.decimal2,
      NumberFormats.decimal2,
      NumberFormats.decimal2,
      NumberFormats.decimal2,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("Chinese: headers and words in Chinese", () => {
    const { columns, rows } = reviewLayout(review, NO_ISSUES, "zh-CN").historyAppend;
    expect(columns.slice(-2).map((c) => c.header)).toEqual(["黑名单状态", "措施"]);
    expect(rows.map((r) => r.slice(-2))).toEqual([
      [null, "下调额度"],
      [null, "上调额度"],
      ["可解除黑名单", "停止赊销"],
    ]);
  });

  it.each(["en", "zh-CN"] as const)("what a review writes in %s, the next review reads back as codes", (locale) => {
    const issues: DataIssue[] = [];
    const { history } = readHistory(asTable(reviewLayout(review, NO_ISSUES, locale)), issues, AS_OF + 91);
    expect(issues).toEqual([]);
    expect(history.map((h) => [h.customerId, h.blacklistStatus, h.action])).toEqual([
      ["A", undefined, "reduce"],
      ["B", undefined, "increase"],
      ["C", "eligible-for-release", "stop"],
    ]);
  });
});

describe("historyForRerun with the wider history", () => {
  const layout = reviewLayout(review, NO_ISSUES, "en");
  /** ReviewHistory as written before issue 15: nine columns. */
  const OLD_HEADERS = [
    "Review Date",
    "Customer ID",
    "Score",
    "Grade",
    "Exposure",
    "Credit Limit",
    "Recommended Limit",
    "Max DPD",
    "Z Zone",
  ];
  const oldSheet = (rows: LayoutValue[][]): RawTable => ({
    name: "ReviewHistory",
    sheet: "ReviewHistory",
    headers: OLD_HEADERS,
    rows,
    firstDataRow: 2,
  });
  const earlierRow = [EARLIER, "A", 90, "A", 700, 1000, 1000, 10, "Safe"];

  it("a same-date re-run on an old history: one row per customer and date, the new columns added at the end", () => {
    const history = oldSheet([
      earlierRow,
      [AS_OF, "A", 1, "E", 1, 1, 1, 1, "Grey"],
      [AS_OF, "B", 1, "E", 1, 1, 1, 1, "Grey"],
    ]);
    const table = historyForRerun(layout, history, AS_OF).sheets.at(-1)!.tables[0];
    expect(table.columns.map((c) => c.header)).toEqual([...OLD_HEADERS, "Blacklist Status", "Action"]);
    // The earlier row, blank in the new columns; then this review's three rows, none of the replaced ones.
    expect(table.rows.map((r) => [r[0], r[1], r[9], r[10]])).toEqual([
      [EARLIER, "A", null, null],
      [AS_OF, "A", null, "Reduce limit"],
      [AS_OF, "B", null, "Increase limit"],
      [AS_OF, "C", "Eligible for release", "Stop credit sales"],
    ]);
    expect(table.rows[0]).toEqual([...earlierRow, null, null]);
    // Read back: one row per customer on the as-of date, with codes.
    const read = readHistory(
      { ...history, headers: table.columns.map((c) => c.header), rows: table.rows },
      [],
      AS_OF,
    ).history.filter((h) => h.reviewDate === AS_OF);
    expect(read.map((h) => [h.customerId, h.action])).toEqual([
      ["A", "reduce"],
      ["B", "increase"],
      ["C", "stop"],
    ]);
  });

  it("a later date on an old history: rewritten once with the new columns, so the rows do not land under no header", () => {
    const written = historyForRerun(layout, oldSheet([earlierRow]), AS_OF);
    expect(written.historyAppend).toBeUndefined();
    const table = written.sheets.at(-1)!.tables[0];
    expect(table.columns.slice(-2).map((c) => c.header)).toEqual(["Blacklist Status", "Action"]);
    expect(table.rows).toHaveLength(1 + 3);
  });

  it("a history that has the columns (in either language) is appended to, as before", () => {
    const wide = asTable(reviewLayout(review, NO_ISSUES, "zh-CN"), "评审历史");
    const earlier = { ...wide, rows: wide.rows.map((r) => [EARLIER, ...r.slice(1)]) };
    const chinese = reviewLayout(review, NO_ISSUES, "zh-CN");
    expect(historyForRerun(chinese, earlier, AS_OF)).toBe(chinese);
    expect(historyForRerun(layout, { ...earlier, sheet: "ReviewHistory" }, AS_OF)).toBe(layout);
  });
});
