/** The portfolio review: Portfolio + policy + as-of date → Review (per-customer lines, KPIs, alerts, decisions, worklist). */
import { at } from "../arrays";
import { calendarFromSerial, type SerialDate } from "../dates";
import { MoneySum, type Money } from "../money";
import type { ApprovalContext, MatrixApproval } from "../limits/approvalAuthority";
import type { LimitCap } from "../limits/recommendedLimit";
import { ExpectedLossSum } from "../provisions/expectedLoss";
import {
  policyGrades,
  type BlacklistRules,
  type CreditPolicy,
  type DecisionRule,
  type DisputeRules,
  type TemporaryLimitRules,
} from "../policy/creditPolicy";
import type { Scorecard, ValueOutsideBins } from "../scoring/scorecard";
import { listingHistory } from "./blacklistStatus";
import { policyAssessment } from "./customerAssessment";
import { rankOf, reviewCustomer, type ReviewContext } from "./customerReview";
import { aggregateLedger, Slot, slotAmount } from "./ledger";
import type { Customer, HistoryRow, Portfolio } from "./model";
import { portfolioKpis, topExposures } from "./portfolioKpis";
import type { Alert, AltmanResult, CollectionItem, CustomerReview, Review } from "./reviewTypes";

/** The policy settings the review itself applies (the credit rules proper are behind `AssessCustomer`). */
export interface ReviewSettings {
  /** Aging bucket limits in days past due (default 30, 60, 90). */
  readonly bucketLimits: readonly number[];
  /** Provision-matrix loss rate per bucket, not yet due first. */
  readonly lossRates: readonly number[];
  /** Loss given default for expected loss, a fraction. */
  readonly lgd: number;
  /** Grades best first: grade distribution order and "downgrade" direction. */
  readonly grades: readonly string[];
  /** Early-warning thresholds. */
  readonly alerts: {
    /** A score fall of at least this many points since the last review. */
    readonly scoreDrop: number;
    /** A score below this. */
    readonly scoreFloor: number;
    /** One customer's share of positive exposure above this fraction. */
    readonly concentrationCap: number;
    /** Days past due beyond which an item is seriously late ("60+": over the second aging limit by default). */
    readonly delinquencyDays: number;
  };
  /** Known for fewer months than this: thin data, manual review. */
  readonly thinDataMonths: number;
  /** The decision table, in order. */
  readonly decisions: readonly DecisionRule[];
  /** A warning's reduce cuts the limit in force by this fraction; limits are rounded down to `roundingStep`. */
  readonly warningCut: number;
  readonly roundingStep: number;
  /** The limit in force may exceed the credit rules' limit by this fraction before it is cut. */
  readonly reduceTolerance: number;
  /** From this grade on, a customer is not given more. */
  readonly noIncreaseFromGrade: string;
  readonly temporaryLimits: TemporaryLimitRules;
  readonly blacklist: BlacklistRules;
  readonly disputes: DisputeRules;
  /** CEI's opening receivables from the ledger and from history may differ by this fraction. */
  readonly ceiOpeningTolerance: number;
}

/** What the credit rules see of one customer. */
export interface AssessmentInput {
  readonly customer: Customer;
  readonly asOf: SerialDate;
  readonly exposure: number;
  readonly overdue: number;
  readonly sales12m: number;
  /** The monthly sales run rate: trailing sales over the months the customer is known, at most 12. */
  readonly monthlySales: number;
  readonly monthsKnown: number;
  readonly maxDaysPastDue: number;
  readonly daysBeyondTerms?: number;
  readonly dso?: number;
  /** Released from the blacklist within the probation months: the new-customer cap applies. */
  readonly probation?: boolean;
}

/** The credit rules' verdict on one customer: score, grade, PD, limit, collection stage and approval. */
export interface CustomerAssessment {
  readonly altman?: AltmanResult;
  readonly score?: number;
  readonly scoreSource: "scorecard" | "builtIn" | "none";
  readonly missingFactors: readonly string[];
  /** Scorecard values that fell in no bin of their factor, so the customer has no score. */
  readonly valuesOutsideBins?: readonly ValueOutsideBins[];
  readonly grade: string;
  readonly pd?: number;
  /** True for the policy's worst grade (cash in advance). */
  readonly worstGrade: boolean;
  /** Too few scoring factors had values (the scoring rule's own threshold). */
  readonly thinData: boolean;
  /** The credit rules' limit: need capped by every rule that applies. */
  readonly recommendedLimit: number;
  readonly bindingRule: string;
  /** The caps that applied, for checking the limit in force against the policy. */
  readonly limitCaps: readonly LimitCap[];
  /** Who approves `amount` for this customer (the approval matrix at its grade). */
  approve(amount: number, context: ApprovalContext): Pick<MatrixApproval, "level" | "reasons">;
  /** The collection ladder's step for `days` past due at this grade; disputed items go to dispute handling. */
  collectionStage(days: number, disputed: boolean): string;
}

