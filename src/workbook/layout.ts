/**
 * A host-neutral description of output sheets (the review's, the scorecard builder's). Results are turned into
 * these layouts once (src/workbook), and each sink — Excel (src/excel), ExcelJS (src/files) — only draws them, so
 * the sheets look the same whichever host writes them.
 */

/** A value written to a cell. Text is always written as text, never as a formula, whatever it starts with. */
export type LayoutValue = string | number | boolean | null;
/** One row of a table: a value per column. */
export type LayoutRow = readonly LayoutValue[];

/** Excel number formats the layouts use, one place to change them. */
export const NumberFormats = {
  money: "#,##0.00;[Red]-#,##0.00",
  moneyWhole: "#,##0;[Red]-#,##0",
  percent: "0.0%",
  days: "0",
  decimal2: "0.00",
  /** Small ratios such as an HHI of 0.0264. */
  decimal4: "0.0000",
  date: "yyyy-mm-dd",
  integer: "0",
  text: "@",
} as const;

export type NumberFormat = (typeof NumberFormats)[keyof typeof NumberFormats];

export interface LayoutColumn {
  /** Column header as shown (already in the workbook's language). */
  readonly header: string;
  readonly numberFormat?: NumberFormat;
  /** Width in characters; hosts convert. */
  readonly width?: number;
}

/** A conditional format over one column of a table's data rows. */
export type ConditionalFormat =
  | {
      readonly kind: "cellValue";
      readonly column: number; // 0-based column in the table
      readonly operator: "greaterThan" | "lessThan" | "equalTo" | "greaterThanOrEqual" | "lessThanOrEqual";
      readonly value: number | string;
      readonly fill: string; // #RRGGBB
      readonly fontColor?: string;
    }
  | {
      /** Whole data row filled when the given column of that row is TRUE. */
      readonly kind: "rowWhenTrue";
      readonly column: number;
      readonly fill: string;
    }
  | { readonly kind: "dataBar"; readonly column: number; readonly color: string }
  | { readonly kind: "textEquals"; readonly column: number; readonly text: string; readonly fill: string };

/** A table of data: header row then data rows, written as an Excel table (ListObject) where the host can. */
export interface LayoutTable {
  /** Excel table name (unique in the workbook, letters, digits and underscores). */
  readonly name: string;
  /** 0-based row of the header in the sheet; column A. */
  readonly startRow: number;
  readonly columns: readonly LayoutColumn[];
  readonly rows: readonly (readonly LayoutValue[])[];
  readonly conditionalFormats?: readonly ConditionalFormat[];
}

/** A block of label/value pairs (the KPI block), two columns from column A. */
export interface LayoutKeyValues {
  readonly startRow: number;
  readonly items: readonly {
    readonly label: string;
    readonly value: LayoutValue;
    readonly numberFormat?: NumberFormat;
    readonly note?: string;
  }[];
}

export interface LayoutChart {
  readonly kind: "columnClustered" | "pie" | "bar" | "line";
  readonly title: string;
  /** The table whose columns feed the chart. */
  readonly table: string;
  /** 0-based column of the category labels and of each series in that table. */
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  /** Where the chart's top-left corner goes: 0-based row and column. */
  readonly anchorRow: number;
  readonly anchorColumn: number;
  /** Rows and columns the chart covers; {@link CHART_SIZE} when left out. */
  readonly heightRows?: number;
  readonly widthColumns?: number;
}

/** A chart's default size in cells: about 5 × 3 inches at Excel's default row height and column width. */
export const CHART_SIZE = { rows: 16, columns: 8 } as const;

/** A block of cells: 0-based top row and left column, and its size. */
export interface CellArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The cells a chart covers. */
export function chartArea(chart: LayoutChart): CellArea {
  return {
    row: chart.anchorRow,
    column: chart.anchorColumn,
    rowCount: chart.heightRows ?? CHART_SIZE.rows,
    columnCount: chart.widthColumns ?? CHART_SIZE.columns,
  };
}

/** The cells a table covers: its header and data rows (an empty table keeps one blank row), from column A. */
export function tableArea(table: LayoutTable): CellArea {
  return {
    row: table.startRow,
    column: 0,
    rowCount: 1 + Math.max(1, table.rows.length),
    columnCount: table.columns.length,
  };
}

/** How a sheet prints: every review sheet is landscape, one page wide, as many pages tall as it takes. */
export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  /** Pages across the width (the scale shrinks to fit); the height is free. */
  readonly pagesWide: number;
  /** The area printed; the sheet's used range when left out (a sheet the review appends to). */
  readonly area?: CellArea;
  /** 0-based rows printed again at the top of every page (a table's header row), when the sheet has one. */
  readonly titleRows?: { readonly first: number; readonly last: number };
}

/**
 * A 0-based column as Excel's letters (bijective base 26): the project's one column-letter helper, used by both
 * sinks, the .xlsx charts and the test fakes.
 * @example columnLetters(0) // "A"
 * @example columnLetters(26) // "AA"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * An area in A1 notation, as both hosts take a print area.
 * @example a1Area({ row: 0, column: 0, rowCount: 29, columnCount: 6 }) // "A1:F29"
 */
