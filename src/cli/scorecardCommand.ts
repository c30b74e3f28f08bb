/** `credit-desk scorecard`: builds a scorecard from a CSV or the first sheet of an .xlsx, writes it and its report. */
import { faultAsText } from "../core/cells";
import { promises as fs } from "node:fs";
import { extname } from "node:path";
import { CreditError } from "../core/errors";
import type { RawValue } from "../core/modelling/binning";
import { numericBinLabel } from "../core/modelling/informationValue";
import {
  buildScorecard,
  DEFAULT_SCORECARD_SEED,
  type ScorecardBuild,
  type ScorecardData,
} from "../core/modelling/scorecardBuilder";
import { CsvFormatError, parseCsv } from "../files/csv";
import { rawFromExcelJs } from "../files/fileWorkbookSource";
import { XlsxReviewSink } from "../files/xlsxReviewSink";
import { todaySerial } from "../core/dates";
import { formatMessage } from "../core/messages";
import { defaultPolicy } from "../core/policy/creditPolicy";
import { scorecardConcernText, scorecardConcerns, scorecardData } from "../workbook/runScorecardBuild";
import { scorecardFlagText, scorecardLayout } from "../workbook/scorecardLayout";

/** Where the command writes: tests pass buffers, the binary passes the process streams. */
export interface ScorecardIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export const SCORECARD_USAGE = [
  "Usage:",
  "  credit-desk scorecard <file.csv | file.xlsx> --target COLUMN [--out scorecard.xlsx] [--json report.json] [--seed N]",
  "                        [--force]",
  "    Builds a points scorecard (600 points at 50:1, 20 points to double the odds) from past customers with a",
  "    good/bad target (bad = 1, TRUE, bad, 坏; good = 0, FALSE, good, 好), 70 % to fit and 30 % to validate.",
  "    A scorecard with a test AUC below 0.6 (the policy's Minimum scorecard AUC) or a single score band is not",
  "    written to --out unless --force is given: a review would grade every customer with it.",
];

/** Bad arguments or unreadable input: exit code 2 with a one-line reason. */
class UsageError extends Error {}

interface ScorecardArgs {
  readonly input: string;
  readonly target: string;
  readonly out?: string;
  readonly json?: string;
  readonly seed?: number;
  readonly force: boolean;
}

function parseArgs(argv: readonly string[]): ScorecardArgs | "help" {
  let input: string | undefined;
  let target: string | undefined;
  let out: string | undefined;
  let json: string | undefined;
  let seed: number | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--help" || a === "-h") return "help";
    else if (a === "--target") target = value();
    else if (a === "--out") out = value();
    else if (a === "--json") json = value();
    else if (a === "--force") force = true;
    else if (a === "--seed") {
      const v = value();
      seed = Number(v);
      if (!Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, not "${v}"`);
    } else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else if (input === undefined) input = a;
    else throw new UsageError(`unexpected argument "${a}" (one input file only)`);
  }
  if (input === undefined)
    throw new UsageError("give the input file: credit-desk scorecard <file.csv | file.xlsx> --target COLUMN");
  if (target === undefined) throw new UsageError("give the good/bad column with --target COLUMN");
  if (out !== undefined && extname(out).toLowerCase() !== ".xlsx")
    throw new UsageError(`--out must name an .xlsx file, not "${out}"`);
  return { input, target, out, json, seed, force };
}

/** The data of a CSV (first row the header) or of the first worksheet of an .xlsx. */
async function readData(path: string): Promise<ScorecardData> {
  const ext = extname(path).toLowerCase();
  let grid: RawValue[][];
  if (ext === ".xlsx") {
    const { default: Excel } = await import("exceljs");
    const workbook = new Excel.Workbook();
    try {
      await workbook.xlsx.readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError(`cannot read ${path}: no such file`);
      throw new UsageError(`cannot read ${path} as an .xlsx workbook (${(error as Error).message})`);
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new UsageError(`${path} has no worksheet`);
    grid = [];
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
  } else if (ext === ".csv" || ext === ".txt") {
    let text: string;
    try {
      text = await fs.readFile(path, "utf8");
    } catch (error) {
      throw new UsageError(
        `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}`,
      );
    }
    grid = parseCsv(text);
  } else throw new UsageError(`the input must be a .csv or .xlsx file, not "${path}"`);
  const [header = [], ...rows] = grid;
  // The pane reads a workbook table through the same function: the same data gives the same scorecard.
  const data = scorecardData(header, rows);
  if (data.columns.every((c) => c === "")) throw new UsageError(`${path} has no header row`);
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

/**
 * Runs `credit-desk scorecard` and returns the exit code: 0 on success; 2 with a one-line reason on bad arguments,
 * unreadable input or data a scorecard cannot be built from (no target column, one class only, …), and when a
 * scorecard too weak to score with (test AUC below the minimum, one score band) would go to `--out` without
 * `--force` (the summary and any --json report are still given, the .xlsx is not written).
 * @example await runScorecardCommand(["test/fixtures/germancredit.csv", "--target", "creditability", "--json", "r.json"], io)
 */
export async function runScorecardCommand(argv: readonly string[], io: ScorecardIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === "help") {
      SCORECARD_USAGE.forEach((l) => io.stdout(l));
      return 0;
    }
    const data = await readData(args.input);
    const seed = args.seed ?? DEFAULT_SCORECARD_SEED;
    const build = buildScorecard(data, { target: args.target, seed });
    const written: string[] = [];
    const concerns = scorecardConcerns(build, defaultPolicy.minScorecardAuc);
    const refused = args.out !== undefined && concerns.length > 0 && !args.force;
    if (args.out && !refused) {
      // The same sheets the pane writes: one layout, drawn by the file sink (all or nothing, charts included).
      await new XlsxReviewSink(args.out).write(
        scorecardLayout(build, { source: args.input, target: args.target, seed, builtOn: todaySerial() }),
      );
      written.push(`  ${args.out} (sheets Scorecard, Scorecard Report)`);
    }
    if (args.json) {
      await fs.writeFile(
        args.json,
        JSON.stringify(scorecardReport(build, args.input, args.target), null, 2) + "\n",
        "utf8",
      );
      written.push(`  ${args.json}`);
    }
    const f = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "n/a");
    io.stdout(`Scorecard of ${args.input}: ${data.rows.length} rows, target ${args.target}`);
    io.stdout(
      `  selected ${build.selected.length} of ${build.variables.length} variables: ${build.selected.join(", ")}`,
    );
    io.stdout(`  train AUC ${f(build.train.auc)}  Gini ${f(build.train.gini)}  KS ${f(build.train.ks)}`);
    io.stdout(
      `  test  AUC ${f(build.test.auc)}  Gini ${f(build.test.gini)}  KS ${f(build.test.ks)}  PSI ${f(build.psi)}`,
    );
    if (written.length) io.stdout("Written:");
    else if (!refused) io.stdout("(no files written: add --out scorecard.xlsx and/or --json report.json)");
    written.forEach((l) => io.stdout(l));
    if (refused) {
      const reasons = concerns.map((c) => scorecardConcernText(c, "en")).join("; ");
      io.stderr(`credit-desk scorecard: ${formatMessage("scorecardGuardRefused", { reasons }, "en")}`);
      return 2;
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof CreditError || error instanceof CsvFormatError) {
      io.stderr(`credit-desk scorecard: ${error.message}`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e && typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) {
      io.stderr(`credit-desk scorecard: ${e.message}`);
      return 2;
    }
    throw error;
  }
}
