/**
 * What the pane keeps of a review: the figures it shows, as plain data that crosses from the review worker to the
 * pane's main thread. The sheets' layout and the parsed input stay where the review ran.
 */
import { policyGrades } from "../../core/policy/creditPolicy";
import { InvoiceColumns } from "../../core/portfolio/invoiceColumns";
import type { Invoice, Portfolio } from "../../core/portfolio/model";
import type { ReviewOutcome, ReviewRunOptions, ReviewRunResult } from "../../workbook/runWorkbookReview";

/** The review's outcome as the pane reads it: everything of ReviewOutcome but the layout and the parsed input. */
export interface PaneReviewOutcome extends Pick<
  ReviewOutcome,
  "review" | "issues" | "summary" | "locale" | "columns" | "openItems"
> {
  /** Every invoice still open (open amount not 0), in ledger order: a customer's for its card and drill-down. */
  readonly openInvoices: readonly Invoice[];
  /** The policy's grades, best first (the grade bars are coloured by rank in it). */
  readonly grades: readonly string[];
}

/** A review run from the pane: the outcome it keeps, or the column decision it must ask for. */
export type PaneRunResult =
  | Exclude<ReviewRunResult, { readonly kind: "reviewed" }>
  | { readonly kind: "reviewed"; readonly outcome: PaneReviewOutcome };

/** What the pane asks a review for; the host knows whether its sink is its source (it always is in the pane). */
export type PaneReviewOptions = Omit<ReviewRunOptions, "sinkIsSource">;

/** The invoices with money still open, as objects, whether the portfolio holds them as objects or by column. */
export function openInvoicesOf(portfolio: Portfolio): Invoice[] {
  const invoices = portfolio.invoices;
  const open: Invoice[] = [];
  if (invoices instanceof InvoiceColumns) {
    for (let j = 0; j < invoices.length; j++) if (invoices.openAmount[j] !== 0) open.push(invoices.at(j));
  } else {
    for (const invoice of invoices) if (invoice.openAmount !== 0) open.push(invoice);
  }
  return open;
}

/** The part of an outcome the pane keeps (see PaneReviewOutcome). */
export function paneOutcome(outcome: ReviewOutcome): PaneReviewOutcome {
  const { review, issues, summary, locale, columns, openItems } = outcome;
  return {
    review,
    issues,
    summary,
    locale,
    columns,
    openItems,
    openInvoices: openInvoicesOf(outcome.input.portfolio),
    grades: policyGrades(outcome.input.policy),
  };
}
