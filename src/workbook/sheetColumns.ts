/**
 * A table's columns as data: each column says its code, number format, width and how a row's cell is read, in one
 * place. Headers come from the sheet-label catalogue by code, and conditional formats, charts and note rows find a
 * column by its code, never by its position or its translated header.
 */
import type { Locale } from "../core/messages";
import { sheetLabel, type SheetLabelCode } from "./labels";
import type { LayoutColumn, LayoutRow, LayoutValue, NumberFormat } from "./layout";

/** What every column reads besides its row: at least the workbook's language. */
export interface SheetContext {
  readonly locale: Locale;
}

/** A column repeated per item of a list (an aging bucket): a name and the item's index. */
export type RepeatedColumnCode = `${string}:${number}`;

export type ColumnCode = SheetLabelCode | RepeatedColumnCode;

interface ColumnBody<R, X extends SheetContext> {
  readonly format?: NumberFormat;
  /** Width in characters; hosts convert. */
  readonly width?: number;
  /** The row's cell; `index` is the row's 0-based place among the table's rows. */
  readonly value: (row: R, x: X, index: number) => LayoutValue;
}

/**
 * One column of a table: headed by its code's label, or, for a column repeated per item (`agingBucket:2`), by a
 * header of its own.
 * @example { code: "labelColExposure", format: NumberFormats.money, width: 14, value: (r) => r.exposure }
 */
export type SheetColumn<R, X extends SheetContext = SheetContext> = ColumnBody<R, X> &
  (
    | { readonly code: SheetLabelCode; readonly header?: undefined }
    | { readonly code: RepeatedColumnCode; readonly header: (x: X) => string }
  );

/**
 * The 0-based position of the column with this code; a code the table lacks is a programming error, so it throws.
 * @example columnIndex(ALERT_COLUMNS, "labelColMessage") // 4
 */
export function columnIndex<R, X extends SheetContext>(
  columns: readonly SheetColumn<R, X>[],
  code: ColumnCode,
): number {
  const index = columns.findIndex((c) => c.code === code);
  if (index < 0) throw new Error(`The table has no column ${code}.`);
  return index;
}

/** The columns' headers (in the context's language), number formats and widths. */
export function layoutColumns<R, X extends SheetContext>(columns: readonly SheetColumn<R, X>[], x: X): LayoutColumn[] {
  return columns.map((c) => ({
    header: c.header === undefined ? sheetLabel(c.code, x.locale) : c.header(x),
    numberFormat: c.format,
    width: c.width,
  }));
}

/** Each row's cells, one per column, in the columns' order. */
export function layoutRows<R, X extends SheetContext>(
  columns: readonly SheetColumn<R, X>[],
  rows: readonly R[],
  x: X,
): LayoutRow[] {
  return rows.map((row, index) => columns.map((c) => c.value(row, x, index)));
}

/**
 * A row blank but for `text` in the column `code`: the note a table ends with when it could not list every row.
 * @example noteRow(ALERT_COLUMNS, "labelColMessage", "12 more rows not listed") // [null, null, null, null, "12 more…"]
 */
export function noteRow<R, X extends SheetContext>(
  columns: readonly SheetColumn<R, X>[],
  code: ColumnCode,
  text: string,
): LayoutRow {
  const at = columnIndex(columns, code);
  return columns.map((_, i) => (i === at ? text : null));
}
