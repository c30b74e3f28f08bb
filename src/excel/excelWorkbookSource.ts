/** Reads the review's input tables from the open workbook through Office.js (the WorkbookSource port). */
import type { RawCell, RawTable, WorkbookSource } from "../workbook/ports";
import type { TotalsRow } from "../workbook/totalsRows";
import {
  type ExcelRange,
  type ExcelRun,
  type ExcelContext,
  type ExcelTable,
  type ExcelTableCollection,
  type ExcelWorksheet,
  officeErrorCode,
  yieldToHost,
} from "./excelHost";
import { READ_BUDGET_BYTES, jsonBytes } from "./payload";

export interface ExcelReadOptions {
  /** Bytes of values asked for per sync. */
  readonly budgetBytes?: number;
  /** The guess for the first block, before anything is measured. */
  readonly guessBytesPerCell?: number;
}

/** Where the table's cells are: its sheet, and the area of header plus data rows (and totals, if `table` shows them). */
interface Located {
  readonly worksheet: ExcelWorksheet;
  readonly range: ExcelRange;
  readonly table?: ExcelTable;
  /** Reading a sheet: the Excel tables on it, whose totals rows are not data. */
  readonly tablesOnSheet?: ExcelTableCollection;
}

/**
 * Reads a table (an Excel table of that name, else a sheet of that name whose first used row is the header).
 *
 * Syncs: 2 to locate the table and learn its size, then one per block of values. A block asks for about
 * `budgetBytes` of values: the first is sized by a guess per cell, each later one by the bytes per row of the
 * block before. So the number of syncs follows the table's size in megabytes (2 + about MB / 2), not its row count, and
 * every response stays well under Excel on the web's 5 MB. Blocks are not queued together in one sync: Office.js
 * answers a sync in one response, so stacking blocks would only stack their bytes. Should a block still come back
 * too large (a few rows of very long text), it is halved and asked again.
 */
export class ExcelWorkbookSource implements WorkbookSource {
  private readonly budgetBytes: number;
  private readonly guessBytesPerCell: number;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelReadOptions = {},
  ) {
    this.budgetBytes = options.budgetBytes ?? READ_BUDGET_BYTES;
    this.guessBytesPerCell = options.guessBytesPerCell ?? 64;
  }

  readTable(name: string): Promise<RawTable | undefined> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();

      let located: Located;
      if (!table.isNullObject) {
        located = { worksheet: table.worksheet, range: table.getRange(), table: table.load("showTotals") };
      } else if (!sheet.isNullObject) {
        // A sheet read whole may hold an Excel table with a totals row (under any name, Table1): not data.
        located = {
          worksheet: sheet,
          range: sheet.getUsedRangeOrNullObject(true),
          tablesOnSheet: sheet.tables.load("items/name,items/showTotals"),
        };
      } else {
        return undefined;
      }
      located.worksheet.load("name");
      located.range.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();

      const sheetName = located.worksheet.name;
      if (located.range.isNullObject) return { name, sheet: sheetName, headers: [], rows: [], firstDataRow: 2 };
      const { rowIndex, columnIndex, columnCount } = located.range;
      const totalsRows = await this.totalsRowsOf(located.tablesOnSheet?.items ?? [], columnIndex, context);
      const rowCount = located.range.rowCount - (located.table?.showTotals ? 1 : 0); // a totals row is not data

      const rows: RawCell[][] = [];
      let next = 0; // next sheet row to read, relative to the header row
      let rowsPerBlock = Math.max(1, Math.floor(this.budgetBytes / (columnCount * this.guessBytesPerCell)));
      while (next < rowCount) {
        const count = Math.min(rowsPerBlock, rowCount - next);
        const block = located.worksheet
          .getRangeByIndexes(rowIndex + next, columnIndex, count, columnCount)
          .load("values");
        try {
          // One sync per block by design: a sync answers in one response, so blocks cannot share one (see above).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (error) {
          if (officeErrorCode(error) !== "ResponsePayloadSizeLimitExceeded" || count === 1) throw error;
          rowsPerBlock = Math.max(1, Math.floor(count / 2));
          continue;
        }
        const values = block.values;
        for (const row of values) rows.push(row.map(toRawCell));
        next += count;
        const bytesPerRow = jsonBytes(values) / count;
        rowsPerBlock = Math.max(1, Math.floor(this.budgetBytes / Math.max(bytesPerRow, 1)));
        if (next < rowCount) await yieldToHost();
      }

      const [header = [], ...data] = rows;
      return {
        name,
        sheet: sheetName,
        headers: header.map((cell) => (cell === null ? "" : String(cell))),
        rows: data,
        firstDataRow: rowIndex + 2,
        ...(totalsRows.length > 0 ? { totalsRows } : {}),
      };
    });
  }

  /**
   * The totals rows (1-based sheet rows) of the tables that hold the sheet's data: those that start at its first used
   * column (a side table elsewhere on the sheet has its own rows). One more sync, only when a table shows totals.
   */
  private async totalsRowsOf(
    tables: readonly ExcelTable[],
    firstColumn: number,
    context: ExcelContext,
  ): Promise<TotalsRow[]> {
    const shown = tables
      .filter((t) => t.showTotals)
      .map((t) => ({ table: t, range: t.getRange().load("rowIndex,rowCount,columnIndex") }));
    if (shown.length === 0) return [];
    await context.sync();
    return shown
      .filter(({ range }) => range.columnIndex === firstColumn)
      .map(({ table, range }) => ({ row: range.rowIndex + range.rowCount, table: table.name }));
  }
}

/** Office.js reads an empty cell as ""; the contract calls it null. Dates arrive as serial numbers. */
function toRawCell(value: unknown): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}
