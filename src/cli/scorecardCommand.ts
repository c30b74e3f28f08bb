/** `credit-desk scorecard`: builds a scorecard from a CSV or the first sheet of an .xlsx, writes it and its report. */
import { promises as fs } from "node:fs";
import { extname } from "node:path";
import { faultAsText } from "../core/cells";
import { todaySerial } from "../core/dates";
import { formatMessage, type Locale } from "../core/messages";
import type { RawValue } from "../core/modelling/binning";
import { numericBinLabel } from "../core/modelling/informationValue";
import {
  buildScorecard,
  DEFAULT_SCORECARD_SEED,
  type ScorecardBuild,
  type ScorecardData,
} from "../core/modelling/scorecardBuilder";
import { defaultPolicy } from "../core/policy/creditPolicy";
import { parseCsv } from "../files/csv";
import { rawFromExcelJs } from "../files/fileWorkbookSource";
import { XlsxReviewSink } from "../files/xlsxReviewSink";
import { scorecardConcernText, scorecardConcerns, scorecardData } from "../workbook/runScorecardBuild";
import { SCORECARD_SHEETS, scorecardFlagText, scorecardLayout } from "../workbook/scorecardLayout";
import { type CliContext, type Command } from "./command";
import { UsageError, valueOf, type CommandLine } from "./commandLine";
import { cliText } from "./i18n";

const NAME = "credit-desk scorecard";

interface ScorecardArgs {
  readonly input: string;
  readonly target: string;
  readonly out?: string;
  readonly json?: string;
  readonly seed?: number;
  readonly force: boolean;
}

/** The scorecard's arguments from its command line: one input, a target column, an .xlsx to write, a whole seed. */
function scorecardArgs(line: CommandLine): ScorecardArgs {
  const [input, second] = line.positionals;
  if (input === undefined) throw new UsageError("argScorecardInputMissing", { command: NAME });
  if (second !== undefined) throw new UsageError("argOneInput", { first: input, second });
  const target = valueOf(line, "target");
  if (target === undefined) throw new UsageError("argTargetMissing");
  const out = valueOf(line, "out");
  if (out !== undefined && extname(out).toLowerCase() !== ".xlsx")
    throw new UsageError("argOutNotXlsx", { value: out });
  const seedText = valueOf(line, "seed");
  const seed = seedText === undefined ? undefined : Number(seedText);
  if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError("argSeed", { value: seedText! });
  return { input, target, out, json: valueOf(line, "json"), seed, force: line.switches.has("force") };
}

/** The cells of the first worksheet of an .xlsx, dates as YYYY-MM-DD, errors as their text. */
async function xlsxGrid(path: string): Promise<RawValue[][]> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError("scorecardNoFile", { path });
    throw new UsageError("scorecardNotXlsx", { path, reason: (error as Error).message });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UsageError("scorecardNoSheet", { path });
  const grid: RawValue[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    const cells: RawValue[] = [];
    for (let c = 1; c <= width; c++) {
      const raw = faultAsText(rawFromExcelJs(row.getCell(c).value));
      cells.push(raw instanceof Date ? raw.toISOString().slice(0, 10) : raw);
    }
    grid[r - 1] = cells;
  });
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

/** The cells of a CSV file read as UTF-8. */
async function csvGrid(path: string): Promise<RawValue[][]> {
  let text: string;
  try {
    text = await fs.readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError("scorecardNoFile", { path });
    throw new UsageError("scorecardUnreadable", { path, reason: (error as Error).message });
  }
  return parseCsv(text);
}

/** The data of a CSV (first row the header) or of the first worksheet of an .xlsx. */
async function readData(path: string): Promise<ScorecardData> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".csv" && ext !== ".txt") throw new UsageError("scorecardNotTable", { path });
  const [header = [], ...rows] = ext === ".xlsx" ? await xlsxGrid(path) : await csvGrid(path);
  // The pane reads a workbook table through the same function: the same data gives the same scorecard.
  const data = scorecardData(header, rows);
  if (data.columns.every((c) => c === "")) throw new UsageError("scorecardNoHeader", { path });
  return data;
}

const round = (x: number, d = 4): number | null => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

/**
 * The JSON report: per-variable IV and flags, the selection, AUC/Gini/KS on train and test, the scaling, the bands
 * and the scorecard table.
 * @example scorecardReport(build, "applicants.csv", "bad").test // { rows: 300, goods: 210, bads: 90, auc: 0.79, … }
 */
