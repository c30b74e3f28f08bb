/** Review → ReviewWorkbookLayout: the review's sheets, drawn the same by every sink (Excel, ExcelJS). */
import { isoFromSerial } from "../core/dates";
import { sumMoney } from "../core/money";
import { CREDIT_ACTIONS } from "../core/policy/creditPolicy";
import { formatMessage, type Locale, type MessageCode, type MessageParams } from "../core/messages";
import { ALERT_SEVERITY, SEVERITY_LABEL, triageAlerts } from "../core/portfolio/alertTriage";
import type { Alert, AlertRule, PortfolioKpis, Review } from "../core/portfolio/reviewTypes";
import type { LimitRule } from "../core/limits/recommendedLimit";
import type { AltmanModel } from "../core/scoring/altman";
import { bucketLabel } from "../core/receivables/aging";
import { collectionStageLabel, type CollectionStage } from "../core/receivables/collectionStage";
import { actionLabel, issueMessage, type DataIssue } from "./dataIssues";
import {
  NumberFormats,
  type ConditionalFormat,
  type LayoutColumn,
  type LayoutKeyValues,
  type LayoutTable,
  type LayoutRow,
  type LayoutValue,
  type LayoutChart,
  type PrintSetup,
  type ReviewWorkbookLayout,
  type SheetLayout,
  CHART_SIZE,
  DATA_ISSUES_LISTED,
  STANDARD_COLUMN_WIDTH,
  chartArea,
  displayWidth,
  fitSheetRows,
  sheetExtent,
} from "./layout";
import { contractTableName } from "./contractTables";
import { actionLabel as creditActionLabel, actionRuleLabel, blacklistStatusLabel, ZONE_LABELS } from "./decisionLabels";
import { HISTORY_SCHEMA } from "./schema";

/** The review's own sheets: a re-run replaces exactly these, and never touches any other sheet. */
export const REVIEW_SHEETS = {
  summary: "Summary",
  review: "Credit Review",
  aging: "Aging",
  alerts: "Alerts",
  collections: "Collections",
  dataIssues: "Data Issues",
  history: "ReviewHistory",
} as const;

export type ReviewSheet = keyof typeof REVIEW_SHEETS;

/** The review's sheets in a Chinese workbook; ReviewHistory is the contract's 评审历史. */
export const REVIEW_SHEETS_ZH: Readonly<Record<ReviewSheet, string>> = {
  summary: "概览",
  review: "信用评审",
  aging: "账龄",
  alerts: "预警",
  collections: "催收",
  dataIssues: "数据问题",
  history: contractTableName(HISTORY_SCHEMA.name, "zh-CN"),
};

const SHEET_NAMES: Readonly<Record<Locale, Readonly<Record<ReviewSheet, string>>>> = {
  en: REVIEW_SHEETS,
  "zh-CN": REVIEW_SHEETS_ZH,
};

/**
 * A review sheet's name in a locale.
 * @example reviewSheetName("aging", "zh-CN") // "账龄"
 */
export function reviewSheetName(sheet: ReviewSheet, locale: Locale): string {
  return SHEET_NAMES[locale][sheet];
}

/** The sheet's names in the other locales: an earlier review written in another language is replaced, not kept. */
function otherNames(sheet: ReviewSheet, locale: Locale): string[] {
  return (Object.keys(SHEET_NAMES) as Locale[]).filter((l) => l !== locale).map((l) => SHEET_NAMES[l][sheet]);
}

/** Fills used by the conditional formats: one place to restyle. */
export const REVIEW_COLOURS = {
  overLimit: "#F8CBAD",
  dpd90: "#FFC7CE",
  dpd90Font: "#9C0006",
  manualReview: "#FFEB9C",
  bar: "#5B9BD5",
  /** Best grade first; worse grades take the later colours. */
  grades: ["#63BE7B", "#A9D08E", "#C6E0B4", "#FFEB84", "#FFD966", "#F4B183", "#F8696B", "#FF4B4B"],
} as const;

type Label = (code: MessageCode, params?: MessageParams) => string;

const STAGES: readonly string[] = [
  "none",
  "reminder",
  "phone",
  "letter",
  "stopSupply",
  "agency",
  "dispute",
  "disputeEscalated",
] satisfies CollectionStage[];

/** A collection stage as words (the ladder's own labels); text that is not a stage code is shown as it is. */
export function stageText(stage: string, locale: Locale): string {
  return STAGES.includes(stage) ? collectionStageLabel(stage as CollectionStage, locale) : stage;
}

