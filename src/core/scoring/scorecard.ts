/**
 * Points scorecards (docs/architecture.md §Scorecard table): parse the Factor/From/To/Category/Points table and score
 * one customer on it.
 */
import { isBlankCell, plainNumber, shownCell, type Cell } from "../cells";
import { naError, valueError } from "../errors";
import { nameKey } from "./builtInFactors";
import type { FactorSource } from "./customerFactors";

/** A cell of the table or a customer's factor value, as a table hands it over. */
/** A factor value or a scorecard table cell: the one cell type (core/cells.ts). */
export type ScoreValue = Cell;

/** One row of the scorecard: a numeric range [from, to) (either end may be open) or a category, and its points. */
export interface ScorecardBin {
  readonly factor: string;
  /** Inclusive lower end; undefined = open (−∞). */
  readonly from?: number;
  /** Exclusive upper end; undefined = open (+∞). */
  readonly to?: number;
  /** Category text for text values; `(missing)` matches blank values. */
  readonly category?: string;
  readonly points: number;
  /** 1-based row of the table (the header, when present, is row 1). */
  readonly row: number;
}

export interface ScorecardFactor {
  /** The factor's name as first written in the table. */
  readonly name: string;
  readonly bins: readonly ScorecardBin[];
  /** Points of the factor's best bin: the reference for the reason of each score. */
  readonly best: number;
  /**
   * Where the factor's values come from, when the workbook reader matched its name to a Customers column (header
   * synonyms included); otherwise it is looked up by name as it is scored (see `scorecardLookup`).
   */
  readonly source?: FactorSource;
}

export interface Scorecard {
  /** Factors in the order they first appear. */
  readonly factors: readonly ScorecardFactor[];
}

/** One line of an explained score. */
export interface ScoreDetailRow {
  readonly factor: string;
  readonly value: ScoreValue;
  /** The matched bin as text: `[10, 20)`, `(-∞, 10)`, `[20, +∞)` or the category. */
  readonly bin: string;
  readonly points: number;
  /** Points below the factor's best bin (best − points, 0 = already the best): what this factor cost. */
  readonly reason: number;
}

export interface ScorecardResult {
  /** Σ matched points. */
  readonly total: number;
  /** One row per factor of the scorecard, in table order. */
  readonly detail: readonly ScoreDetailRow[];
}

/** The category that matches a blank value. */
export const MISSING_CATEGORY = "(missing)";
const MISSING_KEYS = new Set(["(missing)", "(缺失)", "missing", "缺失"].map((s) => s.toLowerCase()));

const HEADERS: Record<"factor" | "from" | "to" | "category" | "points", readonly string[]> = {
  factor: ["factor", "variable", "characteristic", "因子", "变量", "特征", "指标"],
  from: ["from", "lower", "min", "minimum", "low", "下限", "从", "最小值", "起"],
  to: ["to", "upper", "max", "maximum", "high", "上限", "至", "到", "最大值", "止"],
  category: ["category", "class", "level", "类别", "分类", "类目", "取值"],
  points: ["points", "score", "分值", "分数", "得分", "点数"],
};
const COLUMNS = ["factor", "from", "to", "category", "points"] as const;
type Column = (typeof COLUMNS)[number];
const COLUMN_NAMES: Record<Column, string> = {
  factor: "Factor",
  from: "From",
  to: "To",
  category: "Category",
  points: "Points",
};

const isBlank = isBlankCell;

function shown(v: ScoreValue): string {
  return isBlank(v) ? "(blank)" : shownCell(v, 40);
}

/** Bins and points are plain numbers: the strict reader. */
function numberOf(v: ScoreValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  return typeof v === "string" ? plainNumber(v) : undefined;
}

function headerColumn(v: ScoreValue): Column | undefined {
  if (typeof v !== "string") return undefined;
  const k = nameKey(v);
  return COLUMNS.find((c) => HEADERS[c].some((h) => nameKey(h) === k));
}

/** The bin of a row as text. */
export function binLabel(bin: ScorecardBin): string {
  if (bin.category !== undefined) return bin.category;
  const lo = bin.from === undefined ? "(-∞" : `[${bin.from}`;
  const hi = bin.to === undefined ? "+∞)" : `${bin.to})`;
  return `${lo}, ${hi}`;
}

