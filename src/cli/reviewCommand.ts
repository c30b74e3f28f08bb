/** `credit-desk review`: the portfolio review of an .xlsx or a CSV folder, its sheets, JSON summary and decisions. */
import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import { serialFromIso, todaySerial, type SerialDate } from "../core/dates";
import type { Locale } from "../core/messages";
import { parseCsv } from "../files/csv";
import { csvDialect } from "../files/csvDialect";
import { decodeCsv } from "../files/csvEncoding";
import { writeDataIssuesCsv } from "../files/dataIssuesCsv";
import { FileWorkbookSource } from "../files/fileWorkbookSource";
import { XlsxReviewSink } from "../files/xlsxReviewSink";
import {
  columnMissingError,
  mappingsFromPairs,
  parseMappingPair,
  type ColumnMappings,
  type MappingPair,
} from "../workbook/columnMapping";
import { DECISIONS_HEADER, decisionsCsv } from "../workbook/decisionsFile";
import { DATA_ISSUES_LISTED } from "../workbook/layout";
import type { RawCell } from "../workbook/ports";
import { runWorkbookReview, type ReviewOutcome } from "../workbook/runWorkbookReview";
import type { CliContext, Command } from "./command";
import { UsageError, valueOf, type CommandLine } from "./commandLine";
import { cliText } from "./i18n";
import { mappingLines, summaryLines } from "./reviewSummary";

const NAME = "credit-desk review";

interface ReviewArgs {
  readonly input: string;
  readonly asOf?: SerialDate;
  readonly out?: string;
  readonly json?: string;
  readonly decisions?: string;
  readonly lang?: Locale;
  readonly maps: readonly string[];
  readonly mappingFile?: string;
  readonly showMapping: boolean;
  readonly openItems: boolean;
}

/** The review's arguments from its command line: one input, a date written YYYY-MM-DD. */
function reviewArgs(line: CommandLine): ReviewArgs {
  const [input, second] = line.positionals;
  if (input === undefined) throw new UsageError("argReviewInputMissing", { command: NAME });
  if (second !== undefined) throw new UsageError("argOneInput", { first: input, second });
  const asOfText = valueOf(line, "as-of");
  const asOf = asOfText !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(asOfText) ? serialFromIso(asOfText) : undefined;
  if (asOfText !== undefined && asOf === undefined) throw new UsageError("argAsOf", { value: asOfText });
  return {
    input,
    asOf,
    out: valueOf(line, "out"),
    json: valueOf(line, "json"),
    decisions: valueOf(line, "decisions"),
    lang: line.locale,
    maps: line.values.map ?? [],
    mappingFile: valueOf(line, "mapping"),
    showMapping: line.switches.has("show-mapping"),
    openItems: line.switches.has("open-items"),
  };
}

/** The pairs of a mapping file, read as the ledgers are: its encoding by validity, its separator from the header. */
async function mappingFilePairs(path: string): Promise<MappingPair[]> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    throw new UsageError("argMappingUnreadable", { path, reason: (error as Error).message });
  }
  const { text } = decodeCsv(bytes, path);
  const { separator, headerAt } = csvDialect(
    text,
    path,
    (fields) => fields.filter((f) => /^(table|column|header)$/i.test(f.trim())).length,
  );
  return mappingFileRows(parseCsv(text.slice(headerAt).replace(/^\uFEFF/, ""), { delimiter: separator }));
}

/** The mappings of `--mapping` then `--map`, in that order (a later one for the same column wins). */
async function readMappings(args: ReviewArgs): Promise<ColumnMappings> {
  const fromFile = args.mappingFile ? await mappingFilePairs(args.mappingFile) : [];
  return mappingsFromPairs([...fromFile, ...args.maps.map(parseMappingPair)]);
}

/** Rows of a mapping file: `Table, Column, Header` or `Column, Header`, a header row skipped, blank rows ignored. */
function mappingFileRows(rows: readonly (readonly RawCell[])[]): MappingPair[] {
  const text = (c: RawCell) => (c === null || c === undefined ? "" : String(c).trim());
  const filled = rows.map((r) => r.map(text)).filter((r) => r.some((c) => c !== ""));
  const first = filled[0]?.map((c) => c.toLowerCase()) ?? [];
  const body = first.includes("column") && first.includes("header") ? filled.slice(1) : filled;
  return body.map((r) => {
    const [table, column, header] = r.length >= 3 ? r : ["", r[0] ?? "", r[1] ?? ""];
    return table === "" ? parseMappingPair(`${column}=${header}`) : parseMappingPair(`${table}.${column}=${header}`);
  });
}

