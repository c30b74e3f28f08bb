/** The portfolio review: Portfolio + policy + as-of date → Review (per-customer lines, KPIs, alerts, decisions, worklist). */
import { calendarFromSerial, type CalendarDate, type SerialDate } from "../dates";
import { CreditError } from "../errors";
import type { MessageCode } from "../messages";
import { Decimal, MoneySum, ZERO, type Money } from "../money";
import type { ApprovalContext, MatrixApproval } from "../limits/approvalAuthority";
import type { LimitCap } from "../limits/recommendedLimit";
import { ExpectedLossSum } from "../provisions/expectedLoss";
import { provisionByBucket } from "../provisions/provisionMatrix";
import { averageDaysDelinquent } from "../receivables/averageDaysDelinquent";
import { bestPossibleDso } from "../receivables/bestPossibleDso";
import { collectionEffectiveness } from "../receivables/collectionEffectiveness";
import { dso } from "../receivables/dso";
import {
  CREDIT_ACTIONS,
  LADDER_STAGES,
  policyGrades,
  type BlacklistRules,
  type CreditAction,
  type CreditPolicy,
  type DecisionRule,
  type DisputeRules,
  type TemporaryLimitRules,
} from "../policy/creditPolicy";
import type { Scorecard, ValueOutsideBins } from "../scoring/scorecard";
import { blacklistStatus, listingHistory, type ListingHistory } from "./blacklistStatus";
import { herfindahlIndex, topShare } from "./concentration";
import { policyAssessment } from "./customerAssessment";
import type { CustomerFacts } from "./customerFacts";
import { decide, decidedLimit, type DecisionSettings } from "./decisions";
import { alertCode, WARNING_RULES, type WarningSettings } from "./earlyWarnings";
import { aggregateLedger, Slot, slotAmount, slotTotal, type Ledger } from "./ledger";
import type { Customer, HistoryRow, Portfolio } from "./model";
import type { Alert, AltmanResult, CeiOpening, CollectionItem, CustomerReview, Review } from "./reviewTypes";
import { effectiveLimit, temporaryLimitStatus } from "./temporaryLimit";

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

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * Whole calendar months from `from` to `to` (a month counts once its day-of-month is reached).
 * @example wholeMonthsBetween(serialFromIso("2026-01-31")!, serialFromIso("2026-03-31")!) // 2
 */
export function wholeMonthsBetween(
  from: SerialDate,
  to: SerialDate,
  toCalendar: CalendarDate = calendarFromSerial(to),
): number {
  if (to <= from) return 0;
  const f = calendarFromSerial(from);
  const months = toCalendar.year * 12 + toCalendar.month - (f.year * 12 + f.month);
  return toCalendar.day < f.day ? months - 1 : months;
}

/** Undefined instead of a domain error: a KPI without a denominator is shown as n/a, it does not stop the review. */
function orUndefined(compute: () => number): number | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CreditError) return undefined;
    throw error;
  }
}

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

/** Everything the per-customer step needs from the whole portfolio, computed once. */
interface ReviewContext {
  readonly asOf: SerialDate;
  readonly asOfCalendar: CalendarDate;
  readonly settings: ReviewSettings;
  readonly assess: AssessCustomer;
  readonly ledger: Ledger;
  readonly exposures: Float64Array;
  readonly positiveTotal: number;
  readonly lastRows: ReadonlyMap<string, HistoryRow>;
  readonly listings: ReadonlyMap<string, ListingHistory>;
  readonly warnings: WarningSettings;
  readonly decisions: DecisionSettings;
  readonly releaseGradeRank: number;
}

/** One customer's line of the review, its alerts and its worklist lines. */
interface CustomerStep {
  readonly line: CustomerReview;
  readonly alerts: readonly Alert[];
  readonly collections: readonly CollectionItem[];
}

/**
 * Sales behind the run rate: trailing-365-day sales spread over the months the customer is known (days since its
 * first invoice ÷ (365 ÷ 12), at least one month), 12 for a customer known a year or more. A customer won two
 * months ago sells over two months, not twelve: its monthly sales, DSO and need-based limit follow its real pace.
 * @example salesMonths(first = asOf − 60, asOf) // 61 ÷ (365 / 12) ≈ 2.005
 */
