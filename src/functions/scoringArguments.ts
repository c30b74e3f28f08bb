/** Argument readers of the scoring and limit functions: Altman model, factor lists, scorecard and grade tables. */
import { valueError } from "../core/errors";
import type { GradeBand } from "../core/policy/creditPolicy";
import { altmanModelFromText, type AltmanModel } from "../core/scoring/altman";
import {
  altmanZoneFromText,
  BUILT_IN_FACTOR_DEFINITIONS,
  BUILT_IN_FACTORS,
  builtInFactorByName,
} from "../core/scoring/builtInFactors";
import type { BuiltInInput } from "../core/scoring/builtInModel";
import { gradeBandsFromTable } from "../core/scoring/grade";
import { parseScorecard, type Scorecard } from "../core/scoring/scorecard";
import { cellNumber, gridArg, isBlank, numberArg, optionalTextArg, type Cell, type Grid } from "./arguments";

function shown(value: Cell): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** An optional number with no default: undefined when omitted or blank. */
export function optionalAmountArg(value: Cell | Grid | undefined, argument: string): number | undefined {
  const v = value ?? null;
  if (Array.isArray(v)) return isBlank(gridArg(v)[0]?.[0]) ? undefined : numberArg(v, argument);
  return isBlank(v) ? undefined : numberArg(v, argument);
}

/** The `model` argument: public (default), private, nonmfg or em, any case; else #VALUE! listing them. */
export function altmanModelArg(value: Cell | Grid | undefined): AltmanModel {
  const text = optionalTextArg(value ?? null, "model", "public");
  const model = altmanModelFromText(text);
  if (!model) throw valueError("altmanUnknownModel", { argument: "model" });
  return model;
}

/** One named factor value of CREDIT.SCORE, with its 1-based position along the ranges. */
export interface NamedValue {
  readonly name: string;
  readonly value: Cell;
  readonly position: number;
}

/**
 * factor_names beside factor_values. The two must have the same shape, except that a row and a column of the
 * same length are accepted (names typed across, values down). A position blank in both is skipped; a value
 * without a name is #VALUE!; a name with a blank value is a blank (missing) value.
 */
export function namedValuesArg(names: Cell | Grid, values: Cell | Grid): NamedValue[] {
  const n = gridArg(names);
  const v = gridArg(values);
  const flat = (g: Grid): Cell[] => g.flatMap((row) => row);
  const isVector = (g: Grid): boolean => g.length === 1 || g.every((row) => row.length === 1);
  const sameShape = n.length === v.length && n.every((row, r) => row.length === v[r].length);
  const fn = flat(n);
  const fv = flat(v);
  if (!sameShape && !(isVector(n) && isVector(v) && fn.length === fv.length)) {
    throw valueError("argumentShapeMismatch", { argument: "factor_values", other: "factor_names" });
  }
  const out: NamedValue[] = [];
  for (let i = 0; i < fn.length; i++) {
    const name = fn[i];
    const value = fv[i];
    if (isBlank(name)) {
      if (isBlank(value)) continue;
      throw valueError("argumentBlankAt", { argument: "factor_names", row: i + 1, other: "factor_values" });
    }
    if (typeof name === "boolean") throw valueError("argumentNotText", { argument: "factor_names" });
    out.push({ name: String(name).trim(), value, position: i + 1 });
  }
  return out;
}

/** A scorecard range argument read into a scorecard (errors name the row). */
export function scorecardArg(value: Cell | Grid): Scorecard {
  return parseScorecard(gridArg(value));
}

/**
 * Named values as the built-in model's input: names in English, Chinese or a synonym; numbers (or numeric text)
 * for the numeric factors; Safe / Grey / Distress (安全 / 灰色 / 困境) for the Altman zone; blank = missing.
 */
export function builtInInputArg(values: readonly NamedValue[]): BuiltInInput {
  const input: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  const options = BUILT_IN_FACTORS.map((f) => BUILT_IN_FACTOR_DEFINITIONS[f].name).join(", ");
  for (const { name, value, position } of values) {
    const factor = builtInFactorByName(name);
    if (!factor) throw valueError("builtInUnknownFactor", { factor: name, options });
    const earlier = seen.get(factor);
    if (earlier !== undefined)
      throw valueError("scoreDuplicateFactor", { factor: name, first: earlier, second: position });
    seen.set(factor, position);
    if (isBlank(value)) continue;
    if (factor === "altmanZone") {
      const zone = typeof value === "string" ? altmanZoneFromText(value) : undefined;
      if (!zone) throw valueError("builtInBadZone", { factor: name, value: shown(value) });
      input[factor] = zone;
    } else {
      const n = cellNumber(value);
      if (n === undefined)
        throw valueError("argumentNotNumberAt", { argument: "factor_values", row: position, value: shown(value) });
      input[factor] = n;
    }
  }
  return input as BuiltInInput;
}

/**
 * The grade_table argument: two columns, minimum score then grade, in any order of rows; a first row whose
 * minimum is text (a header such as "Min score | Grade") is skipped; blank rows are skipped. Omitted or entirely
 * blank → undefined (the policy's bands apply), as an omitted scorecard means the built-in model.
 */
export function gradeTableArg(value: Cell | Grid): GradeBand[] | undefined {
  const grid = gridArg(value);
  if (grid.every((row) => row.every(isBlank))) return undefined;
  if (grid.some((row) => row.length < 2)) throw valueError("gradeTableShape");
  const rows: { minScore: number; grade: string; row: number }[] = [];
  grid.forEach((cells, i) => {
    const [min, grade] = cells;
    if (isBlank(min) && isBlank(grade)) return;
    const n = cellNumber(min);
    if (n === undefined) {
      if (i === 0 && typeof min === "string") return;
      throw valueError("argumentNotNumberAt", { argument: "grade_table", row: i + 1, value: shown(min) });
    }
    if (typeof grade === "boolean") throw valueError("gradeTableGradeBlank", { row: i + 1 });
    rows.push({ minScore: n, grade: isBlank(grade) ? "" : String(grade), row: i + 1 });
  });
  if (rows.length === 0) throw valueError("gradeTableShape");
  return gradeBandsFromTable(rows);
}
