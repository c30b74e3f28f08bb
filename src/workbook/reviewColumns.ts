/**
 * The review sheets' tables as column specs, one array per table: each column's code (its header's label), number
 * format, width and how a row's cell is read. To add a column to a review sheet, add one entry here; headers come
 * from the sheet-label catalogue (labels/en.ts, labels/zh-CN.ts), and the layout finds columns by code.
 */
import { isoFromSerial } from "../core/dates";
import { formatMessage } from "../core/messages";
import { sumMoney } from "../core/money";
import type { CreditAction } from "../core/policy/creditPolicy";
import { ALERT_SEVERITY, SEVERITY_LABEL } from "../core/portfolio/alertTriage";
import type { Alert, CollectionItem, CustomerReview, Review } from "../core/portfolio/reviewTypes";
import { bucketLabel } from "../core/receivables/aging";
import { actionLabel as issueActionLabel, issueMessage, type DataIssue } from "./dataIssues";
import { actionLabel, actionRuleLabel, blacklistStatusLabel } from "./decisionLabels";
import { NumberFormats, type LayoutValue, type NumberFormat } from "./layout";
import { HISTORY_SCHEMA, type HistoryColumn } from "./schema";
import { sheetLabel, type SheetLabelCode } from "./labels";
import type { SheetColumn, SheetContext } from "./sheetColumns";
import {
  actionCountsText,
  alertMessage,
  alertRuleText,
  bindingRuleText,
  breachesText,
  HISTORY_LABELS,
  stageText,
  zModelText,
  zoneText,
} from "./reviewWords";

/** What the review's columns read besides their row: the review and the workbook's language. */
export interface ReviewContext extends SheetContext {
  readonly review: Review;
}

type ReviewColumn<R> = SheetColumn<R, ReviewContext>;