export function salesMonths(firstInvoice: SerialDate, asOf: SerialDate): number {
  if (firstInvoice === 0 || firstInvoice <= asOf - 365) return 12;
  return Math.max(1, (asOf - firstInvoice + 1) / (365 / 12));
}

/** The customer's review line: facts, credit rules, warnings, decision, approval and worklist lines. */
function reviewCustomer(ctx: ReviewContext, customer: Customer, i: number): CustomerStep {
  const { asOf, settings, ledger } = ctx;
  const { cents, slots } = ledger;
  const base = i * slots;
  const exposure = ctx.exposures[i];
  const nb = ledger.bucketCount;
  const aging: number[] = new Array(nb);
  for (let k = 0; k < nb; k++) aging[k] = slotAmount(ledger, i, Slot.Bucket0 + k);
  const overdue =
    ledger.inexact.size === 0
      ? (cents[base + Slot.Open] - cents[base + Slot.Bucket0]) / 100
      : new Decimal(exposure).minus(aging[0]).toNumber();
  const sales12m = slotAmount(ledger, i, Slot.Sales365);
  const months = salesMonths(ledger.firstInvoice[i], asOf);
  const monthlySales = sales12m / months;
  // DSO as defined by `dso` (receivables/dso.ts) over the months the customer is known, in floating point: a
  // per-customer display ratio. The portfolio DSO calls `dso` itself.
  const customerDso = sales12m > 0 ? (exposure / sales12m) * (months === 12 ? 365 : (months * 365) / 12) : undefined;
  const monthsKnown =
    ledger.firstInvoice[i] === 0 ? 0 : wholeMonthsBetween(ledger.firstInvoice[i], asOf, ctx.asOfCalendar);
  const dbt = dbtOf(ledger, i);
  const maxDpd = ledger.maxDpd[i];
  const maxDpdUndisputed = ledger.maxDpdUndisputed[i];
  const listing = ctx.listings.get(customer.id);
  const probation =
    !customer.blacklisted &&
    listing !== undefined &&
    wholeMonthsBetween(listing.releasedBy ?? asOf, asOf, ctx.asOfCalendar) < settings.blacklist.probationMonths;
  const a = ctx.assess({
    customer,
    asOf,
    exposure,
    overdue,
    sales12m,
    monthlySales,
    monthsKnown,
    maxDaysPastDue: maxDpd,
    daysBeyondTerms: dbt.value,
    dso: customerDso,
    probation,
  });

  const temporary = temporaryLimitStatus(customer, asOf, settings.temporaryLimits);
  const limitInForce = effectiveLimit(customer, temporary);
  const overLimit = exposure > (limitInForce ?? 0);
  const creditLimit = customer.creditLimit;
  const policyBreaches = a.limitCaps.filter((c) => c.rule !== "increaseCap" && (creditLimit ?? 0) > c.amount);
  const collectionStage = a.collectionStage(maxDpdUndisputed, false);
  const listedSince = customer.blacklistDate ?? listing?.listedSince;
  const status = blacklistStatus(
    {
      blacklisted: customer.blacklisted,
      listedSince,
      monthsListed: listedSince === undefined ? undefined : wholeMonthsBetween(listedSince, asOf, ctx.asOfCalendar),
      exposure,
      gradeRank: rankOf(settings.grades, a.grade),
      releaseGradeRank: ctx.releaseGradeRank,
      writtenOff: customer.writtenOff,
      maxDaysPastDueUndisputed: maxDpdUndisputed,
      atAgencyStage: collectionStage === LADDER_STAGES[LADDER_STAGES.length - 1],
      onProbation: probation,
    },
    settings.blacklist,
  );
  const facts: CustomerFacts = {
    customer,
    exposure,
    overdue,
    maxDaysPastDue: maxDpd,
    maxDaysPastDueUndisputed: maxDpdUndisputed,
    disputeDays: ledger.maxDpdDisputed[i],
    disputedOverdue: slotAmount(ledger, i, Slot.OverdueDisputed),
    score: a.score,
    grade: a.grade,
    worstGrade: a.worstGrade,
    altman: a.altman,
    limitByRules: a.recommendedLimit,
    effectiveLimit: limitInForce,
    overLimit,
    share: ctx.positiveTotal > 0 && exposure > 0 ? exposure / ctx.positiveTotal : 0,
    temporary,
    policyBreaches,
    collectionStage,
    blacklistStatus: status,
    previous: ctx.lastRows.get(customer.id),
  };

  const alerts: Alert[] = [];
  for (const rule of WARNING_RULES) {
    const params = rule.check(facts, ctx.warnings);
    if (params)
      alerts.push({
        customerId: customer.id,
        customerName: customer.name,
        rule: rule.rule,
        code: alertCode(rule, params),
        params,
      });
  }
  const decision = decide({ ...facts, alerts: alerts.map((x) => x.rule) }, ctx.decisions);
  const recommendedLimit = decidedLimit(
    decision,
    a.recommendedLimit,
    creditLimit,
    settings.warningCut,
    settings.roundingStep,
  );
  const previous = facts.previous;
  const approval = a.approve(recommendedLimit, {
    strategic: customer.strategic,
    override: previous?.recommendedLimit !== undefined && (creditLimit ?? 0) > previous.recommendedLimit,
    temporaryBeyondPolicy: temporary.active && temporary.beyondPolicy.length > 0 ? customer.temporaryLimit : undefined,
  });

  const lostCover = slotAmount(ledger, i, Slot.DisputedPastNotification);
  const insuredCover = exposure > 0 ? Math.min(customer.insuredLimit ?? 0, Math.max(0, exposure - lostCover)) : 0;
  const thinData = monthsKnown < settings.thinDataMonths || a.thinData;
  const manualReview = customer.strategic || thinData;
  const line: CustomerReview = {
    customer,
    exposure,
    aging,
    overdue,
    disputed: slotAmount(ledger, i, Slot.Disputed),
    maxDaysPastDue: maxDpd,
    weightedDaysPastDue: ledger.positiveOpen[i] > 0 ? ledger.dpdWeight[i] / ledger.positiveOpen[i] : undefined,
    daysBeyondTerms: dbt.value,
    daysBeyondTermsTrend: dbt.trend,
    sales12m,
    monthlySales,
    dso: customerDso,
    monthsKnown,
    salesMonths: months,
    invoiceCount: ledger.invoiceCount[i],
    altman: a.altman,
    score: a.score,
    scoreSource: a.scoreSource,
    missingFactors: a.missingFactors,
    valuesOutsideBins: a.valuesOutsideBins,
    grade: a.grade,
    pd: a.pd,
    recommendedLimit,
    limitByRules: a.recommendedLimit,
    bindingRule: a.bindingRule,
    effectiveLimit: limitInForce,
    temporaryLimitActive: temporary.active,
    utilisation: limitInForce !== undefined && limitInForce > 0 ? exposure / limitInForce : undefined,
    overLimit,
    insuredCover,
    uninsured: Math.max(0, exposure - insuredCover),
    disputedPastNotification: lostCover,
    disputeDays: ledger.maxDpdDisputed[i],
    expectedLoss: 0,
    collectionStage,
    approvalLevel: approval.level,
    approvalReasons: approval.reasons.map((r) => APPROVAL_REASON_CODES[r]),
    action: decision.action,
    actionRule: decision.rule,
    blacklistStatus: status,
    policyBreaches: policyBreaches.map((c) => c.rule),
    actions: actionCodes(
      decision.action,
      cents[base + Slot.OverdueUndisputed] > 0,
      ledgerHasDisputes(ledger, i),
      manualReview,
    ),
    reasons: reasonCodes(
      facts,
      decision.conditions,
      thinData,
      ledger.maxDpdUndisputed[i] > settings.bucketLimits[settings.bucketLimits.length - 1],
      ledgerHasDisputes(ledger, i),
      recommendedLimit,
    ),
    manualReview,
  };
  return { line, alerts, collections: collectionLines(ctx, i, customer, a, facts) };
}

