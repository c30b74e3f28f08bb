/**
 * Coarse classing of one variable for a scorecard: numeric variables cut into fine quantile bins, merged to a
 * minimum bin share and to a monotonic WOE; categorical variables with rare categories merged; a separate bin for
 * missing values; analyst overrides (cut points or category groups).
 */
import { at } from "../arrays";
import type { Outcome } from "./outcome";
import { binIndex, quantileCuts } from "./quantileBins";
import { woeOfCounts } from "./weightOfEvidence";

/** A raw cell of the data (a CSV field, a worksheet cell). */
export type RawValue = string | number | boolean | null | undefined;

/** One bin of a variable: a numeric range From ≤ v < To, a group of categories, or the missing values. */
export interface Bin {
  /** Inclusive lower end of a numeric bin; undefined = open. */
  readonly from?: number;
  /** Exclusive upper end of a numeric bin; undefined = open. */
  readonly to?: number;
  /** The categories of a categorical bin, as first written in the data. */
  readonly categories?: readonly string[];
  /** True for the missing-values bin. */
  readonly missing?: boolean;
  readonly goods: number;
  readonly bads: number;
  readonly woe: number;
  readonly iv: number;
}

/** How a variable was binned. Bins are in order (numeric bins rising), the missing bin last. */
export interface VariableBinning {
  readonly variable: string;
  readonly kind: "numeric" | "categorical";
  readonly bins: readonly Bin[];
  readonly iv: number;
  /** Numeric only: the WOE rises or falls steadily across the non-missing bins. */
  readonly monotonic: boolean;
  /** Non-missing training values. */
  readonly valueCount: number;
  /** True when the analyst's override decided the bins. */
  readonly overridden: boolean;
}

/** An analyst's override of the automatic binning of one variable. */
export interface BinningOverride {
  /** Increasing cut points: bins (−∞, c1), [c1, c2), …, [ck, +∞). Makes the variable numeric. */
  readonly cuts?: readonly number[];
  /** Category groups: each listed group becomes one bin; unlisted categories keep a bin each. */
  readonly groups?: readonly (readonly string[])[];
}

export interface BinningPolicy {
  /** Minimum share of the training rows in a bin (the missing bin excepted). Default 0.05. */
  readonly minBinShare: number;
  /** Fine quantile bins a numeric variable starts from. Default 20. */
  readonly fineBins: number;
  /** IV below which a variable is weak (used to keep a non-monotonic binning the data supports). Default 0.02. */
  readonly minIv: number;
}

const NUMERIC_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A missing value: blank (null, undefined, or text of spaces only).
 * @example isMissing("  ") // true
 */
export function isMissing(v: RawValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * The number of a cell (a finite number or numeric text), else undefined.
 * @example numericValue(" 12.5 ") // 12.5
 */
export function numericValue(v: RawValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && NUMERIC_TEXT.test(v.trim())) {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * The text of a categorical cell as the scorecard will hold it: trimmed; TRUE/FALSE in capitals.
 * @example categoryText(true) // "TRUE"
 */
export function categoryText(v: RawValue): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v).trim();
}

/**
 * The key categories are matched by: case-insensitive, as the scorecard table matches them.
 * @example categoryKey("Own") // "own"
 */
export function categoryKey(text: string): string {
  return text.toLowerCase();
}

/**
 * A variable is numeric when every non-missing value is a number (or numeric text) and there is at least one.
 * @example isNumericColumn([1, "2", null]) // true
 */
export function isNumericColumn(values: readonly RawValue[]): boolean {
  let any = false;
  for (const v of values) {
    if (isMissing(v)) continue;
    if (numericValue(v) === undefined) return false;
    any = true;
  }
  return any;
}

interface Group {
  goods: number;
  bads: number;
}

function badRate(g: Group): number {
  return g.bads / Math.max(g.goods + g.bads, 1);
}

function totalIv(groups: readonly Group[], totalGoods: number, totalBads: number): number {
  return groups.reduce((s, g) => s + woeOfCounts(g.goods, g.bads, totalGoods, totalBads).iv, 0);
}