export function a1Area(area: CellArea): string {
  const first = `${columnLetters(area.column)}${area.row + 1}`;
  return `${first}:${columnLetters(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
}

/**
 * Title rows in A1 notation: whole rows, 1-based (both hosts take this form).
 * @example a1Rows({ first: 25, last: 25 }) // "26:26"
 */
export function a1Rows(rows: { readonly first: number; readonly last: number }): string {
  return `${rows.first + 1}:${rows.last + 1}`;
}

/**
 * Everything a sheet writes — title, key values (with their notes), tables, charts — as one block from A1, so a
 * print area holds all of it and nothing else.
 */
export function sheetExtent(sheet: Omit<SheetLayout, "print">): CellArea {
  const blocks: CellArea[] = [
    ...(sheet.title !== undefined ? [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }] : []),
    ...(sheet.keyValues
      ? [
          {
            row: sheet.keyValues.startRow,
            column: 0,
            rowCount: sheet.keyValues.items.length,
            columnCount: sheet.keyValues.items.some((i) => i.note !== undefined) ? 3 : 2,
          },
        ]
      : []),
    ...sheet.tables.map(tableArea),
    ...(sheet.charts ?? []).map(chartArea),
  ];
  return {
    row: 0,
    column: 0,
    rowCount: Math.max(1, ...blocks.map((b) => b.row + b.rowCount)),
    columnCount: Math.max(1, ...blocks.map((b) => b.column + b.columnCount)),
  };
}

/** Excel's standard column width, in characters of the default font: the width of a column nothing widens. */
export const STANDARD_COLUMN_WIDTH = 8.43;

/**
 * A text's width in characters of the default font: a Chinese (full-width) character takes two.
 * @example displayWidth("DSO") // 3
 * @example displayWidth("应收账款") // 8
 */
export function displayWidth(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u1100-\uFFEF]/.test(ch) ? 2 : 1), 0);
}

export interface SheetLayout {
  /** Sheet name (≤ 31 characters, none of : \ / ? * [ ]). */
  readonly name: string;
  /**
   * The same sheet's names in the other languages (the review's `Aging` is `账龄` in Chinese): an existing sheet
   * under one of them is this sheet's earlier edition, replaced in its place, so switching language leaves no
   * stale copy. A sheet under the name itself wins over one under an alias.
   */
  readonly aliases?: readonly string[];
  /** A title in A1, when the sheet has one. */
  readonly title?: string;
  readonly keyValues?: LayoutKeyValues;
  readonly tables: readonly LayoutTable[];
  readonly charts?: readonly LayoutChart[];
  /** Rows frozen at the top (through the main table's header). */
  readonly freezeRows?: number;
  /** Page setup for printing; the host's defaults when left out. */
  readonly print?: PrintSetup;
}

/** Rows appended to a history sheet (created with this header when the workbook has none), never replaced. */
export interface HistoryAppendLayout {
  readonly sheetName: string;
  /** The history's names in other languages: an existing sheet under one of them is appended to, not duplicated. */
  readonly aliases?: readonly string[];
  readonly columns: readonly LayoutColumn[];
  readonly rows: readonly (readonly LayoutValue[])[];
  /** Page setup for printing; the host's defaults when left out. */
  readonly print?: PrintSetup;
}

/**
 * What a sink writes: its own sheets, each replaced whole, and optionally rows appended to a history sheet. Without
 * `historyAppend` no history sheet is read, created or touched (the scorecard builder's output).
 */
export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
  readonly historyAppend?: HistoryAppendLayout;
}

/** The review as sheets, plus the rows appended to ReviewHistory (not replaced). */
export interface ReviewWorkbookLayout extends WorkbookLayout {
  readonly historyAppend: HistoryAppendLayout;
}

/** The most characters an Excel cell holds (Excel's specifications and limits); longer text is refused or cut. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * A value as a cell can hold it: text beyond {@link CELL_TEXT_LIMIT} is cut and ends with "…", so that a 100,000-
 * character name from the input neither fails the write (Office.js) nor makes a file Excel must repair (.xlsx).
 * @example fitCellText("x".repeat(40_000)).length // 32767
 */
export function fitCellText(value: LayoutValue): LayoutValue {
  return typeof value === "string" && value.length > CELL_TEXT_LIMIT
    ? `${value.slice(0, CELL_TEXT_LIMIT - 1)}…`
    : value;
}

/**
 * The most data issues the Data Issues sheet lists (the rest are counted, and the CLI writes them all to a CSV file).
 * Why not a full sheet: nobody reads a million issue rows, and a workbook holding them takes gigabytes to write
 * (ExcelJS ran out of a 4 GB heap on a million; 300,000 took 2.7 GB and 29 s).
 */
export const DATA_ISSUES_LISTED = 100_000;

/** The rows of an Excel worksheet (Excel's specifications and limits). */
export const SHEET_ROW_LIMIT = 1_048_576;

/**
 * A table's rows as a sheet can hold them: when the header at 0-based `startRow` and the rows would run past
 * {@link SHEET_ROW_LIMIT}, the rows that fit are kept, the last of them replaced by `note(count)` saying how many
 * were left out (a million alerts from a million-customer input still make a sheet Excel opens).
 * @example fitSheetRows(rows, 0, (n) => [`${n} more`]).length // ≤ 1,048,575
 */
export function fitSheetRows(
  rows: readonly LayoutRow[],
  startRow: number,
  note: (count: number) => LayoutRow,
): readonly LayoutRow[] {
  const room = SHEET_ROW_LIMIT - startRow - 1;
  if (rows.length <= room) return rows;
  return [...rows.slice(0, room - 1), note(rows.length - (room - 1))];
}
