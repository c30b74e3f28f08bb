/**
 * One scorecard build on a table of a workbook, through any host's ports: read the table, build the scorecard,
 * write the `Scorecard` and `Scorecard Report` sheets — unless the build is too weak to score customers with (see
 * `scorecardConcerns`), which is written only when forced. The pane runs this; stages are reported for its progress.
 */
import { faultAsText } from "../core/cells";
import { todaySerial, type SerialDate } from "../core/dates";
import { valueError } from "../core/errors";
import { formatMessage, type Locale } from "../core/messages";
import type { RawValue } from "../core/modelling/binning";
import {
  buildScorecard,
  DEFAULT_SCORECARD_SEED,
  type ScorecardBuild,
  type ScorecardData,
} from "../core/modelling/scorecardBuilder";
import { defaultPolicy, type PdScaling } from "../core/policy/creditPolicy";
import type { WorkbookLayout } from "./layout";
import type { RawCell, RawTable, ReviewSink, WorkbookSource, WorkbookTableInfo } from "./ports";
import { REVIEW_SHEETS, reviewSheetName, type ReviewSheet } from "./reviewLayout";
import { SCORECARD_REPORT_TABLES, SCORECARD_SHEETS, scorecardLayout } from "./scorecardLayout";
import { normalizeHeader, SCORECARD_TABLE } from "./schema";

const LOCALES: readonly Locale[] = ["en", "zh-CN"];

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
  /** The policy's Minimum scorecard AUC; default defaultPolicy.minScorecardAuc (0.6). */
  readonly minimumAuc?: number;
  /** Write the sheets even when the build has concerns (the user confirmed). */
  readonly force?: boolean;
  /** The build date written in the report; default today. */
  readonly builtOn?: SerialDate;
}

