/** A deterministic, stratified train/test split driven by a seeded pseudo-random generator. */
import { at } from "../arrays";
import type { Outcome } from "./outcome";

/**
 * mulberry32: a 32-bit seeded PRNG (Tommy Ettinger, public domain), uniform in [0, 1). Small, fast and good
 * enough for sampling; the same seed always gives the same sequence on every JavaScript engine.
 * @example const next = mulberry32(42); next() // 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Splits row positions into train and test, stratified: the goods and the bads are each shuffled
 * (Fisher–Yates with {@link mulberry32}) and the first round(trainShare × count) of each go to train, so both
 * sets keep the bad rate of the whole. Positions are returned in increasing order.
 * @param trainShare the share of rows for training, 0 < share < 1 (0.7 for the usual 70/30 split)
 * @example stratifiedSplit([0, 1, 0, 1], 0.5, 1) // { train: [one good, one bad], test: [the others] }
 */
export function stratifiedSplit(
  outcomes: readonly Outcome[],
  trainShare: number,
  seed: number,
): { train: number[]; test: number[] } {
  const random = mulberry32(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const cls of [0, 1] as const) {
    const idx: number[] = [];
    for (let i = 0; i < outcomes.length; i++) if (outcomes[i] === cls) idx.push(i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [at(idx, j), at(idx, i)];
    }
    const cut = Math.round(trainShare * idx.length);
    idx.forEach((row, k) => (k < cut ? train : test).push(row));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}