export function scorecardReport(build: ScorecardBuild, input: string, target: string): Record<string, unknown> {
  const perf = (p: ScorecardBuild["train"]) => ({
    rows: p.rows,
    goods: p.goods,
    bads: p.bads,
    auc: round(p.auc),
    gini: round(p.gini),
    ks: round(p.ks),
  });
  return {
    input,
    target,
    variables: build.variables.map((v) => ({
      variable: v.variable,
      kind: v.binning.kind,
      iv: round(v.iv),
      bins: v.binning.bins.length,
      selected: v.selected,
      coefficient: v.coefficient === undefined ? null : round(v.coefficient, 6),
      flags: v.flags.map((f) => scorecardFlagText(f, "en")),
    })),
    selected: build.selected,
    train: perf(build.train),
    test: perf(build.test),
    psi: round(build.psi),
    scaling: {
      basePoints: build.scaling.basePoints,
      baseOdds: build.scaling.baseOdds,
      pdo: build.scaling.pdo,
      factor: round(build.scaling.factor, 6),
      offset: round(build.scaling.offset, 6),
      intercept: round(build.intercept, 6),
    },
    distribution: build.distribution.map((b) => ({
      band: numericBinLabel(b),
      trainCount: b.trainCount,
      trainBadRate: round(b.trainBadRate),
      testCount: b.testCount,
      testBadRate: round(b.testBadRate),
    })),
    scorecard: build.table,
  };
}

/** The printed summary of a build: the data, the variables selected, AUC/Gini/KS on train and test, and PSI. */
function buildLines(build: ScorecardBuild, args: ScorecardArgs, rows: number, locale: Locale): string[] {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : cliText("notAvailable", {}, locale));
  const perf = (p: ScorecardBuild["train"]) => ({ auc: f(p.auc), gini: f(p.gini), ks: f(p.ks) });
  return [
    cliText("scorecardTitle", { input: args.input, rows, target: args.target }, locale),
    cliText(
      "scorecardSelected",
      { count: build.selected.length, total: build.variables.length, names: build.selected.join(", ") },
      locale,
    ),
    cliText("scorecardTrain", perf(build.train), locale),
    cliText("scorecardTest", { ...perf(build.test), psi: f(build.psi) }, locale),
  ];
}

/**
 * Runs `credit-desk scorecard`: 0 on success; 2 with a one-line reason on bad arguments, unreadable input or data a
 * scorecard cannot be built from (no target column, one class only, …), and when a scorecard too weak to score with
 * (test AUC below the minimum, one score band) would go to `--out` without `--force` (the summary and any --json
 * report are still given, the .xlsx is not written).
 */
async function scorecard(line: CommandLine, { io, locale }: CliContext): Promise<number> {
  const args = scorecardArgs(line);
  const data = await readData(args.input);
  const seed = args.seed ?? DEFAULT_SCORECARD_SEED;
  const build = buildScorecard(data, { target: args.target, seed });
  const written: string[] = [];
  const concerns = scorecardConcerns(build, defaultPolicy.minScorecardAuc);
  const refused = args.out !== undefined && concerns.length > 0 && !args.force;
  if (args.out && !refused) {
    // The same sheets the pane writes: one layout, drawn by the file sink (all or nothing, charts included).
    await new XlsxReviewSink(args.out).write(
      scorecardLayout(build, { source: args.input, target: args.target, seed, builtOn: todaySerial(io.now?.()) }),
    );
    const sheets = Object.values(SCORECARD_SHEETS).join(", ");
    written.push(cliText("scorecardWroteWorkbook", { path: args.out, sheets }, locale));
  }
  if (args.json) {
    const report = scorecardReport(build, args.input, args.target);
    await fs.writeFile(args.json, JSON.stringify(report, null, 2) + "\n", "utf8");
    written.push(`  ${args.json}`);
  }
  buildLines(build, args, data.rows.length, locale).forEach((l) => io.stdout(l));
  if (written.length) io.stdout(cliText("scorecardWritten", {}, locale));
  else if (!refused) io.stdout(cliText("scorecardNoFiles", {}, locale));
  written.forEach((l) => io.stdout(l));
  if (!refused) return 0;
  const reasons = concerns.map((c) => scorecardConcernText(c, locale)).join("; ");
  io.stderr(`${NAME}: ${formatMessage("scorecardGuardRefused", { reasons }, locale)}`);
  return 2;
}

/** `credit-desk scorecard`, as the dispatcher runs it. */
export const SCORECARD_COMMAND: Command = {
  name: NAME,
  errorPrefix: `${NAME}:`,
  options: { target: "value", out: "value", json: "value", seed: "value", force: "switch" },
  usage: (locale) =>
    cliText("usageScorecard", { command: NAME, minAuc: defaultPolicy.minScorecardAuc.toFixed(2) }, locale),
  run: scorecard,
};
