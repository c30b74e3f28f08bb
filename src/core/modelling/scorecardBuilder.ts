/**
 * The scorecard builder: from past customers with a good/bad target to a points table in the format of
 * docs/architecture.md §Scorecard table (Factor, From, To, Category, Points), with the report that validates it.
 */
import { at, pick } from "../arrays";
import { div0Error, numError, valueError } from "../errors";
import type { PdScaling } from "../policy/creditPolicy";
import { scalingConstants, DEFAULT_PD_SCALING } from "../scoring/pdScaling";
import { MISSING_CATEGORY } from "../scoring/scorecard";
import {
  binCategorical,
  binNumeric,
  binOfValue,
  categoryLookup,
  isMissing,
  isNumericColumn,
  type BinningOverride,
  type BinningPolicy,
  type RawValue,
  type VariableBinning,
} from "./binning";
import { pearson } from "./correlation";
import { auc, gini, ks } from "./discrimination";
import { fitLogistic, type LogisticModel } from "./logisticRegression";
import { classCounts, outcomesOf, type Outcome } from "./outcome";
import { populationStability } from "./populationStability";
import { binIndex, quantileCuts } from "./quantileBins";
import { stratifiedSplit } from "./trainTestSplit";

/** The data: column names and rows of cells (a CSV or the first sheet of a workbook). */
export interface ScorecardData {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly RawValue[])[];
}

/** Settings of the build; every one but `target` has a default. */
export interface ScorecardBuildOptions {
  /** The good/bad column: bad = 1, TRUE, "bad", 坏; good = 0, FALSE, "good", 好. */
  readonly target: string;
  /** Minimum share of training rows per bin. Default 0.05. */
  readonly minBinShare?: number;
  /** Fine quantile bins before merging. Default 20. */
  readonly fineBins?: number;
  /** Variables with an IV below this are weak and left out. Default 0.02. */
  readonly minIv?: number;
  /** IV above this on fewer than `suspiciousRows` training rows is flagged suspicious. Defaults 0.5 and 1,000. */
  readonly suspiciousIv?: number;
  readonly suspiciousRows?: number;
  /** |Pearson r| of WOE-encoded columns above which the lower-IV variable of the pair is left out. Default 0.7. */
  readonly maxCorrelation?: number;
  /** Share of the rows used to fit; the rest validate. Default 0.7. */
  readonly trainShare?: number;
  /** Seed of the split. Default 20260630. */
  readonly seed?: number;
  /** Ridge penalty of the logistic regression. Default 1e-4. */
  readonly ridge?: number;
  /** Points scaling. Default 600 points at 50:1, 20 points to double the odds. */
  readonly scaling?: PdScaling;
  /** Decimals the points are rounded to. Default 0 (whole points). */
  readonly pointsDecimals?: number;
  /** Score bands of the distribution table (quantiles of the training scores). Default 10. */
  readonly scoreBands?: number;
  /** Reason codes kept per scored row. Default 3. */
  readonly reasonCount?: number;
  /** Analyst overrides by column name: cut points or category groups. */
  readonly overrides?: Readonly<Record<string, BinningOverride>>;
  /** Columns left out of the model (identifiers, dates, outcomes of later periods). */
  readonly exclude?: readonly string[];
}

/** Why a variable is flagged. */
export type VariableFlag =
  | { readonly kind: "noValues" }
  | { readonly kind: "weak" }
  | { readonly kind: "suspicious" }
  | { readonly kind: "nonMonotonic" }
  | { readonly kind: "correlated"; readonly with: string; readonly r: number }
  | { readonly kind: "wrongSign"; readonly coefficient: number };

export interface VariableReport {
  readonly variable: string;
  readonly binning: VariableBinning;
  /** IV on the training rows after binning. */
  readonly iv: number;
  readonly flags: readonly VariableFlag[];
  readonly selected: boolean;
  /** The logistic coefficient of its WOE (P(bad) model: negative, since WOE rises with lower risk). */
  readonly coefficient?: number;
}

