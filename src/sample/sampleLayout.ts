/**
 * The sample portfolio as sheets any ReviewSink can draw: Customers, Invoices and CreditPolicy as tables on sheets
 * of their own, ReviewHistory as appended rows. This is how "Insert sample data" writes it into Excel, through
 * the same all-or-nothing sink as the review.
 */
import { NumberFormats, type LayoutColumn, type ReviewWorkbookLayout, type SheetLayout } from "../workbook/layout";
import type { SampleTable, SampleTables } from "./samplePortfolio";

function columns(table: SampleTable): LayoutColumn[] {
  const dates = new Set(table.dateColumns);
  const moneys = new Set(table.moneyColumns);
  return table.headers.map((header, c) => ({
    header,
    numberFormat: dates.has(c) ? NumberFormats.date : moneys.has(c) ? NumberFormats.money : undefined,
    width: Math.max(10, Math.min(32, header.length + 4)),
  }));
}

function sheet(table: SampleTable): SheetLayout {
  return {
    name: table.name,
    tables: [{ name: table.name, startRow: 0, columns: columns(table), rows: table.rows }],
    freezeRows: 1,
  };
}

/** Sheets for the sample's tables (CreditPolicy only when the sample has one), history as appended rows. */
export function sampleLayout(tables: SampleTables): ReviewWorkbookLayout {
  const sheets = [tables.customers, tables.invoices, tables.creditPolicy]
    .filter((t): t is SampleTable => t !== undefined)
    .map(sheet);
  const history = tables.reviewHistory;
  return {
    sheets,
    historyAppend: {
      sheetName: history?.name ?? "ReviewHistory",
      columns: history ? columns(history) : [],
      rows: history?.rows ?? [],
    },
  };
}
