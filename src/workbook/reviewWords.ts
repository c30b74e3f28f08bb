/**
 * The review's codes as the sheets show them in words (a collection stage, a limit's binding rule, an alert rule, an
 * Altman zone or model, a ReviewHistory header), in either language; text that is not a code is shown as it is.
 */
import { formatMessage, type Locale } from "../core/messages";
import type { Alert, AlertRule, PortfolioKpis } from "../core/portfolio/reviewTypes";
import type { LimitRule } from "../core/limits/recommendedLimit";
import type { AltmanModel } from "../core/scoring/altman";
import { collectionStageLabel, type CollectionStage } from "../core/receivables/collectionStage";
import { ZONE_LABELS } from "./decisionLabels";
import { sheetLabel, type SheetLabelCode } from "./labels";
import type { HistoryColumn } from "./schema";

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

const RULE_LABELS: Readonly<Record<LimitRule, SheetLabelCode>> = {
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

const ALERT_RULE_LABELS: Readonly<Record<AlertRule, SheetLabelCode>> = {
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
  return code ? sheetLabel(code, locale) : rule;
}

const Z_MODEL_LABELS: Readonly<Record<AltmanModel, SheetLabelCode>> = {
  public: "labelZModelPublic",
  private: "labelZModelPrivate",
  nonmfg: "labelZModelNonmfg",
  em: "labelZModelEm",
};

/** A code as words from a table of labels; a value the table does not know is shown as it is. */
function codeText(labels: Readonly<Record<string, SheetLabelCode>>, value: string, locale: Locale): string {
  const code = Object.hasOwn(labels, value) ? labels[value] : undefined;
  return code ? sheetLabel(code, locale) : value;
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
 * An alert's message in words: an Altman model code among its parameters (Z distress names the model) is put in
 * words too.
 * @example alertMessage(zDistressAlert, "en") // "Altman Z 1.2 (Private Z′) is in the distress zone."
 */
export function alertMessage(alert: Alert, locale: Locale): string {
  const { model } = alert.params;
  const params = typeof model === "string" ? { ...alert.params, model: zModelText(model, locale) } : alert.params;
  return formatMessage(alert.code, params, locale);
}

/** Each ReviewHistory column's header label. */
export const HISTORY_LABELS: Readonly<Record<HistoryColumn, SheetLabelCode>> = {
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
  return codeText(HISTORY_LABELS, key, locale);
}

/** A limit's binding rule as words; unknown rule codes are shown as they are. */
export function bindingRuleText(rule: string, locale: Locale): string {
  return codeText(RULE_LABELS, rule, locale);
}

/**
 * The customers per action as one line, in the order increase / keep / reduce / stop (the KPI row's label names them).
 * @example actionCountsText({ increase: 3, keep: 10, reduce: 2, stop: 1 }) // "3 / 10 / 2 / 1"
 */
export function actionCountsText(counts: PortfolioKpis["actionCounts"]): string {
  return [counts.increase, counts.keep, counts.reduce, counts.stop].join(" / ");
}

/** Caps of the policy a limit in force breaches, as words joined by "; " (blank when none). */
export function breachesText(breaches: readonly string[], locale: Locale): string {
  return breaches.map((b) => bindingRuleText(b, locale)).join("; ");
}
