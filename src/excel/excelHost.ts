/**
 * The slice of the Excel JavaScript API the Office.js adapter uses, as structural types. `Excel.run` and
 * `Excel.RequestContext` satisfy them (checked at the bottom of this file by the type checker), and tests pass
 * the in-memory fake host (test/fakes/excel) instead.
 */

/** A range proxy. Properties are readable only after `load` + `context.sync()`. */
export interface ExcelRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly format: ExcelRangeFormat;
  readonly conditionalFormats: ExcelConditionalFormatCollection;
  load(propertyNames?: string | string[]): ExcelRange;
  clear(): void;
  /** Selects the range (activating its sheet), as the user would. */
  select(): void;
}

export interface ExcelRangeFormat {
  /** In points. */
  columnWidth: number;
  readonly font: { bold: boolean; color: string; size: number };
  readonly fill: { color: string };
}

export interface ExcelConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string };
}

export interface ExcelConditionalFormat {
  readonly cellValue: { readonly format: ExcelConditionalRangeFormat; rule: { formula1: string; operator: string } };
  readonly custom: { readonly format: ExcelConditionalRangeFormat; readonly rule: { formula: string } };
  readonly dataBar: { readonly positiveFormat: { fillColor: string } };
}

export interface ExcelConditionalFormatCollection {
  add(type: "CellValue" | "Custom" | "DataBar"): ExcelConditionalFormat;
}

export interface ExcelChartSeries {
  name: string;
  setValues(sourceData: ExcelRange): void;
  setXAxisValues(sourceData: ExcelRange): void;
}

export interface ExcelChart {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): ExcelChartSeries; add(name?: string): ExcelChartSeries };
  /** Top-left cell, and the bottom-right cell the chart covers (its size) when given. */
  setPosition(startCell: ExcelRange | string, endCell?: ExcelRange | string): void;
}

/** A sheet's print setup (Office.js PageLayout). */
export interface ExcelPageLayout {
  orientation: "Portrait" | "Landscape";
  /** Fit to pages across / down (0 down: as many pages as it takes), or a percentage scale. */
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface ExcelChartCollection {
  add(
    type: "ColumnClustered" | "Pie" | "BarClustered" | "Line",
    sourceData: ExcelRange,
    seriesBy?: "Auto" | "Columns" | "Rows",
  ): ExcelChart;
}

export interface ExcelTable {
  name: string;
  /** A totals row is part of the table's range, below the data. */
  readonly showTotals: boolean;
  readonly isNullObject: boolean;
  readonly worksheet: ExcelWorksheet;
  getRange(): ExcelRange;
  resize(newRange: ExcelRange | string): void;
  load(propertyNames?: string | string[]): ExcelTable;
  /** The table's columns by position (the review's customer table: the first is the customer id). */
  readonly columns: { getItemAt(index: number): ExcelTableColumn };
  /** Clears every AutoFilter criterion of the table: all its rows show again. */
  clearFilters(): void;
}

export interface ExcelTableColumn {
  /** The column's AutoFilter: `applyValuesFilter` shows only the rows whose displayed text is one of the values. */
  readonly filter: { applyValuesFilter(values: string[]): void };
}

export interface ExcelTableCollection {
  readonly items: ExcelTable[];
  add(address: ExcelRange | string, hasHeaders: boolean): ExcelTable;
  getItem(key: string): ExcelTable;
  getItemOrNullObject(key: string): ExcelTable;
  load(propertyNames?: string | string[]): ExcelTableCollection;
}

export interface ExcelWorksheet {
  name: string;
  readonly id: string;
  position: number;
  readonly isNullObject: boolean;
  readonly tables: ExcelTableCollection;
  readonly charts: ExcelChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: ExcelPageLayout;
  getRange(address?: string): ExcelRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): ExcelRange;
  /** Shows the sheet to the user. */
  activate(): void;
  delete(): void;
  load(propertyNames?: string | string[]): ExcelWorksheet;
}

export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  add(name?: string): ExcelWorksheet;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  load(propertyNames?: string | string[]): ExcelWorksheetCollection;
}

export interface ExcelContext {
  readonly workbook: {
    readonly worksheets: ExcelWorksheetCollection;
    readonly tables: ExcelTableCollection;
    readonly application: { suspendApiCalculationUntilNextSync(): void };
  };
  sync(): Promise<unknown>;
}

/** `Excel.run` in production; the fake host's `run` in tests. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

/** Office.js errors carry a `code` (OfficeExtension.ErrorCodes / Excel.ErrorCodes). */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Waits for a macrotask so the host (and the pane) can paint and handle input between chunks of work. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Compile-time proof that production's Excel objects fit these types (no runtime effect). Exported so that no
// unused-type lint removes them; nothing imports them (knip: @public).
type Assert<T extends true> = T;
/** @public */
export type ExcelRequestContextFits = Assert<Excel.RequestContext extends ExcelContext ? true : false>;
/** @public */
export type ExcelRunFits = Assert<typeof Excel.run extends ExcelRun ? true : false>;