/** Merges numeric bin i with bin i + 1 (in place). */
function mergeNext<T extends Group & { to?: number }>(bins: T[], i: number): void {
  const bin = at(bins, i);
  const next = at(bins, i + 1);
  bin.goods += next.goods;
  bin.bads += next.bads;
  bin.to = next.to;
  bins.splice(i + 1, 1);
}

/** Merges bins below `minCount` rows into the neighbour with the closer bad rate, smallest first. */
function enforceMinimum<T extends Group & { to?: number }>(bins: T[], minCount: number): void {
  for (;;) {
    if (bins.length < 2) return;
    let smallest = -1;
    let smallestCount = 0;
    bins.forEach((bin, i) => {
      const c = bin.goods + bin.bads;
      if (c < minCount && (smallest < 0 || c < smallestCount)) [smallest, smallestCount] = [i, c];
    });
    if (smallest < 0) return;
    const i = smallest;
    const rate = badRate(at(bins, i));
    const left = i > 0 ? Math.abs(badRate(at(bins, i - 1)) - rate) : Infinity;
    const right = i < bins.length - 1 ? Math.abs(badRate(at(bins, i + 1)) - rate) : Infinity;
    mergeNext(bins, left <= right ? i - 1 : i);
  }
}

/**
 * Merges adjacent bins until the WOE moves strictly in one direction (+1 rising, −1 falling): repeatedly joins
 * the first adjacent pair that breaks the direction (the pool-adjacent-violators idea).
 */
function makeMonotonic<T extends Group & { to?: number }>(
  bins: T[],
  direction: 1 | -1,
  totalGoods: number,
  totalBads: number,
): void {
  for (;;) {
    const w = bins.map((b) => woeOfCounts(b.goods, b.bads, totalGoods, totalBads).woe);
    let broken = -1;
    for (let i = 0; i + 1 < w.length; i++) {
      if ((at(w, i + 1) - at(w, i)) * direction <= 0) {
        broken = i;
        break;
      }
    }
    if (broken < 0) return;
    mergeNext(bins, broken);
  }
}

function finish(
  groups: readonly (Group & Omit<Bin, "goods" | "bads" | "woe" | "iv">)[],
  totalGoods: number,
  totalBads: number,
): { bins: Bin[]; iv: number } {
  let iv = 0;
  const bins = groups.map((g) => {
    // A missing bin never seen in training gets WOE 0 (average risk), so a blank at scoring time still scores.
    const unseen = g.goods + g.bads === 0;
    const w = unseen ? { woe: 0, iv: 0 } : woeOfCounts(g.goods, g.bads, totalGoods, totalBads);
    iv += w.iv;
    const { goods, bads, ...rest } = g;
    return { ...rest, goods, bads, woe: w.woe, iv: w.iv };
  });
  return { bins, iv };
}

/**
 * Bins a numeric variable on training rows.
 *
 * 1. Fine classing: up to `fineBins` quantile bins ({@link quantileCuts}); ties share a bin.
 * 2. Each bin below `minBinShare` of the training rows is merged into the neighbour with the closer bad rate.
 * 3. Monotonic WOE: adjacent bins are merged until the WOE rises steadily, and again until it falls steadily; the
 *    direction with the higher IV wins. If that keeps less than half of the IV of step 2's bins (and those
 *    reach `minIv`), the data supports a non-monotonic pattern (a U-shape, say): step 2's bins are kept
 *    (`monotonic` false) and the variable is flagged for the analyst to review.
 * Missing values get their own bin, always present (WOE 0 if no training row is missing).
 * Source: Siddiqi (2006), ch. 6 (fine and coarse classing, logical trend); Thomas, Edelman & Crook,
 * *Credit Scoring and Its Applications* (2002), §8.7.
 * @example binNumeric("age", ages, outcomes, policy).bins.map((b) => [b.from, b.to])
 */
