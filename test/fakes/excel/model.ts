/** The fake Excel host's workbook state: sheets of cells, tables, charts, conditional formats — no proxies here. */
import { columnLetters } from "../../../src/workbook/layout";

export type CellValue = string | number | boolean;

export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface CellStyle {
  bold?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
}

export interface ConditionalFormatModel {
  type: string;
  /** On the format's own sheet, e.g. "C5:C40". */
  address: string;
  rule?: { formula1?: string; operator?: string; formula?: string };
  fill?: string;
  fontColor?: string;
  barColor?: string;
}

/** A range a chart reads; it follows its sheet through renames, as Excel's references do. */
export interface RangeRef {
  readonly sheet: SheetModel;
  readonly area: Area;
}

export interface ChartSeriesModel {
  name: string;
  values?: RangeRef;
  xValues?: RangeRef;
}

export interface ChartModel {
  type: string;
  title: string;
  position?: string;
  series: ChartSeriesModel[];
}

/** A sheet's print setup as the adapter set it (Office.js PageLayout); unset fields are Excel's defaults. */
export interface PrintModel {
  orientation?: "Portrait" | "Landscape";
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** A1 address, e.g. "A1:F29". */
  printArea?: string;
  /** Whole rows, e.g. "1:1". */
  printTitleRows?: string;
}

export class SheetModel {
  deleted = false;
  frozenRows = 0;
  readonly print: PrintModel = {};
  /** Row-major cells; `undefined` is an empty cell. */
  readonly values: (CellValue | undefined)[][] = [];
  readonly numberFormats: (string | undefined)[][] = [];
  /** Formula text of cells Excel took as formulas, keyed by "row,column". */
  readonly formulas = new Map<string, string>();
  readonly styles = new Map<string, CellStyle>();
  readonly columnWidths = new Map<number, number>();
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly charts: ChartModel[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  value(row: number, column: number): CellValue | undefined {
    return this.values[row]?.[column];
  }

  setValue(row: number, column: number, value: CellValue | undefined): void {
    (this.values[row] ??= [])[column] = value;
    this.formulas.delete(`${row},${column}`);
  }

  numberFormat(row: number, column: number): string {
    return this.numberFormats[row]?.[column] ?? "General";
  }

  setNumberFormat(row: number, column: number, format: string): void {
    (this.numberFormats[row] ??= [])[column] = format === "General" ? undefined : format;
  }

  /** The smallest area holding every non-empty cell (and, unless valuesOnly, every formatted cell). */
  usedArea(valuesOnly: boolean): Area | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const visit = (grid: unknown[][]): void => {
      grid.forEach((cells, row) => {
        if (!cells) return;
        cells.forEach((cell, column) => {
          if (cell === undefined) return;
          top = Math.min(top, row);
          bottom = Math.max(bottom, row);
          left = Math.min(left, column);
          right = Math.max(right, column);
        });
      });
    };
    visit(this.values);
    if (!valuesOnly) visit(this.numberFormats);
    if (bottom < 0) return undefined;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

export interface TableModel {
  readonly id: string;
  name: string;
  sheet: SheetModel;
  /** Header, data rows and, when showTotals, the totals row. */
  area: Area;
  showTotals?: boolean;
  /** AutoFilter values by column of the table (0-based): a data row shows when its text is among each. */
  filters?: Map<number, readonly string[]>;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  /** The sheet the user sees, once something activated one. */
  activeSheet?: SheetModel;
  /** The selected cells, once something selected a range. */
  selection?: RangeRef;
  private nextId = 1;

  newId(kind: string): string {
    return `{${kind}-${this.nextId++}}`;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sameName(sheet.name, name));
  }

  table(name: string): TableModel | undefined {
    return this.tables.find((table) => sameName(table.name, name));
  }
}

/** Excel compares sheet and table names case-insensitively. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

export function areaAddress(area: Area): string {
  const start = `${columnLetters(area.column)}${area.row + 1}`;
  if (area.rowCount === 1 && area.columnCount === 1) return start;
  return `${start}:${columnLetters(area.column + area.columnCount - 1)}${area.row + area.rowCount}`;
}

/** Quotes a sheet name in an address the way Excel does when it holds anything but letters, digits, underscore. */
export function sheetAddress(sheetName: string, area: Area): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${quoted}!${areaAddress(area)}`;
}

/** Parses "B2", "A1:C10" or "Sheet!A1:C10" (the sheet part is ignored) into an area. */
export function parseAddress(address: string): Area | undefined {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(local.trim());
  if (!match) return undefined;
  const column = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = column(match[1]);
  const r1 = Number(match[2]) - 1;
  const c2 = match[3] ? column(match[3]) : c1;
  const r2 = match[4] ? Number(match[4]) - 1 : r1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

export function overlaps(a: Area, b: Area): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
