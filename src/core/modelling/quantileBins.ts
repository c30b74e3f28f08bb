/** Quantile (equal-frequency) cut points of a numeric variable, and the bin of a value among cut points. */
import { at } from "../arrays";

/**
 * Cut points that split `values` into at most `bins` groups of about equal size: the value at sorted position
 * ⌊k·n ÷ bins⌋ for k = 1 … bins − 1, duplicates dropped. Bin i holds cut[i−1] ≤ v < cut[i] (open at both ends),
 * so tied values always share a bin and a variable with few distinct values gets fewer bins than asked.
 * This is the "type 1" (inverse empirical CDF) quantile of Hyndman & Fan (1996), the rule of equal-frequency
 * fine classing in Siddiqi (2006, ch. 6).
 * @param values finite numbers (any order)
 * @param bins how many groups are wanted, ≥ 1
 * @example quantileCuts([1, 2, 3, 4, 5, 6, 7, 8], 4) // [3, 5, 7]
 */
export function quantileCuts(values: readonly number[], bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.floor((k * n) / bins)];
    if (v === undefined) break;
    if (v > at(sorted, 0) && (cuts.length === 0 || v > at(cuts, cuts.length - 1))) cuts.push(v);
  }
  return cuts;
}

/**
 * Index of the bin of `value` among increasing cut points: 0 for v < cuts[0], cuts.length for v ≥ the last.
 * Binary search, so binning n values is O(n log bins).
 * @example binIndex([3, 5, 7], 5) // 2
 */
export function binIndex(cuts: readonly number[], value: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value >= at(cuts, mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