export function binNumeric(
  variable: string,
  values: readonly RawValue[],
  outcomes: readonly Outcome[],
  policy: BinningPolicy,
  override?: BinningOverride,
): VariableBinning {
  let totalGoods = 0;
  let totalBads = 0;
  const numbers: number[] = [];
  const numberOutcomes: Outcome[] = [];
  const missing: Group = { goods: 0, bads: 0 };
  values.forEach((value, i) => {
    const o = at(outcomes, i);
    if (o === 1) totalBads++;
    else totalGoods++;
    const n = numericValue(value);
    if (n === undefined) {
      if (o === 1) missing.bads++;
      else missing.goods++;
    } else {
      numbers.push(n);
      numberOutcomes.push(o);
    }
  });
  const cuts = override?.cuts ? [...override.cuts] : quantileCuts(numbers, policy.fineBins);
  type NumericGroup = Group & { from?: number; to?: number };
  const bins: NumericGroup[] = Array.from({ length: cuts.length + 1 }, (_, i) => ({
    from: i === 0 ? undefined : cuts[i - 1],
    to: i === cuts.length ? undefined : cuts[i],
    goods: 0,
    bads: 0,
  }));
  numbers.forEach((number, i) => {
    const b = at(bins, binIndex(cuts, number));
    if (numberOutcomes[i] === 1) b.bads++;
    else b.goods++;
  });
  let chosen: NumericGroup[] = bins;
  let monotonic = true;
  if (!override?.cuts) {
    // Empty fine bins cannot happen (cuts are data values) but merging keeps the ranges contiguous anyway.
    enforceMinimum(bins, Math.ceil(policy.minBinShare * values.length));
    const monotonicCopy = (direction: 1 | -1): NumericGroup[] => {
      const copy = bins.map((b) => ({ ...b }));
      makeMonotonic(copy, direction, totalGoods, totalBads);
      return copy;
    };
    const ivOf = (g: NumericGroup[]) => totalIv(g, totalGoods, totalBads);
    const rising = monotonicCopy(1);
    const falling = monotonicCopy(-1);
    chosen = ivOf(rising) >= ivOf(falling) ? rising : falling;
    if (bins.length > 1 && ivOf(bins) >= policy.minIv && ivOf(chosen) < ivOf(bins) / 2) {
      chosen = bins;
      monotonic = false;
    }
  } else {
    const w = bins
      .filter((b) => b.goods + b.bads > 0)
      .map((b) => woeOfCounts(b.goods, b.bads, totalGoods, totalBads).woe);
    monotonic = w.every((x, i) => i === 0 || x > at(w, i - 1)) || w.every((x, i) => i === 0 || x < at(w, i - 1));
  }
  if (numbers.length === 0) chosen = [];
  const { bins: out, iv } = finish([...chosen, { ...missing, missing: true }], totalGoods, totalBads);
  return {
    variable,
    kind: "numeric",
    bins: out,
    iv,
    monotonic,
    valueCount: numbers.length,
    overridden: Boolean(override?.cuts),
  };
}

/**
 * Bins a categorical variable on training rows: one bin per category (matched case-insensitively), categories
 * below `minBinShare` of the rows pooled into one bin of rare categories, and that pool — if still below the
 * minimum — joined to the bin with the closest bad rate. With an override, each listed group is one bin and every
 * other category keeps its own bin, unmerged. Missing values get their own bin, always present. Categories seen
 * only in `otherValues` (rows outside training) get a bin with WOE 0 (average risk), so every row can be scored.
 * Source: Siddiqi (2006), ch. 6 (grouping attributes with few observations).
 * @example binCategorical("housing", housing, outcomes, policy).bins.map((b) => b.categories)
 */
