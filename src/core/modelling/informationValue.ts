/** Information value of a variable: by category, or of a number cut into quantile bins. */
import { at } from "../arrays";
import type { Outcome } from "./outcome";
import { binIndex, quantileCuts } from "./quantileBins";
import { countByKey, woeTable, type WoeRow } from "./weightOfEvidence";

/** A numeric bin From ≤ v < To; undefined ends are open. */
export interface NumericBin {
  readonly from?: number;
  readonly to?: number;
}

/**
 * A numeric bin as text: `[10, 20)`, `(-∞, 10)`, `[20, +∞)` (the notation of CREDIT.SCOREDETAIL).
 * @example numericBinLabel({ from: 10 }) // "[10, +∞)"
 */
export function numericBinLabel(bin: NumericBin): string {
  return `${bin.from === undefined ? "(-∞" : `[${bin.from}`}, ${bin.to === undefined ? "+∞)" : `${bin.to})`}`;
}

/**
 * Information value of a categorical variable: IV = Σ over categories (%good − %bad) · ln(%good ÷ %bad).
 * Rule of thumb (Siddiqi 2006, ch. 6): < 0.02 not predictive, 0.02–0.1 weak, 0.1–0.3 medium, > 0.3 strong;
 * above 0.5, check the variable is not a proxy of the outcome.
 * @throws CreditError div0 when the outcomes hold one class only
 * @example categoricalInformationValue(["A", "A", "A", "B"], [0, 0, 1, 1]).iv // ½·ln 2 + ¼·ln 2 ≈ 0.520 (B has no goods: counted as 0.5)
 */
export function categoricalInformationValue<K>(
  categories: readonly K[],
  outcomes: readonly Outcome[],
  statistic = "IV",
): { rows: WoeRow<K>[]; iv: number } {
  return woeTable(countByKey(categories, outcomes), "outcomes", statistic);
}

/** The bin of missing values in {@link quantileInformationValue}. */
export const MISSING_BIN = "missing";

/**
 * WOE table and information value of a number cut into `bins` quantile bins ({@link quantileCuts}); rows in
 * increasing order of the bins, ties kept in one bin (so fewer bins than asked when values repeat). Missing values
 * (undefined) form one more bin, {@link MISSING_BIN}, last; the cut points come from the numbers only.
 * @throws CreditError div0 when the outcomes hold one class only
 * @example quantileInformationValue([1, 2, 3, 4], [1, 1, 0, 0], 2).rows.map((r) => r.key) // [{ to: 3 }, { from: 3 }]
 */
export function quantileInformationValue(
  values: readonly (number | undefined)[],
  outcomes: readonly Outcome[],
  bins: number,
): { rows: WoeRow<NumericBin | typeof MISSING_BIN>[]; iv: number } {
  const numbers = values.filter((v): v is number => v !== undefined);
  const cuts = quantileCuts(numbers, bins);
  const groups: { key: NumericBin | typeof MISSING_BIN; goods: number; bads: number }[] = Array.from(
    { length: cuts.length + 1 },
    (_, i) => ({
      key: { from: i === 0 ? undefined : cuts[i - 1], to: i === cuts.length ? undefined : cuts[i] },
      goods: 0,
      bads: 0,
    }),
  );
  groups.push({ key: MISSING_BIN, goods: 0, bads: 0 });
  values.forEach((v, i) => {
    const g = at(groups, v === undefined ? cuts.length + 1 : binIndex(cuts, v));
    if (outcomes[i] === 1) g.bads++;
    else g.goods++;
  });
  return woeTable(
    groups.filter((g) => g.goods + g.bads > 0),
    "outcomes",
    "IV",
  );
}
