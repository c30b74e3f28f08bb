/**
 * The review's decisions as words: a customer's action, the rule that chose it and its blacklist status as the
 * sheets show them (en, zh-CN), and back to their machine codes from whatever a sheet holds (either language's
 * label, or the code itself).
 */
import type { Locale } from "../core/messages";
import type { CreditAction } from "../core/policy/creditPolicy";
import type { ActionRule, BlacklistStatus } from "../core/portfolio/reviewTypes";
import type { AltmanZone } from "../core/scoring/altman";
import { labelInEveryLanguage, sheetLabel, type SheetLabelCode } from "./labels";

/** Each action's label. */
const ACTION_LABELS: Readonly<Record<CreditAction, SheetLabelCode>> = {
  increase: "labelActionIncrease",
  keep: "labelActionKeep",
  reduce: "labelActionReduce",
  stop: "labelActionStop",
};

/** Each blacklist status's label. */
const BLACKLIST_LABELS: Readonly<Record<BlacklistStatus, SheetLabelCode>> = {
  listed: "labelBlacklistListed",
  list: "labelBlacklistList",
  "eligible-for-release": "labelBlacklistEligible",
  probation: "labelBlacklistProbation",
};

/** Each Altman zone's label. */
export const ZONE_LABELS: Readonly<Record<AltmanZone, SheetLabelCode>> = {
  Safe: "labelZoneSafe",
  Grey: "labelZoneGrey",
  Distress: "labelZoneDistress",
};

/** Each action rule's phrase. */
const ACTION_RULE_LABELS: Readonly<Record<ActionRule, SheetLabelCode>> = {
  blacklisted: "labelActionRuleBlacklisted",
  listRecommended: "labelActionRuleListRecommended",
  worstGrade: "labelActionRuleWorstGrade",
  collectionStop: "labelActionRuleCollectionStop",
  zeroLimitWithExposure: "labelActionRuleZeroLimitWithExposure",
  scoreBelowFloor: "labelActionRuleScoreBelowFloor",
  scoreDrop: "labelActionRuleScoreDrop",
  gradeDowngrade: "labelActionRuleGradeDowngrade",
  overLimitOverdue: "labelActionRuleOverLimitOverdue",
  seriouslyLate: "labelActionRuleSeriouslyLate",
  zDistress: "labelActionRuleZDistress",
  limitBreachesPolicy: "labelActionRuleLimitBreachesPolicy",
  limitAboveRecommended: "labelActionRuleLimitAboveRecommended",
  temporaryLimitExpired: "labelActionRuleTemporaryLimitExpired",
  disputeEscalation: "labelActionRuleDisputeEscalation",
  overLimit: "labelActionRuleOverLimit",
  concentration: "labelActionRuleConcentration",
  temporaryLimitExpiring: "labelActionRuleTemporaryLimitExpiring",
  overdueItems: "labelActionRuleOverdueItems",
  openDisputes: "labelActionRuleOpenDisputes",
  weakGrade: "labelActionRuleWeakGrade",
  warning: "labelActionRuleWarning",
  needAboveLimit: "labelActionRuleNeedAboveLimit",
  noChange: "labelActionRuleNoChange",
};

/** A label or code as compared: trimmed, lower case, inner spaces collapsed. */
function comparable(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Code by every name it may be written under: the code itself and its label in each language. */
function namesOf<C extends string>(labels: Readonly<Record<C, SheetLabelCode>>): ReadonlyMap<string, C> {
  const names = new Map<string, C>();
  for (const code of Object.keys(labels) as C[])
    for (const name of [code, ...labelInEveryLanguage(labels[code])]) names.set(comparable(name), code);
  return names;
}

const ACTION_NAMES = namesOf(ACTION_LABELS);
const BLACKLIST_NAMES = namesOf(BLACKLIST_LABELS);
const ZONE_NAMES = namesOf(ZONE_LABELS);

/**
 * The Altman zone a ReviewHistory cell names: its code (`Distress`) or its label in either language, any case; other
 * text is kept as written (the early warnings only compare with `Distress`).
 * @example zoneFromLabel("困境区") // "Distress"
 */
export function zoneFromLabel(text: string): string {
  return ZONE_NAMES.get(comparable(text)) ?? text;
}

/**
 * A credit action as words.
 * @example actionLabel("stop", "zh-CN") // "停止赊销"
 */
export function actionLabel(action: CreditAction, locale: Locale): string {
  return sheetLabel(ACTION_LABELS[action], locale);
}

/**
 * A blacklist status as words; no status is blank.
 * @example blacklistStatusLabel("eligible-for-release", "en") // "Eligible for release"
 */
export function blacklistStatusLabel(status: BlacklistStatus | undefined, locale: Locale): string {
  return status === undefined ? "" : sheetLabel(BLACKLIST_LABELS[status], locale);
}

/**
 * Why the action was chosen, as a phrase; a rule code the catalogue does not know is shown as it is.
 * @example actionRuleLabel("scoreBelowFloor", "en") // "the score is below the policy's floor"
 */
export function actionRuleLabel(rule: ActionRule, locale: Locale): string {
  const code = ACTION_RULE_LABELS[rule];
  return code ? sheetLabel(code, locale) : rule;
}

/**
 * The action and the rule that chose it as one sentence.
 * @example actionSentence("reduce", "scoreDrop", "en") // "Reduce limit: the score dropped by the policy's threshold or more"
 */
export function actionSentence(action: CreditAction, rule: ActionRule, locale: Locale): string {
  return sheetLabel("labelActionBecause", locale, {
    action: actionLabel(action, locale),
    rule: actionRuleLabel(rule, locale),
  });
}

/**
 * The action a cell names: its code (`reduce`) or its label in either language, any case; undefined for anything else.
 * @example actionFromLabel("reduce") // "reduce"
 */
export function actionFromLabel(text: string): CreditAction | undefined {
  return ACTION_NAMES.get(comparable(text));
}

/**
 * The blacklist status a cell names: its code (`eligible-for-release`) or its label in either language, any case;
 * undefined for anything else.
 * @example blacklistStatusFromLabel("eligible-for-release") // "eligible-for-release"
 */
export function blacklistStatusFromLabel(text: string): BlacklistStatus | undefined {
  return BLACKLIST_NAMES.get(comparable(text));
}

/** The actions and the blacklist statuses, by code: what a cell that names neither is told to hold. */
export const ACTION_CODES = Object.keys(ACTION_LABELS) as readonly CreditAction[];
export const BLACKLIST_STATUS_CODES = Object.keys(BLACKLIST_LABELS) as readonly BlacklistStatus[];
