/** What the early warnings and the decision table read of one customer: the review's facts at the as-of date. */
import type { SerialDate } from "../dates";
import type { LimitCap } from "../limits/recommendedLimit";
import type { Customer, HistoryRow } from "./model";
import type { AltmanResult, BlacklistStatus } from "./reviewTypes";
import type { TemporaryLimitStatus } from "./temporaryLimit";

export interface CustomerFacts {
  readonly customer: Customer;
  /** Open receivables (credit notes netted). */
  readonly exposure: number;
  /** Exposure − not yet due. */
  readonly overdue: number;
  /** Largest days past due over open items, disputed ones included. */
  readonly maxDaysPastDue: number;
  /** The same over undisputed items (what the collection ladder reads). */
  readonly maxDaysPastDueUndisputed: number;
  /** Largest days past due over open disputed items: the age of the oldest dispute. */
  readonly disputeDays: number;
  /** Overdue open amount of disputed items. */
  readonly disputedOverdue: number;
  readonly score?: number;
  readonly grade: string;
  /** The policy's worst grade (cash in advance). */
  readonly worstGrade: boolean;
  readonly altman?: AltmanResult;
  /** The credit rules' limit (need capped), before the decision. */
  readonly limitByRules: number;
  /** Temporary limit while active, else credit limit. */
  readonly effectiveLimit?: number;
  /** Exposure above the effective limit (no limit counts as 0). */
  readonly overLimit: boolean;
  /** Share of the portfolio's positive exposure (0 without exposure). */
  readonly share: number;
  readonly temporary: TemporaryLimitStatus;
  /** Caps of the policy below the credit limit in force. */
  readonly policyBreaches: readonly LimitCap[];
  /** The collection ladder's stage for the undisputed items. */
  readonly collectionStage: string;
  readonly blacklistStatus?: BlacklistStatus;
  /** The customer's row of the last review before as-of. */
  readonly previous?: HistoryRow;
  /** Latest invoice date (0 when none). */
  readonly lastInvoice: SerialDate;
  /** Released from the blacklist although the last review that saw it listed did not find it eligible. */
  readonly releasedUnmet: boolean;
}
