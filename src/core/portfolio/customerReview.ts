/**
 * One customer's step of the portfolio review: ledger figures, the credit rules, the facts, the early warnings,
 * the decision and its limit, the approval, and the worklist lines (docs/portfolio-review.md, "The review").
 */
import { at } from "../arrays";
import { wholeMonthsBetween, type CalendarDate, type SerialDate } from "../dates";
import type { MessageCode } from "../messages";
import { Decimal } from "../money";
import type { ExpectedLossSum } from "../provisions/expectedLoss";
import type { MatrixApproval } from "../limits/approvalAuthority";
import { LADDER_STAGES, type CreditAction } from "../policy/creditPolicy";
import { blacklistStatus, type ListingHistory } from "./blacklistStatus";
import type { CustomerFacts } from "./customerFacts";
import { decide, decidedLimit, type DecisionSettings } from "./decisions";
import { alertCode, WARNING_RULES, type WarningSettings } from "./earlyWarnings";
import { Slot, slotAmount, slotCents, type Ledger } from "./ledger";
import type { Customer, HistoryRow } from "./model";
import type { AssessCustomer, CustomerAssessment, ReviewSettings } from "./review";
import type { Alert, CollectionItem, CustomerReview } from "./reviewTypes";
import { effectiveLimit, temporaryLimitStatus } from "./temporaryLimit";

/** Everything the per-customer step needs from the whole portfolio, computed once. */
export interface ReviewContext {
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
  /** The portfolio's expected loss, summed exactly as each customer's is added. */
  readonly expectedLoss: ExpectedLossSum;
}

