/** ScorecardBuild → WorkbookLayout: the `Scorecard` and `Scorecard Report` sheets, drawn the same by every sink. */
import type { SerialDate } from "../core/dates";
import { formatMessage, type Locale, type MessageCode, type MessageParams } from "../core/messages";
import { numericBinLabel } from "../core/modelling/informationValue";
import type { Performance, ScorecardBuild, VariableFlag } from "../core/modelling/scorecardBuilder";
import {
  NumberFormats,
  type LayoutColumn,
  type LayoutKeyValues,
  type LayoutTable,
  type LayoutValue,
  type SheetLayout,
  type WorkbookLayout,
} from "./layout";
import { SCORECARD_TABLE } from "./schema";

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

type Label = (code: MessageCode, params?: MessageParams) => string;

/**
 * Why a variable is flagged, in words.
 * @example scorecardFlagText({ kind: "weak" }, "en") // "weak (IV < 0.02)"
 */
export function scorecardFlagText(flag: VariableFlag, locale: Locale = "en"): string {
  switch (flag.kind) {
    case "noValues":
      return formatMessage("labelFlagNoValues", {}, locale);
    case "weak":
      return formatMessage("labelFlagWeak", {}, locale);
    case "suspicious":
      return formatMessage("labelFlagSuspicious", {}, locale);
    case "nonMonotonic":
      return formatMessage("labelFlagNonMonotonic", {}, locale);
    case "correlated":
      return formatMessage("labelFlagCorrelated", { with: flag.with, r: flag.r.toFixed(2) }, locale);
    case "wrongSign":
      return formatMessage("labelFlagWrongSign", {}, locale);
  }
}

/** A number cell, or blank when undefined or not finite (AUC of a set holding one class only). */
function num(value: number | undefined): LayoutValue {
  return value === undefined || !Number.isFinite(value) ? null : value;
}

function col(
  label: Label,
  code: MessageCode,
  numberFormat?: LayoutColumn["numberFormat"],
  width?: number,
): LayoutColumn {
  return { header: label(code), numberFormat, width };
}

/**
 * The Scorecard sheet: one Excel table named `Scorecard` from A1 in the format of docs/architecture.md §Scorecard
 * table (Factor, From, To, Category, Points), which CREDIT.SCORE and the portfolio review read. Headers in the
 * locale's language (the parser reads English and Chinese); open ends and unused cells blank; the missing bin's
 * Category `(missing)`.
 */
