/** The review's decisions in words: a customer's action, the rule that chose it and its blacklist status. */
import type { CreditAction } from "../core/policy/creditPolicy";
import { formatMessage, type Locale, type MessageCode } from "../core/messages";
import type { ActionRule, BlacklistStatus } from "../core/portfolio/reviewTypes";

const ACTION_LABELS: Readonly<Record<CreditAction, MessageCode>> = {
  increase: "labelActionIncrease",
  keep: "labelActionKeep",
  reduce: "labelActionReduce",
  stop: "labelActionStop",
};

const BLACKLIST_LABELS: Readonly<Record<BlacklistStatus, MessageCode>> = {
  listed: "labelBlacklistListed",
  list: "labelBlacklistList",
  "eligible-for-release": "labelBlacklistEligible",
  probation: "labelBlacklistProbation",
};

const ACTION_RULE_LABELS: Readonly<Record<ActionRule, MessageCode>> = {
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
  warning: "labelActionRuleWarning",
  needAboveLimit: "labelActionRuleNeedAboveLimit",
  noChange: "labelActionRuleNoChange",
};

/**
 * A credit action as words.
 * @example actionLabel("stop", "zh-CN") // "停止赊销"
 */
export function actionLabel(action: CreditAction, locale: Locale): string {
  return formatMessage(ACTION_LABELS[action], {}, locale);
}

/**
 * A blacklist status as words; no status is blank.
 * @example blacklistStatusLabel("eligible-for-release", "en") // "Eligible for release"
 */
export function blacklistStatusLabel(status: BlacklistStatus | undefined, locale: Locale): string {
  return status === undefined ? "" : formatMessage(BLACKLIST_LABELS[status], {}, locale);
}

/**
 * Why the action was chosen, as a phrase; a rule code the catalogue does not know is shown as it is.
 * @example actionRuleLabel("scoreBelowFloor", "en") // "the score is below the policy's floor"
 */
export function actionRuleLabel(rule: ActionRule, locale: Locale): string {
  const code = ACTION_RULE_LABELS[rule];
  return code ? formatMessage(code, {}, locale) : rule;
}

/**
 * The action and the rule that chose it as one sentence.
 * @example actionSentence("reduce", "scoreDrop", "en") // "Reduce limit: the score dropped by the policy's threshold or more"
 */
export function actionSentence(action: CreditAction, rule: ActionRule, locale: Locale): string {
  return formatMessage(
    "labelActionBecause",
    { action: actionLabel(action, locale), rule: actionRuleLabel(rule, locale) },
    locale,
  );
}