export interface ScorecardOutcome {
  /** Data rows used (blank rows left out). */
  readonly rows: number;
  readonly build: ScorecardBuild;
  readonly layout: WorkbookLayout;
  /** What stands against writing the build (empty when nothing does). */
  readonly concerns: readonly ScorecardConcern[];
  /** True when the sheets were written: a sink was given and the build had no concerns, or the write was forced. */
  readonly written: boolean;
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

/**
 * Headers that clearly name a good/bad outcome, compared as `outcomeKey` reduces them (case, spaces, underscores,
 * hyphens, slashes and full-width spaces ignored): `Good/Bad`, `good_bad` and `GoodBad` are one name.
 *
 * Not in the list, on purpose: `Blacklisted` (and `Written Off`). On the customers a credit model scores, those flags
 * are decisions the review itself takes and reads — the blacklist is the review's own stop rule, fed by overdue days
 * and write-offs — not an outcome observed after a decision. A model trained to predict them on the same customers
 * learns the review's rules back (a leak), or, on the sample, almost nothing: AUC 0.5, one score band, every customer
 * graded A at the next review.
 */
export const OUTCOME_NAMES: readonly string[] = [
  // English
  "bad",
  "isbad",
  "badflag",
  "badloan",
  "default",
  "defaulted",
  "isdefault",
  "defaultflag",
  "defaultind",
  "goodbad",
  "badgood",
  "target",
  "outcome",
  "creditability",
  "creditrisk",
  "delinquent",
  "delinquency",
  // Chinese
  "违约",
  "是否违约",
  "违约标志",
  "违约标记",
  "坏客户",
  "是否坏客户",
  "好坏",
  "好坏标志",
  "好坏标签",
  "好坏客户",
  "目标",
  "目标变量",
  "结果",
];

/**
 * A header reduced to what outcome names compare: lower case, without spaces, underscores, hyphens, slashes or dots.
 * @example outcomeKey(" Good/Bad ") // "goodbad"
 */
export function outcomeKey(header: string): string {
  return header.toLowerCase().replace(/[\s_\u3000\-/\\.]+/g, "");
}

const OUTCOME_KEYS: ReadonlySet<string> = new Set(OUTCOME_NAMES.map(outcomeKey));

/**
 * The good/bad target a table clearly names: its first header that is an outcome name (`OUTCOME_NAMES`), or
 * undefined when none is, so that the user picks the target rather than training on a column that only looks like
 * one (a blacklist flag, a later status, the last column).
 * @example outcomeColumn(["id", "income", "Defaulted", "region"]) // "Defaulted"
 * @example outcomeColumn(["Customer ID", "Blacklisted", "Written Off"]) // undefined
 */
export function outcomeColumn(headers: readonly string[]): string | undefined {
  return headers.find((h) => OUTCOME_KEYS.has(outcomeKey(h)));
}

/** Every sheet the review and the builder write, in both languages: their tables are output, not training data. */
const OUTPUT_SHEETS: ReadonlySet<string> = new Set(
  [
    ...(Object.keys(REVIEW_SHEETS) as ReviewSheet[]).flatMap((sheet) =>
      LOCALES.map((locale) => reviewSheetName(sheet, locale)),
    ),
    ...Object.values(SCORECARD_SHEETS),
  ].map(normalizeHeader),
);

/** The builder's tables, by name (its sheets also hold only its output). */
const OUTPUT_TABLES: ReadonlySet<string> = new Set(
  [SCORECARD_TABLE, ...Object.values(SCORECARD_REPORT_TABLES)].map(normalizeHeader),
);

/**
 * The tables and sheets the scorecard builder may train on: those with rows, less every table or sheet the review
 * writes (Summary, Credit Review, Aging, Alerts, Collections, Data Issues, ReviewHistory, and their Chinese names
 * 概览, 信用评审, 账龄, 预警, 催收, 数据问题, 评审历史) and the builder's own (Scorecard, Scorecard Report and its tables). A table
 * counts as output when it sits on an output sheet or is named like one.
 * @example trainingTables(listed).map((t) => t.name) // ["Customers", "Invoices"], not "CreditReview_Customers"
 */
export function trainingTables(tables: readonly WorkbookTableInfo[]): WorkbookTableInfo[] {
  const output = (t: WorkbookTableInfo) =>
    OUTPUT_SHEETS.has(normalizeHeader(t.sheet)) ||
    OUTPUT_SHEETS.has(normalizeHeader(t.name)) ||
    OUTPUT_TABLES.has(normalizeHeader(t.name));
  return tables.filter((t) => t.rows > 0 && !output(t));
}

/** Why a built scorecard is not written without a confirmation. */
export type ScorecardConcern =
  { readonly kind: "lowAuc"; readonly auc: number; readonly minimum: number } | { readonly kind: "oneBand" };

/**
 * What stands against writing a build: its test (hold-out) AUC below `minimumAuc` (an AUC that is not a number —
 * a test set of one class — counts as below), or all its scored rows in one score band (the scorecard gives every
 * customer the same score, so the review would grade them all alike). Empty when the build may be written.
 * @example scorecardConcerns(build, 0.6) // [{ kind: "lowAuc", auc: 0.5, minimum: 0.6 }, { kind: "oneBand" }]
 */
export function scorecardConcerns(build: ScorecardBuild, minimumAuc: number): ScorecardConcern[] {
  const concerns: ScorecardConcern[] = [];
  const auc = build.test.auc;
  if (!(Number.isFinite(auc) && auc >= minimumAuc)) concerns.push({ kind: "lowAuc", auc, minimum: minimumAuc });
  const bands = build.distribution.filter((b) => b.trainCount + b.testCount > 0).length;
  if (bands <= 1) concerns.push({ kind: "oneBand" });
  return concerns;
}

/**
 * A concern in words.
 * @example scorecardConcernText({ kind: "lowAuc", auc: 0.5, minimum: 0.6 }, "en") // "test AUC 0.500 is below the minimum 0.600 (…)"
 */
export function scorecardConcernText(concern: ScorecardConcern, locale: Locale = "en"): string {
  if (concern.kind === "oneBand") return formatMessage("scorecardGuardOneBand", {}, locale);
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "–");
  return formatMessage("scorecardGuardLowAuc", { auc: f(concern.auc), minimum: f(concern.minimum) }, locale);
}

/** Lets the host paint (the pane's progress bar) before the next stage's synchronous work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Builds a scorecard from a table of the workbook behind `source` and, when a sink is given, writes its sheets
 * (all or nothing: the sink's promise) — but a build with concerns (test AUC below the minimum, one score band) only
 * when `force` is set; otherwise the outcome carries the concerns and its layout, to write once the user confirms. Every problem with the data — no such table, no target column, a target
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
    builtOn: options.builtOn ?? todaySerial(),
  });
  const concerns = scorecardConcerns(build, options.minimumAuc ?? defaultPolicy.minScorecardAuc);
  const write = sink !== undefined && (concerns.length === 0 || options.force === true);
  if (write) {
    await stage("write");
    await sink.write(layout);
  }
  return { rows: data.rows.length, build, layout, concerns, written: write };
}