function scorecardSheet(build: ScorecardBuild, label: Label): SheetLayout {
  return {
    name: SCORECARD_SHEETS.scorecard,
    tables: [
      {
        name: SCORECARD_TABLE,
        startRow: 0,
        columns: [
          col(label, "labelScorecardColFactor", NumberFormats.text, 36),
          col(label, "labelScorecardColFrom", undefined, 12),
          col(label, "labelScorecardColTo", undefined, 12),
          col(label, "labelScorecardColCategory", NumberFormats.text, 40),
          col(label, "labelScorecardColPoints", undefined, 10),
        ],
        rows: build.table.map((r) => [r.factor, r.from ?? null, r.to ?? null, r.category ?? null, r.points]),
      },
    ],
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

/** The validation table's columns that the Review tab reads back (0-based). */
export const VALIDATION_COLUMNS = { auc: 4, built: 7 } as const;

function validationTable(
  build: ScorecardBuild,
  startRow: number,
  label: Label,
  builtOn: SerialDate | undefined,
): LayoutTable {
  const row = (name: string, p: Performance): LayoutValue[] => [
    name,
    p.rows,
    p.goods,
    p.bads,
    num(p.auc),
    num(p.gini),
    num(p.ks),
    ...(builtOn === undefined ? [] : [builtOn]),
  ];
  return {
    name: SCORECARD_REPORT_TABLES.validation,
    startRow,
    columns: [
      col(label, "labelScorecardColSet", undefined, 36),
      col(label, "labelScorecardColRows", NumberFormats.integer, 18),
      col(label, "labelScorecardColGoods", NumberFormats.integer, 12),
      col(label, "labelScorecardColBads", NumberFormats.integer, 12),
      col(label, "labelScorecardColAuc", NumberFormats.decimal4, 12),
      col(label, "labelScorecardColGini", NumberFormats.decimal4, 12),
      col(label, "labelScorecardColKs", NumberFormats.decimal4, 12),
      ...(builtOn === undefined ? [] : [col(label, "labelScorecardColBuilt", NumberFormats.date, 12)]),
    ],
    rows: [row(label("labelScorecardTrain"), build.train), row(label("labelScorecardTest"), build.test)],
  };
}

function distributionTable(build: ScorecardBuild, startRow: number, label: Label): LayoutTable {
  const trainTotal = build.train.rows;
  const testTotal = build.test.rows;
  const share = (count: number, total: number) => (total === 0 ? null : count / total);
  return {
    name: SCORECARD_REPORT_TABLES.distribution,
    startRow,
    columns: [
      col(label, "labelScorecardColBand", NumberFormats.text, 36),
      col(label, "labelScorecardColTrainRows", NumberFormats.integer, 18),
      col(label, "labelScorecardColTrainShare", NumberFormats.percent, 12),
      col(label, "labelScorecardColTrainBadRate", NumberFormats.percent, 12),
      col(label, "labelScorecardColTestRows", NumberFormats.integer, 12),
      col(label, "labelScorecardColTestShare", NumberFormats.percent, 12),
      col(label, "labelScorecardColTestBadRate", NumberFormats.percent, 12),
    ],
    rows: build.distribution.map((b) => [
      numericBinLabel(b),
      b.trainCount,
      share(b.trainCount, trainTotal),
      b.trainBadRate,
      b.testCount,
      share(b.testCount, testTotal),
      b.testBadRate,
    ]),
  };
}

function variablesTable(build: ScorecardBuild, startRow: number, label: Label, locale: Locale): LayoutTable {
  return {
    name: SCORECARD_REPORT_TABLES.variables,
    startRow,
    columns: [
      col(label, "labelScorecardColVariable", undefined, 36),
      col(label, "labelScorecardColKind", undefined, 18),
      col(label, "labelScorecardColIv", NumberFormats.decimal4, 12),
      col(label, "labelScorecardColBins", NumberFormats.integer, 12),
      col(label, "labelScorecardColSelected", undefined, 12),
      col(label, "labelScorecardColCoefficient", NumberFormats.decimal4, 12),
      // Narrow like its neighbours: a flag's text runs on into the empty cells to its right.
      col(label, "labelScorecardColFlags", undefined, 12),
    ],
    rows: build.variables.map((v) => [
      v.variable,
      label(v.binning.kind === "numeric" ? "labelScorecardKindNumeric" : "labelScorecardKindCategorical"),
      num(v.iv),
      v.binning.bins.length,
      v.selected,
      num(v.coefficient),
      v.flags.map((f) => scorecardFlagText(f, locale)).join("; "),
    ]),
    conditionalFormats: [
      { kind: "rowWhenTrue", column: 4, fill: COLOURS.selected },
      { kind: "dataBar", column: 2, color: COLOURS.iv },
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
  const label: Label = (code, params = {}) => formatMessage(code, params, locale);
  const settings = settingsBlock(build, options, label);
  const validation = validationTable(build, settings.startRow + settings.items.length + 1, label, options.builtOn);
  const distribution = distributionTable(build, validation.startRow + validation.rows.length + 2, label);
  // The chart stands beside the distribution; the variables start below both.
  const belowDistribution = distribution.startRow + Math.max(1, distribution.rows.length) + 2;
  const variables = variablesTable(
    build,
    Math.max(belowDistribution, distribution.startRow + CHART_ROWS + 1),
    label,
    locale,
  );
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
        categoryColumn: 0,
        seriesColumns: [2, 5],
        anchorRow: distribution.startRow,
        anchorColumn: 8,
      },
    ],
  };
  return { sheets: [scorecardSheet(build, label), report] };
}
