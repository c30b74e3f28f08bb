/** The `credit-desk` command: `review` runs the portfolio review on an .xlsx or a CSV folder; `scorecard` is dispatched. */
import { promises as fs } from "node:fs";
import { resolve } from "node:path";
import { isoFromSerial, serialFromIso, todaySerial, type SerialDate } from "../core/dates";
import { CreditError } from "../core/errors";
import { formatMessage, type Locale, type MessageCode } from "../core/messages";
import type { Review } from "../core/portfolio/reviewTypes";
import { bucketLabel } from "../core/receivables/aging";
import { CsvFormatError, parseCsv } from "../files/csv";
import { csvDialect } from "../files/csvDialect";
import { decodeCsv } from "../files/csvEncoding";
import { FileWorkbookSource, UnreadableInputError } from "../files/fileWorkbookSource";
import { writeDataIssuesCsv } from "../files/dataIssuesCsv";
import { XlsxReviewSink } from "../files/xlsxReviewSink";
import { columnMissingError } from "../workbook/columnMapping";
import type { DataIssue } from "../workbook/dataIssues";
import { decisionsCsv } from "../workbook/decisionsFile";
import { sheetLabel, type SheetLabelCode } from "../workbook/labels";
import { DATA_ISSUES_LISTED } from "../workbook/layout";
import { actionCountsText } from "../workbook/reviewWords";
import { runWorkbookReview } from "../workbook/runWorkbookReview";
import {
  mappingsFromPairs,
  parseMappingPair,
  type ColumnMappings,
  type MappingPair,
  type TableResolution,
} from "../workbook/columnMapping";
import type { RawCell } from "../workbook/ports";
import { separatorName, type InputFileSummary } from "../workbook/textFileReading";
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
  "  credit-desk review <workbook.xlsx | folder with customers.csv and invoices.csv> [--as-of YYYY-MM-DD] [--out review.xlsx] [--json summary.json] [--decisions decisions.csv] [--lang en|zh-CN]",
  '                     [--map "Column=Your header"]… [--mapping mapping.csv] [--show-mapping] [--open-items]',
  "  credit-desk scorecard …   (see credit-desk scorecard --help)",
  "",
  "  --decisions FILE  write the decisions file a credit team uploads to its ERP: UTF-8 CSV with a BOM, one row per",
  "                    customer, columns Customer ID, Grade, Score, Current Limit, Effective Limit, Recommended Limit,",
  "                    Action, Action Rule, Approval Level, Manual Review, Collection Stage, Blacklist Status, Alerts",
  "                    (English headers and codes in every language).",
  "  --lang en|zh-CN   language of the review sheets (names, titles, labels), of this summary and of error messages.",
  "                    Default: the workbook's language (Chinese when its Customers table or sheet is named 客户 or its",
  "                    headers are mostly Chinese), else English. The JSON summary's keys stay English either way.",
  '  --map C=H         read the contract column C from your header H, e.g. --map "Open Amount=未收金额" or',
  '                    --map "Invoices.Due Date=Net due date" (repeatable; C is the column\'s English name).',
  "  --mapping FILE    the same mappings from a CSV file with the columns Table, Column, Header (Table may be blank).",
  "  --show-mapping    print which of your columns was read for each column that changes a figure.",
  "  --open-items      confirm that Invoices lists open items only (no open amount, paid amount or paid date column),",
  "                    which silences the note that every invoice was counted as open in full.",
];