const RULE_LABELS: Readonly<Record<LimitRule, MessageCode>> = {
  need: "labelRuleNeed",
  netWorthCap: "labelRuleNetWorthCap",
  workingCapitalCap: "labelRuleWorkingCapitalCap",
  insuredCap: "labelRuleInsuredCap",
  newCustomerCap: "labelRuleNewCustomerCap",
  probationCap: "labelRuleProbationCap",
  increaseCap: "labelRuleIncreaseCap",
  worstGrade: "labelRuleWorstGrade",
  blacklisted: "labelRuleBlacklisted",
};

const ALERT_RULE_LABELS: Readonly<Record<AlertRule, MessageCode>> = {
  scoreDrop: "labelAlertRuleScoreDrop",
  scoreFloor: "labelAlertRuleScoreFloor",
  gradeDowngrade: "labelAlertRuleGradeDowngrade",
  overLimit: "labelAlertRuleOverLimit",
  new60Dpd: "labelAlertRuleNew60Dpd",
  concentration: "labelAlertRuleConcentration",
  zDistress: "labelAlertRuleZDistress",
  blacklistedExposure: "labelAlertRuleBlacklistedExposure",
  temporaryLimitExpiring: "labelAlertRuleTemporaryLimitExpiring",
  temporaryLimitExpired: "labelAlertRuleTemporaryLimitExpired",
  temporaryLimitBeyondPolicy: "labelAlertRuleTemporaryLimitBeyondPolicy",
  salesWhileListed: "labelAlertRuleSalesWhileListed",
  releaseUnmet: "labelAlertRuleReleaseUnmet",
  limitBreachesPolicy: "labelAlertRuleLimitBreachesPolicy",
  disputeEscalation: "labelAlertRuleDisputeEscalation",
  blacklistRecommended: "labelAlertRuleBlacklistRecommended",
  releaseEligible: "labelAlertRuleReleaseEligible",
};

/**
 * An early-warning rule as words (the Alerts sheet's Rule column); the decisions file keeps the code.
 * @example alertRuleText("scoreDrop", "zh-CN") // "评分下降"
 */
export function alertRuleText(rule: AlertRule, locale: Locale): string {
  const code = ALERT_RULE_LABELS[rule];
  return code ? formatMessage(code, {}, locale) : rule;
}

const Z_MODEL_LABELS: Readonly<Record<AltmanModel, MessageCode>> = {
  public: "labelZModelPublic",
  private: "labelZModelPrivate",
  nonmfg: "labelZModelNonmfg",
  em: "labelZModelEm",
};

/** A code as words from a table of labels; a value the table does not know is shown as it is. */
function codeText(labels: Readonly<Record<string, MessageCode>>, value: string, locale: Locale): string {
  const code = Object.hasOwn(labels, value) ? labels[value] : undefined;
  return code ? formatMessage(code, {}, locale) : value;
}

/**
 * An Altman zone as words (the Credit Review's and ReviewHistory's Z Zone columns; the history reader takes the words
 * back to the code, see zoneFromLabel).
 * @example zoneText("Safe", "zh-CN") // "安全区"
 */
export function zoneText(zone: string, locale: Locale): string {
  return codeText(ZONE_LABELS, zone, locale);
}

/**
 * The Altman model a Z-score used, as words.
 * @example zModelText("private", "en") // "Private Z′"
 */
export function zModelText(model: string, locale: Locale): string {
  return codeText(Z_MODEL_LABELS, model, locale);
}

/**
 * The alerts in the order a credit manager works them (triageAlerts): severity, then the customer's exposure, a
 * customer's alerts together, worst first.
 */
function triagedAlerts(review: Review): Alert[] {
  return triageAlerts(review).flatMap((group) => group.alerts);
}

/**
 * An alert's message in words: an Altman model code among its parameters (Z distress names the model) is put in
 * words too.
 * @example alertMessage(zDistressAlert, "en") // "Altman Z 1.2 (Private Z′) is in the distress zone."
 */
export function alertMessage(alert: Alert, locale: Locale): string {
  const { model } = alert.params;
  const params = typeof model === "string" ? { ...alert.params, model: zModelText(model, locale) } : alert.params;
  return formatMessage(alert.code, params, locale);
}

const HISTORY_LABELS: Readonly<Record<string, MessageCode>> = {
  reviewDate: "labelColReviewDate",
  customerId: "labelColCustomerId",
  score: "labelColScore",
  grade: "labelColGrade",
  exposure: "labelColExposure",
  creditLimit: "labelColCreditLimit",
  recommendedLimit: "labelColRecommendedLimit",
  maxDaysPastDue: "labelColMaxDpd",
  zZone: "labelColZZone",
  blacklistStatus: "labelColBlacklistStatus",
  action: "labelColCreditAction",
};