/** One row of the scorecard table. */
export interface ScorecardTableRow {
  readonly factor: string;
  readonly from?: number;
  readonly to?: number;
  readonly category?: string;
  readonly points: number;
}

export interface Performance {
  readonly rows: number;
  readonly goods: number;
  readonly bads: number;
  readonly auc: number;
  readonly gini: number;
  readonly ks: number;
}

/** One band of the score distribution: From ≤ score < To (open ends undefined). */
export interface ScoreBand {
  readonly from?: number;
  readonly to?: number;
  readonly trainCount: number;
  readonly trainBads: number;
  readonly trainBadRate: number;
  readonly testCount: number;
  readonly testBads: number;
  readonly testBadRate: number;
}

export interface ScorecardBuild {
  /** The points table, factors in order of IV (highest first). */
  readonly table: readonly ScorecardTableRow[];
  /** Every candidate variable, ranked by IV (highest first). */
  readonly variables: readonly VariableReport[];
  readonly selected: readonly string[];
  readonly intercept: number;
  readonly scaling: PdScaling & { readonly factor: number; readonly offset: number };
  readonly train: Performance;
  readonly test: Performance;
  /** PSI of the test (current) scores against the training (development) scores, over the score bands. */
  readonly psi: number;
  readonly distribution: readonly ScoreBand[];
  /** Score of every data row, from the rounded table. */
  readonly scores: readonly number[];
  /** Which set each data row fell in. */
  readonly sets: readonly ("train" | "test")[];
  /** Per data row, the factors that cost it the most points against their best bin (most first). */
  readonly reasons: readonly (readonly string[])[];
}

const MIN_CLASS_ROWS = 5;

/** Seed of the train/test split when none is given: the same data always gives the same scorecard. */
export const DEFAULT_SCORECARD_SEED = 20260630;

function nameMatch(columns: readonly string[], name: string): number {
  const exact = columns.indexOf(name);
  if (exact >= 0) return exact;
  const key = name.trim().toLowerCase();
  return columns.findIndex((c) => c.trim().toLowerCase() === key);
}

function checkRange(setting: string, value: number, min: number, max: number): number {
  if (!(value >= min && value <= max)) throw numError("builderPolicyRange", { setting, min, max });
  return value;
}

/** Rounds to `decimals` places; −0 becomes 0 so the table never shows "-0". */
function roundPoints(x: number, decimals: number): number {
  const m = 10 ** decimals;
  const r = Math.round(x * m) / m;
  return r === 0 ? 0 : r;
}

/**
 * Builds a scorecard from past customers with a good/bad target.
 *
 * 1. Split: stratified, seeded ({@link stratifiedSplit}), 70/30 by default; everything is fitted on train.
 * 2. Binning per variable ({@link binNumeric}, {@link binCategorical}), WOE and IV on train; ranking by IV.
 *    Flags: weak (IV < 0.02, left out), suspicious (IV > 0.5 on < 1,000 rows: check for a proxy of the outcome),
 *    no values, non-monotonic.
 * 3. Correlation: variables in IV order; one whose WOE column has |r| > 0.7 with a kept one is left out.
 * 4. Logistic regression of bad on the WOE columns ({@link fitLogistic}). A variable whose coefficient has the
 *    wrong sign (≥ 0: more WOE, more risk — a collinearity artefact) is dropped and the model refitted.
 * 5. Scaling (Siddiqi 2006, ch. 6): factor = PDO ÷ ln 2, offset = base points − factor · ln(base odds); the points
 *    of a bin of variable j are −(β_j · WOE + α ÷ n) · factor + offset ÷ n, n = the number of variables, rounded
 *    to `pointsDecimals`. Sign convention: WOE = ln(%good ÷ %bad) and β from a model of P(bad), so β < 0 and
 *    higher points = lower risk; the total is offset + factor · ln(good:bad odds).
 * 6. Scores of every row are summed from the rounded points, exactly as the table scores them
 *    (CREDIT.SCORE), so the two agree to the point. Validation: AUC, Gini and KS on train and test; score bands
 *    (deciles of the training scores) with counts and bad rates; PSI of test against train; reason codes.
 *
 * Numeric bins are written From ≤ v < To with open ends blank; categorical bins as one row per category;
 * missing values as Category `(missing)`. A numeric variable left with one range is written as two rows split
 * at 0 with the same points, since a row needs a From or a To.
 *
 * @throws CreditError value: no target column, an unrecognised target value (naming the row), a bad override;
 *   div0: one class only; num: too few rows of a class, nothing selected, a setting out of range
 * @example buildScorecard({ columns, rows }, { target: "creditability" }).table
 */
