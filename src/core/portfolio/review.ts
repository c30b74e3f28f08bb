/** The portfolio review: Portfolio + policy + as-of date → Review (per-customer lines, KPIs, alerts, worklist). */
import { calendarFromSerial, isoFromSerial, type CalendarDate, type SerialDate } from "../dates";
import { CreditError } from "../errors";
import type { MessageCode, MessageParams } from "../messages";
import { Decimal, MoneySum, ZERO, type Money } from "../money";
import { ExpectedLossSum } from "../provisions/expectedLoss";
import { provisionByBucket } from "../provisions/provisionMatrix";
import { averageDaysDelinquent } from "../receivables/averageDaysDelinquent";
import { bestPossibleDso } from "../receivables/bestPossibleDso";
import { collectionEffectiveness } from "../receivables/collectionEffectiveness";
import { dso } from "../receivables/dso";
import { policyGrades, type CreditPolicy } from "../policy/creditPolicy";
import type { Scorecard, ValueOutsideBins } from "../scoring/scorecard";
import { herfindahlIndex, topShare } from "./concentration";
import { policyAssessment } from "./customerAssessment";
import { aggregateLedger, Slot, slotAmount, slotTotal, type Ledger } from "./ledger";
import type { Customer, HistoryRow, Portfolio } from "./model";
import type { Alert, AlertRule, AltmanResult, CollectionItem, CustomerReview, Review } from "./reviewTypes";

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
}

/** What the credit rules see of one customer. */
export interface AssessmentInput {
  readonly customer: Customer;
  readonly asOf: SerialDate;
  readonly exposure: number;
  readonly overdue: number;
  readonly sales12m: number;
  readonly monthlySales: number;
  readonly monthsKnown: number;
  readonly maxDaysPastDue: number;
  readonly daysBeyondTerms?: number;
  readonly dso?: number;
}

