/**
 * One scorecard build on a table of a workbook, through any host's ports: read the table, build the scorecard,
 * write the `Scorecard` and `Scorecard Report` sheets. The pane runs this; stages are reported for its progress.
 */
import { faultAsText } from "../core/cells";
import { valueError } from "../core/errors";
import type { Locale } from "../core/messages";
import type { RawValue } from "../core/modelling/binning";
import {
  buildScorecard,
  DEFAULT_SCORECARD_SEED,
  type ScorecardBuild,
  type ScorecardData,
} from "../core/modelling/scorecardBuilder";
import type { PdScaling } from "../core/policy/creditPolicy";
import type { WorkbookLayout } from "./layout";
import type { RawCell, RawTable, ReviewSink, WorkbookSource } from "./ports";
import { scorecardLayout } from "./scorecardLayout";

/** read: the table comes in; build: bins, model, points and validation; write: the sheets go out. */
export const SCORECARD_STAGES = ["read", "build", "write"] as const;
export type ScorecardStage = (typeof SCORECARD_STAGES)[number];

export interface ScorecardRunOptions {
  /** The table (or sheet) holding one row per past customer: the name `WorkbookSource.readTable` takes. */
  readonly table: string;
  /** The good/bad column. */
  readonly target: string;
  /** Columns left out of the model (identifiers, dates, later outcomes). */
  readonly exclude?: readonly string[];
  /** Points scaling; default 600 points at 50:1, 20 points to double the odds. */
  readonly scaling?: PdScaling;
  /** Seed of the train/test split; default DEFAULT_SCORECARD_SEED, as the CLI's. */
  readonly seed?: number;
  /** Language of the sheets' labels. */
  readonly locale?: Locale;
  /** Called as each stage starts; awaited, so a pane can paint between stages. */
  readonly onStage?: (stage: ScorecardStage) => void | Promise<void>;
}

export interface ScorecardOutcome {
  /** Data rows used (blank rows left out). */
  readonly rows: number;
  readonly build: ScorecardBuild;
  readonly layout: WorkbookLayout;
}

const blank = (v: RawValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A cell as the builder takes it: dates (files) as ISO days, as the CLI reads them. */
function builderValue(raw: RawCell): RawValue {
  const cell = faultAsText(raw);
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell;
}

/**
 * The builder's data from a header and rows: headers trimmed, dates as ISO text, and rows blank from end to end
 * (a spacer row, a trailing empty line) left out, since they are not customers. The CLI and the pane both read
 * through this, so the same data gives the same scorecard.
 * @example scorecardData(["x", " bad "], [[1, 0], [null, ""]]) // { columns: ["x", "bad"], rows: [[1, 0]] }
 */
export function scorecardData(headers: readonly RawCell[], rows: readonly (readonly RawCell[])[]): ScorecardData {
  const columns = headers.map((h) => (h === null || h === undefined ? "" : String(builderValue(h)).trim()));
  return {
    columns,
    rows: rows.map((r) => r.map(builderValue)).filter((r) => r.some((v) => !blank(v))),
  };
}

/** The builder's data of a table read through a WorkbookSource. */
export function scorecardDataFromTable(table: RawTable): ScorecardData {
  return scorecardData(table.headers, table.rows);
}

/** Header words that name a good/bad outcome, English and Chinese. */
const TARGET_WORDS =
  /(^|[^a-z])(bad|default|defaulted|target|outcome|creditability|goodbad|good_bad|delinquent|label|y)([^a-z]|$)|坏|违约|好坏|逾期|目标/i;

/**
 * The column most likely to be the good/bad target: the first header that names an outcome (bad, default, target,
 * creditability, 违约, 好坏 …), else the last column, where data sets usually keep it; undefined for no headers.
 * @example guessTarget(["id", "income", "Defaulted", "region"]) // "Defaulted"
 */
export function guessTarget(headers: readonly string[]): string | undefined {
  const named = headers.filter((h) => h.trim() !== "");
  return named.find((h) => TARGET_WORDS.test(h.trim())) ?? named[named.length - 1];
}

/** Lets the host paint (the pane's progress bar) before the next stage's synchronous work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds a scorecard from a table of the workbook behind `source` and, when a sink is given, writes its sheets
 * (all or nothing: the sink's promise). Every problem with the data — no such table, no target column, a target
 * value that is not good/bad, one class only, no informative variable — throws a CreditError whose message, in
 * any language, says what to fix.
 * @example await runScorecardBuild(host.source(), host.sink(), { table: "Applicants", target: "bad" })
 */
export async function runScorecardBuild(
  source: WorkbookSource,
  sink: ReviewSink | undefined,
  options: ScorecardRunOptions,
): Promise<ScorecardOutcome> {
  const stage = async (name: ScorecardStage) => {
    await options.onStage?.(name);
    await nextTask();
  };
  await stage("read");
  const table = await source.readTable(options.table);
  if (!table) throw valueError("errorTableMissing", { table: options.table });
  const data = scorecardDataFromTable(table);

  await stage("build");
  const seed = options.seed ?? DEFAULT_SCORECARD_SEED;
  const build = buildScorecard(data, {
    target: options.target,
    exclude: options.exclude,
    scaling: options.scaling,
    seed,
  });
  const layout = scorecardLayout(build, {
    source: options.table,
    target: options.target,
    seed,
    locale: options.locale,
  });
  if (sink) {
    await stage("write");
    await sink.write(layout);
  }
  return { rows: data.rows.length, build, layout };
}
