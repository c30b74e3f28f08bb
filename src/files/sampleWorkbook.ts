/**
 * Writes sample tables as an .xlsx (one Excel table per sheet) or as a CSV folder: assets/sample-portfolio.xlsx and
 * its Chinese edition assets/sample-portfolio.zh-CN.xlsx.
 */
import { promises as fs } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { dateFromSerial, isoFromSerial } from "../core/dates";
import { NumberFormats } from "../workbook/layout";
import { formatCsv } from "./csv";
import { CSV_FILE_NAMES } from "./fileWorkbookSource";
import { defaultSampleTables, type SampleCell, type SampleTable, type SampleTables } from "./samplePortfolio";

export { defaultSampleTables } from "./samplePortfolio";
export { chineseSampleTables } from "./samplePortfolioZh";

function addTableSheet(workbook: ExcelJS.Workbook, table: SampleTable): void {
  const ws = workbook.addWorksheet(table.name);
  const dates = new Set(table.dateColumns);
  const moneys = new Set(table.moneyColumns);
  ws.addTable({
    name: table.name,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: table.headers.map((h) => ({ name: h, filterButton: true })),
    rows: table.rows.map((row) => row.map((v, c) => (dates.has(c) && typeof v === "number" ? dateFromSerial(v) : v))),
  });
  table.headers.forEach((h, c) => {
    const column = ws.getColumn(c + 1);
    // A Chinese character is about two columns wide.
    column.width = Math.max(10, Math.min(32, h.length * (/\p{Script=Han}/u.test(h) ? 2 : 1) + 4));
    if (dates.has(c)) column.numFmt = NumberFormats.date;
    else if (moneys.has(c)) column.numFmt = NumberFormats.money;
  });
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
}

/**
 * Writes the sample workbook: sheets and Excel tables Customers, Invoices, CreditPolicy, ReviewHistory (客户, 发票,
 * 信用政策, 评审历史 for the Chinese edition: pass `chineseSampleTables(defaultSampleTables())`).
 */
export async function writeSampleWorkbook(path: string, tables: SampleTables = defaultSampleTables()): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Credit Desk sample generator";
  // Fixed timestamps: the same seed gives the same workbook content.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 5, 30));
  for (const table of [tables.customers, tables.invoices, tables.creditPolicy, tables.reviewHistory]) {
    if (table) addTableSheet(workbook, table);
  }
  await workbook.xlsx.writeFile(path);
}

function csvRows(table: SampleTable): SampleCell[][] {
  const dates = new Set(table.dateColumns);
  return [
    [...table.headers],
    ...table.rows.map((row) => row.map((v, c) => (dates.has(c) && typeof v === "number" ? isoFromSerial(v) : v))),
  ];
}

/** Writes the sample as a CSV folder (customers.csv, invoices.csv, policy.csv, reviewhistory.csv), dates as ISO text. */
export async function writeSampleCsvFolder(folder: string, tables: SampleTables): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  const files: [string, SampleTable | undefined][] = [
    [CSV_FILE_NAMES.Customers[0], tables.customers],
    [CSV_FILE_NAMES.Invoices[0], tables.invoices],
    [CSV_FILE_NAMES.CreditPolicy[0], tables.creditPolicy],
    [CSV_FILE_NAMES.ReviewHistory[0], tables.reviewHistory],
  ];
  for (const [name, table] of files)
    if (table) await fs.writeFile(join(folder, name), formatCsv(csvRows(table)), "utf8");
}
