/** The Review value: what a portfolio review found, per customer and for the portfolio, before any sink draws it. */
import type { SerialDate } from "../dates";
import type { MessageCode, MessageParams } from "../messages";
import type { Money } from "../money";
import type { LimitRule } from "../limits/recommendedLimit";
import type { CreditAction, DecisionCondition } from "../policy/creditPolicy";
import type { ValueOutsideBins } from "../scoring/scorecard";
import type { Customer, CustomerId } from "./model";

/** An Altman Z-score with the model picked for the customer and its zone. */
export interface AltmanResult {
  readonly z: number;
  /** public / private / nonmfg / em. */
  readonly model: string;
  /** Safe / Grey / Distress. */
  readonly zone: string;
}

/**
 * Where a customer stands with the blacklist: `listed` (on it, release conditions not met), `eligible-for-release`
 * (on it, every release condition met: a person may clear the flag), `list` (not on it, the review recommends
 * listing), `probation` (released within the policy's probation months: new-customer cap).
 */
export type BlacklistStatus = "listed" | "list" | "eligible-for-release" | "probation";

/**
 * Which rule chose a customer's action: a decision-table condition, `warning` (an early warning with no row of its
 * own holds the limit), `needAboveLimit` (the credit rules allow more and nothing warns: increase) or `noChange`.
 */
export type ActionRule = DecisionCondition | "warning" | "needAboveLimit" | "noChange";

/**
 * One customer's line of the review (docs/architecture.md §The review's stages, "score"). Money is in the ledger
 * currency.
 */
export interface CustomerReview {
  readonly customer: Customer;
  /** Open receivables of invoices dated ≤ as-of, credit notes netted. */
  readonly exposure: number;
  /** Open amounts by aging bucket, not yet due first (as `CREDIT.AGING`). */
  readonly aging: readonly number[];
  /** Exposure − not yet due. */
  readonly overdue: number;
  readonly disputed: number;
  /** Largest days past due over open items (0 when nothing is overdue). */
  readonly maxDaysPastDue: number;
  /** Open-amount-weighted days past due over items with a positive open amount; undefined when none. */
  readonly weightedDaysPastDue?: number;
  /** Amount-weighted days beyond terms of invoices paid in the last 365 days; undefined when none was paid. */
  readonly daysBeyondTerms?: number;
  /** DBT of the last 90 days minus DBT of the 275 days before: positive = paying later. */
  readonly daysBeyondTermsTrend?: number;
  /** Σ Amount of invoices dated in the trailing 365 days (credit notes included). */
  readonly sales12m: number;
  readonly monthlySales: number;
  /** Open ÷ trailing sales × 365; undefined when there were no sales. */
  readonly dso?: number;
  /** Whole months since the first invoice (how long the customer is known). */
  readonly monthsKnown: number;
  readonly invoiceCount: number;
  readonly altman?: AltmanResult;
  readonly score?: number;
  /** Where the score came from. */
  readonly scoreSource: "scorecard" | "builtIn" | "none";
  /** Factors the score had to do without (reweighted, flagged). */
  readonly missingFactors: readonly string[];
  /** Scorecard values that fell in no bin of their factor (the reader reports each as a data issue). */
  readonly valuesOutsideBins?: readonly ValueOutsideBins[];
  readonly grade: string;
  readonly pd?: number;
  /**
   * The limit the review recommends, agreeing with its action: 0 for `stop`; for `reduce` the credit rules' limit or
   * the limit in force cut by the policy's warning cut, whichever is lower; the limit in force for `keep`; the credit
   * rules' limit for `increase`. Never includes a temporary uplift.
   */
  readonly recommendedLimit: number;
  /** The credit rules' limit (need capped by every rule that applies, staged release), before the decision. */
  readonly limitByRules: number;
  /** Which rule set the credit rules' limit (e.g. need, net worth cap, insured cap, staged release). */
  readonly bindingRule: string;
  /** The limit in force: the temporary limit while it has not expired, else the credit limit. */
  readonly effectiveLimit?: number;
  /** True while a temporary limit is in force (its expiry on or after the review date). */
  readonly temporaryLimitActive: boolean;
  /** Exposure ÷ effective limit; undefined without a positive limit. */
  readonly utilisation?: number;
  /** Exposure above the effective limit (a customer without any limit has none: any exposure is over). */
  readonly overLimit: boolean;
  /** Insured cover: min(insured limit, exposure − disputed items past the insurer's notification deadline), ≥ 0. */
  readonly insuredCover: number;
  /** max(0, exposure − insured cover). */
  readonly uninsured: number;
  /** Open disputed amount past the insurer's notification deadline: outside insured cover. */
  readonly disputedPastNotification: number;
  /** Largest days past due of the customer's open disputed items (0 when none is overdue): the dispute age. */
  readonly disputeDays: number;
  /** PD × LGD × max(0, exposure). */
  readonly expectedLoss: number;
  readonly collectionStage: string;
  /** Who approves the recommended limit: by amount and grade, raised for strategic accounts, overrides, temporary limits beyond policy. */
  readonly approvalLevel: string;
  /** Why the approval is above what the amount alone needs (message codes). */
  readonly approvalReasons: readonly MessageCode[];
  /** The review's decision on the customer's credit, from the policy's decision table. */
  readonly action: CreditAction;
  /** The rule that chose the action. */
  readonly actionRule: ActionRule;
  readonly blacklistStatus?: BlacklistStatus;
  /** Caps of the policy the credit limit in force is above (e.g. `newCustomerCap`): a limit that breaches policy. */
  readonly policyBreaches: readonly LimitRule[];
  /** Months of sales behind the monthly run rate: 12, or fewer for a customer known under a year (at least 1). */
  readonly salesMonths: number;
  readonly actions: readonly MessageCode[];
  readonly reasons: readonly MessageCode[];
  readonly manualReview: boolean;
}

