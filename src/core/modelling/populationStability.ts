/** Population stability index: how far a current score (or variable) distribution has moved from the development one. */
import { at } from "../arrays";
import { div0Error, numError, valueError } from "../errors";

/**
 * The share given to a bin that is empty on one side, so ln(a ÷ e) stays finite: 0.0001 (0.01 %), the floor
 * used in common monitoring practice (e.g. the R scorecard package's perf_psi and most PSI write-ups). It bounds
 * an empty bin's contribution instead of making PSI infinite.
 */
export const PSI_SHARE_FLOOR = 0.0001;

function shares(counts: readonly number[], argument: string): number[] {
  let total = 0;
  for (const c of counts) {
    if (c < 0) throw numError("argumentNegative", { argument });
    total += c;
  }
  if (!(total > 0)) throw div0Error("psiTotalZero", { argument });
  return counts.map((c) => c / total);
}

/**
 * PSI = Σ over bins (a − e) · ln(a ÷ e), with e and a each bin's share of the expected (development) and actual
 * (current) population. Counts or shares are accepted: each side is normalised to add up to 1. A zero share is
 * replaced by {@link PSI_SHARE_FLOOR}. Rule of thumb: < 0.1 stable, 0.1–0.25 some shift, > 0.25 a major shift.
 * Source: Siddiqi, "Credit Risk Scorecards" (2006), ch. 8 ("system stability report"); Yurdakul, "Statistical
 * properties of population stability index" (Western Michigan University, 2018).
 * @throws CreditError value when the two hold different numbers of bins; num for a negative count; div0 for a zero total
 * @example populationStability([0.5, 0.5], [0.6, 0.4]) // 0.1·ln 1.2 + (−0.1)·ln 0.8 ≈ 0.0405
 */
export function populationStability(expected: readonly number[], actual: readonly number[]): number {
  if (expected.length !== actual.length)
    throw valueError("psiBinCount", { expected: expected.length, actual: actual.length });
  const e = shares(expected, "expected");
  const a = shares(actual, "actual");
  let psi = 0;
  for (let i = 0; i < e.length; i++) {
    const ei = Math.max(at(e, i), PSI_SHARE_FLOOR);
    const ai = Math.max(at(a, i), PSI_SHARE_FLOOR);
    psi += (ai - ei) * Math.log(ai / ei);
  }
  return psi;
}
