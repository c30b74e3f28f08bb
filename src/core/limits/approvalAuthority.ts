/** Who may approve a credit limit: the policy's approval levels by amount, one level lower for fast-track grades. */
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
  return { level: levels[index].name, index, fastTracked: fast };
}
