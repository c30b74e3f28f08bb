/** ScorecardBuild → WorkbookLayout: the `Scorecard` and `Scorecard Report` sheets, drawn the same by every sink. */
import type { SerialDate } from "../core/dates";
import type { Locale, MessageParams } from "../core/messages";
import { numericBinLabel } from "../core/modelling/informationValue";
import type {
  Performance,
  ScoreBand,
  ScorecardBuild,
  ScorecardTableRow,
  VariableFlag,
  VariableReport,
} from "../core/modelling/scorecardBuilder";
import { sheetLabel, type SheetLabelCode } from "./labels";
import {
  NumberFormats,
  type LayoutKeyValues,
  type LayoutTable,
  type LayoutValue,
  type SheetLayout,
  type WorkbookLayout,
} from "./layout";
import { SCORECARD_TABLE } from "./schema";
import { columnIndex, layoutColumns, layoutRows, type SheetColumn, type SheetContext } from "./sheetColumns";

/** The builder's own sheets: a re-run replaces exactly these, and never touches any other sheet. */
export const SCORECARD_SHEETS = { scorecard: "Scorecard", report: "Scorecard Report" } as const;

/** The report's tables (names unique in the workbook). */
export const SCORECARD_REPORT_TABLES = {
  validation: "ScorecardReport_Validation",
  distribution: "ScorecardReport_Distribution",
  variables: "ScorecardReport_Variables",
} as const;

const COLOURS = { selected: "#E2EFDA", iv: "#5B9BD5" } as const;

/** Rows the score chart takes beside the distribution table (the .xlsx charts are 16 rows high). */
const CHART_ROWS = 16;

/** PSI bands of the usual rule of thumb (Siddiqi 2006, ch. 8): < 0.1 stable, 0.1–0.25 some shift, above shifted. */
const PSI_STABLE = 0.1;
const PSI_SHIFTED = 0.25;

export interface ScorecardLayoutOptions {
  /** What the data was: a table or sheet name in the pane, a file path in the CLI. */
  readonly source: string;
  /** The good/bad column. */
  readonly target: string;
  /** Seed of the train/test split, shown so the build can be repeated. */
  readonly seed: number;
  /** Language of the labels; sheet and table names stay fixed (they are the contract). */
  readonly locale?: Locale;
  /**
   * The day of the build: when given, the validation table ends with a Built column holding it, which the pane's
   * Review tab reads (with the test AUC) to say which scorecard scores.
   */
  readonly builtOn?: SerialDate;
}

type Label = (code: SheetLabelCode, params?: MessageParams) => string;

/** What the scorecard's columns read besides their row: the build and the workbook's language. */
interface ScorecardContext extends SheetContext {
  readonly build: ScorecardBuild;
}

type ScorecardColumn<R> = SheetColumn<R, ScorecardContext>;

/**
 * Why a variable is flagged, in words.
 * @example scorecardFlagText({ kind: "weak" }, "en") // "weak (IV < 0.02)"
 */
export function scorecardFlagText(flag: VariableFlag, locale: Locale = "en"): string {
  switch (flag.kind) {
    case "noValues":
      return sheetLabel("labelFlagNoValues", locale);
    case "weak":
      return sheetLabel("labelFlagWeak", locale);
    case "suspicious":
      return sheetLabel("labelFlagSuspicious", locale);
    case "nonMonotonic":
      return sheetLabel("labelFlagNonMonotonic", locale);
    case "correlated":
      return sheetLabel("labelFlagCorrelated", locale, { with: flag.with, r: flag.r.toFixed(2) });
    case "wrongSign":
      return sheetLabel("labelFlagWrongSign", locale);
  }
}