/** The usage in Chinese: `credit-desk review --help --lang zh-CN`. */
export const USAGE_ZH = [
  "用法：",
  "  credit-desk review <工作簿.xlsx | 含 customers.csv 和 invoices.csv 的文件夹> [--as-of YYYY-MM-DD] [--out review.xlsx] [--json summary.json] [--decisions decisions.csv] [--lang en|zh-CN]",
  '                     [--map "Column=你的列名"]… [--mapping mapping.csv] [--show-mapping] [--open-items]',
  "  credit-desk scorecard …   （见 credit-desk scorecard --help）",
  "",
  "  --decisions 文件   写出信用团队导入 ERP 的决策文件：带 BOM 的 UTF-8 CSV，每个客户一行，列为 Customer ID、Grade、",
  "                    Score、Current Limit、Effective Limit、Recommended Limit、Action、Action Rule、Approval Level、",
  "                    Manual Review、Collection Stage、Blacklist Status、Alerts（任何语言下列名和代码都保持英文）。",
  "  --lang en|zh-CN   评审工作表（名称、标题、标签）、本摘要和错误信息的语言。默认按工作簿的语言（客户表或工作表名为",
  "                    客户，或列名多为中文时用中文），否则用英文。JSON 摘要的键始终为英文。",
  '  --map C=H         从你的列 H 读取约定列 C，例如 --map "Open Amount=未收金额" 或',
  '                    --map "Invoices.Due Date=Net due date"（可重复；C 为该列的英文名）。',
  "  --mapping 文件     从 CSV 文件读取同样的映射，列为 Table、Column、Header（Table 可留空）。",
  "  --show-mapping    列出每个影响数字的列读取的是你的哪一列。",
  "  --open-items      确认发票表只列未结项目（没有未收金额、已付金额或付款日期列），",
  "                    不再提示每张发票都按全额未结计算。",
];

/** The `--lang` values (any case), and the locale each names. */
const LANGUAGES: Readonly<Record<string, Locale>> = { en: "en", "zh-cn": "zh-CN", zh: "zh-CN" };

/** Bad arguments or unreadable input: exit code 2 with a one-line reason. */
class UsageError extends Error {}

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

function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  let input: string | undefined;
  let asOf: SerialDate | undefined;
  let out: string | undefined;
  let json: string | undefined;
  let decisions: string | undefined;
  let lang: Locale | undefined;
  let mappingFile: string | undefined;
  let showMapping = false;
  let openItems = false;
  const maps: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
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
      case "--decisions":
        decisions = value();
        break;
      case "--lang": {
        const text = value();
        lang = LANGUAGES[text.toLowerCase()];
        if (lang === undefined) throw new UsageError(`--lang must be en or zh-CN, not "${text}"`);
        break;
      }
      case "--map":
        maps.push(value());
        break;
      case "--mapping":
        mappingFile = value();
        break;
      case "--show-mapping":
        showMapping = true;
        break;
      case "--open-items":
        openItems = true;
        break;
      default:
        if (flag.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
        if (input !== undefined) throw new UsageError(`one input only (got "${input}" and "${arg}")`);
        input = arg;
    }
  }
  if (input === undefined) throw new UsageError("the workbook or CSV folder to review is missing");
  return { input, asOf, out, json, decisions, lang, maps, mappingFile, showMapping, openItems };
}

const money = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Display columns of a text: a Chinese character takes two, so the values line up in a terminal. */
const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0);

/** The CSV files read and how, as one line of the printed summary (none for a workbook). */
function inputFilesLine(files: readonly InputFileSummary[], locale: Locale): string[] {
  if (files.length === 0) return [];
  const described = files.map((f) =>
    formatMessage(
      f.decimalComma ? "cliInputFileDecimalComma" : "cliInputFile",
      { file: f.file, encoding: f.encoding, separator: separatorName(f.separator) },
      locale,
    ),
  );
  return [`  ${formatMessage("cliInput", {}, locale)}: ${described.join("; ")}`];
}

/**
 * The short printed summary: how CSV files were read (one line, CSV input only), KPIs, alert and data-issue counts,
 * and where the files went, in `locale`.
 */
