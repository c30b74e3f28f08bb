/** How well a score separates goods from bads: AUC (by ranking), Gini and the Kolmogorov–Smirnov statistic. */
import { at } from "../arrays";
import { classCounts, requireBothClasses, type Outcome } from "./outcome";

/** Positions of the scores in increasing order (ties in input order). */
function order(scores: readonly number[]): Uint32Array {
  const idx = new Uint32Array(scores.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return idx.sort((a, b) => at(scores, a) - at(scores, b) || a - b);
}

/**
 * Area under the ROC curve: the probability that a random good scores above a random bad, ties counting ½.
 *
 * Computed from ranks (the Mann–Whitney U statistic) in O(n log n): with tied scores given their average rank,
 * AUC = (R_good − n_g(n_g + 1)/2) ÷ (n_g · n_b), R_good = the sum of the goods' ranks.
 * Source: Hanley & McNeil, "The meaning and use of the area under a ROC curve", Radiology 143 (1982), 29–36.
 * @param higherIsBetter true (default) when a higher score means a lower risk, as scorecard points do;
 *   false for scores where higher = riskier (a PD)
 * @throws CreditError div0 when the outcomes hold one class only
 * @example auc([1, 2, 3, 4], [1, 0, 1, 0]) // 0.75: of the 4 good–bad pairs, 3 are ordered right
 */
export function auc(
  scores: readonly number[],
  outcomes: readonly Outcome[],
  higherIsBetter = true,
  statistic = "AUC",
): number {
  const counts = classCounts(outcomes);
  requireBothClasses(counts, "outcomes", statistic);
  const idx = order(scores);
  let rankSumGoods = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    const score = at(scores, at(idx, i));
    while (j + 1 < idx.length && at(scores, at(idx, j + 1)) === score) j++;
    const averageRank = (i + j + 2) / 2; // ranks are 1-based: positions i … j hold ranks i+1 … j+1
    for (let k = i; k <= j; k++) if (outcomes[at(idx, k)] === 0) rankSumGoods += averageRank;
    i = j + 1;
  }
  const { goods, bads } = counts;
  const a = (rankSumGoods - (goods * (goods + 1)) / 2) / (goods * bads);
  return higherIsBetter ? a : 1 - a;
}

/**
 * Gini coefficient (accuracy ratio, Somers' D) of a score: 2 · AUC − 1, from −1 to 1 (0 = no separation).
 * Source: Engelmann, Hayden & Tasche, "Testing rating accuracy", Risk (January 2003): AR = 2·AUC − 1.
 * @throws CreditError div0 when the outcomes hold one class only
 * @example gini([1, 2, 3, 4], [1, 0, 1, 0]) // 0.5
 */
export function gini(scores: readonly number[], outcomes: readonly Outcome[], higherIsBetter = true): number {
  return 2 * auc(scores, outcomes, higherIsBetter, "Gini") - 1;
}

/**
 * Kolmogorov–Smirnov statistic: the largest vertical distance between the cumulative score distributions of
 * the goods and of the bads, max over s of |F_good(s) − F_bad(s)|, a fraction from 0 to 1. Both CDFs are
 * evaluated after each distinct score, so tied scores move together. The direction of the score does not matter.
 * Source: Siddiqi (2006), ch. 8; Řezáč & Řezáč, "How to measure the quality of credit scoring models",
 * Finance a úvěr 61 (2011).
 * @throws CreditError div0 when the outcomes hold one class only
 * @example ks([1, 2, 3, 4], [1, 1, 0, 0]) // 1: every bad scores below every good
 */
export function ks(scores: readonly number[], outcomes: readonly Outcome[]): number {
  const counts = classCounts(outcomes);
  requireBothClasses(counts, "outcomes", "KS");
  const idx = order(scores);
  let cumGoods = 0;
  let cumBads = 0;
  let best = 0;
  idx.forEach((position, i) => {
    if (outcomes[position] === 1) cumBads++;
    else cumGoods++;
    const next = idx[i + 1];
    const last = next === undefined || at(scores, next) !== at(scores, position);
    if (last) best = Math.max(best, Math.abs(cumGoods / counts.goods - cumBads / counts.bads));
  });
  return best;
}