export function buildScorecard(data: ScorecardData, options: ScorecardBuildOptions): ScorecardBuild {
  const settings = buildSettings(options);
  const split = splitRows(data, options, settings.trainShare);
  const reports = binVariables(data, split, options, settings);
  const { kept, model } = fitModel(selectUncorrelated(data, split, reports, settings), split, options);
  const { table, pointsOfBin } = pointsTable(kept, model, settings);
  const { scores, reasons } = scoreRows(data.rows.length, kept, pointsOfBin, settings.reasonCount);
  const testSet = new Set(split.test);
  const keptAt = new Map(kept.map((k, j) => [k.report.at, at(model.coefficients, j)]));
  return {
    table,
    variables: reports.map((r) => ({
      variable: r.binning.variable,
      binning: r.binning,
      iv: r.binning.iv,
      flags: r.flags,
      selected: keptAt.has(r.at),
      coefficient: keptAt.get(r.at),
    })),
    selected: kept.map((k) => k.report.binning.variable),
    intercept: model.intercept,
    scaling: { ...settings.scaling, factor: settings.factor, offset: settings.offset },
    train: performanceOf(split.train, scores, split.outcomes),
    test: performanceOf(split.test, scores, split.outcomes),
    ...scoreDistribution(scores, split, testSet, settings.bands),
    scores,
    sets: data.rows.map((_, i) => (testSet.has(i) ? "test" : "train")),
    reasons,
  };
}

/** The build's settings, defaults applied and ranges checked. */
interface BuildSettings {
  readonly policy: BinningPolicy;
  readonly suspiciousIv: number;
  readonly suspiciousRows: number;
  readonly maxCorrelation: number;
  readonly trainShare: number;
  readonly decimals: number;
  readonly bands: number;
  readonly reasonCount: number;
  readonly scaling: PdScaling;
  readonly factor: number;
  readonly offset: number;
}

/** @throws CreditError num for a setting out of its range */
function buildSettings(options: ScorecardBuildOptions): BuildSettings {
  const scaling = options.scaling ?? DEFAULT_PD_SCALING;
  return {
    policy: {
      minBinShare: checkRange("minBinShare", options.minBinShare ?? 0.05, 0, 0.5),
      fineBins: checkRange("fineBins", options.fineBins ?? 20, 2, 1000),
      minIv: options.minIv ?? 0.02,
    },
    suspiciousIv: options.suspiciousIv ?? 0.5,
    suspiciousRows: options.suspiciousRows ?? 1000,
    maxCorrelation: checkRange("maxCorrelation", options.maxCorrelation ?? 0.7, 0, 1),
    trainShare: checkRange("trainShare", options.trainShare ?? 0.7, 0.1, 0.95),
    decimals: checkRange("pointsDecimals", options.pointsDecimals ?? 0, 0, 6),
    bands: checkRange("scoreBands", options.scoreBands ?? 10, 1, 100),
    reasonCount: options.reasonCount ?? 3,
    scaling,
    ...scalingConstants(scaling),
  };
}

