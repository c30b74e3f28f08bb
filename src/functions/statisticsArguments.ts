/** Argument readers of the scorecard statistics (WOE, IV, AUC, GINI, KS, PSI): values or scores beside outcomes. */
import { numError, valueError } from "../core/errors";
import {
  categoricalInformationValue,
  MISSING_BIN,
  numericBinLabel,
  quantileInformationValue,
} from "../core/modelling/informationValue";
import { outcomesOf, type Outcome } from "../core/modelling/outcome";
import { MISSING_CATEGORY } from "../core/scoring/scorecard";
import { cellNumber, gridArg, isBlank, optionalNumberArg, type Cell, type Grid } from "./arguments";

/**
 * A values range beside an outcomes range, same shape, read row by row (see arguments.listArg for `row`).
 * A position blank in both is skipped; an outcome blank where the value is not → #VALUE! naming the row;
 * a blank value with an outcome is kept as blank (the missing category). Outcomes are coded by outcomeOf.
 * @example valuesBesideOutcomes([["a"], [null]], [["good"], ["bad"]], "values") // { values: ["a", null], outcomes: [0, 1], rows: [1, 2] }
 */
export function valuesBesideOutcomes(
  values: Cell | Grid,
  outcomes: Cell | Grid,
  valuesName: string,
): { values: Cell[]; outcomes: Outcome[]; rows: number[] } {
  const v = gridArg(values);
  const o = gridArg(outcomes);
  const same = v.length === o.length && v.every((row, r) => row.length === o[r].length);
  if (!same) throw valueError("argumentShapeMismatch", { argument: "outcomes", other: valuesName });
  const horizontal = v.length === 1;
  const kept: Cell[] = [];
  const raw: Cell[] = [];
  const rows: number[] = [];
  for (let r = 0; r < v.length; r++) {
    for (let c = 0; c < v[r].length; c++) {
      const value = v[r][c];
      const outcome = o[r][c];
      const row = horizontal ? c + 1 : r + 1;
      if (isBlank(outcome)) {
        if (isBlank(value)) continue;
        throw valueError("argumentBlankAt", { argument: "outcomes", row, other: valuesName });
      }
      kept.push(value);
      raw.push(outcome);
      rows.push(row);
    }
  }
  if (kept.length === 0) throw valueError("argumentEmpty", { argument: "outcomes" });
  return { values: kept, outcomes: outcomesOf(raw, rows, "outcomes"), rows };
}

/**
 * Scores beside outcomes: every kept score must be a number (#VALUE! naming the row otherwise).
 * @example scoresBesideOutcomes([[600], ["610"]], [[1], [0]]) // { scores: [600, 610], outcomes: [1, 0] }
 */
export function scoresBesideOutcomes(
  scores: Cell | Grid,
  outcomes: Cell | Grid,
): { scores: number[]; outcomes: Outcome[] } {
  const read = valuesBesideOutcomes(scores, outcomes, "scores");
  const numbers = read.values.map((s, i) => {
    const n = cellNumber(s);
    if (n === undefined) {
      const text = isBlank(s) ? "" : String(s);
      throw valueError("argumentNotNumberAt", {
        argument: "scores",
        row: read.rows[i],
        value: text.length > 40 ? `${text.slice(0, 37)}…` : text,
      });
    }
    return n;
  });
  return { scores: numbers, outcomes: read.outcomes };
}

/**
 * The category of a value for CREDIT.WOE / CREDIT.IV: numbers as numbers, text trimmed and grouped
 * case-insensitively (the scorecard matches categories that way), TRUE/FALSE as text, blank as `(missing)`.
 * Returns the grouping key and the label shown (the first spelling met).
 * @example categoryOf(" Own ") // { key: "t:own", label: "Own" }
 */
export function categoryOf(value: Cell): { key: string; label: string | number } {
  if (isBlank(value)) return { key: "\u0000missing", label: MISSING_CATEGORY };
  // Excel never sends NaN or ±Infinity; should a host do so, they are shown as text, not spilled as numbers.
  if (typeof value === "number") return { key: `n:${value}`, label: Number.isFinite(value) ? value : String(value) };
  if (typeof value === "boolean") return { key: `t:${value ? "true" : "false"}`, label: value ? "TRUE" : "FALSE" };
  const text = String(value).trim();
  return { key: `t:${text.toLowerCase()}`, label: text };
}

/**
 * CREDIT.WOE's rows (category, goods, bads, WOE, IV part) and CREDIT.IV's total for values beside outcomes.
 * Without `bins`, each distinct value (see categoryOf) is a category, in order of first appearance. With `bins`,
 * numbers are cut into that many quantile bins (rows in increasing order, labelled `[a, b)`), blanks form the
 * `(missing)` bin last, and any other value is #VALUE! naming the row.
 * @example statisticsWoeTable([["a"], ["b"]], [[0], [1]], null).rows[0] // ["a", 1, 0, 0.6931 (ln 2: no bads, taken as 0.5), 0.3466]
 */
export function statisticsWoeTable(
  values: Cell | Grid,
  outcomes: Cell | Grid,
  bins: Cell | null,
): { rows: (string | number)[][]; iv: number } {
  const read = valuesBesideOutcomes(values, outcomes, "values");
  if (bins === null || isBlank(bins)) {
    const labels = new Map<string, string | number>();
    const keys = read.values.map((v) => {
      const c = categoryOf(v);
      if (!labels.has(c.key)) labels.set(c.key, c.label);
      return c.key;
    });
    const t = categoricalInformationValue(keys, read.outcomes, "WOE");
    return { rows: t.rows.map((r) => [labels.get(r.key) ?? r.key, r.goods, r.bads, r.woe, r.iv]), iv: t.iv };
  }
  const count = optionalNumberArg(bins, "bins", 10);
  if (!Number.isInteger(count)) throw valueError("argumentNotInteger", { argument: "bins" });
  if (count < 2 || count > 1000) throw numError("argumentOutOfRange", { argument: "bins", min: 2, max: 1000 });
  const numbers = read.values.map((v, i) => {
    if (isBlank(v)) return undefined;
    const n = cellNumber(v);
    if (n === undefined) {
      throw valueError("argumentNotNumberAt", { argument: "values", row: read.rows[i], value: String(v).slice(0, 40) });
    }
    return n;
  });
  const t = quantileInformationValue(numbers, read.outcomes, count);
  return {
    rows: t.rows.map((r) => [
      r.key === MISSING_BIN ? MISSING_CATEGORY : numericBinLabel(r.key),
      r.goods,
      r.bads,
      r.woe,
      r.iv,
    ]),
    iv: t.iv,
  };
}
