/**
 * Review → the decisions file: what a credit team uploads to its ERP, one row per customer (issue 15, item 11).
 * Its header is English and fixed whatever the review's language, so an import mapping set up once keeps working.
 */
import { csvField, safeField, type CsvValue } from "./csvFields";
import type { CustomerId } from "../core/portfolio/model";
import type { CustomerReview, Review } from "../core/portfolio/reviewTypes";

/** A column of the decisions file: its fixed English header and a customer's cell (codes, not words). */
interface DecisionColumn {
  readonly header: string;
  readonly value: (line: CustomerReview, alerts: readonly string[]) => CsvValue;
}

/**
 * The decisions file's columns, in order: the ERP's import contract. Cells are codes, not words, so the ERP reads
 * the same in every language.
 */
const DECISION_COLUMNS = [
  { header: "Customer ID", value: (line) => line.customer.id },
  { header: "Grade", value: (line) => line.grade },
  { header: "Score", value: (line) => line.score },
  { header: "Current Limit", value: (line) => line.customer.creditLimit },
  { header: "Effective Limit", value: (line) => line.effectiveLimit },
  { header: "Recommended Limit", value: (line) => line.recommendedLimit },
  { header: "Action", value: (line) => line.action },
  { header: "Action Rule", value: (line) => line.actionRule },
  { header: "Approval Level", value: (line) => line.approvalLevel },
  { header: "Manual Review", value: (line) => (line.manualReview ? "TRUE" : "FALSE") },
  { header: "Collection Stage", value: (line) => line.collectionStage },
  { header: "Blacklist Status", value: (line) => line.blacklistStatus ?? "" },
  { header: "Alerts", value: (_, alerts) => alerts.join(";") },
] as const satisfies readonly DecisionColumn[];

/** The decisions file's header, in order. */
export const DECISIONS_HEADER = DECISION_COLUMNS.map((c) => c.header);

/** The byte order mark that tells Excel the file is UTF-8 (Chinese names read right). */
const BOM = "\ufeff";

/** Each customer's alert rule codes, in the order the review raised them, each once. */
function alertRulesByCustomer(review: Review): Map<CustomerId, string[]> {
  const rules = new Map<CustomerId, string[]>();
  for (const alert of review.alerts) {
    const list = rules.get(alert.customerId) ?? [];
    if (!list.includes(alert.rule)) list.push(alert.rule);
    rules.set(alert.customerId, list);
  }
  return rules;
}

/**
 * The decisions file's text: UTF-8 BOM, the fixed English header, then one row per customer in review order, CRLF
 * line ends and RFC 4180 quoting. `Action` is `increase|keep|reduce|stop`, `Action Rule` the rule's code, `Manual
 * Review` TRUE or FALSE, `Blacklist Status` blank or `listed|list|eligible-for-release|probation`, `Alerts` the
 * customer's alert rule codes joined by `;`. Current Limit is the credit limit, Effective Limit the limit in force
 * (the temporary one while it runs); either is blank when there is none. Text that a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is defused with an apostrophe, as in every
 * other output.
 * @example decisionsCsv(review).startsWith("\ufeffCustomer ID,Grade,Score,") // true
 */
export function decisionsCsv(review: Review): string {
  const alerts = alertRulesByCustomer(review);
  const line = (fields: readonly CsvValue[]) => fields.map((f) => csvField(safeField(f))).join(",") + "\r\n";
  let text = BOM + line(DECISIONS_HEADER);
  for (const customer of review.customers) {
    const rules = alerts.get(customer.customer.id) ?? [];
    text += line(DECISION_COLUMNS.map((c) => c.value(customer, rules)));
  }
  return text;
}