/** The target column, every row's outcome and the stratified train/test split (row indexes). */
interface RowSplit {
  readonly targetAt: number;
  readonly outcomes: readonly Outcome[];
  readonly train: readonly number[];
  readonly test: readonly number[];
  readonly trainOutcomes: readonly Outcome[];
}

/** @throws CreditError value: no target column or rows; div0: one class only; num: too few training rows of a class */
function splitRows(data: ScorecardData, options: ScorecardBuildOptions, trainShare: number): RowSplit {
  const targetAt = nameMatch(data.columns, options.target);
  const target = data.columns[targetAt];
  if (target === undefined)
    throw valueError("builderTargetMissing", { target: options.target, columns: data.columns.join(", ") });
  if (data.rows.length === 0) throw valueError("builderNoRows");
  // Row numbers in messages are lines of the file: the header is line 1.
  const outcomes = outcomesOf(
    data.rows.map((r) => r[targetAt]),
    data.rows.map((_, i) => i + 2),
    target,
  );
  // A message of its own: the statistic-naming one would put the English word "scorecard" into every language.
  const classes = classCounts(outcomes);
  if (classes.bads === 0) throw div0Error("builderNoBads", { argument: target });
  if (classes.goods === 0) throw div0Error("builderNoGoods", { argument: target });
  const { train, test } = stratifiedSplit(outcomes, trainShare, options.seed ?? DEFAULT_SCORECARD_SEED);
  const trainOutcomes = pick(outcomes, train);
  const trainCounts = classCounts(trainOutcomes);
  if (trainCounts.goods < MIN_CLASS_ROWS || trainCounts.bads < MIN_CLASS_ROWS) {
    throw numError("builderTooFewOfClass", { goods: trainCounts.goods, bads: trainCounts.bads, min: MIN_CLASS_ROWS });
  }
  return { targetAt, outcomes, train, test, trainOutcomes };
}

/** A candidate variable: its column, its binning on the training rows and its flags. */
interface Candidate {
  readonly at: number;
  readonly binning: VariableBinning;
  readonly flags: VariableFlag[];
}

/** The analysts' overrides by column index. @throws CreditError value for an unknown column or cuts not rising */
function overridesByColumn(data: ScorecardData, targetAt: number, options: ScorecardBuildOptions) {
  const overrideAt = new Map<number, BinningOverride>();
  for (const [name, override] of Object.entries(options.overrides ?? {})) {
    const column = nameMatch(data.columns, name);
    if (column < 0 || column === targetAt) throw valueError("builderOverrideUnknown", { variable: name });
    const cuts = override.cuts;
    if (cuts && !cuts.every((c, i) => Number.isFinite(c) && (i === 0 || c > at(cuts, i - 1)))) {
      throw valueError("builderOverrideCuts", { variable: name });
    }
    overrideAt.set(column, override);
  }
  return overrideAt;
}

/** Every column but the target and the excluded ones, binned on train and flagged, ranked by IV (highest first). */
function binVariables(
  data: ScorecardData,
  split: RowSplit,
  options: ScorecardBuildOptions,
  settings: BuildSettings,
): Candidate[] {
  const { policy } = settings;
  const excluded = new Set((options.exclude ?? []).map((c) => c.trim().toLowerCase()));
  const overrideAt = overridesByColumn(data, split.targetAt, options);
  const reports: Candidate[] = [];
  data.columns.forEach((name, column) => {
    if (column === split.targetAt || excluded.has(name.trim().toLowerCase())) return;
    const all = data.rows.map((r) => r[column]);
    const values = pick(all, split.train);
    const override = overrideAt.get(column);
    const numeric = override?.cuts ? true : override?.groups ? false : isNumericColumn(all);
    if (override?.cuts && !isNumericColumn(all) && all.some((v) => !isMissing(v)))
      throw valueError("builderOverrideCuts", { variable: name });
    const binning = numeric
      ? binNumeric(name, values, split.trainOutcomes, policy, override)
      : binCategorical(name, values, split.trainOutcomes, policy, override, pick(all, split.test));
    const flags: VariableFlag[] = [];
    if (binning.valueCount === 0) flags.push({ kind: "noValues" });
    if (binning.iv < policy.minIv) flags.push({ kind: "weak" });
    if (binning.iv > settings.suspiciousIv && binning.valueCount < settings.suspiciousRows)
      flags.push({ kind: "suspicious" });
    if (!binning.monotonic) flags.push({ kind: "nonMonotonic" });
    reports.push({ at: column, binning, flags });
  });
  if (reports.length === 0) throw valueError("builderNoVariables");
  return reports.sort((a, b) => b.binning.iv - a.binning.iv);
}

