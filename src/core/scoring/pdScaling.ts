/** Scorecard points ↔ probability of default, by the points-to-double-the-odds scaling. */
import { numError } from "../errors";
import type { PdScaling } from "../policy/creditPolicy";

/** Siddiqi's usual scaling, the policy default: 600 points at 50:1 good:bad odds, 20 points to double the odds. */
export const DEFAULT_PD_SCALING: PdScaling = { basePoints: 600, baseOdds: 50, pdo: 20 };

function checkScaling({ baseOdds, pdo }: PdScaling): void {
  if (!(baseOdds > 0)) throw numError("argumentNotPositive", { argument: "base_odds" });
  if (!(pdo > 0)) throw numError("argumentNotPositive", { argument: "pdo" });
}

/**
 * Factor and offset of the scaling: factor = pdo ÷ ln 2, offset = base points − factor × ln(base odds).
 * @example scalingConstants({ basePoints: 600, baseOdds: 50, pdo: 20 }) // { factor: 28.8539…, offset: 487.123… }
 */
export function scalingConstants(scaling: PdScaling = DEFAULT_PD_SCALING): { factor: number; offset: number } {
  checkScaling(scaling);
  const factor = scaling.pdo / Math.LN2;
  return { factor, offset: scaling.basePoints - factor * Math.log(scaling.baseOdds) };
}

/**
 * Points of a probability of default: score = offset + factor × ln(odds), odds = good:bad = (1 − PD) ÷ PD.
 *
 * Source: N. Siddiqi, *Credit Risk Scorecards* (Wiley, 2006), ch. 6 "Scorecard scaling": with 600 points at
 * 50:1 and PDO 20, factor = 28.8539 and offset = 487.123, so 100:1 scores 620.
 *
 * @param pd probability of default, strictly between 0 and 1 (0 and 1 have infinite points)
 * @example pdToPoints(1 / 101) // 620 (odds 100:1)
 * @throws CreditError num for PD outside (0, 1), base odds ≤ 0 or PDO ≤ 0
 */
export function pdToPoints(pd: number, scaling: PdScaling = DEFAULT_PD_SCALING): number {
  if (!(pd > 0 && pd < 1))
    throw numError("argumentOutOfRange", { argument: "pd", min: "0 (excluded)", max: "1 (excluded)" });
  const { factor, offset } = scalingConstants(scaling);
  return offset + factor * Math.log((1 - pd) / pd);
}

/**
 * Probability of default of a score, the inverse of pdToPoints:
 * odds = base odds × 2^((points − base points) ÷ pdo), PD = 1 ÷ (1 + odds).
 * @example pointsToPd(600) // 1 / 51 ≈ 0.019608
 * @throws CreditError num for base odds ≤ 0 or PDO ≤ 0
 */
export function pointsToPd(points: number, scaling: PdScaling = DEFAULT_PD_SCALING): number {
  checkScaling(scaling);
  const odds = scaling.baseOdds * Math.pow(2, (points - scaling.basePoints) / scaling.pdo);
  // Very high scores give odds = Infinity and PD 0; very low ones odds 0 and PD 1: both are the right limits.
  return 1 / (1 + odds);
}

/**
 * The policy's one-year PD of a grade, for scores that are not scorecard points (the built-in 0–100 model).
 * @example gradePd("C") // 0.025
 * @returns undefined for a grade the policy does not have
 */
export function gradePd(grade: string, pdByGrade: Readonly<Record<string, number>>): number | undefined {
  const g = grade.trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(pdByGrade, g) ? pdByGrade[g] : undefined;
}