/**
 * Reads a scorecard table: columns Factor, From, To, Category, Points, one row per bin. The first row is a
 * header when it names the columns (English or Chinese: 因子 / 下限 / 上限 / 类别 / 分值 and synonyms); then the
 * columns may come in any order. Without a header the columns are taken in that order. Blank rows are skipped.
 *
 * A row is a numeric bin (From and/or To given; a blank end is open) or a category bin (Category given), not both.
 * Within a factor, numeric bins must not overlap and categories must not repeat (case-insensitive), so a value
 * matches at most one row.
 *
 * @param rows the table, header optional; cells as a range hands them over
 * @throws CreditError value naming the row: blank factor, a non-number in From/To/Points, From ≥ To, neither or
 *   both of range and category, overlapping ranges, repeated categories; too few columns; no rows
 * @example parseScorecard([["Factor","From","To","Category","Points"],["Years",null,3,null,10],["Years",3,null,null,30]])
 */
export function parseScorecard(rows: readonly (readonly ScoreValue[])[]): Scorecard {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  let start = 0;
  const at: Record<Column, number> = { factor: 0, from: 1, to: 2, category: 3, points: 4 };
  const first = rows.findIndex((r) => r.some((c) => !isBlank(c)));
  const header = rows[first];
  if (header && header.some((c) => headerColumn(c) !== undefined) && numberOf(header[4]) === undefined) {
    for (const c of COLUMNS) {
      const i = header.findIndex((h) => headerColumn(h) === c);
      if (i < 0) {
        throw valueError("scorecardHeaderMissing", {
          column: COLUMN_NAMES[c],
          headers: header
            .filter((h) => !isBlank(h))
            .map(String)
            .join(", "),
        });
      }
      at[c] = i;
    }
    start = first + 1;
  } else if (width < 5) {
    throw valueError("scorecardShape", { columns: width });
  }

  const factors = new Map<string, { name: string; bins: ScorecardBin[] }>();
  for (const [r, cells] of rows.entries()) {
    if (r < start) continue;
    const row = r + 1;
    const cell = (c: Column): ScoreValue => cells[at[c]];
    if (COLUMNS.every((c) => isBlank(cell(c)))) continue;
    if (isBlank(cell("factor"))) throw valueError("scorecardFactorBlank", { row });
    const factor = String(cell("factor")).trim();
    const num = (c: Column): number | undefined => {
      const v = cell(c);
      if (isBlank(v)) return undefined;
      const n = numberOf(v);
      if (n === undefined) throw valueError("scorecardNotNumber", { row, column: COLUMN_NAMES[c], value: shown(v) });
      return n;
    };
    const from = num("from");
    const to = num("to");
    const points = num("points");
    if (points === undefined)
      throw valueError("scorecardNotNumber", { row, column: "Points", value: shown(cell("points")) });
    const categoryCell = cell("category");
    const category = isBlank(categoryCell) ? undefined : String(categoryCell).trim();
    const ranged = from !== undefined || to !== undefined;
    if (ranged && category !== undefined) throw valueError("scorecardRangeAndCategory", { row });
    if (!ranged && category === undefined) throw valueError("scorecardNoBin", { row });
    if (from !== undefined && to !== undefined && !(from < to))
      throw valueError("scorecardRangeOrder", { row, from, to });
    const key = nameKey(factor);
    let f = factors.get(key);
    if (!f) {
      f = { name: factor, bins: [] };
      factors.set(key, f);
    }
    const bin: ScorecardBin = { factor: f.name, from, to, category, points, row };
    for (const other of f.bins) {
      if (
        category !== undefined &&
        other.category !== undefined &&
        categoryKey(other.category) === categoryKey(category)
      ) {
        throw valueError("scorecardDuplicateCategory", { row, factor: f.name, category, other: other.row });
      }
      if (ranged && other.category === undefined) {
        const lo = Math.max(from ?? -Infinity, other.from ?? -Infinity);
        const hi = Math.min(to ?? Infinity, other.to ?? Infinity);
        if (lo < hi) throw valueError("scorecardOverlap", { row, factor: f.name, other: other.row });
      }
    }
    f.bins.push(bin);
  }
  if (factors.size === 0) throw valueError("scorecardEmpty");
  return {
    factors: [...factors.values()].map((f) => ({
      name: f.name,
      bins: f.bins,
      best: Math.max(...f.bins.map((b) => b.points)),
    })),
  };
}

function categoryKey(text: string): string {
  const t = text.trim().toLowerCase();
  return MISSING_KEYS.has(t) ? MISSING_CATEGORY : t;
}

function matchCategory(factor: ScorecardFactor, key: string): ScorecardBin | undefined {
  return factor.bins.find((b) => b.category !== undefined && categoryKey(b.category) === key);
}

function matchNumber(factor: ScorecardFactor, v: number): ScorecardBin | undefined {
  return factor.bins.find(
    (b) => b.category === undefined && (b.from === undefined || v >= b.from) && (b.to === undefined || v < b.to),
  );
}