const APPROVAL_REASON_CODES: Readonly<Record<MatrixApproval["reasons"][number], MessageCode>> = {
  grade: "approvalReasonGrade",
  strategic: "approvalReasonStrategic",
  override: "approvalReasonOverride",
  temporary: "approvalReasonTemporary",
};

const ACTION_CODES: Readonly<Record<CreditAction, MessageCode | undefined>> = {
  stop: "actionStopCredit",
  reduce: "actionReduceLimit",
  keep: undefined,
  increase: "actionIncreaseLimit",
};

function ledgerHasDisputes(ledger: Ledger, i: number): boolean {
  return (
    ledger.cents[i * ledger.slots + Slot.Disputed] !== 0 ||
    ledger.priorityDisputed[i] > 0 ||
    ledger.inexact.has(i * ledger.slots + Slot.Disputed)
  );
}

/** The to-do list of a customer's line: the decision's action first, then collecting, disputes and manual review. */
function actionCodes(
  action: CreditAction,
  overdueUndisputed: boolean,
  disputes: boolean,
  manualReview: boolean,
): MessageCode[] {
  const out: MessageCode[] = [];
  const decided = ACTION_CODES[action];
  if (decided) out.push(decided);
  if (overdueUndisputed) out.push("actionCollect");
  if (disputes) out.push("actionResolveDisputes");
  if (manualReview) out.push("actionManualReview");
  if (out.length === 0) out.push("actionNone");
  return out;
}