export function summaryLines(
  review: Review,
  issues: readonly DataIssue[],
  input: string,
  written: readonly string[],
  locale: Locale = "en",
  files: readonly InputFileSummary[] = [],
): string[] {
  const k = review.kpis;
  // The printed summary's own words come from the message catalogue, like the KPI labels.
  const text = (code: MessageCode, params?: Record<string, string | number>) => formatMessage(code, params, locale);
  const na = text("cliNotAvailable");
  const fixed = (x: number | undefined, digits = 1) => (x === undefined ? na : x.toFixed(digits));
  const pct = (x: number | undefined) => (x === undefined ? na : `${(x * 100).toFixed(1)}%`);
  const label = (code: SheetLabelCode) => sheetLabel(code, locale);
  const row = (name: string, value: string) => `  ${name}${" ".repeat(Math.max(1, 35 - displayWidth(name)))}${value}`;
  const byAction = (action: DataIssue["action"]) => issues.filter((i) => i.action === action).length;
  return [
    text("cliTitle", { input, asOf: isoFromSerial(review.asOf) }),
    ...inputFilesLine(files, locale),
    row(label("labelKpiCustomers"), String(k.customers)),
    row(label("labelKpiInvoices"), String(k.invoices)),
    row(label("labelKpiOpen"), money(k.openReceivables.toNumber())),
    row(label("labelKpiOverdue"), money(k.overdueReceivables.toNumber())),
    row(
      text("cliAging"),
      k.aging.map((a, b) => `${bucketLabel(b, review.bucketLimits, locale)} ${money(a.toNumber())}`).join(" | "),
    ),
    row(label("labelKpiCreditSales"), money(k.creditSales365.toNumber())),
    row(text("cliDsoFamily"), `${fixed(k.dso)} / ${fixed(k.bpdso)} / ${fixed(k.add)}`),
    row(
      label("labelKpiCei"),
      k.cei === undefined
        ? text("cliCeiNone")
        : text("cliCeiSince", { cei: pct(k.cei), since: isoFromSerial(k.ceiSince!) }),
    ),
    row(label("labelKpiProvision"), money(k.provision.toNumber())),
    `    ${label("labelKpiProvisionNote")}`,
    row(label("labelKpiEcl"), money(k.expectedLoss.toNumber())),
    `    ${label("labelKpiEclNote")}`,
    row(text("cliConcentration"), `${pct(k.top10Share)} / ${fixed(k.hhi, 4)}`),
    row(label("labelKpiOverLimit"), String(k.overLimitCustomers.length)),
    row(text("cliGrades"), k.gradeCounts.map((g) => `${g.grade} ${g.count}`).join(", ")),
    row(
      label("labelKpiInsured"),
      text("cliInsured", { amount: money(k.insuredCover.toNumber()), share: pct(k.insuredShare) }),
    ),
    row(label("labelKpiActions"), actionCountsText(k.actionCounts)),
    row(label("labelKpiAlerts"), String(review.alerts.length)),
    row(text("cliWorklist"), text("cliWorklistLines", { count: review.collections.length })),
    row(
      label("labelKpiDataIssues"),
      text("cliIssues", {
        count: issues.length,
        rejected: byAction("rejected"),
        repaired: byAction("repaired"),
        excluded: byAction("excluded"),
      }),
    ),
    ...written,
  ];
}

/** The mappings of `--map` and `--mapping`, in that order (a later one for the same column wins). */
async function readMappings(args: ReviewArgs): Promise<ColumnMappings> {
  const pairs: MappingPair[] = [];
  if (args.mappingFile) {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(args.mappingFile);
    } catch (error) {
      throw new UsageError(`--mapping: ${args.mappingFile} cannot be read (${(error as Error).message})`);
    }
    // Read as the ledgers are: its encoding by validity (a GBK file from Chinese Excel), its separator from the header.
    const { text } = decodeCsv(bytes, args.mappingFile);
    const { separator, headerAt } = csvDialect(
      text,
      args.mappingFile,
      (fields) => fields.filter((f) => /^(table|column|header)$/i.test(f.trim())).length,
    );
    pairs.push(...mappingFileRows(parseCsv(text.slice(headerAt).replace(/^\uFEFF/, ""), { delimiter: separator })));
  }
  pairs.push(...args.maps.map(parseMappingPair));
  return mappingsFromPairs(pairs);
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

/** `--show-mapping`: per table, each figure column and the header read for it (or why none was). */
export function mappingLines(tables: readonly TableResolution[], locale: Locale): string[] {
  const text = (code: MessageCode, params?: Record<string, string>) => formatMessage(code, params, locale);
  const lines: string[] = [];
  for (const t of tables) {
    lines.push(text("cliMappingTitle", { table: t.table, sheet: t.sheet }));
    for (const c of t.columns) {
      const candidates = c.candidates.map((h) => `“${h}”`).join(", ");
      const state =
        c.status === "found" || c.status === "mapped"
          ? `“${c.source}” (${text(c.status === "found" ? "cliMappingFound" : "cliMappingMapped")})`
          : c.status === "ambiguous"
            ? text("cliMappingAmbiguous", { candidates })
            : text("cliMappingMissing");
      const also = c.status === "found" && c.candidates.length > 0 ? `; ${text("cliMappingAlso", { candidates })}` : "";
      lines.push(`  ${c.header}${" ".repeat(Math.max(1, 16 - c.header.length))}${state}${also}`);
    }
  }
  return lines;
}

