/** Row-by-row access to a RawTable, whether its host read it by row (`rows`) or by column (`columns`). */
import { at } from "../core/arrays";
import type { RawCell, RawColumns, RawTable } from "./ports";
import { cellOf, TextSpans } from "./textSpans";

/** How many data rows the table has, without building rows for a table read by column. */
export function rowCount(table: RawTable): number {
  return table.columns ? table.columns.rowCount : table.rows.length;
}

/**
 * A reader of data row `i`. For a table read by column the row is assembled into one reused array (as wide as the
 * widest row; cells past a short row's end are undefined, as they are past the end of a row array), so a million
 * rows cost no allocation: the returned row is only valid until the next call and must not be kept.
 * @example const rowAt = rowReader(table); for (let i = 0; i < rowCount(table); i++) check(rowAt(i));
 */
export function rowReader(table: RawTable): (i: number) => readonly RawCell[] {
  const columns = table.columns;
  if (!columns) {
    const rows = table.rows;
    return (i) => at(rows, i);
  }
  const cells = columns.cells;
  const row: RawCell[] = new Array<RawCell>(cells.length).fill(undefined);
  return (i) => {
    cells.forEach((column, c) => (row[c] = cellOf(column, i)));
    return row;
  };
}

/**
 * Rows from columns, each as long as its last present cell: what a reader by row would have produced.
 * @example rowsFromColumns({ rowCount: 2, cells: [["a", "b"], ["x"]] }) // [["a", "x"], ["b"]]
 */
export function rowsFromColumns(columns: RawColumns): RawCell[][] {
  const rows: RawCell[][] = new Array(columns.rowCount);
  const cells = columns.cells;
  for (let i = 0; i < columns.rowCount; i++) {
    let width = cells.length;
    while (width > 0 && cellOf(at(cells, width - 1), i) === undefined) width--;
    const row: RawCell[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = cellOf(at(cells, c), i);
    rows[i] = row;
  }
  return rows;
}

/**
 * The cells of column `c`, row by row: the host's own column when it read the table by column (no rows built),
 * else taken from the rows. Entries past a short row's end are undefined.
 * @example columnCells({ ...table, rows: [["a", 1], ["b"]] }, 1) // [1, undefined]
 */
export function columnCells(table: RawTable, c: number): readonly RawCell[] {
  const column = table.columns?.cells[c];
  if (column instanceof TextSpans) return Array.from({ length: column.length }, (_, i) => column.at(i));
  if (column) return column;
  return table.rows.map((row) => row[c]);
}