/** The credit rules applied per customer (scoring, grading, limits, collection ladder, approval). */
export type AssessCustomer = (input: AssessmentInput) => CustomerAssessment;

/**
 * The last history row of each customer dated strictly before as-of: a re-run on the same day compares with the
 * review before, never with itself. Of two rows of one customer and date (a sheet written before re-runs replaced
 * their date's rows), the later row wins, as the later run's.
 */
function lastHistoryRows(history: readonly HistoryRow[], asOf: SerialDate): Map<string, HistoryRow> {
  const last = new Map<string, HistoryRow>();
  for (const row of history) {
    if (row.reviewDate >= asOf) continue;
    const seen = last.get(row.customerId);
    if (!seen || row.reviewDate >= seen.reviewDate) last.set(row.customerId, row);
  }
  return last;
}

/** The previous review's date and Σ exposure at it (one row per customer, the later of duplicates): CEI's B. */
function previousReview(
  history: readonly HistoryRow[],
  asOf: SerialDate,
): { date: SerialDate; exposure?: Money } | undefined {
  let date = -1;
  for (const row of history) if (row.reviewDate < asOf && row.reviewDate > date) date = row.reviewDate;
  if (date < 0) return undefined;
  const rows = new Map<string, HistoryRow>();
  for (const row of history) if (row.reviewDate === date) rows.set(row.customerId, row);
  const sum = new MoneySum();
  let counted = 0;
  for (const row of rows.values()) {
    if (row.exposure !== undefined && Number.isFinite(row.exposure)) {
      sum.add(row.exposure);
      counted++;
    }
  }
  return { date, exposure: counted > 0 ? sum.total() : undefined };
}

/**
 * Runs the review with given settings and credit rules, in named steps: one pass over the invoices
 * (`aggregateLedger`); per customer (`reviewCustomer`) the facts, the credit rules, the early warnings
 * (`WARNING_RULES`), the decision (`decide`, `decidedLimit`), the approval and the worklist lines; then the
 * portfolio KPIs (`portfolioKpis`) from exact per-customer totals. Pure.
 *
 * KPI definitions (docs/portfolio-review.md): open receivables = Σ open of invoices dated ≤ as-of; buckets as
 * `CREDIT.AGING`; overdue = open − not yet due; credit sales = Σ amount dated in (as-of − 365, as-of]; DSO = open ÷
 * sales × 365, BPDSO = not yet due ÷ sales × 365, ADD = DSO − BPDSO; provision matrix = Σ bucket × loss rate;
 * expected loss = Σ PD × LGD × positive exposure; top-10 share and HHI over positive exposures; over limit =
 * exposure > effective limit (temporary while in force; a customer without a limit has none: any exposure is over).
 * CEI runs from the latest ReviewHistory date before as-of: B = receivables open then (ledger, else history), S =
 * sales since, E and Ecur now.
 * @example reviewPortfolio(portfolio, 46203, settings, assess).kpis.openReceivables
 */
