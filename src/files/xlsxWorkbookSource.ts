/**
 * WorkbookSource over an .xlsx loaded with ExcelJS: Excel tables by name first, then sheets of that name. No file
 * system, so the browser pane uses it as the CLI does.
 */
import type ExcelJS from "exceljs";
import { CellFault, type RawCell, type RawTable, type WorkbookSource, type WorkbookTableInfo } from "../workbook/ports";
import { normalizeHeader } from "../workbook/schema";

/** The input cannot be opened at all (missing path, not a workbook, unreadable CSV): the CLI exits with 2. */
export class UnreadableInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnreadableInputError";
  }
}

/**
 * An ExcelJS cell value as a raw cell: formulas give their cached result (a formula saved without one gives
 * `CellFault.NO_VALUE`, not blank), rich text its text, error values `{ error: "#N/A" }` their CellFault.
 */
export function rawFromExcelJs(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date)
    return value;
  const v = value as unknown as Record<string, unknown>;
  if ("result" in v || "formula" in v || "sharedFormula" in v) {
    // A formula that evaluates to "" saves "" as its result; only a missing result means it was never calculated.
    return v.result === undefined || v.result === null
      ? CellFault.NO_VALUE
      : rawFromExcelJs(v.result as ExcelJS.CellValue);
  }
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
  if ("text" in v) return String(v.text);
  if ("error" in v) return CellFault.ofError(String(v.error)) ?? String(v.error);
  return String(value);
}

/** A grid whose first row is the header, as a RawTable; `headerRow` is the header's 1-based sheet row. */
export function tableFromGrid(name: string, sheet: string, grid: RawCell[][], headerRow: number): RawTable {
  const [headers = [], ...rows] = grid;
  return {
    name,
    sheet,
    headers: headers.map((h) => (h === null || h === undefined ? "" : String(h))),
    rows,
    firstDataRow: headerRow + 1,
  };
}

/** Reads a rectangular block of a worksheet (1-based, inclusive) as raw cells. */
function readBlock(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): RawCell[][] {
  const grid: RawCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    const cells: RawCell[] = new Array(right - left + 1);
    for (let c = left; c <= right; c++) cells[c - left] = rawFromExcelJs(row.getCell(c).value);
    grid.push(cells);
  }
  return grid;
}

function decodeRef(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return undefined;
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1]), bottom: Number(m[4]), right: col(m[3]) };
}

interface TableModel {
  readonly name: string;
  readonly tableRef?: string;
  readonly totalsRow?: boolean;
}

/** The Excel tables of a sheet with their areas (1-based, inclusive; header and any totals row included). */
function tablesOf(ws: ExcelJS.Worksheet): { model: TableModel; area: NonNullable<ReturnType<typeof decodeRef>> }[] {
  const found: { model: TableModel; area: NonNullable<ReturnType<typeof decodeRef>> }[] = [];
  for (const table of ws.getTables() as unknown as { table?: Partial<TableModel> }[]) {
    const model = table.table;
    const area = decodeRef(model?.tableRef ?? "");
    if (model?.name && area) found.push({ model: model as TableModel, area });
  }
  return found;
}

/** The last row and column of a sheet's values (0 when it has none). */
function sheetExtent(ws: ExcelJS.Worksheet): { bottom: number; right: number } {
  const bottom = ws.actualRowCount === 0 ? 0 : (ws.lastRow?.number ?? 0);
  return { bottom, right: bottom === 0 ? 0 : ws.columnCount };
}

const headerText = (cell: RawCell) => (cell === null || cell === undefined ? "" : String(cell).trim());

/**
 * The workbook's Excel tables, then its sheets that hold no table but have values (header in row 1), in workbook
 * order: what `XlsxWorkbookSource.readTable(name)` can read. A sheet named like a table is left out, since reading
 * by that name finds the table. Reads header rows only.
 * @example listXlsxTables(workbook) // [{ name: "Applicants", kind: "sheet", sheet: "Applicants", rows: 1000, headers: [...] }]
 */
