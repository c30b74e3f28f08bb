/** Concentration of exposure across customers: the Herfindahl–Hirschman index and the top-n share. */
import { at } from "../arrays";
import { div0Error, numError } from "../errors";
import { Decimal, MoneySum, type Money } from "../money";

/**
 * The positive exposures and their exact total. Zero and negative exposures (customers with nothing open, or a
 * net credit balance) are left out of both: a customer we owe money to carries no credit risk and must not shrink
 * the others' shares (docs/architecture.md §Shared definitions: "over customers with positive exposure").
 */
function positiveExposures(exposures: ArrayLike<number>): { values: number[]; total: Money; max: number } {
  const values: number[] = [];
  const sum = new MoneySum();
  let max = 0;
  for (let i = 0; i < exposures.length; i++) {
    const e = at(exposures, i);
    if (e > 0 && Number.isFinite(e)) {
      values.push(e);
      sum.add(e);
      if (e > max) max = e;
    }
  }
  if (values.length === 0) throw div0Error("noPositiveExposure", { argument: "exposures" });
  return { values, total: sum.total(), max };
}

/** 2^power as a double, in two factors so that neither overflows nor underflows for any double's exponent. */
function powerOfTwoFactors(power: number): [number, number] {
  const half = Math.trunc(power / 2);
  return [2 ** half, 2 ** (power - half)];
}

/**
 * Herfindahl–Hirschman index of the positive exposures, with shares as fractions: HHI = Σ sᵢ², sᵢ = eᵢ ÷ Σ e,
 * computed as Σ eᵢ² ÷ (Σ e)². It lies in [1/n, 1] for n positive exposures: 1/n when all are equal, 1 for a single
 * one. (×10,000 gives the antitrust scale of percentage points squared.)
 *
 * The total is exact. The exposures are scaled by a power of two near the largest one before squaring: such a
 * scaling is exact in binary floating point, so nothing overflows or underflows whatever the currency's scale and
 * whole-number examples come out exact. The result is a ratio, not money, so it is a float.
 *
 * Source: U.S. Department of Justice, "Herfindahl-Hirschman Index"
 * (https://www.justice.gov/atr/herfindahl-hirschman-index): shares of 30, 30, 20 and 20 % give
 * 30² + 30² + 20² + 20² = 2,600, i.e. 0.26 as fractions.
 *
 * @param exposures exposure per customer (currency); zero, negative and non-finite ones are left out
 * @throws CreditError div0 when no exposure is positive
 * @example herfindahlIndex([30, 30, 20, 20, -5]) // 0.26
 */
export function herfindahlIndex(exposures: ArrayLike<number>): number {
  const { values, total, max } = positiveExposures(exposures);
  const power = -Math.floor(Math.log2(max));
  const [f1, f2] = powerOfTwoFactors(power);
  // Scaled, the largest exposure is about 1, every other is at most that, and the total is at most 2n. The total
  // is scaled as a double like the exposures (so a subnormal total stays consistent with them), and through
  // decimal only when it is beyond the largest double.
  const totalAsNumber = total.toNumber();
  const scaledTotal = Number.isFinite(totalAsNumber)
    ? totalAsNumber * f1 * f2
    : total.times(Decimal.pow(2, power)).toNumber();
  let sumSquares = 0;
  for (const e of values) {
    const scaled = e * f1 * f2;
    sumSquares += scaled * scaled;
  }
  return Math.min(1, sumSquares / (scaledTotal * scaledTotal));
}

/**
 * Share of the n largest positive exposures in the positive total: Σ of the top n ÷ Σ of all, exact until the
 * final division. With fewer than n positive exposures it is 1.
 *
 * Source: the n-firm concentration ratio (CRₙ) of industrial economics applied to a ledger, as the "top-10 share"
 * of docs/architecture.md §Shared definitions, with the same positive-exposure convention as `herfindahlIndex`.
 *
 * @param exposures exposure per customer (currency); zero, negative and non-finite ones are left out
 * @param n how many of the largest to take (default 10), a whole number ≥ 1
 * @throws CreditError num when n is not a whole number ≥ 1; div0 when no exposure is positive
 * @example topShare([50, 30, 20, 0], 2) // 0.8
 */
export function topShare(exposures: ArrayLike<number>, n = 10): number {
  if (!Number.isInteger(n)) throw numError("argumentNotInteger", { argument: "n" });
  if (n < 1) throw numError("argumentNotPositive", { argument: "n" });
  const { values, total } = positiveExposures(exposures);
  if (n >= values.length) return 1;
  values.sort((a, b) => b - a);
  const top = new MoneySum();
  for (const value of values.slice(0, n)) top.add(value);
  return top.total().div(total).toNumber();
}
