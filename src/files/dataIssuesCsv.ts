/** Every data issue of a review as a CSV file: the full list when the Data Issues sheet can only show the first ones. */
import { promises as fs } from "node:fs";
import { formatMessage, type Locale } from "../core/messages";
import { actionLabel, issueMessage, type DataIssue } from "../workbook/dataIssues";
import { csvField, safeField, type CsvValue } from "../workbook/csvFields";

/** Rows written per chunk: a million issues never become one string. */
const CHUNK = 20_000;

/**
 * Writes the issues to `path` (UTF-8 with a BOM, so Excel reads Chinese text; CRLF; RFC 4180) with the Data Issues
 * sheet's columns: sheet, row, column, value, action, message.
 * @example await writeDataIssuesCsv("review-data-issues.csv", input.issues, "en")
 */
export async function writeDataIssuesCsv(path: string, issues: readonly DataIssue[], locale: Locale): Promise<void> {
  const label = (code: Parameters<typeof formatMessage>[0]) => formatMessage(code, {}, locale);
  const header = [
    "labelColSheet",
    "labelColRow",
    "labelColColumn",
    "labelColValue",
    "labelColAction",
    "labelColMessage",
  ] as const;
  const line = (fields: readonly CsvValue[]) => fields.map((f) => csvField(safeField(f))).join(",") + "\r\n";
  const file = await fs.open(path, "w");
  try {
    await file.write("\ufeff" + line(header.map(label)));
    for (let from = 0; from < issues.length; from += CHUNK) {
      let text = "";
      for (const issue of issues.slice(from, from + CHUNK)) {
        text += line([
          issue.sheet,
          issue.row,
          issue.column,
          issue.value,
          actionLabel(issue.action, locale),
          issueMessage(issue, locale),
        ]);
      }
      await file.write(text);
    }
  } finally {
    await file.close();
  }
}