export function reviewPortfolio(
  portfolio: Portfolio,
  asOf: SerialDate,
  settings: ReviewSettings,
  assess: AssessCustomer,
): Review {
  const previous = previousReview(portfolio.history, asOf);
  const ledger = aggregateLedger(portfolio, {
    asOf,
    bucketLimits: settings.bucketLimits,
    periodStart: previous?.date,
    notificationDays: settings.disputes.insurerNotificationDays,
  });
  const n = ledger.customerCount;
  // Positive exposure total first: concentration alerts and top-10 shares need it.
  const exposures = new Float64Array(n);
  const positive = new MoneySum();
  for (let i = 0; i < n; i++) {
    const exposure = slotAmount(ledger, i, Slot.Open);
    exposures[i] = exposure;
    if (exposure > 0) positive.add(exposure);
  }
  const gradeRank = new Map(settings.grades.map((g, i) => [g, i]));
  const ctx: ReviewContext = {
    asOf,
    asOfCalendar: calendarFromSerial(asOf),
    settings,
    assess,
    ledger,
    exposures,
    positiveTotal: positive.toNumber(),
    lastRows: lastHistoryRows(portfolio.history, asOf),
    listings: listingHistory(portfolio.history, asOf),
    warnings: {
      ...settings.alerts,
      gradeRank,
      expiryWarningDays: settings.temporaryLimits.expiryWarningDays,
      escalationDays: settings.disputes.escalationDays,
    },
    decisions: {
      rules: settings.decisions,
      ...settings.alerts,
      expiryWarningDays: settings.temporaryLimits.expiryWarningDays,
      escalationDays: settings.disputes.escalationDays,
      warningCut: settings.warningCut,
      roundingStep: settings.roundingStep,
      reduceTolerance: settings.reduceTolerance,
      noIncreaseRank: rankOf(settings.grades, settings.noIncreaseFromGrade),
      gradeRank,
    },
    expectedLoss: new ExpectedLossSum(),
    releaseGradeRank: rankOf(settings.grades, settings.blacklist.releaseMinGrade),
  };
  const customers: CustomerReview[] = new Array(n);
  const alerts: Alert[] = [];
  const collections: CollectionItem[] = [];
  for (let i = 0; i < n; i++) {
    const step = reviewCustomer(ctx, at(portfolio.customers, i), i);
    const line = step.line;
    customers[i] = line;
    for (const alert of step.alerts) alerts.push(alert);
    for (const item of step.collections) collections.push(item);
  }
  // A total order (ties by customer, then undisputed first), so the worklist does not depend on the input's row order.
  collections.sort(
    (x, y) =>
      y.priority - x.priority ||
      y.overdue - x.overdue ||
      compareIds(x.customerId, y.customerId) ||
      Number(x.disputed) - Number(y.disputed),
  );
  return {
    asOf,
    bucketLimits: settings.bucketLimits,
    customers,
    kpis: portfolioKpis(
      ledger,
      customers,
      exposures,
      positive.total(),
      ctx.expectedLoss.total(),
      settings,
      asOf,
      previous,
    ),
    alerts,
    collections,
    topExposures: topExposures(portfolio.customers, exposures, positive.total()),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The settings the review reads from the policy: aging limits and loss rates, LGD, grades, early-warning thresholds
 * (the "60+ days" warning fires beyond the second aging limit, 60 days by default), and the new-customer months
 * that make a customer's data thin.
 */
export function reviewSettings(policy: CreditPolicy): ReviewSettings {
  const limits = policy.bucketLimits;
  return {
    bucketLimits: limits,
    lossRates: policy.lossRates,
    lgd: policy.lgd,
    grades: policyGrades(policy),
    alerts: {
      scoreDrop: policy.earlyWarning.scoreDrop,
      scoreFloor: policy.earlyWarning.scoreFloor,
      concentrationCap: policy.earlyWarning.concentrationCap,
      delinquencyDays: at(limits, Math.min(1, limits.length - 1)),
    },
    thinDataMonths: policy.limits.newCustomerMonths,
    decisions: policy.decisions,
    warningCut: policy.limits.warningCut,
    reduceTolerance: policy.limits.reduceTolerance,
    noIncreaseFromGrade: policy.limits.noIncreaseFromGrade,
    roundingStep: policy.limits.roundingStep,
    temporaryLimits: policy.temporaryLimits,
    blacklist: policy.blacklist,
    disputes: policy.disputes,
    ceiOpeningTolerance: policy.ceiOpeningTolerance,
  };
}

/**
 * The portfolio review (docs/architecture.md §The review's stages): every customer scored, graded, limited and
 * aged; the portfolio KPIs; early warnings against the last ReviewHistory rows; the collections worklist. Pure: the
 * same inputs give the same Review. With a scorecard, it replaces the built-in model.
 * @example runReview(portfolio, defaultPolicy, serialFromIso("2026-06-30")!).kpis.dso
 */
export function runReview(portfolio: Portfolio, policy: CreditPolicy, asOf: SerialDate, scorecard?: Scorecard): Review {
  return reviewPortfolio(portfolio, asOf, reviewSettings(policy), policyAssessment(policy, scorecard));
}