/** The credit rules' verdict on one customer: score, grade, PD, limit, collection stage and approval level. */
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
  readonly recommendedLimit: number;
  readonly bindingRule: string;
  readonly approvalLevel: string;
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
export function wholeMonthsBetween(from: SerialDate, to: SerialDate, toCalendar: CalendarDate = calendarFromSerial(to)): number {
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
function previousReview(history: readonly HistoryRow[], asOf: SerialDate): { date: SerialDate; exposure: Money } | undefined {
  let date = -1;
  for (const row of history) if (row.reviewDate < asOf && row.reviewDate > date) date = row.reviewDate;
  if (date < 0) return undefined;
  const rows = new Map<string, HistoryRow>();
  for (const row of history) if (row.reviewDate === date) rows.set(row.customerId, row);
  const sum = new MoneySum();
  for (const row of rows.values()) if (row.exposure !== undefined && Number.isFinite(row.exposure)) sum.add(row.exposure);
  return { date, exposure: sum.total() };
}

/**
 * Runs the review with given settings and credit rules: one pass over the invoices (`aggregateLedger`), then one pass
 * over the customers, then the portfolio KPIs from exact per-customer totals. Pure.
 *
 * KPI definitions (DESIGN.md §5): open receivables = Σ open of invoices dated ≤ as-of; buckets as `CREDIT.AGING`;
 * overdue = open − not yet due; credit sales = Σ amount dated in (as-of − 365, as-of]; DSO = open ÷ sales × 365,
 * BPDSO = not yet due ÷ sales × 365, ADD = DSO − BPDSO; provision = Σ bucket × loss rate; top-10 share and HHI over
 * positive exposures; over limit = exposure > credit limit (a customer without a limit has none: any exposure is over).
 * CEI runs from the latest ReviewHistory date before as-of: B = Σ exposure then, S = sales since, E and Ecur now.
 * @example reviewPortfolio(portfolio, 46203, settings, assess).kpis.openReceivables
 */
export function reviewPortfolio(portfolio: Portfolio, asOf: SerialDate, settings: ReviewSettings, assess: AssessCustomer): Review {
  const previous = previousReview(portfolio.history, asOf);
  const ledger = aggregateLedger(portfolio, { asOf, bucketLimits: settings.bucketLimits, periodStart: previous?.date });
  const lastRows = lastHistoryRows(portfolio.history, asOf);
  const n = ledger.customerCount;
  const nb = ledger.bucketCount;
  const { cents, slots } = ledger;

  // Positive exposure total first: concentration alerts and top-10 shares need it.
  const exposures = new Float64Array(n);
  const positive = new MoneySum();
  for (let i = 0; i < n; i++) {
    exposures[i] = slotAmount(ledger, i, Slot.Open);
    if (exposures[i] > 0) positive.add(exposures[i]);
  }
  const positiveTotal = positive.toNumber();

  const gradeRank = new Map(settings.grades.map((g, i) => [g, i]));
  const customers: CustomerReview[] = new Array(n);
  const alerts: Alert[] = [];
  const collections: CollectionItem[] = [];
  const el = new ExpectedLossSum();
  const insured = new MoneySum();
  const uninsuredTotal = new MoneySum();
  const overLimitCustomers: string[] = [];
  const gradeCounts = new Map<string, number>();
  const lastLimit = settings.bucketLimits[settings.bucketLimits.length - 1];
  const asOfCalendar = calendarFromSerial(asOf);

  for (let i = 0; i < n; i++) {
    const customer = portfolio.customers[i];
    const base = i * slots;
    const exposure = exposures[i];
    const aging: number[] = new Array(nb);
    for (let k = 0; k < nb; k++) aging[k] = slotAmount(ledger, i, Slot.Bucket0 + k);
    const overdue = ledger.inexact.size === 0 ? (cents[base + Slot.Open] - cents[base + Slot.Bucket0]) / 100 : new Decimal(exposure).minus(aging[0]).toNumber();
    const sales12m = slotAmount(ledger, i, Slot.Sales365);
    const monthlySales = sales12m / 12;
    // DSO as defined by `dso` (receivables/dso.ts), in floating point: a per-customer display ratio, where the
    // exact decimal division would cost 0.2 s per 50,000 customers. The portfolio DSO below calls `dso` itself.
    const customerDso = sales12m > 0 ? (exposure / sales12m) * 365 : undefined;
    const monthsKnown = ledger.firstInvoice[i] === 0 ? 0 : wholeMonthsBetween(ledger.firstInvoice[i], asOf, asOfCalendar);
    const dbt = dbtOf(ledger, i);
    const maxDpd = ledger.maxDpd[i];
    const a = assess({
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
    });
    const limit = customer.creditLimit;
    const overLimit = exposure > (limit ?? 0);
    const uninsured = Math.max(0, exposure - (customer.insuredLimit ?? 0));
    const customerEl = a.pd === undefined || exposure <= 0 ? 0 : el.add(a.pd, settings.lgd, exposure);
    if (exposure > 0) {
      insured.add(Math.min(exposure, customer.insuredLimit ?? 0));
      uninsuredTotal.add(uninsured);
    }
    if (overLimit) overLimitCustomers.push(customer.id);
    gradeCounts.set(a.grade, (gradeCounts.get(a.grade) ?? 0) + 1);

    // Early warnings against the last review.
    const prev = lastRows.get(customer.id);
    const warn = (rule: AlertRule, code: MessageCode, params: MessageParams) =>
      alerts.push({ customerId: customer.id, customerName: customer.name, rule, code, params });
    let scoreDropped = false;
    if (a.score !== undefined && prev?.score !== undefined && prev.score - a.score >= settings.alerts.scoreDrop) {
      scoreDropped = true;
      warn("scoreDrop", "alertScoreDrop", { drop: round2(prev.score - a.score), since: isoFromSerial(prev.reviewDate), from: round2(prev.score), to: round2(a.score) });
    }
    if (a.score !== undefined && a.score < settings.alerts.scoreFloor && !(prev?.score !== undefined && prev.score < settings.alerts.scoreFloor)) {
      warn("scoreFloor", "alertScoreFloor", { score: round2(a.score), floor: settings.alerts.scoreFloor });
    }
    const rankNow = gradeRank.get(a.grade), rankBefore = prev?.grade === undefined ? undefined : gradeRank.get(prev.grade);
    if (rankNow !== undefined && rankBefore !== undefined && rankNow > rankBefore) {
      warn("gradeDowngrade", "alertGradeDowngrade", { from: prev!.grade!, to: a.grade, since: isoFromSerial(prev!.reviewDate) });
    }
    if (overLimit && exposure > 0) warn("overLimit", "alertOverLimit", { exposure: round2(exposure), limit: limit ?? 0 });
    const late = settings.alerts.delinquencyDays;
    if (maxDpd > late && !(prev?.maxDaysPastDue !== undefined && prev.maxDaysPastDue > late)) {
      warn("new60Dpd", "alertNew60Dpd", { dpd: maxDpd, previous: prev?.maxDaysPastDue ?? "–" });
    }
    const share = positiveTotal > 0 && exposure > 0 ? exposure / positiveTotal : 0;
    if (share > settings.alerts.concentrationCap) {
      warn("concentration", "alertConcentration", { share: percent(share), cap: percent(settings.alerts.concentrationCap) });
    }
    const distress = a.altman?.zone === "Distress";
    if (distress && prev?.zZone !== "Distress") warn("zDistress", "alertZDistress", { z: round2(a.altman!.z), model: a.altman!.model });
    if (customer.blacklisted && exposure > 0) warn("blacklistedExposure", "alertBlacklistedExposure", { exposure: round2(exposure) });

    // Collections: undisputed overdue items climb the ladder; disputed ones go to dispute handling, not escalated.
    const overdueUndisputed = cents[base + Slot.OverdueUndisputed];
    if (overdueUndisputed > 0) {
      const days = ledger.maxDpdUndisputed[i];
      collections.push({
        customerId: customer.id, customerName: customer.name, grade: a.grade,
        overdue: slotAmount(ledger, i, Slot.OverdueUndisputed), maxDaysPastDue: days,
        priority: ledger.priorityUndisputed[i] / 100, disputed: false, stage: a.collectionStage(days, false),
      });
    }
    if (cents[base + Slot.OverdueDisputed] > 0 && ledger.priorityDisputed[i] > 0) {
      collections.push({
        customerId: customer.id, customerName: customer.name, grade: a.grade,
        overdue: slotAmount(ledger, i, Slot.OverdueDisputed), maxDaysPastDue: maxDpd,
        priority: ledger.priorityDisputed[i] / 100, disputed: true, stage: a.collectionStage(maxDpd, true),
      });
    }

    // Actions and their reasons.
    const reasons: MessageCode[] = [];
    const actions: MessageCode[] = [];
    const thinData = monthsKnown < settings.thinDataMonths || a.thinData;
    if (customer.blacklisted) reasons.push("reasonBlacklisted");
    if (a.worstGrade) reasons.push("reasonWorstGrade");
    if (overLimit && exposure > 0) reasons.push("reasonOverLimit");
    if (ledger.maxDpdUndisputed[i] > lastLimit) reasons.push("reasonOverdue90");
    if (cents[base + Slot.Disputed] !== 0 || ledger.priorityDisputed[i] > 0) reasons.push("reasonDisputed");
    if (distress) reasons.push("reasonZDistress");
    if (scoreDropped) reasons.push("reasonScoreDrop");
    if (limit !== undefined && a.recommendedLimit < limit) reasons.push("reasonLimitCut");
    if (limit !== undefined && a.recommendedLimit > limit) reasons.push("reasonLimitRaise");
    if (customer.strategic) reasons.push("reasonStrategic");
    if (thinData) reasons.push("reasonThinData");
    const manualReview = customer.strategic || thinData;
    if (customer.blacklisted || a.worstGrade || (overLimit && exposure > 0) || ledger.maxDpdUndisputed[i] > lastLimit) actions.push("actionStopCredit");
    if (overdueUndisputed > 0) actions.push("actionCollect");
    if (reasons.includes("reasonDisputed")) actions.push("actionResolveDisputes");
    if (reasons.includes("reasonLimitCut")) actions.push("actionReduceLimit");
    if (reasons.includes("reasonLimitRaise")) actions.push("actionIncreaseLimit");
    if (manualReview) actions.push("actionManualReview");
    if (actions.length === 0) actions.push("actionNone");

    customers[i] = {
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
      invoiceCount: ledger.invoiceCount[i],
      altman: a.altman,
      score: a.score,
      scoreSource: a.scoreSource,
      missingFactors: a.missingFactors,
      valuesOutsideBins: a.valuesOutsideBins,
      grade: a.grade,
      pd: a.pd,
      recommendedLimit: a.recommendedLimit,
      limitByRules: a.recommendedLimit,
      bindingRule: a.bindingRule,
      effectiveLimit: limit,
      temporaryLimitActive: false,
      insuredCover: Math.min(Math.max(0, exposure), customer.insuredLimit ?? 0),
      disputedPastNotification: 0,
      disputeDays: 0,
      approvalReasons: [],
      action: "keep",
      actionRule: "noChange",
      policyBreaches: [],
      salesMonths: 12,
      utilisation: limit !== undefined && limit > 0 ? exposure / limit : undefined,
      overLimit,
      uninsured,
      expectedLoss: customerEl,
      collectionStage: a.collectionStage(ledger.maxDpdUndisputed[i], false),
      approvalLevel: a.approvalLevel,
      actions,
      reasons,
      manualReview,
    };
  }
  // A total order (ties by customer, then undisputed first), so the worklist does not depend on the input's row order.
  collections.sort(
    (x, y) =>
      y.priority - x.priority || y.overdue - x.overdue || compareIds(x.customerId, y.customerId) || Number(x.disputed) - Number(y.disputed),
  );

  // Portfolio KPIs from the exact per-customer totals.
  const open = slotTotal(ledger, Slot.Open);
  const aging: Money[] = [];
  for (let k = 0; k < nb; k++) aging.push(slotTotal(ledger, Slot.Bucket0 + k));
  const notDue = aging[0];
  const sales = slotTotal(ledger, Slot.Sales365);
  const salesN = sales.toNumber(), openN = open.toNumber(), notDueN = notDue.toNumber();
  const provisions = provisionByBucket(aging, settings.lossRates);
  let cei: number | undefined;
  if (previous) {
    const months = Math.max(1, Math.round((asOf - previous.date) / DAYS_PER_MONTH));
    cei = orUndefined(() =>
      collectionEffectiveness(previous.exposure.toNumber(), slotTotal(ledger, Slot.SalesSincePeriodStart).toNumber(), Math.max(0, openN), Math.max(0, notDueN), months),
    );
  }
  const insuredTotal = insured.total();
  const grades = [...settings.grades.filter((g) => gradeCounts.has(g)), ...[...gradeCounts.keys()].filter((g) => !gradeRank.has(g)).sort()];
  return {
    asOf,
    bucketLimits: settings.bucketLimits,
    customers,
    kpis: {
      customers: n,
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
      provision: provisions.reduce((s, p) => s.plus(p), ZERO),
      provisionByBucket: provisions,
      lossRates: settings.lossRates,
      expectedLoss: el.total(),
      top10Share: orUndefined(() => topShare(exposures, 10)),
      hhi: orUndefined(() => herfindahlIndex(exposures)),
      overLimitCustomers,
      gradeCounts: grades.map((grade) => ({ grade, count: gradeCounts.get(grade)! })),
      insuredCover: insuredTotal,
      insuredShare: positiveTotal > 0 ? insuredTotal.div(positive.total()).toNumber() : undefined,
      uninsuredExposure: uninsuredTotal.total(),
      disputedPastNotification: ZERO,
      actionCounts: { stop: 0, reduce: 0, keep: n, increase: 0 },
    },
    alerts,
    collections,
    topExposures: topExposures(portfolio.customers, exposures, positive.total()),
  };
}

function dbtOf(ledger: Ledger, i: number): { value?: number; trend?: number } {
  const rw = ledger.dbtRecentWeight[i], ew = ledger.dbtEarlierWeight[i];
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
  const ahead = (i: number, j: number) => exposures[i] > exposures[j] || (exposures[i] === exposures[j] && customers[i].id < customers[j].id);
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
  return top.map((i) => ({ customerId: customers[i].id, name: customers[i].name, exposure: exposures[i], share: t > 0 ? exposures[i] / t : 0 }));
}

function sumInt(values: Int32Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
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