/** The reason codes of a customer's line: what is wrong or notable, then the conditions of the decision table that held. */
function reasonCodes(
  f: CustomerFacts,
  conditions: readonly string[],
  thinData: boolean,
  over90: boolean,
  disputes: boolean,
  recommendedLimit: number,
): MessageCode[] {
  const out: MessageCode[] = [];
  const limit = f.customer.creditLimit;
  if (f.customer.blacklisted) out.push("reasonBlacklisted");
  if (f.worstGrade) out.push("reasonWorstGrade");
  if (f.overLimit && f.exposure > 0) out.push("reasonOverLimit");
  if (over90) out.push("reasonOverdue90");
  if (disputes) out.push("reasonDisputed");
  if (f.altman?.zone === "Distress") out.push("reasonZDistress");
  if (conditions.includes("scoreDrop")) out.push("reasonScoreDrop");
  if (limit !== undefined && recommendedLimit < limit) out.push("reasonLimitCut");
  if (limit !== undefined && recommendedLimit > limit) out.push("reasonLimitRaise");
  if (f.customer.strategic) out.push("reasonStrategic");
  if (thinData) out.push("reasonThinData");
  return out;
}

/** Worklist lines: undisputed overdue items climb the ladder; disputed ones go to dispute handling, escalated when old. */
function collectionLines(
  ctx: ReviewContext,
  i: number,
  customer: Customer,
  a: CustomerAssessment,
  f: CustomerFacts,
): CollectionItem[] {
  const { ledger } = ctx;
  const base = i * ledger.slots;
  const out: CollectionItem[] = [];
  const common = { customerId: customer.id, customerName: customer.name, grade: a.grade };
  if (
    ledger.cents[base + Slot.OverdueUndisputed] > 0 ||
    (ledger.inexact.has(base + Slot.OverdueUndisputed) && slotAmount(ledger, i, Slot.OverdueUndisputed) > 0)
  ) {
    out.push({
      ...common,
      overdue: slotAmount(ledger, i, Slot.OverdueUndisputed),
      maxDaysPastDue: f.maxDaysPastDueUndisputed,
      priority: ledger.priorityUndisputed[i] / 100,
      disputed: false,
      stage: f.collectionStage,
    });
  }
  if (slotAmount(ledger, i, Slot.OverdueDisputed) > 0 && ledger.priorityDisputed[i] > 0) {
    const escalated = f.disputeDays > ctx.settings.disputes.escalationDays;
    out.push({
      ...common,
      overdue: slotAmount(ledger, i, Slot.OverdueDisputed),
      maxDaysPastDue: f.disputeDays,
      priority: ledger.priorityDisputed[i] / 100,
      disputed: true,
      stage: escalated ? "disputeEscalated" : a.collectionStage(f.disputeDays, true),
    });
  }
  return out;
}

function rankOf(grades: readonly string[], grade: string): number {
  const g = grade.trim().toUpperCase();
  const r = grades.findIndex((x) => x.toUpperCase() === g);
  return r < 0 ? grades.length : r;
}

/**
 * CEI's opening receivables: rebuilt from the ledger (invoices open at the previous review date) when the ledger
 * has payment data and reaches back at least a year before that date, else ReviewHistory's Σ exposure; both are
 * kept, and a difference above the tolerance is flagged for a data issue.
 */
