/** Pearson correlation of two numeric columns (used on WOE-encoded variables to find redundant pairs). */
import { at } from "../arrays";

/**
 * Pearson's r = cov(x, y) ÷ (sd(x) · sd(y)), by centred sums (two passes, numerically stable).
 * A constant column has no correlation with anything: 0 is returned rather than 0 ÷ 0.
 * @example pearson([1, 2, 3], [2, 4, 7]) // 0.9934
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n === 0) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += at(x, i);
    my += at(y, i);
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = at(x, i) - mx;
    const dy = at(y, i) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
