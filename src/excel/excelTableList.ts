/** Lists the open workbook's tables and data sheets through Office.js: names, headers and row counts, never rows. */
import type { WorkbookTableInfo } from "../workbook/ports";
import type { ExcelRange, ExcelRun, ExcelWorksheet } from "./excelHost";

interface Area {
  readonly kind: "table" | "sheet";
  readonly name: string;
  readonly worksheet: ExcelWorksheet;
  readonly range: ExcelRange;
  readonly totals: boolean;
}

const sameName = (a: string, b: string) => a.toLocaleUpperCase() === b.toLocaleUpperCase();

/**
 * Every Excel table, then every sheet that holds no table but has values (its first used row the header), in
 * workbook order: what `ExcelWorkbookSource.readTable(name)` can read. A sheet named like a table is left out,
 * since reading by that name finds the table.
 *
 * Syncs: 3 whatever the size — the collections; each table's area and each sheet's used range; the header rows.
 * Only header rows travel back, so the response stays small for tables of any length.
 * @example await listWorkbookTables(run) // [{ name: "Applicants", kind: "table", sheet: "Data", rows: 1000, headers: [...] }]
 */
export async function listWorkbookTables(run: ExcelRun): Promise<WorkbookTableInfo[]> {
  return run(async (context) => {
    const { worksheets, tables } = context.workbook;
    worksheets.load("items/name");
    tables.load("items/name,items/showTotals");
    await context.sync();

    const tableAreas = tables.items.map((table): Area => ({
      kind: "table",
      name: table.name,
      worksheet: table.worksheet.load("name"),
      range: table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
      totals: table.showTotals,
    }));
    const sheetAreas = worksheets.items.map((worksheet): Area => ({
      kind: "sheet",
      name: worksheet.name,
      worksheet,
      range: worksheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
      totals: false,
    }));
    await context.sync();

    const plainSheets = sheetAreas.filter(
      (area) =>
        !area.range.isNullObject &&
        !tableAreas.some((t) => sameName(t.worksheet.name, area.name) || sameName(t.name, area.name)),
    );
    const areas = [...tableAreas, ...plainSheets];
    const headerRows = areas.map((area) =>
      area.worksheet
        .getRangeByIndexes(area.range.rowIndex, area.range.columnIndex, 1, area.range.columnCount)
        .load("values"),
    );
    await context.sync();

    return areas.map((area, i) => ({
      name: area.name,
      kind: area.kind,
      sheet: area.worksheet.name,
      rows: Math.max(0, area.range.rowCount - 1 - (area.totals ? 1 : 0)),
      headers: (headerRows[i].values[0] ?? []).map((cell) =>
        cell === null || cell === undefined ? "" : String(cell).trim(),
      ),
    }));
  });
}