function ceiOpening(
  ledger: Ledger,
  previous: { date: SerialDate; exposure?: Money },
  tolerance: number,
): CeiOpening | undefined {
  const covers = ledger.paidDates > 0 && ledger.earliestInvoice > 0 && ledger.earliestInvoice <= previous.date - 365;
  const fromLedger = covers ? slotTotal(ledger, Slot.OpenAtPeriodStart).toNumber() : undefined;
  const fromHistory = previous.exposure?.toNumber();
  const amount = fromLedger ?? fromHistory;
  if (amount === undefined) return undefined;
  const differs =
    fromLedger !== undefined &&
    fromHistory !== undefined &&
    Math.abs(fromLedger - fromHistory) > tolerance * Math.max(Math.abs(fromLedger), Math.abs(fromHistory));
  return {
    source: fromLedger !== undefined ? "ledger" : "history",
    amount,
    ledger: fromLedger,
    history: fromHistory,
    differs,
  };
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
    exposures[i] = slotAmount(ledger, i, Slot.Open);
    if (exposures[i] > 0) positive.add(exposures[i]);
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
    },
    releaseGradeRank: rankOf(settings.grades, settings.blacklist.releaseMinGrade),
  };
  const customers: CustomerReview[] = new Array(n);
  const alerts: Alert[] = [];
  const collections: CollectionItem[] = [];
  const el = new ExpectedLossSum();
  for (let i = 0; i < n; i++) {
    const step = reviewCustomer(ctx, portfolio.customers[i], i);
    const line = step.line;
    const customerEl = line.pd === undefined || line.exposure <= 0 ? 0 : el.add(line.pd, settings.lgd, line.exposure);
    customers[i] = customerEl === 0 ? line : { ...line, expectedLoss: customerEl };
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
    kpis: portfolioKpis(ledger, customers, exposures, positive.total(), el.total(), settings, asOf, previous),
    alerts,
    collections,
    topExposures: topExposures(portfolio.customers, exposures, positive.total()),
  };
}

/** The portfolio KPIs from the exact per-customer totals of the ledger and the customers' lines. */
function portfolioKpis(
  ledger: Ledger,
  customers: readonly CustomerReview[],
  exposures: Float64Array,
  positiveTotal: Money,
  expectedLoss: Money,
  settings: ReviewSettings,
  asOf: SerialDate,
  previous: { date: SerialDate; exposure?: Money } | undefined,
): Review["kpis"] {
  const nb = ledger.bucketCount;
  const open = slotTotal(ledger, Slot.Open);
  const aging: Money[] = [];
  for (let k = 0; k < nb; k++) aging.push(slotTotal(ledger, Slot.Bucket0 + k));
  const notDue = aging[0];
  const sales = slotTotal(ledger, Slot.Sales365);
  const salesN = sales.toNumber(),
    openN = open.toNumber(),
    notDueN = notDue.toNumber();
  const provisions = provisionByBucket(aging, settings.lossRates);
  const opening = previous && ceiOpening(ledger, previous, settings.ceiOpeningTolerance);
  let cei: number | undefined;
  if (previous && opening) {
    const months = Math.max(1, Math.round((asOf - previous.date) / DAYS_PER_MONTH));
    cei = orUndefined(() =>
      collectionEffectiveness(
        Math.max(0, opening.amount),
        slotTotal(ledger, Slot.SalesSincePeriodStart).toNumber(),
        Math.max(0, openN),
        Math.max(0, notDueN),
        months,
      ),
    );
  }
  const gradeRank = new Map(settings.grades.map((g, i) => [g, i]));
  const gradeCounts = new Map<string, number>();
  const actionCounts = Object.fromEntries(CREDIT_ACTIONS.map((a) => [a, 0])) as Record<CreditAction, number>;
  const insured = new MoneySum();
  const uninsured = new MoneySum();
  const overLimitCustomers: string[] = [];
  for (const c of customers) {
    gradeCounts.set(c.grade, (gradeCounts.get(c.grade) ?? 0) + 1);
    actionCounts[c.action]++;
    if (c.overLimit) overLimitCustomers.push(c.customer.id);
    if (c.exposure > 0) {
      insured.add(c.insuredCover);
      uninsured.add(c.uninsured);
    }
  }
  const insuredTotal = insured.total();
  const grades = [
    ...settings.grades.filter((g) => gradeCounts.has(g)),
    ...[...gradeCounts.keys()].filter((g) => !gradeRank.has(g)).sort(),
  ];
  return {
    customers: ledger.customerCount,
    invoices: sumInt(ledger.invoiceCount),
    openReceivables: open,
    overdueReceivables: open.minus(notDue),
    aging,
    disputed: slotTotal(ledger, Slot.Disputed),
    creditSales365: sales,
    dso: orUndefined(() => dso(openN, salesN)),
    bpdso: orUndefined(() => bestPossibleDso(notDueN, salesN)),
    add: orUndefined(() => averageDaysDelinquent(openN, notDueN, salesN)),
    cei,
    ceiSince: previous?.date,
    ceiOpening: opening,
    provision: provisions.reduce((s, p) => s.plus(p), ZERO),
    provisionByBucket: provisions,
    lossRates: settings.lossRates,
    expectedLoss,
    top10Share: orUndefined(() => topShare(exposures, 10)),
    hhi: orUndefined(() => herfindahlIndex(exposures)),
    overLimitCustomers,
    gradeCounts: grades.map((grade) => ({ grade, count: gradeCounts.get(grade)! })),
    insuredCover: insuredTotal,
    insuredShare: positiveTotal.isZero() ? undefined : insuredTotal.div(positiveTotal).toNumber(),
    uninsuredExposure: uninsured.total(),
    disputedPastNotification: slotTotal(ledger, Slot.DisputedPastNotification),
    actionCounts,
  };
}

