/** What `credit-desk review` prints: the summary of a review and, on `--show-mapping`, the columns it read. */
import { isoFromSerial } from "../core/dates";
import { type Locale, type MessageParams } from "../core/messages";
import type { Review } from "../core/portfolio/reviewTypes";
import { bucketLabel } from "../core/receivables/aging";
import type { TableResolution } from "../workbook/columnMapping";
import type { DataIssue } from "../workbook/dataIssues";
import { sheetLabel, type SheetLabelCode } from "../workbook/labels";
import { actionCountsText } from "../workbook/reviewWords";
import { separatorName, type InputFileSummary } from "../workbook/textFileReading";
import { cliText, type CliTextCode } from "./i18n";

/** Money as the summary prints it in every language: thousands separators and two decimals (6778.4 → "6,778.40"). */
export const money = (x: number) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Display columns of a text: a Chinese character takes two, so the values line up in a terminal. */
const displayWidth = (text: string) => [...text].reduce((n, ch) => n + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0);

/** A summary row: the name, padded to 35 display columns, then the value. */
const row = (name: string, value: string) => `  ${name}${" ".repeat(Math.max(1, 35 - displayWidth(name)))}${value}`;

/** The CSV files read and how, as one line of the printed summary (none for a workbook). */
function inputFilesLine(files: readonly InputFileSummary[], locale: Locale): string[] {
  if (files.length === 0) return [];
  const described = files.map((f) =>
    cliText(
      f.decimalComma ? "inputFileDecimalComma" : "inputFile",
      { file: f.file, encoding: f.encoding, separator: separatorName(f.separator) },
      locale,
    ),
  );
  return [`  ${cliText("inputFiles", {}, locale)}: ${described.join("; ")}`];
}

/** The rows of the KPIs: the names the sheets use (engine labels) and the CLI's own, in `locale`. */
function kpiRows(review: Review, issues: readonly DataIssue[], locale: Locale): string[] {
  const k = review.kpis;
  const text = (code: CliTextCode, params?: MessageParams) => cliText(code, params, locale);
  const label = (code: SheetLabelCode) => sheetLabel(code, locale);
  const na = text("notAvailable");
  const fixed = (x: number | undefined, digits = 1) => (x === undefined ? na : x.toFixed(digits));
  const pct = (x: number | undefined) => (x === undefined ? na : `${(x * 100).toFixed(1)}%`);
  const byAction = (action: DataIssue["action"]) => issues.filter((i) => i.action === action).length;
  const aging = k.aging.map((a, b) => `${bucketLabel(b, review.bucketLimits, locale)} ${money(a.toNumber())}`);
  return [
    row(label("labelKpiCustomers"), String(k.customers)),
    row(label("labelKpiInvoices"), String(k.invoices)),
    row(label("labelKpiOpen"), money(k.openReceivables.toNumber())),
    row(label("labelKpiOverdue"), money(k.overdueReceivables.toNumber())),
    row(text("aging"), aging.join(" | ")),
    row(label("labelKpiCreditSales"), money(k.creditSales365.toNumber())),
    row(text("dsoFamily"), `${fixed(k.dso)} / ${fixed(k.bpdso)} / ${fixed(k.add)}`),
    row(
      label("labelKpiCei"),
      k.cei === undefined ? text("ceiNone") : text("ceiSince", { cei: pct(k.cei), since: isoFromSerial(k.ceiSince!) }),
    ),
    row(label("labelKpiProvision"), money(k.provision.toNumber())),
    `    ${label("labelKpiProvisionNote")}`,
    row(label("labelKpiEcl"), money(k.expectedLoss.toNumber())),
    `    ${label("labelKpiEclNote")}`,
    row(text("concentration"), `${pct(k.top10Share)} / ${fixed(k.hhi, 4)}`),
    row(label("labelKpiOverLimit"), String(k.overLimitCustomers.length)),
    row(text("grades"), k.gradeCounts.map((g) => `${g.grade} ${g.count}`).join(", ")),
    row(
      label("labelKpiInsured"),
      text("insured", { amount: money(k.insuredCover.toNumber()), share: pct(k.insuredShare) }),
    ),
    row(label("labelKpiActions"), actionCountsText(k.actionCounts)),
    row(label("labelKpiAlerts"), String(review.alerts.length)),
    row(text("worklist"), text("worklistLines", { count: review.collections.length })),
    row(
      label("labelKpiDataIssues"),
      text("issues", {
        count: issues.length,
        rejected: byAction("rejected"),
        repaired: byAction("repaired"),
        excluded: byAction("excluded"),
      }),
    ),
  ];
}

/**
 * The short printed summary: the title, how CSV files were read (one line, CSV input only), the KPIs, alert and
 * data-issue counts, then where the files went (`written`), in `locale`.
 */
export function summaryLines(
  review: Review,
  issues: readonly DataIssue[],
  input: string,
  written: readonly string[],
  locale: Locale,
  files: readonly InputFileSummary[] = [],
): string[] {
  return [
    cliText("reviewTitle", { input, asOf: isoFromSerial(review.asOf) }, locale),
    ...inputFilesLine(files, locale),
    ...kpiRows(review, issues, locale),
    ...written,
  ];
}

/** `--show-mapping`: per table, each figure column and the header read for it (or why none was). */
export function mappingLines(tables: readonly TableResolution[], locale: Locale): string[] {
  const text = (code: CliTextCode, params?: MessageParams) => cliText(code, params, locale);
  const lines: string[] = [];
  for (const t of tables) {
    lines.push(text("mappingTitle", { table: t.table, sheet: t.sheet }));
    for (const c of t.columns) {
      const candidates = c.candidates.map((h) => `“${h}”`).join(", ");
      const state =
        c.status === "found" || c.status === "mapped"
          ? `“${c.source}” (${text(c.status === "found" ? "mappingFound" : "mappingMapped")})`
          : c.status === "ambiguous"
            ? text("mappingAmbiguous", { candidates })
            : text("mappingMissing");
      const also = c.status === "found" && c.candidates.length > 0 ? `; ${text("mappingAlso", { candidates })}` : "";
      lines.push(`  ${c.header}${" ".repeat(Math.max(1, 16 - c.header.length))}${state}${also}`);
    }
  }
  return lines;
}
