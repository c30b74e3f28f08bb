/** Data issues: every input row the review rejected, repaired or left out, with the reason, so nothing disappears. */
import { formatMessage, type Locale, type MessageCode, type MessageParams } from "../core/messages";
import { sheetLabel, type SheetLabelCode } from "./labels";

/**
 * What was done with the row: `rejected` (the row is not in the review), `repaired` (used with a corrected or
 * ignored value), `excluded` (valid but outside this review, e.g. an invoice dated after the as-of date).
 */
export type DataIssueAction = "rejected" | "repaired" | "excluded";

export interface DataIssue {
  /** The sheet (or CSV file) the row is on. */
  readonly sheet: string;
  /** 1-based sheet row (the header is row `firstDataRow - 1`). */
  readonly row: number;
  /** The canonical header of the column at fault ("" for a whole-row issue). */
  readonly column: string;
  /** The offending value as text. */
  readonly value: string;
  readonly action: DataIssueAction;
  readonly code: MessageCode;
  readonly params: MessageParams;
}

/** The issue's message in a locale. */
export function issueMessage(issue: DataIssue, locale: Locale = "en"): string {
  return formatMessage(issue.code, issue.params, locale);
}

const ACTION_LABEL: Record<DataIssueAction, SheetLabelCode> = {
  rejected: "labelIssueRejected",
  repaired: "labelIssueRepaired",
  excluded: "labelIssueExcluded",
};

/** The action as shown in the Data Issues sheet. */
export function actionLabel(action: DataIssueAction, locale: Locale = "en"): string {
  return sheetLabel(ACTION_LABEL[action], locale);
}
