/**
 * The decision table: every customer's action (stop, reduce, keep, increase) and the limit that goes with it, from
 * the policy's ordered conditions. Practice of trade-credit monitoring: a falling score, a breach or a stop in the
 * collection ladder cuts or stops credit; only a customer on whom nothing warns is given more.
 */
import { LADDER_STAGES, type CreditAction, type DecisionCondition, type DecisionRule } from "../policy/creditPolicy";
import type { CustomerFacts } from "./customerFacts";
import type { ActionRule, AlertRule } from "./reviewTypes";

/** The settings the conditions read beyond the customer's facts. */
export interface DecisionSettings {
  readonly rules: readonly DecisionRule[];
  readonly scoreFloor: number;
  /** Days past due beyond which an undisputed item is seriously late. */
  readonly delinquencyDays: number;
  readonly concentrationCap: number;
  readonly expiryWarningDays: number;
  readonly escalationDays: number;
  /** A `reduce` the credit rules do not already cut takes the limit in force × (1 − this). */
  readonly warningCut: number;
  /** Limits are rounded down to a multiple of this. */
  readonly roundingStep: number;
  /** The limit in force may exceed the credit rules' limit by this fraction of itself before it is cut. */
  readonly reduceTolerance: number;
  /** The rank (0 = best) from which a grade is not given more. */
  readonly noIncreaseRank: number;
  /** Grade → rank. */
  readonly gradeRank: ReadonlyMap<string, number>;
}

const STOP_SUPPLY = LADDER_STAGES.indexOf("stopSupply");

/** When each condition holds. One line each; the facts are computed once by the review. */
export const CONDITIONS: Readonly<
  Record<DecisionCondition, (f: CustomerFacts, s: DecisionSettings, alerts: readonly AlertRule[]) => boolean>
> = {
  blacklisted: (f) => f.customer.blacklisted,
  listRecommended: (f) => f.blacklistStatus === "list",
  worstGrade: (f) => f.worstGrade,
  collectionStop: (f) => LADDER_STAGES.indexOf(f.collectionStage as (typeof LADDER_STAGES)[number]) >= STOP_SUPPLY,
  zeroLimitWithExposure: (f) => f.limitByRules <= 0 && f.exposure > 0,
  scoreBelowFloor: (f, s) => f.score !== undefined && f.score < s.scoreFloor,
  scoreDrop: (_f, _s, alerts) => alerts.includes("scoreDrop"),
  gradeDowngrade: (_f, _s, alerts) => alerts.includes("gradeDowngrade"),
  overLimitOverdue: (f) => f.overLimit && f.exposure > 0 && f.overdue > 0,
  seriouslyLate: (f, s) => f.maxDaysPastDueUndisputed > s.delinquencyDays,
  zDistress: (f) => f.altman?.zone === "Distress",
  limitBreachesPolicy: (f) => f.policyBreaches.length > 0,
  limitAboveRecommended: (f, s) =>
    f.customer.creditLimit !== undefined && needBasedCut(f) < f.customer.creditLimit * (1 - s.reduceTolerance),
  temporaryLimitExpired: (f) => f.temporary.expired && f.exposure > (f.customer.creditLimit ?? 0),
  disputeEscalation: (f, s) => f.disputeDays > s.escalationDays,
  overLimit: (f) => f.overLimit && f.exposure > 0,
  concentration: (f, s) => f.share > s.concentrationCap,
  temporaryLimitExpiring: (f, s) => f.temporary.active && f.temporary.daysToExpiry! <= s.expiryWarningDays,
  overdueItems: (f) => f.maxDaysPastDueUndisputed > 0,
  openDisputes: (f) => f.disputeDays > 0,
  weakGrade: (f, s) => (s.gradeRank.get(f.grade) ?? Number.POSITIVE_INFINITY) >= s.noIncreaseRank,
};