/**
 * A ReviewHistory header in a locale: the catalogue's label, which HISTORY_SCHEMA accepts in either language.
 * @example historyHeader("reviewDate", "zh-CN") // "评审日期"
 */
export function historyHeader(key: string, locale: Locale): string {
  const code = HISTORY_LABELS[key];
  return code ? formatMessage(code, {}, locale) : key;
}

/** A limit's binding rule as words; unknown rule codes are shown as they are. */
export function bindingRuleText(rule: string, locale: Locale): string {
  return codeText(RULE_LABELS, rule, locale);
}

function col(
  label: Label,
  code: MessageCode,
  numberFormat?: LayoutColumn["numberFormat"],
  width?: number,
): LayoutColumn {
  return { header: label(code), numberFormat, width };
}

/** A number cell, or blank for undefined / non-finite (a ratio without a denominator is blank, not 0). */
function num(value: number | undefined): LayoutValue {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/** The grade fill for the i-th grade of n (best first), spreading the palette over however many grades the policy has. */
export function gradeColour(i: number, n: number): string {
  const palette = REVIEW_COLOURS.grades;
  if (n <= 1) return palette[0];
  return palette[Math.round((i * (palette.length - 1)) / (n - 1))];
}

/**
 * The customers per action as one line, in the order increase / keep / reduce / stop (the KPI row's label names them).
 * @example actionCountsText({ increase: 3, keep: 10, reduce: 2, stop: 1 }) // "3 / 10 / 2 / 1"
 */
export function actionCountsText(counts: PortfolioKpis["actionCounts"]): string {
  return [counts.increase, counts.keep, counts.reduce, counts.stop].join(" / ");
}

/** Caps of the policy a limit in force breaches, as words joined by "; " (blank when none). */
function breachesText(breaches: readonly string[], locale: Locale): string {
  return breaches.map((b) => bindingRuleText(b, locale)).join("; ");
}

function kpiBlock(review: Review, issues: readonly DataIssue[], label: Label): LayoutKeyValues {
  const k = review.kpis;
  const na = label("labelNotAvailable");
  const ratio = (v: number | undefined, numberFormat: LayoutColumn["numberFormat"]) =>
    v === undefined ? { value: na } : { value: v, numberFormat };
  const open = k.openReceivables.toNumber();
  return {
    startRow: 2,
    items: [
      { label: label("labelKpiAsOf"), value: review.asOf, numberFormat: NumberFormats.date },
      { label: label("labelKpiCustomers"), value: k.customers, numberFormat: NumberFormats.integer },
      { label: label("labelKpiInvoices"), value: k.invoices, numberFormat: NumberFormats.integer },
      { label: label("labelKpiOpen"), value: open, numberFormat: NumberFormats.money },
      { label: label("labelKpiOverdue"), value: k.overdueReceivables.toNumber(), numberFormat: NumberFormats.money },
      {
        label: label("labelKpiOverduePct"),
        ...ratio(open === 0 ? undefined : k.overdueReceivables.div(open).toNumber(), NumberFormats.percent),
      },
      { label: label("labelKpiCreditSales"), value: k.creditSales365.toNumber(), numberFormat: NumberFormats.money },
      { label: label("labelKpiDso"), ...ratio(k.dso, NumberFormats.decimal2) },
      { label: label("labelKpiBpdso"), ...ratio(k.bpdso, NumberFormats.decimal2) },
      { label: label("labelKpiAdd"), ...ratio(k.add, NumberFormats.decimal2) },
      {
        label: label("labelKpiCei"),
        ...ratio(k.cei, NumberFormats.percent),
        note: k.ceiSince === undefined ? undefined : `${isoFromSerial(k.ceiSince)} → ${isoFromSerial(review.asOf)}`,
      },
      {
        label: label("labelKpiProvision"),
        value: k.provision.toNumber(),
        numberFormat: NumberFormats.money,
        note: label("labelKpiProvisionNote"),
      },
      {
        label: label("labelKpiEcl"),
        value: k.expectedLoss.toNumber(),
        numberFormat: NumberFormats.money,
        note: label("labelKpiEclNote"),
      },
      { label: label("labelKpiTop10"), ...ratio(k.top10Share, NumberFormats.percent) },
      { label: label("labelKpiHhi"), ...ratio(k.hhi, NumberFormats.decimal4) },
      { label: label("labelKpiOverLimit"), value: k.overLimitCustomers.length, numberFormat: NumberFormats.integer },
      {
        label: label("labelKpiInsured"),
        value: k.insuredCover.toNumber(),
        numberFormat: NumberFormats.money,
        note: k.insuredShare === undefined ? undefined : `${(k.insuredShare * 100).toFixed(1)}%`,
      },
      { label: label("labelKpiUninsured"), value: k.uninsuredExposure.toNumber(), numberFormat: NumberFormats.money },
      { label: label("labelKpiDisputed"), value: k.disputed.toNumber(), numberFormat: NumberFormats.money },
      {
        label: label("labelKpiDisputedPastNotification"),
        value: k.disputedPastNotification.toNumber(),
        numberFormat: NumberFormats.money,
      },
      { label: label("labelKpiActions"), value: actionCountsText(k.actionCounts) },
      { label: label("labelKpiAlerts"), value: review.alerts.length, numberFormat: NumberFormats.integer },
      { label: label("labelKpiDataIssues"), value: issues.length, numberFormat: NumberFormats.integer },
    ],
  };
}

/**
 * The customers and the exposure behind each credit action, worst first (stop, reduce, keep, increase): what the
 * review asks the credit manager to do, and how much money each decision moves.
 */
function actionsTable(review: Review, startRow: number, labelWidth: number, label: Label, locale: Locale): LayoutTable {
  return {
    name: "Summary_Actions",
    startRow,
    // Columns A and B as wide as the KPI block's labels and values above them.
    columns: [
      col(label, "labelColCreditAction", undefined, labelWidth),
      col(label, "labelColCount", NumberFormats.integer, KPI_VALUE_WIDTH),
      col(label, "labelColExposure", NumberFormats.money, 16),
    ],
    rows: [...CREDIT_ACTIONS].map((action) => [
      creditActionLabel(action, locale),
      review.kpis.actionCounts[action],
      sumMoney(review.customers.filter((c) => c.action === action).map((c) => c.exposure)).toNumber(),
    ]),
  };
}

/** Widths (characters) the sinks give the KPI block's label and value columns, at the least. */
const KPI_LABEL_WIDTH = 34;
const KPI_VALUE_WIDTH = 18;

/**
 * The width column A needs for the KPI block's labels: the longest label, a tenth wider as they are bold, and never
 * narrower than KPI_LABEL_WIDTH (a label cut by its value is unreadable on paper).
 * @example "Actions: increase / keep / reduce / stop" (40 characters) → ⌈40 × 1.1⌉ = 44
 */
export function kpiLabelWidth(items: LayoutKeyValues["items"]): number {
  return Math.max(KPI_LABEL_WIDTH, ...items.map((i) => Math.ceil(displayWidth(i.label) * 1.1)));
}

/**
 * The columns a sheet's key values print across: label and value in A and B, and each note from C running on over
 * the empty standard-width columns to its right (so a print area that stopped at C would cut the note short).
 * `noteColumnWidth` is column C's width.
 * @example a 110-character note, C 16 wide: 2 + 1 + ⌈(110 − 16) / 8.43⌉ = 15 columns (A–O)
 */
export function keyValueColumns(items: LayoutKeyValues["items"], noteColumnWidth: number): number {
  const widest = Math.max(0, ...items.map((i) => (i.note === undefined ? 0 : displayWidth(i.note))));
  if (widest === 0) return 2;
  return 3 + Math.ceil(Math.max(0, widest - noteColumnWidth) / STANDARD_COLUMN_WIDTH);
}

/**
 * The review's first sheet, `Summary` (`概览`): the title, the KPI block from row 3, and below it, after a blank row,
 * the customers and exposure per credit action. It prints landscape on one page, its notes in full.
 */
function summarySheet(review: Review, issues: readonly DataIssue[], label: Label, locale: Locale): SheetLayout {
  const kpis = kpiBlock(review, issues, label);
  const actions = actionsTable(review, kpis.startRow + kpis.items.length + 1, kpiLabelWidth(kpis.items), label, locale);
  const sheet = withPrint({
    name: reviewSheetName("summary", locale),
    aliases: otherNames("summary", locale),
    title: label("labelReviewTitle", { asOf: isoFromSerial(review.asOf) }),
    keyValues: kpis,
    tables: [actions],
  });
  const area = sheet.print!.area!;
  const noteWidth = actions.columns[2].width ?? STANDARD_COLUMN_WIDTH;
  const columnCount = Math.max(area.columnCount, keyValueColumns(kpis.items, noteWidth));
  return { ...sheet, print: { ...sheet.print!, area: { ...area, columnCount } } };
}

function customerTable(review: Review, startRow: number, label: Label, locale: Locale): LayoutTable {
  const limits = review.bucketLimits;
  const buckets = review.kpis.aging.map((_, k) => ({
    header: bucketLabel(k, limits, locale),
    numberFormat: NumberFormats.money,
    width: 12,
  }));
  const columns: LayoutColumn[] = [
    col(label, "labelColCustomerId", NumberFormats.text, 12),
    col(label, "labelColCustomerName", undefined, 28),
    col(label, "labelColSegment", undefined, 10),
    col(label, "labelColExposure", NumberFormats.money, 14),
    col(label, "labelColCreditLimit", NumberFormats.money, 14),
    col(label, "labelColInsuredLimit", NumberFormats.money, 14),
    col(label, "labelColUtilisation", NumberFormats.percent, 10),
    col(label, "labelColOverLimit", undefined, 9),
    ...buckets,
    col(label, "labelColOverdue", NumberFormats.money, 14),
    col(label, "labelColDisputed", NumberFormats.money, 12),
    col(label, "labelColMaxDpd", NumberFormats.days, 8),
    col(label, "labelColAvgDpd", NumberFormats.decimal2, 8),
    col(label, "labelColDbt", NumberFormats.decimal2, 9),
    col(label, "labelColDbtTrend", NumberFormats.decimal2, 9),
    col(label, "labelColSales12m", NumberFormats.money, 14),
    col(label, "labelColMonthlySales", NumberFormats.money, 13),
    col(label, "labelColDso", NumberFormats.decimal2, 8),
    col(label, "labelColZ", NumberFormats.decimal2, 8),
    col(label, "labelColZModel", undefined, 8),
    col(label, "labelColZZone", undefined, 9),
    col(label, "labelColScore", NumberFormats.decimal2, 8),
    col(label, "labelColGrade", undefined, 7),
    col(label, "labelColPd", NumberFormats.percent, 8),
    col(label, "labelColEffectiveLimit", NumberFormats.moneyWhole, 14),
    col(label, "labelColTemporaryLimit", NumberFormats.moneyWhole, 14),
    col(label, "labelColTemporaryLimitExpiry", NumberFormats.date, 12),
    col(label, "labelColLimitByRules", NumberFormats.moneyWhole, 14),
    col(label, "labelColBindingRule", undefined, 16),
    col(label, "labelColRecommendedLimit", NumberFormats.moneyWhole, 14),
    col(label, "labelColCreditAction", undefined, 14),
    col(label, "labelColActionRule", undefined, 30),
    col(label, "labelColApproval", undefined, 14),
    col(label, "labelColApprovalReasons", undefined, 30),
    col(label, "labelColBlacklistStatus", undefined, 14),
    col(label, "labelColPolicyBreaches", undefined, 18),
    col(label, "labelColInsuredCover", NumberFormats.money, 14),
    col(label, "labelColUninsured", NumberFormats.money, 14),
    col(label, "labelColEl", NumberFormats.money, 12),
    col(label, "labelColStage", undefined, 16),
    col(label, "labelColManualReview", undefined, 9),
    col(label, "labelColActions", undefined, 30),
    col(label, "labelColReasons", undefined, 36),
  ];
  const rows = review.customers.map((r): LayoutValue[] => [
    r.customer.id,
    r.customer.name,
    r.customer.segment,
    r.exposure,
    num(r.customer.creditLimit),
    num(r.customer.insuredLimit),
    num(r.utilisation),
    r.overLimit,
    ...r.aging,
    r.overdue,
    r.disputed,
    r.maxDaysPastDue,
    num(r.weightedDaysPastDue),
    num(r.daysBeyondTerms),
    num(r.daysBeyondTermsTrend),
    r.sales12m,
    r.monthlySales,
    num(r.dso),
    num(r.altman?.z),
    r.altman ? zModelText(r.altman.model, locale) : null,
    r.altman ? zoneText(r.altman.zone, locale) : null,
    num(r.score),
    r.grade,
    num(r.pd),
    num(r.effectiveLimit),
    r.temporaryLimitActive ? num(r.customer.temporaryLimit) : null,
    r.temporaryLimitActive ? num(r.customer.temporaryLimitExpiry) : null,
    r.limitByRules,
    bindingRuleText(r.bindingRule, locale),
    r.recommendedLimit,
    creditActionLabel(r.action, locale),
    actionRuleLabel(r.actionRule, locale),
    r.approvalLevel,
    r.approvalReasons.map((a) => label(a)).join("; "),
    blacklistStatusLabel(r.blacklistStatus, locale),
    breachesText(r.policyBreaches, locale),
    r.insuredCover,
    r.uninsured,
    r.expectedLoss,
    stageText(r.collectionStage, locale),
    r.manualReview,
    r.actions.map((a) => label(a)).join("; "),
    r.reasons.map((a) => label(a)).join("; "),
  ]);
  const at = (code: MessageCode) => columns.findIndex((c) => c.header === label(code));
  const gradeColumn = at("labelColGrade");
  const grades = review.kpis.gradeCounts.map((g) => g.grade);
  const conditionalFormats: ConditionalFormat[] = [
    { kind: "rowWhenTrue", column: at("labelColOverLimit"), fill: REVIEW_COLOURS.overLimit },
    {
      kind: "cellValue",
      column: at("labelColMaxDpd"),
      operator: "greaterThan",
      value: review.bucketLimits[review.bucketLimits.length - 1],
      fill: REVIEW_COLOURS.dpd90,
      fontColor: REVIEW_COLOURS.dpd90Font,
    },
    { kind: "dataBar", column: at("labelColUtilisation"), color: REVIEW_COLOURS.bar },
    ...grades.map((grade, i): ConditionalFormat => ({
      kind: "textEquals",
      column: gradeColumn,
      text: grade,
      fill: gradeColour(i, grades.length),
    })),
  ];
  return { name: "CreditReview_Customers", startRow, columns, rows, conditionalFormats };
}

function agingSheet(review: Review, label: Label, locale: Locale): SheetLayout {
  const k = review.kpis;
  const open = k.openReceivables;
  const agingTable: LayoutTable = {
    name: "Aging_Buckets",
    startRow: 2,
    columns: [
      col(label, "labelColBucket", undefined, 16),
      col(label, "labelColAmount", NumberFormats.money, 16),
      col(label, "labelColShare", NumberFormats.percent, 10),
      col(label, "labelColLossRate", NumberFormats.percent, 10),
      col(label, "labelColProvision", NumberFormats.money, 14),
    ],
    rows: k.aging.map((amount, b) => [
      bucketLabel(b, review.bucketLimits, locale),
      amount.toNumber(),
      open.isZero() ? null : amount.div(open).toNumber(),
      k.lossRates[b],
      k.provisionByBucket[b].toNumber(),
    ]),
    conditionalFormats: [{ kind: "dataBar", column: 1, color: REVIEW_COLOURS.bar }],
  };
  const gradeStart = agingTable.startRow + agingTable.rows.length + 3;
  const gradeTable: LayoutTable = {
    name: "Aging_Grades",
    startRow: gradeStart,
    columns: [col(label, "labelColGrade", undefined, 16), col(label, "labelColCount", NumberFormats.integer, 16)],
    rows: k.gradeCounts.map((g) => [g.grade, g.count]),
    conditionalFormats: k.gradeCounts.map((g, i): ConditionalFormat => ({
      kind: "textEquals",
      column: 0,
      text: g.grade,
      fill: gradeColour(i, k.gradeCounts.length),
    })),
  };
  const topStart = gradeStart + Math.max(1, gradeTable.rows.length) + 3;
  let cumulative = 0;
  const topTable: LayoutTable = {
    name: "Aging_Top10",
    startRow: topStart,
    columns: [
      col(label, "labelColRank", NumberFormats.integer, 16),
      col(label, "labelColCustomerId", NumberFormats.text, 16),
      col(label, "labelColCustomerName", undefined, 28),
      col(label, "labelColExposure", NumberFormats.money, 14),
      col(label, "labelColShare", NumberFormats.percent, 10),
      col(label, "labelColCumulativeShare", NumberFormats.percent, 12),
    ],
    rows: review.topExposures.map((t, i) => {
      cumulative += t.share;
      return [i + 1, t.customerId, t.name, t.exposure, t.share, cumulative];
    }),
    conditionalFormats: [{ kind: "dataBar", column: 3, color: REVIEW_COLOURS.bar }],
  };
  return withPrint({
    name: reviewSheetName("aging", locale),
    aliases: otherNames("aging", locale),
    title: label("labelChartAging"),
    tables: [agingTable, gradeTable, topTable],
    charts: stackedCharts(
      [agingTable, gradeTable, topTable],
      [
        {
          kind: "columnClustered",
          title: label("labelChartAging"),
          table: agingTable.name,
          categoryColumn: 0,
          seriesColumns: [1],
        },
        {
          kind: "pie",
          title: label("labelChartGrades"),
          table: gradeTable.name,
          categoryColumn: 0,
          seriesColumns: [1],
        },
        {
          kind: "bar",
          title: label("labelChartConcentration"),
          table: topTable.name,
          categoryColumn: 2,
          seriesColumns: [3],
        },
      ],
    ),
  });
}

/** Empty columns between the widest table and the charts beside the tables. */
const CHART_GAP_COLUMNS = 2;

/**
 * Places charts in one column to the right of the sheet's tables, each level with its own table's header unless
 * the chart above still reaches that row, then one row below that chart: so no chart covers another or a table,
 * however many buckets, grades or top exposures there are.
 * @example 3 tables of 6 columns at rows 2, 10, 19 → charts at I3, I20, I37 (16 rows tall, one row apart)
 */
export function stackedCharts(
  tables: readonly LayoutTable[],
  charts: readonly Omit<LayoutChart, "anchorRow" | "anchorColumn">[],
): LayoutChart[] {
  const anchorColumn = Math.max(0, ...tables.map((t) => t.columns.length)) + CHART_GAP_COLUMNS;
  let free = 0; // the first row below the last placed chart, plus a blank row
  return charts.map((chart) => {
    const table = tables.find((t) => t.name === chart.table);
    const placed: LayoutChart = {
      ...chart,
      anchorRow: Math.max(table?.startRow ?? 0, free),
      anchorColumn,
      heightRows: CHART_SIZE.rows,
      widthColumns: CHART_SIZE.columns,
    };
    const area = chartArea(placed);
    free = area.row + area.rowCount + 1;
    return placed;
  });
}

/**
 * Every review sheet prints landscape, one page wide, over the cells it writes, with its table's header row
 * (`headerRow`, 0-based) repeated on every page when the sheet is one table.
 */
function withPrint(sheet: Omit<SheetLayout, "print">, headerRow?: number): SheetLayout {
  const print: PrintSetup = {
    orientation: "landscape",
    pagesWide: 1,
    area: sheetExtent(sheet),
    ...(headerRow !== undefined ? { titleRows: { first: headerRow, last: headerRow } } : {}),
  };
  return { ...sheet, print };
}

/**
 * The Data Issues sheet's rows: every issue up to DATA_ISSUES_LISTED; past that, the first DATA_ISSUES_LISTED and a
 * row saying how many more there are (no row is built for those).
 */
function issueRows(issues: readonly DataIssue[], locale: Locale, label: Label): LayoutRow[] {
  const listed = issues.length > DATA_ISSUES_LISTED ? issues.slice(0, DATA_ISSUES_LISTED) : issues;
  const rows: LayoutRow[] = listed.map((i) => [
    i.sheet,
    i.row,
    i.column,
    i.value,
    actionLabel(i.action, locale),
    issueMessage(i, locale),
  ]);
  if (issues.length > DATA_ISSUES_LISTED) {
    rows.push([
      null,
      null,
      null,
      null,
      null,
      label("labelIssuesNotListed", { count: issues.length - DATA_ISSUES_LISTED, listed: DATA_ISSUES_LISTED }),
    ]);
  }
  return rows;
}

/**
 * The review as sheets: `Summary` (title, KPI block, customers and exposure per action; one printed page), `Credit
 * Review` (one row per customer from row 1, its header frozen), `Aging` (buckets with loss rates and provision, grade
 * distribution, top-10 exposures, and their charts), `Alerts`, `Collections` (worklist, highest priority first),
 * `Data Issues`, plus this review's rows for `ReviewHistory` (appended by the sink, never replaced). Sheet names,
 * titles and labels are in `locale` (`概览`, `信用评审`, `账龄`, `预警`, `催收`, `数据问题`, `评审历史` in Chinese); each
 * sheet names its other-language editions as aliases, so a re-run in the other language replaces them.
 * @example reviewLayout(review, read.issues).sheets.map((s) => s.name) // ["Summary", "Credit Review", "Aging", …]
 */
export function reviewLayout(
  review: Review,
  issues: readonly DataIssue[],
  locale: Locale = "en",
): ReviewWorkbookLayout {
  const label: Label = (code, params = {}) => formatMessage(code, params, locale);
  // The customer table alone, its header on row 1: only the header row is frozen, and it heads every printed page.
  const customers = customerTable(review, 0, label, locale);
  const reviewSheet = withPrint(
    {
      name: reviewSheetName("review", locale),
      aliases: otherNames("review", locale),
      tables: [customers],
      freezeRows: 1,
    },
    0,
  );
  const alerts = withPrint(
    {
      name: reviewSheetName("alerts", locale),
      aliases: otherNames("alerts", locale),
      tables: [
        {
          name: "Alerts_List",
          startRow: 0,
          columns: [
            col(label, "labelColSeverity", undefined, 10),
            col(label, "labelColCustomerId", NumberFormats.text, 12),
            col(label, "labelColCustomerName", undefined, 28),
            col(label, "labelColRule", undefined, 24),
            col(label, "labelColMessage", undefined, 70),
          ],
          rows: fitSheetRows(
            triagedAlerts(review).map((a) => [
              label(SEVERITY_LABEL[ALERT_SEVERITY[a.rule]]),
              a.customerId,
              a.customerName,
              alertRuleText(a.rule, locale),
              alertMessage(a, locale),
            ]),
            0,
            (count) => [null, null, null, null, label("labelRowsNotListed", { count })],
          ),
        },
      ],
      freezeRows: 1,
    },
    0,
  );
  const collections = withPrint(
    {
      name: reviewSheetName("collections", locale),
      aliases: otherNames("collections", locale),
      tables: [
        {
          name: "Collections_Worklist",
          startRow: 0,
          columns: [
            col(label, "labelColRank", NumberFormats.integer, 6),
            col(label, "labelColCustomerId", NumberFormats.text, 12),
            col(label, "labelColCustomerName", undefined, 28),
            col(label, "labelColGrade", undefined, 7),
            col(label, "labelColOverdue", NumberFormats.money, 14),
            col(label, "labelColMaxDpd", NumberFormats.days, 8),
            col(label, "labelColPriority", NumberFormats.moneyWhole, 16),
            col(label, "labelColDisputed", undefined, 9),
            col(label, "labelColStage", undefined, 22),
          ],
          rows: fitSheetRows(
            review.collections.map((c, i) => [
              i + 1,
              c.customerId,
              c.customerName,
              c.grade,
              c.overdue,
              c.maxDaysPastDue,
              c.priority,
              c.disputed,
              stageText(c.stage, locale),
            ]),
            0,
            (count) => [null, null, label("labelRowsNotListed", { count }), null, null, null, null, null, null],
          ),
          conditionalFormats: [
            {
              kind: "cellValue",
              column: 5,
              operator: "greaterThan",
              value: review.bucketLimits[review.bucketLimits.length - 1],
              fill: REVIEW_COLOURS.dpd90,
              fontColor: REVIEW_COLOURS.dpd90Font,
            },
            { kind: "rowWhenTrue", column: 7, fill: REVIEW_COLOURS.manualReview },
            { kind: "dataBar", column: 6, color: REVIEW_COLOURS.bar },
          ],
        },
      ],
      freezeRows: 1,
    },
    0,
  );
  const dataIssues = withPrint(
    {
      name: reviewSheetName("dataIssues", locale),
      aliases: otherNames("dataIssues", locale),
      tables: [
        {
          name: "Data_Issues",
          startRow: 0,
          columns: [
            col(label, "labelColSheet", undefined, 14),
            col(label, "labelColRow", NumberFormats.integer, 6),
            col(label, "labelColColumn", undefined, 16),
            col(label, "labelColValue", NumberFormats.text, 20),
            col(label, "labelColAction", undefined, 10),
            col(label, "labelColMessage", undefined, 80),
          ],
          rows: issueRows(issues, locale, label),
        },
      ],
      freezeRows: 1,
    },
    0,
  );
  return {
    sheets: [
      summarySheet(review, issues, label, locale),
      reviewSheet,
      agingSheet(review, label, locale),
      alerts,
      collections,
      dataIssues,
    ],
    historyAppend: {
      sheetName: reviewSheetName("history", locale),
      // Its header on row 1 (as the review creates it), repeated on every page; it grows every review, so no area.
      print: { orientation: "landscape", pagesWide: 1, titleRows: { first: 0, last: 0 } },
      aliases: otherNames("history", locale),
      columns: HISTORY_SCHEMA.columns.map((c) => ({
        header: locale === "en" ? c.header : historyHeader(c.key, locale),
        numberFormat: c.kind === "date" ? NumberFormats.date : c.kind === "number" ? NumberFormats.decimal2 : undefined,
      })),
      rows: review.customers.map((r) => [
        review.asOf,
        r.customer.id,
        num(r.score),
        r.grade,
        r.exposure,
        num(r.customer.creditLimit),
        r.recommendedLimit,
        r.maxDaysPastDue,
        r.altman ? zoneText(r.altman.zone, locale) : null,
        r.blacklistStatus === undefined ? null : blacklistStatusLabel(r.blacklistStatus, locale),
        creditActionLabel(r.action, locale),
      ]),
    },
  };
}