export function binCategorical(
  variable: string,
  values: readonly RawValue[],
  outcomes: readonly Outcome[],
  policy: BinningPolicy,
  override?: BinningOverride,
  otherValues: readonly RawValue[] = [],
): VariableBinning {
  let totalGoods = 0;
  let totalBads = 0;
  let valueCount = 0;
  const missing: Group = { goods: 0, bads: 0 };
  const byKey = new Map<string, Group & { categories: string[] }>();
  for (let i = 0; i < values.length; i++) {
    const o = outcomes[i];
    if (o === 1) totalBads++;
    else totalGoods++;
    const v = values[i];
    let g: Group;
    if (isMissing(v)) g = missing;
    else {
      valueCount++;
      const text = categoryText(v);
      const key = categoryKey(text);
      let c = byKey.get(key);
      if (!c) {
        c = { goods: 0, bads: 0, categories: [text] };
        byKey.set(key, c);
      }
      g = c;
    }
    if (o === 1) g.bads++;
    else g.goods++;
  }
  // Categories met only outside training (the test rows) get a bin of their own with no training rows: WOE 0.
  for (const v of otherValues) {
    if (isMissing(v)) continue;
    const text = categoryText(v);
    if (!byKey.has(categoryKey(text))) byKey.set(categoryKey(text), { goods: 0, bads: 0, categories: [text] });
  }
  let groups: (Group & { categories: string[] })[];
  if (override?.groups) {
    const listed = new Map<string, number>();
    groups = override.groups.map((names, gi) => {
      for (const n of names) listed.set(categoryKey(n.trim()), gi);
      return { goods: 0, bads: 0, categories: names.map((n) => n.trim()) };
    });
    for (const [key, c] of byKey) {
      const gi = listed.get(key);
      if (gi === undefined) groups.push(c);
      else {
        const group = at(groups, gi);
        group.goods += c.goods;
        group.bads += c.bads;
      }
    }
  } else {
    const minCount = Math.ceil(policy.minBinShare * values.length);
    groups = [];
    const rare: Group & { categories: string[] } = { goods: 0, bads: 0, categories: [] };
    const unseen: Group & { categories: string[] } = { goods: 0, bads: 0, categories: [] };
    for (const c of byKey.values()) {
      if (c.goods + c.bads === 0) unseen.categories.push(...c.categories);
      else if (c.goods + c.bads >= minCount) groups.push(c);
      else {
        rare.goods += c.goods;
        rare.bads += c.bads;
        rare.categories.push(...c.categories);
      }
    }
    if (rare.categories.length > 0) {
      if (rare.goods + rare.bads >= minCount || groups.length === 0) groups.push(rare);
      else {
        const target = groups.reduce((best, g) =>
          Math.abs(badRate(g) - badRate(rare)) < Math.abs(badRate(best) - badRate(rare)) ? g : best,
        );
        target.goods += rare.goods;
        target.bads += rare.bads;
        target.categories = [...target.categories, ...rare.categories];
      }
    }
    groups.sort((a, b) => badRate(a) - badRate(b));
    if (unseen.categories.length > 0) groups.push(unseen);
  }
  const { bins, iv } = finish([...groups, { ...missing, missing: true }], totalGoods, totalBads);
  return {
    variable,
    kind: "categorical",
    bins,
    iv,
    monotonic: true,
    valueCount,
    overridden: Boolean(override?.groups),
  };
}

/**
 * The position in `binning.bins` of a value, or −1 for a category no bin holds (unseen in training).
 * For numeric binnings a blank is the missing bin and text matches nothing (−1), as in the scorecard table.
 * @example binOfValue(binning, null) // binning.bins.length − 1, the missing bin
 */
export function binOfValue(binning: VariableBinning, value: RawValue, lookup = categoryLookup(binning)): number {
  const missingAt = binning.bins.length - 1;
  if (binning.kind === "numeric") {
    const n = numericValue(value);
    if (n === undefined) return isMissing(value) ? missingAt : -1;
    for (let i = 0; i < missingAt; i++) {
      const b = at(binning.bins, i);
      if ((b.from === undefined || n >= b.from) && (b.to === undefined || n < b.to)) return i;
    }
    return -1;
  }
  if (isMissing(value)) return missingAt;
  return lookup.get(categoryKey(categoryText(value))) ?? -1;
}

/**
 * Category key → bin position, for repeated {@link binOfValue} calls.
 * @example categoryLookup(binning).get("own") // 0
 */
export function categoryLookup(binning: VariableBinning): Map<string, number> {
  const m = new Map<string, number>();
  binning.bins.forEach((b, i) => b.categories?.forEach((c) => m.set(categoryKey(c), i)));
  return m;
}