function dbtOf(ledger: Ledger, i: number): { value?: number; trend?: number } {
  const rw = ledger.dbtRecentWeight[i],
    ew = ledger.dbtEarlierWeight[i];
  if (rw + ew <= 0) return {};
  const value = (ledger.dbtRecent[i] + ledger.dbtEarlier[i]) / (rw + ew);
  const trend = rw > 0 && ew > 0 ? ledger.dbtRecent[i] / rw - ledger.dbtEarlier[i] / ew : undefined;
  return { value, trend };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function topExposures(customers: readonly Customer[], exposures: Float64Array, total: Money): Review["topExposures"] {
  const top: number[] = [];
  // Larger exposure first; equal ones by customer id, so which ten are shown does not depend on the row order.
  const ahead = (i: number, j: number) =>
    exposures[i] > exposures[j] || (exposures[i] === exposures[j] && customers[i].id < customers[j].id);
  // Keep the ten largest in a small sorted array: O(n) over 50,000 customers instead of a full sort.
  for (let i = 0; i < exposures.length; i++) {
    const e = exposures[i];
    if (!(e > 0)) continue;
    if (top.length === 10 && !ahead(i, top[9])) continue;
    let p = top.length === 10 ? 9 : top.length;
    if (top.length < 10) top.push(i);
    while (p > 0 && ahead(i, top[p - 1])) {
      top[p] = top[p - 1];
      p--;
    }
    top[p] = i;
  }
  const t = total.toNumber();
  return top.map((i) => ({
    customerId: customers[i].id,
    name: customers[i].name,
    exposure: exposures[i],
    share: t > 0 ? exposures[i] / t : 0,
  }));
}

function sumInt(values: Int32Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
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
      delinquencyDays: limits[Math.min(1, limits.length - 1)],
    },
    thinDataMonths: policy.limits.newCustomerMonths,
    decisions: policy.decisions,
    warningCut: policy.limits.warningCut,
    roundingStep: policy.limits.roundingStep,
    temporaryLimits: policy.temporaryLimits,
    blacklist: policy.blacklist,
    disputes: policy.disputes,
    ceiOpeningTolerance: policy.ceiOpeningTolerance,
  };
}

/**
 * The portfolio review (DESIGN.md §5): every customer scored, graded, limited and aged; the portfolio KPIs; early
 * warnings against the last ReviewHistory rows; the collections worklist. Pure: the same inputs give the same
 * Review. With a scorecard, it replaces the built-in model.
 * @example runReview(portfolio, defaultPolicy, serialFromIso("2026-06-30")!).kpis.dso
 */
export function runReview(portfolio: Portfolio, policy: CreditPolicy, asOf: SerialDate, scorecard?: Scorecard): Review {
  return reviewPortfolio(portfolio, asOf, reviewSettings(policy), policyAssessment(policy, scorecard));
}