/** A variable kept for the model: its WOE column over the training rows, its bin of every data row. */
interface Kept {
  readonly report: Candidate;
  readonly woe: Float64Array;
  readonly positions: Int32Array;
}

/**
 * Candidates that are neither weak nor empty, in IV order, leaving out (flagged "correlated") one whose WOE column
 * has |r| above the maximum with a kept one.
 */
function selectUncorrelated(
  data: ScorecardData,
  split: RowSplit,
  reports: readonly Candidate[],
  settings: BuildSettings,
): Kept[] {
  const kept: Kept[] = [];
  for (const r of reports) {
    if (r.flags.some((f) => f.kind === "weak" || f.kind === "noValues")) continue;
    const lookup = categoryLookup(r.binning);
    const positions = Int32Array.from(data.rows, (row) => binOfValue(r.binning, row[r.at], lookup));
    const woe = Float64Array.from(split.train, (i) => at(r.binning.bins, at(positions, i)).woe);
    let clash: { with: string; r: number } | undefined;
    for (const k of kept) {
      const rho = pearson(woe, k.woe);
      if (Math.abs(rho) > settings.maxCorrelation) {
        clash = { with: k.report.binning.variable, r: rho };
        break;
      }
    }
    if (clash) r.flags.push({ kind: "correlated", ...clash });
    else kept.push({ report: r, woe, positions });
  }
  return kept;
}

/**
 * Logistic regression of bad on the kept WOE columns; the variable with the largest wrong-sign (≥ 0) coefficient is
 * flagged and dropped and the model refitted until none is left.
 * @throws CreditError num when no variable is left
 */
function fitModel(candidates: Kept[], split: RowSplit, options: ScorecardBuildOptions) {
  let kept = candidates;
  for (;;) {
    if (kept.length === 0) throw numError("builderNothingSelected", { min: options.minIv ?? 0.02 });
    const x = split.train.map((_, t) => Float64Array.from(kept, (k) => at(k.woe, t)));
    const model = fitLogistic(x, split.trainOutcomes, { ridge: options.ridge ?? 1e-4 });
    let worst = -1;
    let worstCoefficient = 0;
    model.coefficients.forEach((b, j) => {
      if (b >= 0 && (worst < 0 || b > worstCoefficient)) [worst, worstCoefficient] = [j, b];
    });
    if (worst < 0) return { kept, model };
    at(kept, worst).report.flags.push({ kind: "wrongSign", coefficient: worstCoefficient });
    kept = kept.filter((_, j) => j !== worst);
  }
}

/** The points of every bin of the kept variables (scaled, rounded) and the rows of the table they make. */
function pointsTable(kept: readonly Kept[], model: LogisticModel, settings: BuildSettings) {
  const { factor, offset, decimals } = settings;
  const n = kept.length;
  const alpha = model.intercept;
  const table: ScorecardTableRow[] = [];
  const pointsOfBin: number[][] = [];
  kept.forEach((k, j) => {
    const beta = at(model.coefficients, j);
    const b = k.report.binning;
    const points = b.bins.map((bin) => roundPoints(-(beta * bin.woe + alpha / n) * factor + offset / n, decimals));
    pointsOfBin.push(points);
    const numericRanges = b.kind === "numeric" ? b.bins.filter((bin) => !bin.missing) : [];
    b.bins.forEach((bin, i) => {
      const binPoints = at(points, i);
      if (bin.missing) table.push({ factor: b.variable, category: MISSING_CATEGORY, points: binPoints });
      else if (bin.categories)
        for (const c of bin.categories) table.push({ factor: b.variable, category: c, points: binPoints });
      else if (numericRanges.length === 1) {
        table.push(
          { factor: b.variable, to: 0, points: binPoints },
          { factor: b.variable, from: 0, points: binPoints },
        );
      } else table.push({ factor: b.variable, from: bin.from, to: bin.to, points: binPoints });
    });
  });
  return { table, pointsOfBin };
}