/** The language errors are reported in: `--lang` once it parses (the workbook is not read yet), else English. */
let errorLocale: Locale = "en";

async function review(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseReviewArgs(argv);
  errorLocale = args.lang ?? "en";
  const asOf = args.asOf ?? todaySerial(io.now?.());
  const source = await FileWorkbookSource.open(args.input);
  // The same run as the pane's: contract tables under either language's name, same-date history replaced.
  const sinkIsSource = args.out !== undefined && resolve(args.out) === resolve(args.input);
  const mappings = await readMappings(args);
  const run = await runWorkbookReview(source, args.out ? new XlsxReviewSink(args.out) : undefined, {
    asOf,
    locale: args.lang,
    sinkIsSource,
    mappings,
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
  const { input, review: result, locale, summary } = run.outcome;
  if (args.showMapping) for (const line of mappingLines(run.outcome.columns, locale)) io.stdout(line);
  // A ledger read as open items is said before any figure, unless the user confirmed it.
  if (run.outcome.openItems && !args.openItems) io.stdout(formatMessage("cliOpenItems", {}, locale));
  const written: string[] = [];
  if (args.out) written.push(`  ${formatMessage("cliWroteWorkbook", { path: args.out }, locale)}`);
  if (args.out && input.issues.length > DATA_ISSUES_LISTED) {
    // The sheet lists the first issues only: every one goes to a CSV file beside the workbook.
    const path = `${args.out.replace(/\.xlsx$/i, "")}-data-issues.csv`;
    await writeDataIssuesCsv(path, input.issues, locale);
    written.push(
      `  ${formatMessage("cliWroteIssues", { path, count: input.issues.length, listed: DATA_ISSUES_LISTED }, locale)}`,
    );
  }
  if (args.json) {
    // Keys are the API and stay English; `language` says which language the sheets were written in.
    await fs.writeFile(args.json, `${JSON.stringify({ ...summary, language: locale }, null, 2)}\n`, "utf8");
    written.push(`  ${formatMessage("cliWroteJson", { path: args.json }, locale)}`);
  }
  if (args.decisions) {
    // The ERP's file: English header and codes whatever the language, UTF-8 with a BOM (decisionsCsv writes it).
    await fs.writeFile(args.decisions, decisionsCsv(result), "utf8");
    written.push(
      `  ${formatMessage("cliWroteDecisions", { path: args.decisions, count: result.customers.length }, locale)}`,
    );
  }
  if (written.length === 0) written.push(`  ${formatMessage("cliNoFiles", {}, locale)}`);
  for (const line of summaryLines(result, input.issues, args.input, written, locale, input.files)) io.stdout(line);
  return 0;
}

/** The language of `review --help`: `--lang zh-CN` (or `--lang=zh`) asks for Chinese, anything else English. */
function helpLocale(argv: readonly string[]): Locale {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (at < 0) return "en";
  const text = argv[at].includes("=") ? argv[at].slice(argv[at].indexOf("=") + 1) : (argv[at + 1] ?? "");
  return LANGUAGES[text.toLowerCase()] ?? "en";
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
      (helpLocale(rest) === "zh-CN" ? USAGE_ZH : USAGE).forEach((l) => io.stdout(l));
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
    if (
      error instanceof UsageError ||
      error instanceof UnreadableInputError ||
      error instanceof CsvFormatError ||
      error instanceof CreditError
    ) {
      // One line, whatever the input put into the message (a header or a currency with a line break in it).
      const message =
        error instanceof CreditError ? formatMessage(error.code, error.params, errorLocale) : error.message;
      io.stderr(`credit-desk: ${message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ")}`);
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