export type AlertRule =
  | "scoreDrop"
  | "scoreFloor"
  | "gradeDowngrade"
  | "overLimit"
  | "new60Dpd"
  | "concentration"
  | "zDistress"
  | "blacklistedExposure"
  | "temporaryLimitExpiring"
  | "temporaryLimitExpired"
  | "temporaryLimitBeyondPolicy"
  | "limitBreachesPolicy"
  | "disputeEscalation"
  | "blacklistRecommended"
  | "releaseEligible"
  | "salesWhileListed"
  | "releaseUnmet";

/** An early warning on one customer (docs/architecture.md §Where a change goes, "A new review rule or alert"). */
export interface Alert {
  readonly customerId: CustomerId;
  readonly customerName: string;
  readonly rule: AlertRule;
  readonly code: MessageCode;
  readonly params: MessageParams;
}

/** One line of the collections worklist: a customer's overdue items, disputed ones on their own line. */
export interface CollectionItem {
  readonly customerId: CustomerId;
  readonly customerName: string;
  readonly grade: string;
  /** Overdue open amount of the line. */
  readonly overdue: number;
  readonly maxDaysPastDue: number;
  /** Σ open × days past due over the line's overdue items (the "amount × days" priority). */
  readonly priority: number;
  readonly disputed: boolean;
  /** The ladder step; for disputed lines dispute handling, or dispute escalation once past the policy's days. */
  readonly stage: string;
}

/** Portfolio KPIs, exactly per docs/architecture.md §Shared definitions. Money is exact; ratios are numbers. */
export interface PortfolioKpis {
  readonly customers: number;
  /** Invoices dated ≤ as-of that the review aggregated. */
  readonly invoices: number;
  readonly openReceivables: Money;
  readonly overdueReceivables: Money;
  /** Totals per aging bucket, not yet due first; they add up to openReceivables exactly. */
  readonly aging: readonly Money[];
  readonly disputed: Money;
  readonly creditSales365: Money;
  /** undefined when credit sales are zero (DSO is undefined then). */
  readonly dso?: number;
  readonly bpdso?: number;
  readonly add?: number;
  /** CEI since the previous review; undefined without history. */
  readonly cei?: number;
  readonly ceiSince?: SerialDate;
  /** CEI's opening receivables: from the ledger where its invoices reach back far enough, else from ReviewHistory. */
  readonly ceiOpening?: CeiOpening;
  /**
   * Σ aging bucket × the policy's loss rate: the IFRS 9 simplified-approach provision matrix, what the books
   * reserve (the JSON's `ecl` and `provisionMatrix`). Not the expected loss below, which is PD × LGD × exposure.
   */
  readonly provision: Money;
  readonly provisionByBucket: readonly Money[];
  readonly lossRates: readonly number[];
  /** Σ PD × LGD × positive exposure over customers. */
  readonly expectedLoss: Money;
  /** Over customers with positive exposure; undefined when none has any. */
  readonly top10Share?: number;
  readonly hhi?: number;
  readonly overLimitCustomers: readonly CustomerId[];
  readonly gradeCounts: readonly { readonly grade: string; readonly count: number }[];
  /** Σ min(insured limit, positive exposure) and its share of positive exposure. */
  readonly insuredCover: Money;
  readonly insuredShare?: number;
  readonly uninsuredExposure: Money;
  /** Disputed open amount past the insurer's notification deadline (left out of insured cover). */
  readonly disputedPastNotification: Money;
  /** How many customers got each action. */
  readonly actionCounts: Readonly<Record<CreditAction, number>>;
}

/** Where CEI's opening receivables came from, with both figures when both were available. */
export interface CeiOpening {
  readonly source: "ledger" | "history";
  readonly amount: number;
  /** Σ of invoices open at the previous review date, rebuilt from the ledger (when it reaches back far enough). */
  readonly ledger?: number;
  /** Σ exposure of the previous review's ReviewHistory rows. */
  readonly history?: number;
  /** True when both exist and differ by more than the policy's tolerance (a data issue). */
  readonly differs: boolean;
}

export interface Review {
  readonly asOf: SerialDate;
  readonly bucketLimits: readonly number[];
  readonly customers: readonly CustomerReview[];
  readonly kpis: PortfolioKpis;
  readonly alerts: readonly Alert[];
  /** Highest priority first. */
  readonly collections: readonly CollectionItem[];
  /** The ten largest positive exposures, largest first, with their share of the positive total. */
  readonly topExposures: readonly {
    readonly customerId: CustomerId;
    readonly name: string;
    readonly exposure: number;
    readonly share: number;
  }[];
}