/** A number cell, or blank when undefined or not finite (AUC of a set holding one class only). */
function num(value: number | undefined): LayoutValue {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

/** A table from its column specs: headers in the context's language, each row's cells read column by column. */
function specTable<R>(
  name: string,
  startRow: number,
  columns: readonly ScorecardColumn<R>[],
  rows: readonly R[],
  x: ScorecardContext,
): LayoutTable {
  return { name, startRow, columns: layoutColumns(columns, x), rows: layoutRows(columns, rows, x) };
}

/** The Scorecard table, in the format CREDIT.SCORE and the review read: a bin's range or category, and its points. */
const SCORECARD_COLUMNS: readonly ScorecardColumn<ScorecardTableRow>[] = [
  { code: "labelScorecardColFactor", format: NumberFormats.text, width: 36, value: (r) => r.factor },
  { code: "labelScorecardColFrom", width: 12, value: (r) => r.from ?? null },
  { code: "labelScorecardColTo", width: 12, value: (r) => r.to ?? null },
  { code: "labelScorecardColCategory", format: NumberFormats.text, width: 40, value: (r) => r.category ?? null },
  { code: "labelScorecardColPoints", width: 10, value: (r) => r.points },
];

/**
 * The Scorecard sheet: one Excel table named `Scorecard` from A1 in the format of docs/architecture.md §Scorecard
 * table (Factor, From, To, Category, Points), which CREDIT.SCORE and the portfolio review read. Headers in the
 * locale's language (the parser reads English and Chinese); open ends and unused cells blank; the missing bin's
 * Category `(missing)`.
 */
function scorecardSheet(x: ScorecardContext): SheetLayout {
  return {
    name: SCORECARD_SHEETS.scorecard,
    tables: [specTable(SCORECARD_TABLE, 0, SCORECARD_COLUMNS, x.build.table, x)],
    freezeRows: 1,
  };
}

function psiNote(psi: number, label: Label): string {
  if (psi < PSI_STABLE) return label("labelScorecardPsiStable");
  return psi <= PSI_SHIFTED ? label("labelScorecardPsiShift") : label("labelScorecardPsiShifted");
}

function settingsBlock(build: ScorecardBuild, options: ScorecardLayoutOptions, label: Label): LayoutKeyValues {
  const { scaling } = build;
  return {
    startRow: 2,
    items: [
      { label: label("labelScorecardData"), value: options.source },
      { label: label("labelScorecardTarget"), value: options.target },
      { label: label("labelScorecardSeed"), value: options.seed, numberFormat: NumberFormats.integer },
      {
        label: label("labelScorecardSelectedCount"),
        value: build.selected.length,
        numberFormat: NumberFormats.integer,
        note: build.selected.join(", "),
      },
      { label: label("labelScorecardBasePoints"), value: scaling.basePoints },
      { label: label("labelScorecardBaseOdds"), value: scaling.baseOdds },
      { label: label("labelScorecardPdo"), value: scaling.pdo },
      { label: label("labelScorecardFactor"), value: scaling.factor, numberFormat: NumberFormats.decimal4 },
      { label: label("labelScorecardOffset"), value: scaling.offset, numberFormat: NumberFormats.decimal4 },
      { label: label("labelScorecardIntercept"), value: build.intercept, numberFormat: NumberFormats.decimal4 },
      {
        label: label("labelScorecardPsi"),
        value: num(build.psi),
        numberFormat: NumberFormats.decimal4,
        note: psiNote(build.psi, label),
      },
    ],
  };
}

/** A validation row: the set's name (train or test) and how the scorecard performs on it. */
interface ValidationRow {
  readonly set: string;
  readonly performance: Performance;
}

/** The validation table, with a Built column holding the day of the build when it is known. */
function validationColumns(builtOn: SerialDate | undefined): ScorecardColumn<ValidationRow>[] {
  const columns: ScorecardColumn<ValidationRow>[] = [
    { code: "labelScorecardColSet", width: 36, value: (r) => r.set },
    { code: "labelScorecardColRows", format: NumberFormats.integer, width: 18, value: (r) => r.performance.rows },
    { code: "labelScorecardColGoods", format: NumberFormats.integer, width: 12, value: (r) => r.performance.goods },
    { code: "labelScorecardColBads", format: NumberFormats.integer, width: 12, value: (r) => r.performance.bads },
    { code: "labelScorecardColAuc", format: NumberFormats.decimal4, width: 12, value: (r) => num(r.performance.auc) },
    { code: "labelScorecardColGini", format: NumberFormats.decimal4, width: 12, value: (r) => num(r.performance.gini) },
    { code: "labelScorecardColKs", format: NumberFormats.decimal4, width: 12, value: (r) => num(r.performance.ks) },
  ];
  if (builtOn === undefined) return columns;
  return [...columns, { code: "labelScorecardColBuilt", format: NumberFormats.date, width: 12, value: () => builtOn }];
}

/** The validation table's columns that the Review tab reads back (0-based), found by code. */
export const VALIDATION_COLUMNS = {
  auc: columnIndex(validationColumns(0), "labelScorecardColAuc"),
  built: columnIndex(validationColumns(0), "labelScorecardColBuilt"),
} as const;

function validationTable(x: ScorecardContext, startRow: number, label: Label, builtOn?: SerialDate): LayoutTable {
  const rows: ValidationRow[] = [
    { set: label("labelScorecardTrain"), performance: x.build.train },
    { set: label("labelScorecardTest"), performance: x.build.test },
  ];
  return specTable(SCORECARD_REPORT_TABLES.validation, startRow, validationColumns(builtOn), rows, x);
}

/** A count's share of a total; blank when the total is zero. */
function share(count: number, total: number): LayoutValue {
  return total === 0 ? null : count / total;
}

/** The score distribution: per band, the train and test rows, their shares and bad rates. */
const DISTRIBUTION_COLUMNS: readonly ScorecardColumn<ScoreBand>[] = [
  { code: "labelScorecardColBand", format: NumberFormats.text, width: 36, value: (b) => numericBinLabel(b) },
  { code: "labelScorecardColTrainRows", format: NumberFormats.integer, width: 18, value: (b) => b.trainCount },
  {
    code: "labelScorecardColTrainShare",
    format: NumberFormats.percent,
    width: 12,
    value: (b, x) => share(b.trainCount, x.build.train.rows),
  },
  { code: "labelScorecardColTrainBadRate", format: NumberFormats.percent, width: 12, value: (b) => b.trainBadRate },
  { code: "labelScorecardColTestRows", format: NumberFormats.integer, width: 12, value: (b) => b.testCount },
  {
    code: "labelScorecardColTestShare",
    format: NumberFormats.percent,
    width: 12,
    value: (b, x) => share(b.testCount, x.build.test.rows),
  },
  { code: "labelScorecardColTestBadRate", format: NumberFormats.percent, width: 12, value: (b) => b.testBadRate },
];

/** Every candidate variable, ranked by IV: its kind, bins, selection, coefficient and flags. */
const VARIABLE_COLUMNS: readonly ScorecardColumn<VariableReport>[] = [
  { code: "labelScorecardColVariable", width: 36, value: (v) => v.variable },
  {
    code: "labelScorecardColKind",
    width: 18,
    value: (v, x) =>
      sheetLabel(
        v.binning.kind === "numeric" ? "labelScorecardKindNumeric" : "labelScorecardKindCategorical",
        x.locale,
      ),
  },
  { code: "labelScorecardColIv", format: NumberFormats.decimal4, width: 12, value: (v) => num(v.iv) },
  { code: "labelScorecardColBins", format: NumberFormats.integer, width: 12, value: (v) => v.binning.bins.length },
  { code: "labelScorecardColSelected", width: 12, value: (v) => v.selected },
  { code: "labelScorecardColCoefficient", format: NumberFormats.decimal4, width: 12, value: (v) => num(v.coefficient) },
  // Narrow like its neighbours: a flag's text runs on into the empty cells to its right.
  {
    code: "labelScorecardColFlags",
    width: 12,
    value: (v, x) => v.flags.map((f) => scorecardFlagText(f, x.locale)).join("; "),
  },
];

/** The variables table: selected variables filled, IV as data bars. */
function variablesTable(x: ScorecardContext, startRow: number): LayoutTable {
  return {
    ...specTable(SCORECARD_REPORT_TABLES.variables, startRow, VARIABLE_COLUMNS, x.build.variables, x),
    conditionalFormats: [
      {
        kind: "rowWhenTrue",
        column: columnIndex(VARIABLE_COLUMNS, "labelScorecardColSelected"),
        fill: COLOURS.selected,
      },
      { kind: "dataBar", column: columnIndex(VARIABLE_COLUMNS, "labelScorecardColIv"), color: COLOURS.iv },
    ],
  };
}

/**
 * The scorecard as sheets: `Scorecard` (the points table, an Excel table named Scorecard in the format CREDIT.SCORE
 * and the review read) and `Scorecard Report` (the data and scaling, AUC/Gini/KS on train and test, the score
 * distribution by band with a native column chart of the train and test shares, PSI, and every candidate variable
 * ranked by IV with its flags, selection and coefficient). No history: the layout has no `historyAppend`, so sinks
 * leave ReviewHistory alone.
 * @example scorecardLayout(build, { source: "Applicants", target: "bad", seed: 1 }).sheets.map((s) => s.name) // ["Scorecard", "Scorecard Report"]
 */
export function scorecardLayout(build: ScorecardBuild, options: ScorecardLayoutOptions): WorkbookLayout {
  const locale = options.locale ?? "en";
  const label: Label = (code, params = {}) => sheetLabel(code, locale, params);
  const x: ScorecardContext = { build, locale };
  const settings = settingsBlock(build, options, label);
  const validation = validationTable(x, settings.startRow + settings.items.length + 1, label, options.builtOn);
  const distributionStart = validation.startRow + validation.rows.length + 2;
  const distribution = specTable(
    SCORECARD_REPORT_TABLES.distribution,
    distributionStart,
    DISTRIBUTION_COLUMNS,
    build.distribution,
    x,
  );
  // The chart stands beside the distribution; the variables start below both.
  const belowDistribution = distribution.startRow + Math.max(1, distribution.rows.length) + 2;
  const variables = variablesTable(x, Math.max(belowDistribution, distribution.startRow + CHART_ROWS + 1));
  const report: SheetLayout = {
    name: SCORECARD_SHEETS.report,
    title: label("labelScorecardReportTitle", { source: options.source, target: options.target }),
    keyValues: settings,
    tables: [validation, distribution, variables],
    charts: [
      {
        kind: "columnClustered",
        title: label("labelScorecardChart"),
        table: distribution.name,
        categoryColumn: columnIndex(DISTRIBUTION_COLUMNS, "labelScorecardColBand"),
        seriesColumns: [
          columnIndex(DISTRIBUTION_COLUMNS, "labelScorecardColTrainShare"),
          columnIndex(DISTRIBUTION_COLUMNS, "labelScorecardColTestShare"),
        ],
        anchorRow: distribution.startRow,
        anchorColumn: 8,
      },
    ],
  };
  return { sheets: [scorecardSheet(x), report] };
}