/**
 * Where a cut made only because the credit rules give less than the limit in force goes: the rules' limit, but not
 * below what the customer owes now — a need-based review takes away unused headroom, it does not block the orders
 * of a customer who pays (warnings, overdue items and over-limit rows cut further).
 */
function needBasedCut(f: CustomerFacts): number {
  return Math.max(f.limitByRules, f.exposure);
}

/** Strictness of an action: lower is stricter. */
const STRICTNESS: Readonly<Record<CreditAction, number>> = { stop: 0, reduce: 1, keep: 2, increase: 3 };

export interface Decision {
  readonly action: CreditAction;
  readonly rule: ActionRule;
  /** Every condition that holds, in table order (the Reason Codes of the review). */
  readonly conditions: readonly DecisionCondition[];
}

/**
 * The action for one customer:
 * 1. every row of the decision table whose condition holds is a candidate; the strictest action among them wins
 *    (stop before reduce before keep), the first such row in table order names the rule;
 * 2. with no row holding but an early warning fired, `keep` (rule `warning`): no customer on whom anything warns is
 *    ever given more;
 * 3. otherwise `increase` when the credit rules' limit is above the limit in force (rule `needAboveLimit`);
 * 4. otherwise `keep` (rule `noChange`).
 * @example decide(facts, ["scoreDrop", "gradeDowngrade"], settings) // { action: "reduce", rule: "scoreDrop", conditions: ["scoreDrop", "gradeDowngrade"] }
 */
export function decide(f: CustomerFacts, alerts: readonly AlertRule[], s: DecisionSettings): Decision {
  let chosen: DecisionRule | undefined;
  const conditions: DecisionCondition[] = [];
  for (const row of s.rules) {
    if (!CONDITIONS[row.condition](f, s, alerts)) continue;
    conditions.push(row.condition);
    if (!chosen || STRICTNESS[row.action] < STRICTNESS[chosen.action]) chosen = row;
  }
  // Nothing to reduce without a limit in force: the row holds the limit (at none) instead.
  if (chosen?.action === "reduce" && !((f.customer.creditLimit ?? 0) > 0))
    return { action: "keep", rule: chosen.condition, conditions };
  if (chosen) return { action: chosen.action, rule: chosen.condition, conditions };
  if (alerts.length > 0) return { action: "keep", rule: "warning", conditions };
  if (f.limitByRules > (f.customer.creditLimit ?? 0)) return { action: "increase", rule: "needAboveLimit", conditions };
  return { action: "keep", rule: "noChange", conditions };
}

/**
 * The limit that goes with a decision (never a temporary uplift): `stop` 0; `increase` the credit rules' limit;
 * `keep` the credit limit in force (0 without one); `reduce` the lower of the credit rules' limit and the limit in
 * force × (1 − warning cut) rounded down to the step (0 without a limit in force) — except a reduce chosen only
 * because the credit rules give less than the limit in force (`limitAboveRecommended`), which goes to that limit or
 * to what the customer owes (rounded up to the step), whichever is higher.
 * @example decidedLimit({ action: "reduce", rule: "scoreDrop", … }, 45_000, 30_000, 0.25, 1_000) // 22_000 (30,000 × 0.75 = 22,500 → 22,000)
 */
export function decidedLimit(
  decision: Decision,
  limitByRules: number,
  creditLimit: number | undefined,
  warningCut: number,
  step: number,
  exposure = 0,
): number {
  const current = creditLimit ?? 0;
  switch (decision.action) {
    case "stop":
      return 0;
    case "increase":
      return limitByRules;
    case "keep":
      return current;
    case "reduce": {
      if (current <= 0) return 0;
      if (decision.rule === "limitAboveRecommended")
        return Math.min(current, Math.max(limitByRules, Math.ceil(Math.max(0, exposure) / step - 1e-9) * step));
      const cut = Math.floor((current * (1 - warningCut)) / step + 1e-9) * step;
      return Math.max(0, Math.min(limitByRules, cut));
    }
  }
}
