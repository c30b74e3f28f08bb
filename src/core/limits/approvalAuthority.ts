/** Who may approve a credit limit: the policy's approval levels by amount, one level lower for fast-track grades. */
import { at } from "../arrays";
import { numError } from "../errors";
import { defaultPolicy, type CreditPolicy } from "../policy/creditPolicy";

export interface Approval {
  /** The level's name from the policy, e.g. "Credit manager". */
  readonly level: string;
  /** 0-based index into policy.approvalLevels. */
  readonly index: number;
  /** True when a fast-track grade moved the approval one level down. */
  readonly fastTracked: boolean;
}

/**
 * The approval level a limit needs: the first level whose threshold the amount does not exceed
 * (amount ≤ upTo), then one level lower when the grade is on the policy's fast-track list (never below the
 * first level). Practice of graded credit management: good grades go through a lighter approval path.
 * @example approvalLevel(300_000, "C").level // "Finance director" (above 250,000, up to 1,000,000)
 * @example approvalLevel(300_000, "A").level // "Credit manager" (fast track)
 * @throws CreditError num for a negative amount
 */
export function approvalLevel(amount: number, grade?: string, policy: CreditPolicy = defaultPolicy): Approval {
  if (!(amount >= 0)) throw numError("argumentNegative", { argument: "amount" });
  const levels = policy.approvalLevels;
  let index = levels.findIndex((l) => amount <= l.upTo);
  if (index < 0) index = levels.length - 1;
  const g = grade?.trim().toUpperCase();
  const fast = g !== undefined && index > 0 && policy.fastTrackGrades.some((f) => f.toUpperCase() === g);
  if (fast) index -= 1;
  return { level: at(levels, index).name, index, fastTracked: fast };
}

/** What raises an approval above the amount's level. */
export type ApprovalReason = "grade" | "strategic" | "override" | "temporary";

/** Facts about the limit to approve beyond its amount and grade. */
export interface ApprovalContext {
  readonly strategic?: boolean;
  /** The limit in force is above the last review's recommendation: someone overrode it. */
  readonly override?: boolean;
  /** A temporary limit in force beyond the policy's uplift or duration, and its amount. */
  readonly temporaryBeyondPolicy?: number;
}

export interface MatrixApproval extends Approval {
  /** Why the level is above what the amount and fast track give, in the order applied. */
  readonly reasons: readonly ApprovalReason[];
}

/**
 * The approval matrix (amount × grade × strategic, and the exceptions of the written policy):
 * 1. the level for the amount, one lower for a fast-track grade (`approvalLevel`);
 * 2. one level higher for a grade on the policy's escalation list (`grade`);
 * 3. at least the policy's strategic level for a strategic account (`strategic`);
 * 4. at least the override level when the limit in force is above the last recommendation (`override`);
 * 5. for a temporary limit beyond policy, one level above what the temporary amount needs and at least the
 *    temporary level (`temporary`).
 * Levels are capped at the last (the credit committee). A reason is listed whenever it needs more than the
 * amount's own level, so a strategic account that is also an override shows both.
 * @example approvalMatrix(40_000, "B", { strategic: true }).level // "Finance director" (analyst by amount, raised)
 */
export function approvalMatrix(
  amount: number,
  grade: string,
  context: ApprovalContext = {},
  policy: CreditPolicy = defaultPolicy,
): MatrixApproval {
  const base = approvalLevel(amount, grade, policy);
  const last = policy.approvalLevels.length - 1;
  const rules = policy.approval;
  let index = base.index;
  const reasons: ApprovalReason[] = [];
  const raise = (to: number, reason: ApprovalReason) => {
    const capped = Math.min(last, Math.max(0, to));
    // Listed whenever it needs more than the amount's own level, even when another reason already raised it more.
    if (capped > base.index) reasons.push(reason);
    if (capped > index) index = capped;
  };

  const g = grade.trim().toUpperCase();
  if (rules.escalateGrades.some((e) => e.toUpperCase() === g)) raise(base.index + 1, "grade");
  if (context.strategic) raise(rules.strategicLevel - 1, "strategic");
  if (context.override) raise(rules.overrideLevel - 1, "override");
  if (context.temporaryBeyondPolicy !== undefined) {
    const forTemporary = approvalLevel(Math.max(0, context.temporaryBeyondPolicy), grade, policy).index + 1;
    raise(Math.max(forTemporary, rules.temporaryLevel - 1), "temporary");
  }
  return { level: at(policy.approvalLevels, index).name, index, fastTracked: base.fastTracked, reasons };
}
