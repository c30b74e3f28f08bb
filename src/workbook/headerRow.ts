/**
 * Sheets with title rows above the header (the company, "截止日期：2026-06-30", a merged title, blank rows), as
 * ledger reports are exported: the header is found among the first rows and the table re-based on it.
 */
import { at } from "../core/arrays";
import { valueError } from "../core/errors";
import type { DataIssue } from "./dataIssues";
import type { RawCell, RawTable } from "./ports";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA, mapColumns, type TableSchema } from "./schema";
import { rowCount, rowReader } from "./tableRows";

/** How many rows from the top of a table the header is looked for in. */
export const HEADER_SEARCH_ROWS = 20;

/** How many of the first rows a not-found error shows, and how much of each. */
const PREVIEW_ROWS = 5;
const PREVIEW_ROW_CHARS = 80;

/** The contract tables whose required columns identify their header row. */
const SCHEMAS: ReadonlyMap<string, TableSchema> = new Map(
  [CUSTOMERS_SCHEMA, INVOICES_SCHEMA, HISTORY_SCHEMA].map((s) => [s.name, s]),
);

/** The schema whose required columns find a contract table's header, or undefined for tables read as they are. */
export function headerSchema(name: string): TableSchema | undefined {
  return SCHEMAS.get(name);
}

function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

/** A row's non-blank cells as text, a merged cell's repeats (one value across its columns) listed once. */
function filledCells(row: readonly RawCell[]): string[] {
  const texts: string[] = [];
  for (const cell of row) {
    const text = cellText(cell);
    if (text !== "" && text !== texts[texts.length - 1]) texts.push(text);
  }
  return texts;
}

const requiredColumns = (schema: TableSchema) => schema.columns.filter((c) => c.required);

/** How many of a schema's required columns a row holds, by header or synonym (as mapColumns matches). */
function requiredHeld(schema: TableSchema, row: readonly RawCell[]): number {
  return requiredColumns(schema).length - mapColumns(schema, row).missing.length;
}

/** Required columns a row must hold to be taken as a header whose other columns the mapping step asks for. */
const PARTIAL_HEADER = 2;

/**
 * Which of the rows (the first read, then those below it) is the header: the first that holds every required
 * column, else the first holding the most of them when that is at least PARTIAL_HEADER; -1 when none is.
 */
function headerIndex(schema: TableSchema, rows: readonly (readonly RawCell[])[]): number {
  const required = requiredColumns(schema).length;
  let best = -1;
  let bestHeld = PARTIAL_HEADER - 1;
  for (const [i, row] of rows.entries()) {
    const held = requiredHeld(schema, row);
    if (held === required) return i;
    if (held > bestHeld) [best, bestHeld] = [i, held];
  }
  return best;
}

/**
 * Whether the first row read is a title rather than a header with unfamiliar names (which the column mapping step
 * asks about): blank, one text (a merged title) over rows that are not all one cell wide, or under half as many
 * filled cells as the widest row below it. One cell over one-cell rows (a semicolon CSV read as one column) is a
 * header.
 */
function firstRowIsTitle(table: RawTable, below: readonly (readonly RawCell[])[]): boolean {
  const first = filledCells(table.headers).length;
  const widest = below.reduce((w, row) => Math.max(w, filledCells(row).length), 0);
  return first === 0 || (first === 1 && widest !== 1) || first * 2 < widest;
}

/** The first rows of a table as one short line per row, for the not-found error. */
function preview(table: RawTable, rows: readonly (readonly RawCell[])[]): string {
  const firstRow = table.firstDataRow - 1;
  return [table.headers, ...rows]
    .slice(0, PREVIEW_ROWS)
    .map((row, k) => {
      const line = filledCells(row)
        .join(" | ")
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");
      return `row ${firstRow + k}: ${line.length > PREVIEW_ROW_CHARS ? `${line.slice(0, PREVIEW_ROW_CHARS - 1)}…` : line || "(blank)"}`;
    })
    .join("; ");
}

/**
 * The table re-based on its header: the first of its first HEADER_SEARCH_ROWS rows that holds every required column
 * of `schema` (by header or synonym, as mapColumns matches), else the one holding the most of them, at least two
 * (a ledger's header under a title whose other columns the mapping step then asks about). A header on the first
 * row returns the table as it is. Found lower, the rows above it are dropped, `firstDataRow` moves down with it
 * (data issues keep pointing at real sheet rows), `titleRows` says how many rows were skipped, and a by-column copy
 * of the cells is left behind (the rows are sliced instead). When no row holds the header and the first row is a
 * title, not a header with other names, the table cannot be read.
 * @throws CreditError `headerRowNotFound`, naming where the header must be, its required columns and the first rows
 * @example withHeaderRow({ headers: ["ACME Trading"], rows: [[], ["Customer ID", "Name"], ["C1", "Acme"]], firstDataRow: 2, … }, CUSTOMERS_SCHEMA)
 *   // { headers: ["Customer ID", "Name"], rows: [["C1", "Acme"]], firstDataRow: 4, titleRows: 2, … }
 */
export function withHeaderRow(table: RawTable, schema: TableSchema): RawTable {
  if (mapColumns(schema, table.headers).missing.length === 0) return table;
  const rowAt = rowReader(table);
  const top: RawCell[][] = [];
  for (let i = 0; i < Math.min(rowCount(table), HEADER_SEARCH_ROWS - 1); i++) top.push([...rowAt(i)]);
  const found = headerIndex(schema, [table.headers, ...top]);
  if (found === 0) return table;
  if (found > 0) {
    const { columns: _byColumn, ...rest } = table;
    return {
      ...rest,
      headers: at(top, found - 1).map(cellText),
      rows: table.rows.slice(found),
      firstDataRow: table.firstDataRow + found,
      titleRows: found,
    };
  }
  const empty = [table.headers, ...top].every((row) => filledCells(row).length === 0);
  if (top.length === 0 || empty || !firstRowIsTitle(table, top)) return table;
  throw valueError("headerRowNotFound", {
    table: schema.name,
    sheet: table.sheet,
    rows: HEADER_SEARCH_ROWS,
    required: requiredColumns(schema)
      .map((c) => c.header)
      .join(", "),
    preview: preview(table, top),
  });
}

/**
 * The note that a table's header was found below its first row: on the header's row, so the user sees which rows
 * were taken as titles and left out. "Repaired": the table is read with its header moved; no data row is left out.
 * @example headerRowIssue(customers).params // { table: "Customers", sheet: "客户", row: 4, skipped: 3 }
 */
export function headerRowIssue(table: RawTable): DataIssue {
  const row = table.firstDataRow - 1;
  const skipped = table.titleRows ?? 0;
  const params = { table: table.name, sheet: table.sheet, row, skipped };
  return { sheet: table.sheet, row, column: "", value: "", action: "repaired", code: "headerRowFound", params };
}