/** Every row's score from the rounded points and its reason codes (factors costing the most points, most first). */
function scoreRows(rowCount: number, kept: readonly Kept[], pointsOfBin: readonly number[][], reasonCount: number) {
  const factors = kept.map((k, j) => {
    const points = at(pointsOfBin, j);
    return { name: k.report.binning.variable, points, positions: k.positions, best: Math.max(...points) };
  });
  const n = factors.length;
  const scores: number[] = new Array(rowCount);
  const reasons: string[][] = new Array(rowCount);
  const cost = new Float64Array(n);
  const byCost = Array.from({ length: n }, (_, j) => j);
  for (let i = 0; i < rowCount; i++) {
    // Summed in table order, as the table's scorer sums, so the totals agree to the last bit.
    let total = 0;
    factors.forEach((f, j) => {
      const p = at(f.points, at(f.positions, i));
      total += p;
      cost[j] = f.best - p;
    });
    scores[i] = total;
    byCost.sort((a, b) => at(cost, b) - at(cost, a) || a - b);
    const top: string[] = [];
    for (const j of byCost) {
      if (top.length >= reasonCount || !(at(cost, j) > 0)) break;
      top.push(at(factors, j).name);
    }
    reasons[i] = top;
  }
  return { scores, reasons };
}

/** AUC, Gini and KS of the scores of some rows (NaN when they hold one class only). */
function performanceOf(rows: readonly number[], scores: readonly number[], outcomes: readonly Outcome[]): Performance {
  const s = pick(scores, rows);
  const o = pick(outcomes, rows);
  const c = classCounts(o);
  const both = c.goods > 0 && c.bads > 0;
  return {
    rows: rows.length,
    goods: c.goods,
    bads: c.bads,
    auc: both ? auc(s, o) : NaN,
    gini: both ? gini(s, o) : NaN,
    ks: both ? ks(s, o) : NaN,
  };
}

/** Score bands at quantiles of the training scores with counts and bad rates, and the PSI of test against train. */
function scoreDistribution(scores: readonly number[], split: RowSplit, testSet: ReadonlySet<number>, bands: number) {
  const cuts = quantileCuts(pick(scores, split.train), bands);
  const counts = Array.from({ length: cuts.length + 1 }, () => ({
    trainCount: 0,
    trainBads: 0,
    testCount: 0,
    testBads: 0,
  }));
  scores.forEach((score, i) => {
    const c = at(counts, binIndex(cuts, score));
    const bad = split.outcomes[i] === 1 ? 1 : 0;
    if (testSet.has(i)) {
      c.testCount++;
      c.testBads += bad;
    } else {
      c.trainCount++;
      c.trainBads += bad;
    }
  });
  const distribution: ScoreBand[] = counts.map((c, k) => ({
    from: k === 0 ? undefined : cuts[k - 1],
    to: k === cuts.length ? undefined : cuts[k],
    ...c,
    trainBadRate: c.trainCount ? c.trainBads / c.trainCount : 0,
    testBadRate: c.testCount ? c.testBads / c.testCount : 0,
  }));
  const psi =
    split.test.length === 0
      ? 0
      : populationStability(
          counts.map((c) => c.trainCount),
          counts.map((c) => c.testCount),
        );
  return { distribution, psi };
}