export function listXlsxTables(workbook: ExcelJS.Workbook): WorkbookTableInfo[] {
  const tables: WorkbookTableInfo[] = [];
  const sheets: WorkbookTableInfo[] = [];
  for (const ws of workbook.worksheets) {
    const own = tablesOf(ws);
    for (const { model, area } of own) {
      tables.push({
        name: model.name,
        kind: "table",
        sheet: ws.name,
        rows: Math.max(0, area.bottom - area.top - (model.totalsRow ? 1 : 0)),
        headers: readBlock(ws, area.top, area.left, area.top, area.right)[0].map(headerText),
      });
    }
    const { bottom, right } = sheetExtent(ws);
    if (own.length > 0 || bottom === 0 || right === 0) continue;
    sheets.push({
      name: ws.name,
      kind: "sheet",
      sheet: ws.name,
      rows: bottom - 1,
      headers: readBlock(ws, 1, 1, 1, right)[0].map(headerText),
    });
  }
  const tableNames = new Set(tables.map((t) => normalizeHeader(t.name)));
  return [...tables, ...sheets.filter((s) => !tableNames.has(normalizeHeader(s.name)))];
}

/** A workbook read with ExcelJS: Excel tables by name first, then sheets of the same name (header in row 1). */
export class XlsxWorkbookSource implements WorkbookSource {
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly label: string,
  ) {}

  /** Over a workbook already loaded; `label` names it in messages (a path or a file name). */
  static of(workbook: ExcelJS.Workbook, label: string): XlsxWorkbookSource {
    return new XlsxWorkbookSource(workbook, label);
  }

  /** @throws UnreadableInputError when the bytes are not an .xlsx workbook */
  static async fromBytes(bytes: ArrayBuffer | Uint8Array, label: string): Promise<XlsxWorkbookSource> {
    return new XlsxWorkbookSource(await loadXlsx(bytes, label), label);
  }

  async readTable(name: string): Promise<RawTable | undefined> {
    const wanted = normalizeHeader(name);
    for (const ws of this.workbook.worksheets) {
      for (const { model, area } of tablesOf(ws)) {
        if (normalizeHeader(model.name) !== wanted) continue;
        // A totals row is not data (as in Excel, where the table's range includes it).
        const bottom = area.bottom - (model.totalsRow ? 1 : 0);
        return this.inDateSystem(
          tableFromGrid(name, ws.name, readBlock(ws, area.top, area.left, bottom, area.right), area.top),
        );
      }
    }
    const ws = this.workbook.worksheets.find((w) => normalizeHeader(w.name) === wanted);
    if (!ws) return undefined;
    const { bottom, right } = sheetExtent(ws);
    if (bottom === 0 || right === 0) return { name, sheet: ws.name, headers: [], rows: [], firstDataRow: 2 };
    // An Excel table on the sheet (left at its default name, Table1) may end in a totals row: not data.
    // Only a table that holds the sheet's data (starting in its first column, A): a side table has its own rows.
    const totalsRows = tablesOf(ws)
      .filter((t) => t.model.totalsRow && t.area.left === 1)
      .map((t) => ({ row: t.area.bottom, table: t.model.name }));
    const table = this.inDateSystem(tableFromGrid(name, ws.name, readBlock(ws, 1, 1, bottom, right), 1));
    return totalsRows.length > 0 ? { ...table, totalsRows } : table;
  }

  /**
   * The table marked as counting days from 1904 when the workbook does: ExcelJS turns date-formatted cells into the
   * right Dates, but a serial in a General-format cell stays the workbook's number, 1,462 days short in 1900 terms.
   */
  private inDateSystem(table: RawTable): RawTable {
    return this.workbook.properties?.date1904 ? { ...table, date1904: true } : table;
  }
}

/**
 * Loads .xlsx bytes into an ExcelJS workbook. ExcelJS is imported on demand: it takes a quarter of a second to
 * load in Node, and in the pane it is a chunk of its own that only browser mode fetches.
 * @throws UnreadableInputError when the bytes are not an .xlsx workbook
 */
export async function loadXlsx(bytes: ArrayBuffer | Uint8Array, label: string): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch (error) {
    throw new UnreadableInputError(`${label} is not a readable .xlsx workbook (${(error as Error).message})`);
  }
  return workbook;
}