/** Writes the files asked for beside the workbook sink and returns a summary line for each, in the review's language. */
async function writeFiles(args: ReviewArgs, outcome: ReviewOutcome): Promise<string[]> {
  const { input, review, locale, summary } = outcome;
  const text = (code: Parameters<typeof cliText>[0], params: Record<string, string | number>) =>
    `  ${cliText(code, params, locale)}`;
  const written: string[] = [];
  if (args.out) written.push(text("wroteWorkbook", { path: args.out }));
  if (args.out && input.issues.length > DATA_ISSUES_LISTED) {
    // The sheet lists the first issues only: every one goes to a CSV file beside the workbook.
    const path = `${args.out.replace(/\.xlsx$/i, "")}-data-issues.csv`;
    await writeDataIssuesCsv(path, input.issues, locale);
    written.push(text("wroteIssues", { path, count: input.issues.length, listed: DATA_ISSUES_LISTED }));
  }
  if (args.json) {
    // Keys are the API and stay English; `language` says which language the sheets were written in.
    await fs.writeFile(args.json, `${JSON.stringify({ ...summary, language: locale }, null, 2)}\n`, "utf8");
    written.push(text("wroteJson", { path: args.json }));
  }
  if (args.decisions) {
    // The ERP's file: English header and codes whatever the language, UTF-8 with a BOM (decisionsCsv writes it).
    await fs.writeFile(args.decisions, decisionsCsv(review), "utf8");
    written.push(text("wroteDecisions", { path: args.decisions, count: review.customers.length }));
  }
  if (written.length === 0) written.push(`  ${cliText("noFiles", {}, locale)}`);
  return written;
}

/** Runs the review the pane runs (contract tables under either language's name, same-date history replaced). */
async function review(line: CommandLine, { io }: CliContext): Promise<number> {
  const args = reviewArgs(line);
  const source = await FileWorkbookSource.open(args.input);
  const sinkIsSource = args.out !== undefined && resolve(args.out) === resolve(args.input);
  const run = await runWorkbookReview(source, args.out ? new XlsxReviewSink(args.out) : undefined, {
    asOf: args.asOf ?? todaySerial(io.now?.()),
    locale: args.lang,
    sinkIsSource,
    mappings: await readMappings(args),
    openItems: args.openItems,
  });
  if (run.kind === "needsMapping") {
    // No one to ask on a command line: name the first missing column and the headers there are.
    const gap = run.missing[0];
    throw columnMissingError(gap.textFile, {
      table: gap.table,
      column: gap.missing.join(", "),
      headers: gap.headers.join(", "),
    });
  }
  const outcome = run.outcome;
  if (args.showMapping) mappingLines(outcome.columns, outcome.locale).forEach((l) => io.stdout(l));
  // A ledger read as open items is said before any figure, unless the user confirmed it.
  if (outcome.openItems && !args.openItems) io.stdout(cliText("openItems", {}, outcome.locale));
  const written = await writeFiles(args, outcome);
  const { input, review: result, locale } = outcome;
  summaryLines(result, input.issues, args.input, written, locale, input.files).forEach((l) => io.stdout(l));
  return 0;
}

/** `credit-desk review`, as the dispatcher runs it. */
export const REVIEW_COMMAND: Command = {
  name: NAME,
  errorPrefix: "credit-desk:",
  options: {
    "as-of": "value",
    out: "value",
    json: "value",
    decisions: "value",
    map: "values",
    mapping: "value",
    "show-mapping": "switch",
    "open-items": "switch",
  },
  usage: (locale) =>
    cliText(
      "usageReview",
      {
        command: NAME,
        columns: DECISIONS_HEADER.join(locale === "zh-CN" ? "、" : ", "),
        example: '"Open Amount=未收金额"',
      },
      locale,
    ),
  run: review,
};
