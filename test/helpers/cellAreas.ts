/** Geometry of blocks of cells, for tests that check a layout's tables and charts keep clear of each other. */
import type { CellArea } from "../../src/workbook/layout";

/** Whether two blocks of cells share a cell: their row spans and their column spans both intersect. */
export function areasOverlap(a: CellArea, b: CellArea): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