/**
 * The bin of one factor a value falls in. Blank → the `(missing)` row; a number → the numeric bin with
 * From ≤ value < To, else a category equal to its text; text → the category equal to it (case-insensitive),
 * else, if it is numeric text, the numeric bin; TRUE/FALSE → the category "TRUE"/"FALSE".
 * @throws CreditError na naming the factor when no row matches
 */
export function matchBin(factor: ScorecardFactor, value: ScoreValue): ScorecardBin {
  const bin = findBin(factor, value);
  if (!bin) throw naError("scoreNoBin", { factor: factor.name, value: shown(value) });
  return bin;
}

/** The bin a value falls in as `matchBin` finds it, or undefined. */
function findBin(factor: ScorecardFactor, value: ScoreValue): ScorecardBin | undefined {
  if (isBlank(value)) return matchCategory(factor, MISSING_CATEGORY);
  if (typeof value === "boolean") return matchCategory(factor, value ? "true" : "false");
  if (typeof value === "number")
    return matchNumber(factor, value) ?? matchCategory(factor, String(value).toLowerCase());
  const bin = matchCategory(factor, categoryKey(String(value)));
  const n = bin ? undefined : numberOf(value);
  return n !== undefined ? matchNumber(factor, n) : bin;
}

/**
 * Scores one customer: Σ over the scorecard's factors of the points of the bin its value falls in, with the
 * explained detail. `valueOf` gives the customer's value of a factor by the factor's name as written in the
 * table (undefined = blank, which matches the `(missing)` row).
 *
 * Reason = the factor's best points − the points obtained: how many points the customer is below the best bin
 * of that factor, so the factors with the largest reasons are what holds the score down (the adverse-action
 * "reason codes" of scorecard practice, Siddiqi 2006 ch. 6).
 *
 * @example scoreOnScorecard(card, (f) => ({ Years: 5 })[f]).total
 * @throws CreditError na naming the factor when a value matches no row
 */
export function scoreOnScorecard(card: Scorecard, valueOf: (factor: string) => ScoreValue): ScorecardResult {
  let total = 0;
  const detail: ScoreDetailRow[] = [];
  for (const f of card.factors) {
    const value = valueOf(f.name);
    const bin = matchBin(f, value);
    total += bin.points;
    detail.push({
      factor: f.name,
      value: isBlank(value) ? null : value,
      bin: binLabel(bin),
      points: bin.points,
      reason: f.best - bin.points,
    });
  }
  return { total, detail };
}

/** A factor's value that falls in no bin of the factor. */
export interface ValueOutsideBins {
  readonly factor: ScorecardFactor;
  readonly value: ScoreValue;
}

/**
 * The values of a customer that fall in no bin of their factor (a blank one when the factor has no `(missing)`
 * row), in table order: what keeps `scoreOnScorecard` from scoring the customer.
 * @example valuesOutsideBins(card, (f) => ({ Years: -2 })[f]) // [{ factor: Years, value: -2 }] when no bin takes -2
 */
export function valuesOutsideBins(card: Scorecard, valueOf: (factor: string) => ScoreValue): ValueOutsideBins[] {
  const outside: ValueOutsideBins[] = [];
  for (const factor of card.factors) {
    const value = valueOf(factor.name);
    if (!findBin(factor, value)) outside.push({ factor, value: isBlank(value) ? null : value });
  }
  return outside;
}

/**
 * Scores named values (CREDIT.SCORE's factor_names beside factor_values): names matched to the scorecard's
 * factors case- and space-insensitively; a scorecard factor not named counts as blank.
 * @param values name, value and 1-based position of each
 * @throws CreditError na for a name that is not a factor of the scorecard; value for a name given twice
 */
export function scoreNamedValues(
  card: Scorecard,
  values: readonly { readonly name: string; readonly value: ScoreValue; readonly position: number }[],
): ScorecardResult {
  const known = new Set(card.factors.map((f) => nameKey(f.name)));
  const given = new Map<string, { value: ScoreValue; position: number }>();
  for (const v of values) {
    const key = nameKey(v.name);
    const earlier = given.get(key);
    if (earlier)
      throw valueError("scoreDuplicateFactor", { factor: v.name.trim(), first: earlier.position, second: v.position });
    if (!known.has(key)) throw naError("scoreUnknownFactor", { factor: v.name.trim() });
    given.set(key, { value: v.value, position: v.position });
  }
  return scoreOnScorecard(card, (name) => given.get(nameKey(name))?.value);
}