/** One customer's line of the review, its alerts and its worklist lines. */
export interface CustomerStep {
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

/** A customer's figures from the ledger: receivables, aging, sales and run rate, lateness, disputes. */
interface LedgerFigures {
  readonly exposure: number;
  readonly aging: number[];
  readonly overdue: number;
  readonly sales12m: number;
  readonly salesMonths: number;
  readonly monthlySales: number;
  readonly dso?: number;
  readonly monthsKnown: number;
  readonly dbt: { value?: number; trend?: number };
  readonly maxDpd: number;
  readonly maxDpdUndisputed: number;
  readonly disputes: boolean;
}

function ledgerFigures(ctx: ReviewContext, i: number): LedgerFigures {
  const { asOf, ledger } = ctx;
  const base = i * ledger.slots;
  const exposure = at(ctx.exposures, i);
  const aging: number[] = new Array(ledger.bucketCount);
  for (let k = 0; k < ledger.bucketCount; k++) aging[k] = slotAmount(ledger, i, Slot.Bucket0 + k);
  const overdue =
    ledger.inexact.size === 0
      ? (slotCents(ledger, i, Slot.Open) - slotCents(ledger, i, Slot.Bucket0)) / 100
      : new Decimal(exposure).minus(at(aging, 0)).toNumber();
  const sales12m = slotAmount(ledger, i, Slot.Sales365);
  const months = salesMonths(at(ledger.firstInvoice, i), asOf);
  const first = at(ledger.firstInvoice, i);
  return {
    exposure,
    aging,
    overdue,
    sales12m,
    salesMonths: months,
    monthlySales: sales12m / months,
    // DSO as defined by `dso` (receivables/dso.ts) over the months the customer is known, in floating point: a
    // per-customer display ratio. The portfolio DSO calls `dso` itself.
    dso: sales12m > 0 ? (exposure / sales12m) * (months === 12 ? 365 : (months * 365) / 12) : undefined,
    monthsKnown: first === 0 ? 0 : wholeMonthsBetween(first, asOf, ctx.asOfCalendar),
    dbt: dbtOf(ledger, i),
    maxDpd: at(ledger.maxDpd, i),
    maxDpdUndisputed: at(ledger.maxDpdUndisputed, i),
    disputes:
      slotCents(ledger, i, Slot.Disputed) !== 0 ||
      at(ledger.priorityDisputed, i) > 0 ||
      ledger.inexact.has(base + Slot.Disputed),
  };
}

/** Released from the blacklist within the probation months (ReviewHistory saw it listed; it is not listed now). */
function onProbation(ctx: ReviewContext, customer: Customer): boolean {
  const listing = ctx.listings.get(customer.id);
  if (customer.blacklisted || listing === undefined) return false;
  return (
    wholeMonthsBetween(listing.releasedBy ?? ctx.asOf, ctx.asOf, ctx.asOfCalendar) <
    ctx.settings.blacklist.probationMonths
  );
}

/** The facts the warnings and the decision table read, from the ledger figures and the credit rules' verdict. */
function customerFacts(
  ctx: ReviewContext,
  customer: Customer,
  i: number,
  fig: LedgerFigures,
  a: CustomerAssessment,
  probation: boolean,
): CustomerFacts {
  const { asOf, settings, ledger } = ctx;
  const temporary = temporaryLimitStatus(customer, asOf, settings.temporaryLimits);
  const limitInForce = effectiveLimit(customer, temporary);
  const collectionStage = a.collectionStage(fig.maxDpdUndisputed, false);
  const listedSince = customer.blacklistDate ?? ctx.listings.get(customer.id)?.listedSince;
  const status = blacklistStatus(
    {
      blacklisted: customer.blacklisted,
      listedSince,
      monthsListed: listedSince === undefined ? undefined : wholeMonthsBetween(listedSince, asOf, ctx.asOfCalendar),
      exposure: fig.exposure,
      gradeRank: rankOf(settings.grades, a.grade),
      releaseGradeRank: ctx.releaseGradeRank,
      writtenOff: customer.writtenOff,
      maxDaysPastDueUndisputed: fig.maxDpdUndisputed,
      atAgencyStage: collectionStage === LADDER_STAGES[LADDER_STAGES.length - 1],
      onProbation: probation,
    },
    settings.blacklist,
  );
  return {
    customer,
    exposure: fig.exposure,
    overdue: fig.overdue,
    maxDaysPastDue: fig.maxDpd,
    maxDaysPastDueUndisputed: fig.maxDpdUndisputed,
    disputeDays: at(ledger.maxDpdDisputed, i),
    disputedOverdue: slotAmount(ledger, i, Slot.OverdueDisputed),
    score: a.score,
    grade: a.grade,
    worstGrade: a.worstGrade,
    altman: a.altman,
    limitByRules: a.recommendedLimit,
    effectiveLimit: limitInForce,
    overLimit: fig.exposure > (limitInForce ?? 0),
    share: ctx.positiveTotal > 0 && fig.exposure > 0 ? fig.exposure / ctx.positiveTotal : 0,
    temporary,
    policyBreaches: a.limitCaps.filter((c) => c.rule !== "increaseCap" && (customer.creditLimit ?? 0) > c.amount),
    collectionStage,
    blacklistStatus: status,
    previous: ctx.lastRows.get(customer.id),
    lastInvoice: at(ledger.lastInvoice, i),
    releasedUnmet: probation && ctx.listings.get(customer.id)?.lastListedStatus !== "eligible-for-release",
  };
}

/**
 * An override: the credit limit was changed since the last review and set above what that review recommended. A
 * limit left as it was is not one (the recommendation was not applied, which the review's own action addresses).
 */
function isOverride(customer: Customer, previous: HistoryRow | undefined): boolean {
  const limit = customer.creditLimit ?? 0;
  if (previous?.recommendedLimit === undefined || !(limit > previous.recommendedLimit)) return false;
  return previous.creditLimit === undefined || limit !== previous.creditLimit;
}

/** The early warnings that fire on a customer, in the order of WARNING_RULES. */
function warningsOf(ctx: ReviewContext, f: CustomerFacts): Alert[] {
  const alerts: Alert[] = [];
  for (const rule of WARNING_RULES) {
    const params = rule.check(f, ctx.warnings);
    if (params)
      alerts.push({
        customerId: f.customer.id,
        customerName: f.customer.name,
        rule: rule.rule,
        code: alertCode(rule, params),
        params,
      });
  }
  return alerts;
}

/**
 * One customer's step of the review: ledger figures, the credit rules (told about probation), the facts, the
 * early warnings, the decision and its limit, the approval matrix, and the worklist lines.
 */
export function reviewCustomer(ctx: ReviewContext, customer: Customer, i: number): CustomerStep {
  const { asOf, settings, ledger } = ctx;
  const fig = ledgerFigures(ctx, i);
  const probation = onProbation(ctx, customer);
  const a = ctx.assess({
    customer,
    asOf,
    exposure: fig.exposure,
    overdue: fig.overdue,
    sales12m: fig.sales12m,
    monthlySales: fig.monthlySales,
    monthsKnown: fig.monthsKnown,
    maxDaysPastDue: fig.maxDpd,
    daysBeyondTerms: fig.dbt.value,
    dso: fig.dso,
    probation,
  });
  const facts = customerFacts(ctx, customer, i, fig, a, probation);
  const alerts = warningsOf(ctx, facts);
  const decision = decide(
    facts,
    alerts.map((x) => x.rule),
    ctx.decisions,
  );
  const recommendedLimit = decidedLimit(
    decision,
    a.recommendedLimit,
    customer.creditLimit,
    settings.warningCut,
    settings.roundingStep,
    fig.exposure,
  );
  const { temporary, previous } = facts;
  const approval = a.approve(recommendedLimit, {
    strategic: customer.strategic,
    override: isOverride(customer, previous),
    temporaryBeyondPolicy: temporary.active && temporary.beyondPolicy.length > 0 ? customer.temporaryLimit : undefined,
  });
  const lostCover = slotAmount(ledger, i, Slot.DisputedPastNotification);
  const insuredCover =
    fig.exposure > 0 ? Math.min(customer.insuredLimit ?? 0, Math.max(0, fig.exposure - lostCover)) : 0;
  const thinData = fig.monthsKnown < settings.thinDataMonths || a.thinData;
  const manualReview = customer.strategic || thinData;
  const over90 = fig.maxDpdUndisputed > (settings.bucketLimits.at(-1) ?? Number.POSITIVE_INFINITY);
  const line: CustomerReview = {
    customer,
    exposure: fig.exposure,
    aging: fig.aging,
    overdue: fig.overdue,
    disputed: slotAmount(ledger, i, Slot.Disputed),
    maxDaysPastDue: fig.maxDpd,
    weightedDaysPastDue:
      at(ledger.positiveOpen, i) > 0 ? at(ledger.dpdWeight, i) / at(ledger.positiveOpen, i) : undefined,
    daysBeyondTerms: fig.dbt.value,
    daysBeyondTermsTrend: fig.dbt.trend,
    sales12m: fig.sales12m,
    monthlySales: fig.monthlySales,
    dso: fig.dso,
    monthsKnown: fig.monthsKnown,
    salesMonths: fig.salesMonths,
    invoiceCount: at(ledger.invoiceCount, i),
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
    effectiveLimit: facts.effectiveLimit,
    temporaryLimitActive: temporary.active,
    utilisation:
      facts.effectiveLimit !== undefined && facts.effectiveLimit > 0 ? fig.exposure / facts.effectiveLimit : undefined,
    overLimit: facts.overLimit,
    insuredCover,
    uninsured: Math.max(0, fig.exposure - insuredCover),
    disputedPastNotification: lostCover,
    disputeDays: facts.disputeDays,
    expectedLoss: a.pd === undefined || fig.exposure <= 0 ? 0 : ctx.expectedLoss.add(a.pd, settings.lgd, fig.exposure),
    collectionStage: facts.collectionStage,
    approvalLevel: approval.level,
    approvalReasons: approval.reasons.map((r) => APPROVAL_REASON_CODES[r]),
    action: decision.action,
    actionRule: decision.rule,
    blacklistStatus: facts.blacklistStatus,
    policyBreaches: facts.policyBreaches.map((c) => c.rule),
    actions: actionCodes(
      facts.overLimit && fig.exposure > 0 && decision.action !== "stop",
      decision.action,
      slotCents(ledger, i, Slot.OverdueUndisputed) > 0,
      fig.disputes,
      manualReview,
    ),
    reasons: reasonCodes(facts, decision.conditions, thinData, over90, fig.disputes, recommendedLimit),
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

/** The to-do list of a customer's line: the decision's action first, then collecting, disputes and manual review. */
function actionCodes(
  overLimit: boolean,
  action: CreditAction,
  overdueUndisputed: boolean,
  disputes: boolean,
  manualReview: boolean,
): MessageCode[] {
  const out: MessageCode[] = [];
  const decided = ACTION_CODES[action];
  if (decided) out.push(decided);
  // Over the limit in force: orders beyond it wait for approval, whatever the limit decision.
  if (overLimit) out.push("actionHoldOrders");
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
    slotCents(ledger, i, Slot.OverdueUndisputed) > 0 ||
    (ledger.inexact.has(base + Slot.OverdueUndisputed) && slotAmount(ledger, i, Slot.OverdueUndisputed) > 0)
  ) {
    out.push({
      ...common,
      overdue: slotAmount(ledger, i, Slot.OverdueUndisputed),
      maxDaysPastDue: f.maxDaysPastDueUndisputed,
      priority: at(ledger.priorityUndisputed, i) / 100,
      disputed: false,
      stage: f.collectionStage,
    });
  }
  if (slotAmount(ledger, i, Slot.OverdueDisputed) > 0 && at(ledger.priorityDisputed, i) > 0) {
    const escalated = f.disputeDays > ctx.settings.disputes.escalationDays;
    out.push({
      ...common,
      overdue: slotAmount(ledger, i, Slot.OverdueDisputed),
      maxDaysPastDue: f.disputeDays,
      priority: at(ledger.priorityDisputed, i) / 100,
      disputed: true,
      stage: escalated ? "disputeEscalated" : a.collectionStage(f.disputeDays, true),
    });
  }
  return out;
}

export function rankOf(grades: readonly string[], grade: string): number {
  const g = grade.trim().toUpperCase();
  const r = grades.findIndex((x) => x.toUpperCase() === g);
  return r < 0 ? grades.length : r;
}

function dbtOf(ledger: Ledger, i: number): { value?: number; trend?: number } {
  const rw = at(ledger.dbtRecentWeight, i),
    ew = at(ledger.dbtEarlierWeight, i);
  if (rw + ew <= 0) return {};
  const value = (at(ledger.dbtRecent, i) + at(ledger.dbtEarlier, i)) / (rw + ew);
  const trend = rw > 0 && ew > 0 ? at(ledger.dbtRecent, i) / rw - at(ledger.dbtEarlier, i) / ew : undefined;
  return { value, trend };
}