/** A number cell, or blank for undefined / non-finite (a ratio without a denominator is blank, not 0). */
export function num(value: number | undefined): LayoutValue {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/** Message codes (actions, reasons, approval reasons) as words joined by "; ". */
function codesText(codes: readonly Parameters<typeof formatMessage>[0][], x: ReviewContext): string {
  return codes.map((code) => formatMessage(code, {}, x.locale)).join("; ");
}

/** What the Summary's KPI rows read: the review, the language and the data issues. */
export interface KpiContext extends ReviewContext {
  readonly issues: readonly DataIssue[];
}

/** A KPI row of the Summary: its label's code, the figure (undefined when it has none: n/a), its format and note. */
interface KpiRow {
  readonly code: SheetLabelCode;
  readonly format?: NumberFormat;
  readonly value: (x: KpiContext) => LayoutValue | undefined;
  readonly note?: (x: KpiContext) => string | undefined;
}

/** Overdue receivables as a share of the open ones; none when nothing is open. */
function overdueShare(x: KpiContext): number | undefined {
  const { openReceivables: open, overdueReceivables: overdue } = x.review.kpis;
  return open.isZero() ? undefined : overdue.div(open.toNumber()).toNumber();
}

/** The Summary's KPI block, top to bottom. */
export const KPI_ROWS: readonly KpiRow[] = [
  { code: "labelKpiAsOf", format: NumberFormats.date, value: (x) => x.review.asOf },
  { code: "labelKpiCustomers", format: NumberFormats.integer, value: (x) => x.review.kpis.customers },
  { code: "labelKpiInvoices", format: NumberFormats.integer, value: (x) => x.review.kpis.invoices },
  { code: "labelKpiOpen", format: NumberFormats.money, value: (x) => x.review.kpis.openReceivables.toNumber() },
  { code: "labelKpiOverdue", format: NumberFormats.money, value: (x) => x.review.kpis.overdueReceivables.toNumber() },
  { code: "labelKpiOverduePct", format: NumberFormats.percent, value: overdueShare },
  { code: "labelKpiCreditSales", format: NumberFormats.money, value: (x) => x.review.kpis.creditSales365.toNumber() },
  { code: "labelKpiDso", format: NumberFormats.decimal2, value: (x) => x.review.kpis.dso },
  { code: "labelKpiBpdso", format: NumberFormats.decimal2, value: (x) => x.review.kpis.bpdso },
  { code: "labelKpiAdd", format: NumberFormats.decimal2, value: (x) => x.review.kpis.add },
  {
    code: "labelKpiCei",
    format: NumberFormats.percent,
    value: (x) => x.review.kpis.cei,
    note: ({ review }) =>
      review.kpis.ceiSince === undefined
        ? undefined
        : `${isoFromSerial(review.kpis.ceiSince)} → ${isoFromSerial(review.asOf)}`,
  },
  {
    code: "labelKpiProvision",
    format: NumberFormats.money,
    value: (x) => x.review.kpis.provision.toNumber(),
    note: (x) => sheetLabel("labelKpiProvisionNote", x.locale),
  },
  {
    code: "labelKpiEcl",
    format: NumberFormats.money,
    value: (x) => x.review.kpis.expectedLoss.toNumber(),
    note: (x) => sheetLabel("labelKpiEclNote", x.locale),
  },
  { code: "labelKpiTop10", format: NumberFormats.percent, value: (x) => x.review.kpis.top10Share },
  { code: "labelKpiHhi", format: NumberFormats.decimal4, value: (x) => x.review.kpis.hhi },
  { code: "labelKpiOverLimit", format: NumberFormats.integer, value: (x) => x.review.kpis.overLimitCustomers.length },
  {
    code: "labelKpiInsured",
    format: NumberFormats.money,
    value: (x) => x.review.kpis.insuredCover.toNumber(),
    note: ({ review: { kpis } }) =>
      kpis.insuredShare === undefined ? undefined : `${(kpis.insuredShare * 100).toFixed(1)}%`,
  },
  { code: "labelKpiUninsured", format: NumberFormats.money, value: (x) => x.review.kpis.uninsuredExposure.toNumber() },
  { code: "labelKpiDisputed", format: NumberFormats.money, value: (x) => x.review.kpis.disputed.toNumber() },
  {
    code: "labelKpiDisputedPastNotification",
    format: NumberFormats.money,
    value: (x) => x.review.kpis.disputedPastNotification.toNumber(),
  },
  { code: "labelKpiActions", value: (x) => actionCountsText(x.review.kpis.actionCounts) },
  { code: "labelKpiAlerts", format: NumberFormats.integer, value: (x) => x.review.alerts.length },
  { code: "labelKpiDataIssues", format: NumberFormats.integer, value: (x) => x.issues.length },
];

/** The Credit Review's columns left of the aging buckets. */
const CUSTOMER_HEAD: readonly ReviewColumn<CustomerReview>[] = [
  { code: "labelColCustomerId", format: NumberFormats.text, width: 12, value: (r) => r.customer.id },
  { code: "labelColCustomerName", width: 28, value: (r) => r.customer.name },
  { code: "labelColSegment", width: 10, value: (r) => r.customer.segment },
  { code: "labelColExposure", format: NumberFormats.money, width: 14, value: (r) => r.exposure },
  { code: "labelColCreditLimit", format: NumberFormats.money, width: 14, value: (r) => num(r.customer.creditLimit) },
  { code: "labelColInsuredLimit", format: NumberFormats.money, width: 14, value: (r) => num(r.customer.insuredLimit) },
  { code: "labelColUtilisation", format: NumberFormats.percent, width: 10, value: (r) => num(r.utilisation) },
  { code: "labelColOverLimit", width: 9, value: (r) => r.overLimit },
];

/** The Credit Review's columns right of the aging buckets. */
const CUSTOMER_TAIL: readonly ReviewColumn<CustomerReview>[] = [
  { code: "labelColOverdue", format: NumberFormats.money, width: 14, value: (r) => r.overdue },
  { code: "labelColDisputed", format: NumberFormats.money, width: 12, value: (r) => r.disputed },
  { code: "labelColMaxDpd", format: NumberFormats.days, width: 8, value: (r) => r.maxDaysPastDue },
  { code: "labelColAvgDpd", format: NumberFormats.decimal2, width: 8, value: (r) => num(r.weightedDaysPastDue) },
  { code: "labelColDbt", format: NumberFormats.decimal2, width: 9, value: (r) => num(r.daysBeyondTerms) },
  { code: "labelColDbtTrend", format: NumberFormats.decimal2, width: 9, value: (r) => num(r.daysBeyondTermsTrend) },
  { code: "labelColSales12m", format: NumberFormats.money, width: 14, value: (r) => r.sales12m },
  { code: "labelColMonthlySales", format: NumberFormats.money, width: 13, value: (r) => r.monthlySales },
  { code: "labelColDso", format: NumberFormats.decimal2, width: 8, value: (r) => num(r.dso) },
  { code: "labelColZ", format: NumberFormats.decimal2, width: 8, value: (r) => num(r.altman?.z) },
  { code: "labelColZModel", width: 8, value: (r, x) => (r.altman ? zModelText(r.altman.model, x.locale) : null) },
  { code: "labelColZZone", width: 9, value: (r, x) => (r.altman ? zoneText(r.altman.zone, x.locale) : null) },
  { code: "labelColScore", format: NumberFormats.decimal2, width: 8, value: (r) => num(r.score) },
  { code: "labelColGrade", width: 7, value: (r) => r.grade },
  { code: "labelColPd", format: NumberFormats.percent, width: 8, value: (r) => num(r.pd) },
  { code: "labelColEffectiveLimit", format: NumberFormats.moneyWhole, width: 14, value: (r) => num(r.effectiveLimit) },
  {
    code: "labelColTemporaryLimit",
    format: NumberFormats.moneyWhole,
    width: 14,
    value: (r) => (r.temporaryLimitActive ? num(r.customer.temporaryLimit) : null),
  },
  {
    code: "labelColTemporaryLimitExpiry",
    format: NumberFormats.date,
    width: 12,
    value: (r) => (r.temporaryLimitActive ? num(r.customer.temporaryLimitExpiry) : null),
  },
  { code: "labelColLimitByRules", format: NumberFormats.moneyWhole, width: 14, value: (r) => r.limitByRules },
  { code: "labelColBindingRule", width: 16, value: (r, x) => bindingRuleText(r.bindingRule, x.locale) },
  { code: "labelColRecommendedLimit", format: NumberFormats.moneyWhole, width: 14, value: (r) => r.recommendedLimit },
  { code: "labelColCreditAction", width: 14, value: (r, x) => actionLabel(r.action, x.locale) },
  { code: "labelColActionRule", width: 30, value: (r, x) => actionRuleLabel(r.actionRule, x.locale) },
  { code: "labelColApproval", width: 14, value: (r) => r.approvalLevel },
  { code: "labelColApprovalReasons", width: 30, value: (r, x) => codesText(r.approvalReasons, x) },
  { code: "labelColBlacklistStatus", width: 14, value: (r, x) => blacklistStatusLabel(r.blacklistStatus, x.locale) },
  { code: "labelColPolicyBreaches", width: 18, value: (r, x) => breachesText(r.policyBreaches, x.locale) },
  { code: "labelColInsuredCover", format: NumberFormats.money, width: 14, value: (r) => r.insuredCover },
  { code: "labelColUninsured", format: NumberFormats.money, width: 14, value: (r) => r.uninsured },
  { code: "labelColEl", format: NumberFormats.money, width: 12, value: (r) => r.expectedLoss },
  { code: "labelColStage", width: 16, value: (r, x) => stageText(r.collectionStage, x.locale) },
  { code: "labelColManualReview", width: 9, value: (r) => r.manualReview },
  { code: "labelColActions", width: 30, value: (r, x) => codesText(r.actions, x) },
  { code: "labelColReasons", width: 36, value: (r, x) => codesText(r.reasons, x) },
];

/**
 * The Credit Review's columns, one row per customer: its identity and limits, an amount column per aging bucket of
 * the policy (`agingBucket:0` is not yet due, headed by the bucket's label), then payment behaviour, scores, limits,
 * the decision and its reasons.
 */
export function customerColumns(bucketCount: number): ReviewColumn<CustomerReview>[] {
  const buckets = Array.from({ length: bucketCount }, (_, k): ReviewColumn<CustomerReview> => ({
    code: `agingBucket:${k}`,
    header: (x) => bucketLabel(k, x.review.bucketLimits, x.locale),
    format: NumberFormats.money,
    width: 12,
    value: (r) => r.aging[k] ?? null,
  }));
  return [...CUSTOMER_HEAD, ...buckets, ...CUSTOMER_TAIL];
}

/**
 * The Summary's table of customers and exposure per credit action; its first two columns as wide as the KPI block's
 * labels and values above them (`labelWidth`, `valueWidth`).
 */
export function actionColumns(labelWidth: number, valueWidth: number): ReviewColumn<CreditAction>[] {
  return [
    { code: "labelColCreditAction", width: labelWidth, value: (a, x) => actionLabel(a, x.locale) },
    {
      code: "labelColCount",
      format: NumberFormats.integer,
      width: valueWidth,
      value: (a, x) => x.review.kpis.actionCounts[a],
    },
    {
      code: "labelColExposure",
      format: NumberFormats.money,
      width: 16,
      value: (a, x) => sumMoney(x.review.customers.filter((c) => c.action === a).map((c) => c.exposure)).toNumber(),
    },
  ];
}

/** The Aging sheet's buckets (a row is a bucket's index, 0 not yet due): amount, share, loss rate and provision. */
export const AGING_BUCKET_COLUMNS: readonly ReviewColumn<number>[] = [
  { code: "labelColBucket", width: 16, value: (b, x) => bucketLabel(b, x.review.bucketLimits, x.locale) },
  { code: "labelColAmount", format: NumberFormats.money, width: 16, value: (b, x) => bucketAmount(b, x).toNumber() },
  {
    code: "labelColShare",
    format: NumberFormats.percent,
    width: 10,
    value: (b, x) => {
      const open = x.review.kpis.openReceivables;
      return open.isZero() ? null : bucketAmount(b, x).div(open).toNumber();
    },
  },
  {
    code: "labelColLossRate",
    format: NumberFormats.percent,
    width: 10,
    value: (b, x) => x.review.kpis.lossRates[b] ?? null,
  },
  {
    code: "labelColProvision",
    format: NumberFormats.money,
    width: 14,
    value: (b, x) => x.review.kpis.provisionByBucket[b]?.toNumber() ?? null,
  },
];

function bucketAmount(b: number, x: ReviewContext) {
  const amount = x.review.kpis.aging[b];
  if (amount === undefined) throw new Error(`No aging bucket ${b}.`);
  return amount;
}

/** The Aging sheet's customers per grade, best grade first. */
export const GRADE_COLUMNS: readonly ReviewColumn<Review["kpis"]["gradeCounts"][number]>[] = [
  { code: "labelColGrade", width: 16, value: (g) => g.grade },
  { code: "labelColCount", format: NumberFormats.integer, width: 16, value: (g) => g.count },
];

/** One of the ten largest exposures, with its rank and the running share of the exposures above and including it. */
export type TopExposureRow = Review["topExposures"][number] & { readonly rank: number; readonly cumulative: number };

/** The Aging sheet's ten largest exposures. */
export const TOP_EXPOSURE_COLUMNS: readonly ReviewColumn<TopExposureRow>[] = [
  { code: "labelColRank", format: NumberFormats.integer, width: 16, value: (t) => t.rank },
  { code: "labelColCustomerId", format: NumberFormats.text, width: 16, value: (t) => t.customerId },
  { code: "labelColCustomerName", width: 28, value: (t) => t.name },
  { code: "labelColExposure", format: NumberFormats.money, width: 14, value: (t) => t.exposure },
  { code: "labelColShare", format: NumberFormats.percent, width: 10, value: (t) => t.share },
  { code: "labelColCumulativeShare", format: NumberFormats.percent, width: 12, value: (t) => t.cumulative },
];

/** The Alerts sheet: severity, customer, the rule as words and the message. */
export const ALERT_COLUMNS: readonly ReviewColumn<Alert>[] = [
  {
    code: "labelColSeverity",
    width: 10,
    value: (a, x) => formatMessage(SEVERITY_LABEL[ALERT_SEVERITY[a.rule]], {}, x.locale),
  },
  { code: "labelColCustomerId", format: NumberFormats.text, width: 12, value: (a) => a.customerId },
  { code: "labelColCustomerName", width: 28, value: (a) => a.customerName },
  { code: "labelColRule", width: 24, value: (a, x) => alertRuleText(a.rule, x.locale) },
  { code: "labelColMessage", width: 70, value: (a, x) => alertMessage(a, x.locale) },
];

/** The Collections worklist, highest priority first (the rank is the row's place in it). */
export const COLLECTION_COLUMNS: readonly ReviewColumn<CollectionItem>[] = [
  { code: "labelColRank", format: NumberFormats.integer, width: 6, value: (_, __, i) => i + 1 },
  { code: "labelColCustomerId", format: NumberFormats.text, width: 12, value: (c) => c.customerId },
  { code: "labelColCustomerName", width: 28, value: (c) => c.customerName },
  { code: "labelColGrade", width: 7, value: (c) => c.grade },
  { code: "labelColOverdue", format: NumberFormats.money, width: 14, value: (c) => c.overdue },
  { code: "labelColMaxDpd", format: NumberFormats.days, width: 8, value: (c) => c.maxDaysPastDue },
  { code: "labelColPriority", format: NumberFormats.moneyWhole, width: 16, value: (c) => c.priority },
  { code: "labelColDisputed", width: 9, value: (c) => c.disputed },
  { code: "labelColStage", width: 22, value: (c, x) => stageText(c.stage, x.locale) },
];

/** The Data Issues sheet (and the CSV file of every issue): where, what was found, what was done, and why. */
export const DATA_ISSUE_COLUMNS: readonly SheetColumn<DataIssue>[] = [
  { code: "labelColSheet", width: 14, value: (i) => i.sheet },
  { code: "labelColRow", format: NumberFormats.integer, width: 6, value: (i) => i.row },
  { code: "labelColColumn", width: 16, value: (i) => i.column },
  { code: "labelColValue", format: NumberFormats.text, width: 20, value: (i) => i.value },
  { code: "labelColAction", width: 10, value: (i, x) => issueActionLabel(i.action, x.locale) },
  { code: "labelColMessage", width: 80, value: (i, x) => issueMessage(i, x.locale) },
];

/** Each ReviewHistory column's cell for a customer of this review. */
const HISTORY_CELLS: Readonly<Record<HistoryColumn, (r: CustomerReview, x: ReviewContext) => LayoutValue>> = {
  reviewDate: (_, x) => x.review.asOf,
  customerId: (r) => r.customer.id,
  score: (r) => num(r.score),
  grade: (r) => r.grade,
  exposure: (r) => r.exposure,
  creditLimit: (r) => num(r.customer.creditLimit),
  recommendedLimit: (r) => r.recommendedLimit,
  maxDaysPastDue: (r) => r.maxDaysPastDue,
  zZone: (r, x) => (r.altman ? zoneText(r.altman.zone, x.locale) : null),
  blacklistStatus: (r, x) =>
    r.blacklistStatus === undefined ? null : blacklistStatusLabel(r.blacklistStatus, x.locale),
  action: (r, x) => actionLabel(r.action, x.locale),
};

/** The number format of a contract column's kind: dates as dates, numbers with two decimals, text as it is. */
function kindFormat(kind: (typeof HISTORY_SCHEMA.columns)[number]["kind"]): NumberFormat | undefined {
  if (kind === "date") return NumberFormats.date;
  return kind === "number" ? NumberFormats.decimal2 : undefined;
}

/** ReviewHistory's columns, in the contract's order (HISTORY_SCHEMA), headed by their labels. */
export const HISTORY_COLUMNS: readonly ReviewColumn<CustomerReview>[] = HISTORY_SCHEMA.columns.map((c) => ({
  code: HISTORY_LABELS[c.key],
  format: kindFormat(c.kind),
  value: HISTORY_CELLS[c.key],
}));
