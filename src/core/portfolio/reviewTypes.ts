/** The Review value: what a portfolio review found, per customer and for the portfolio, before any sink draws it. */
import type { SerialDate } from "../dates";
import type { MessageCode, MessageParams } from "../messages";
import type { Money } from "../money";
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

/** One customer's line of the review (DESIGN.md §5, "Per customer"). Money is in the ledger currency. */
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
  readonly recommendedLimit: number;
  /** Which rule set the recommended limit (e.g. need, net worth cap, insured cap, staged release). */
  readonly bindingRule: string;
  /** Exposure ÷ credit limit; undefined without a positive limit. */
  readonly utilisation?: number;
  readonly overLimit: boolean;
  /** max(0, exposure − insured limit). */
  readonly uninsured: number;
  /** PD × LGD × max(0, exposure). */
  readonly expectedLoss: number;
  readonly collectionStage: string;
  readonly approvalLevel: string;
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
  | "blacklistedExposure";

/** An early warning on one customer (DESIGN.md §5, "Early warnings"). */
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
  /** The ladder step, or dispute handling for disputed lines (never escalated). */
  readonly stage: string;
}

/** Portfolio KPIs, exactly per DESIGN.md §5 "Definitions". Money is exact; ratios are numbers. */
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
  /** CEI since the previous review (from ReviewHistory exposures); undefined without history. */
  readonly cei?: number;
  readonly ceiSince?: SerialDate;
  /** Σ aging bucket × the policy's loss rate (IFRS 9 provision matrix): the JSON's `ecl`. */
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
  readonly topExposures: readonly { readonly customerId: CustomerId; readonly name: string; readonly exposure: number; readonly share: number }[];
}
