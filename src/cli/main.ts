/** The `credit-desk` command: `review` runs the portfolio review on an .xlsx or a CSV folder; `scorecard` is dispatched. */
import { promises as fs } from "node:fs";
import { isoFromSerial, serialFromIso, todaySerial, type SerialDate } from "../core/dates";
import { CreditError } from "../core/errors";
import { formatMessage } from "../core/messages";
import { runReview } from "../core/portfolio/review";
import type { Review } from "../core/portfolio/reviewTypes";
import { bucketLabel } from "../core/receivables/aging";
import { CsvFormatError } from "../files/csv";
import { FileWorkbookSource, UnreadableInputError } from "../files/fileWorkbookSource";
import { XlsxReviewSink } from "../files/xlsxReviewSink";
import type { DataIssue } from "../workbook/dataIssues";
import { readReviewInput, type ReviewInput } from "../workbook/reviewInput";
import { reviewLayout } from "../workbook/reviewLayout";
import { reviewSummary } from "../workbook/reviewSummary";
import { runScorecardCommand } from "./scorecardCommand";

/** Where the command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** The clock for the default as-of date (today in local time). */
  readonly now?: () => Date;
}

export const USAGE = [
  "Usage:",
  "  credit-desk review <workbook.xlsx | folder with customers.csv and invoices.csv> [--as-of YYYY-MM-DD] [--out review.xlsx] [--json summary.json]",
  "  credit-desk scorecard …   (see credit-desk scorecard --help)",
];

/** Bad arguments or unreadable input: exit code 2 with a one-line reason. */
class UsageError extends Error {}

interface ReviewArgs {
  readonly input: string;
  readonly asOf?: SerialDate;
  readonly out?: string;
  readonly json?: string;
}

function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  let input: string | undefined;
  let asOf: SerialDate | undefined;
  let out: string | undefined;
  let json: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--as-of": {
        const text = value();
        asOf = /^\d{4}-\d{2}-\d{2}$/.test(text) ? serialFromIso(text) : undefined;
        if (asOf === undefined) throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${text}"`);
        break;
      }
      case "--out":
        out = value();
        break;
      case "--json":
        json = value();
        break;
      default:
        if (flag.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
        if (input !== undefined) throw new UsageError(`one input only (got "${input}" and "${arg}")`);
        input = arg;
    }
  }
  if (input === undefined) throw new UsageError("the workbook or CSV folder to review is missing");
  return { input, asOf, out, json };
}

const money = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fixed = (x: number | undefined, digits = 1) => (x === undefined ? "n/a" : x.toFixed(digits));
const pct = (x: number | undefined) => (x === undefined ? "n/a" : `${(x * 100).toFixed(1)}%`);

/** The short printed summary: KPIs, alert and data-issue counts, and where the files went. */
export function summaryLines(review: Review, issues: readonly DataIssue[], input: string, written: readonly string[]): string[] {
  const k = review.kpis;
  const label = (code: Parameters<typeof formatMessage>[0]) => formatMessage(code, {}, "en");
  const row = (name: string, value: string) => `  ${name.padEnd(34)} ${value}`;
  const byAction = (action: DataIssue["action"]) => issues.filter((i) => i.action === action).length;
  return [
    `Credit Desk review of ${input} as of ${isoFromSerial(review.asOf)}`,
    row(label("labelKpiCustomers"), String(k.customers)),
    row(label("labelKpiInvoices"), String(k.invoices)),
    row(label("labelKpiOpen"), money(k.openReceivables.toNumber())),
    row(label("labelKpiOverdue"), money(k.overdueReceivables.toNumber())),
    row("Aging", k.aging.map((a, b) => `${bucketLabel(b, review.bucketLimits)} ${money(a.toNumber())}`).join(" | ")),
    row(label("labelKpiCreditSales"), money(k.creditSales365.toNumber())),
    row("DSO / BPDSO / ADD (days)", `${fixed(k.dso)} / ${fixed(k.bpdso)} / ${fixed(k.add)}`),
    row(label("labelKpiCei"), k.cei === undefined ? "n/a (no earlier review)" : `${pct(k.cei)} since ${isoFromSerial(k.ceiSince!)}`),
    row(label("labelKpiProvision"), money(k.provision.toNumber())),
    row(label("labelKpiEcl"), money(k.expectedLoss.toNumber())),
    row("Top-10 share / HHI", `${pct(k.top10Share)} / ${fixed(k.hhi, 4)}`),
    row(label("labelKpiOverLimit"), String(k.overLimitCustomers.length)),
    row("Grades", k.gradeCounts.map((g) => `${g.grade} ${g.count}`).join(", ")),
    row(label("labelKpiInsured"), `${money(k.insuredCover.toNumber())} (${pct(k.insuredShare)} of exposure)`),
    row(label("labelKpiAlerts"), String(review.alerts.length)),
    row("Collections worklist", `${review.collections.length} lines`),
    row(label("labelKpiDataIssues"), `${issues.length} (rejected ${byAction("rejected")}, repaired ${byAction("repaired")}, excluded ${byAction("excluded")})`),
    ...written,
  ];
}

async function review(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseReviewArgs(argv);
  const asOf = args.asOf ?? todaySerial(io.now?.());
  const source = await FileWorkbookSource.open(args.input);
  const input: ReviewInput = await readReviewInput(source, asOf);
  const result = runReview(input.portfolio, input.policy, asOf, input.scorecard);
  const written: string[] = [];
  if (args.out) {
    await new XlsxReviewSink(args.out).write(reviewLayout(result, input.issues));
    written.push(`  Review workbook written to ${args.out}`);
  }
  if (args.json) {
    await fs.writeFile(args.json, `${JSON.stringify(reviewSummary(result, input.issues), null, 2)}\n`, "utf8");
    written.push(`  JSON summary written to ${args.json}`);
  }
  if (written.length === 0) written.push("  (no files written: add --out review.xlsx and/or --json summary.json)");
  for (const line of summaryLines(result, input.issues, args.input, written)) io.stdout(line);
  return 0;
}

/**
 * Runs the command line in-process and returns the exit code: 0 on success, 2 on bad arguments or unreadable input
 * (with a one-line reason on stderr), 1 on an unexpected failure.
 * @example await main(["review", "assets/sample-portfolio.xlsx", "--as-of", "2026-06-30"], { stdout: console.log, stderr: console.error })
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "review" && (rest.includes("--help") || rest.includes("-h"))) {
      USAGE.forEach((l) => io.stdout(l));
      return 0;
    }
    if (command === "review") return await review(rest, io);
    if (command === "scorecard") return await runScorecardCommand(rest, io);
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      USAGE.forEach((l) => io.stdout(l));
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}" (use review or scorecard)`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnreadableInputError || error instanceof CsvFormatError || error instanceof CreditError) {
      io.stderr(`credit-desk: ${error.message}`);
      return 2;
    }
    const e = error as NodeJS.ErrnoException;
    if (e && typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) {
      io.stderr(`credit-desk: ${e.message}`);
      return 2;
    }
    io.stderr(`credit-desk: unexpected error: ${(error as Error)?.stack ?? String(error)}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: (l) => console.log(l), stderr: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
