/** Every data issue of a review as a CSV file: the full list when the Data Issues sheet can only show the first ones. */
import { promises as fs } from "node:fs";
import type { Locale } from "../core/messages";
import type { DataIssue } from "../workbook/dataIssues";
import { DATA_ISSUE_COLUMNS } from "../workbook/reviewColumns";
import { layoutColumns, layoutRows } from "../workbook/sheetColumns";
import { csvField, safeField, type CsvValue } from "../workbook/csvFields";

/** Rows written per chunk: a million issues never become one string. */
const CHUNK = 20_000;

/**
 * Writes the issues to `path` (UTF-8 with a BOM, so Excel reads Chinese text; CRLF; RFC 4180) with the Data Issues
 * sheet's columns (DATA_ISSUE_COLUMNS): sheet, row, column, value, action, message.
 * @example await writeDataIssuesCsv("review-data-issues.csv", input.issues, "en")
 */
export async function writeDataIssuesCsv(path: string, issues: readonly DataIssue[], locale: Locale): Promise<void> {
  const x = { locale };
  const line = (fields: readonly CsvValue[]) => fields.map((f) => csvField(safeField(f))).join(",") + "\r\n";
  const file = await fs.open(path, "w");
  try {
    await file.write("\ufeff" + line(layoutColumns(DATA_ISSUE_COLUMNS, x).map((c) => c.header)));
    for (let from = 0; from < issues.length; from += CHUNK) {
      const rows = layoutRows(DATA_ISSUE_COLUMNS, issues.slice(from, from + CHUNK), x);
      await file.write(rows.map(line).join(""));
    }
  } finally {
    await file.close();
  }
}
