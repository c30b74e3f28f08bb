/**
 * Draws a review layout into an ExcelJS workbook: the layout's sheets, formats, tables, conditional formats, the
 * appended history rows, and (in the written package) native charts. No file system: the CLI's XlsxReviewSink and
 * the browser pane both use it.
 */
import type ExcelJS from "exceljs";
import type {
  ConditionalFormat,
  HistoryAppendLayout,
  LayoutColumn,
  LayoutTable,
  LayoutValue,
  PrintSetup,
  SheetLayout,
  WorkbookLayout,
} from "../workbook/layout";
import { a1Area, a1Rows, columnLetters, fitCellText } from "../workbook/layout";
import { addNativeCharts } from "./xlsxCharts";

/** `#RRGGBB` → ExcelJS ARGB. */
function argb(colour: string): string {
  return `FF${colour.replace(/^#/, "").toUpperCase()}`;
}

/**
 * A layout value as an ExcelJS cell value. Text is always a plain string cell: ExcelJS writes formulas only from
 * `{ formula }` objects, so data such as `=HYPERLINK(…)`, `+1`, `-x` or `@SUM` stays text and is never evaluated.
 */
function cellValue(value: LayoutValue): ExcelJS.CellValue {
  return value === undefined ? null : fitCellText(value);
}

function fill(colour: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", bgColor: { argb: argb(colour) }, fgColor: { argb: argb(colour) } };
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function conditionalRule(
  cf: ConditionalFormat,
  table: LayoutTable,
  firstRow: number,
  lastRow: number,
  priority: number,
): ExcelJS.ConditionalFormattingOptions {
  const colLetter = columnLetters(cf.column);
  const columnRef = `${colLetter}${firstRow}:${colLetter}${lastRow}`;
  switch (cf.kind) {
    case "cellValue":
      return {
        ref: columnRef,
        rules: [
          {
            type: "cellIs",
            priority,
            // OOXML's operator names; ExcelJS writes the attribute as given (its typings list only four).
            operator: (cf.operator === "equalTo" ? "equal" : cf.operator) as ExcelJS.CellIsOperators,
            formulae: [typeof cf.value === "number" ? cf.value : quoteText(cf.value)],
            style: { fill: fill(cf.fill), font: cf.fontColor ? { color: { argb: argb(cf.fontColor) } } : undefined },
          },
        ],
      };
    case "rowWhenTrue":
      return {
        ref: `A${firstRow}:${columnLetters(table.columns.length - 1)}${lastRow}`,
        rules: [
          { type: "expression", priority, formulae: [`$${colLetter}${firstRow}=TRUE`], style: { fill: fill(cf.fill) } },
        ],
      };
    case "dataBar":
      return {
        ref: columnRef,
        rules: [
          {
            type: "dataBar",
            priority,
            gradient: false,
            cfvo: [{ type: "min" }, { type: "max" }],
            color: { argb: argb(cf.color) },
          } as ExcelJS.DataBarRuleType,
        ],
      };
    case "textEquals":
      return {
        ref: columnRef,
        rules: [
          {
            type: "cellIs",
            priority,
            operator: "equal",
            formulae: [quoteText(cf.text)],
            style: { fill: fill(cf.fill) },
          },
        ],
      };
  }
}

function applyFormat(cell: ExcelJS.Cell, column: LayoutColumn): void {
  if (column.numberFormat) cell.numFmt = column.numberFormat;
}

/** Widens a sheet column to at least `width` characters (ExcelJS, not Office.js: its properties read directly). */
function widen(ws: ExcelJS.Worksheet, column: number, width: number): void {
  const current = ws.getColumn(column);
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  if ((current.width ?? 0) < width) current.width = width;
}

function drawTable(ws: ExcelJS.Worksheet, table: LayoutTable, priority: { next: number }): void {
  const headerRow = table.startRow + 1;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + Math.max(1, table.rows.length);
  // An Excel table needs at least one data row; an empty result shows a header over one blank row.
  const rows = table.rows.length > 0 ? table.rows : [table.columns.map(() => null)];
  ws.addTable({
    name: table.name,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((r) => r.map(cellValue)),
  });
  table.columns.forEach((column, c) => {
    // The widest table in a column sets its width (tables share column A onwards).
    if (column.width) widen(ws, c + 1, column.width);
    if (!column.numberFormat) return;
    for (let r = firstRow; r <= lastRow; r++) applyFormat(ws.getCell(r, c + 1), column);
  });
  for (const cf of table.conditionalFormats ?? [])
    ws.addConditionalFormatting(conditionalRule(cf, table, firstRow, lastRow, priority.next++));
}

function drawSheet(ws: ExcelJS.Worksheet, sheet: SheetLayout): void {
  if (sheet.title) {
    const cell = ws.getCell(1, 1);
    cell.value = sheet.title;
    cell.font = { bold: true, size: 14 };
  }
  if (sheet.keyValues) {
    sheet.keyValues.items.forEach((item, i) => {
      const row = sheet.keyValues!.startRow + i + 1;
      const label = ws.getCell(row, 1);
      label.value = item.label;
      label.font = { bold: true };
      const value = ws.getCell(row, 2);
      value.value = cellValue(item.value);
      if (item.numberFormat) value.numFmt = item.numberFormat;
      if (item.note) ws.getCell(row, 3).value = item.note;
    });
    widen(ws, 1, 34);
    widen(ws, 2, 18);
  }
  const priority = { next: 1 };
  for (const table of sheet.tables) drawTable(ws, table, priority);
  if (sheet.freezeRows && sheet.freezeRows > 0) ws.views = [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }];
  if (sheet.print) setUpPrinting(ws, sheet.print);
}

/** The layout's page setup: orientation, fit to `pagesWide` pages across (height free), print area and titles. */
function setUpPrinting(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.pagesWide,
    fitToHeight: 0, // as many pages tall as it takes
    ...(print.area ? { printArea: a1Area(print.area) } : {}),
    ...(print.titleRows ? { printTitlesRow: a1Rows(print.titleRows) } : {}),
  };
}

/** Names of the Excel tables on a sheet. */
function tableNames(ws: ExcelJS.Worksheet): string[] {
  return (ws.getTables() as unknown as { table?: { name?: string } }[]).map((entry) => entry.table?.name ?? "");
}

/**
 * The existing sheet a layout sheet replaces (or the history appends to): the one under its name, else the first one
 * under an alias (its other-language name) that is the review's earlier edition — it holds one of `ownTables` — so a
 * user's own sheet that happens to be called 账龄 or Aging in the other language is never taken.
 */
function existingSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  aliases: readonly string[] = [],
  ownTables?: readonly string[],
): ExcelJS.Worksheet | undefined {
  const named = workbook.getWorksheet(name);
  if (named) return named;
  for (const alias of aliases) {
    const ws = workbook.getWorksheet(alias);
    if (
      ws &&
      (!ownTables || tableNames(ws).some((t) => ownTables.some((own) => own.toLowerCase() === t.toLowerCase())))
    )
      return ws;
  }
  return undefined;
}

/**
 * An Excel table whose last row is `bottom` (the history's, as the sample and Excel write it) grows down to `newBottom`
 * over the appended rows: a reader finds the table by name first, so rows below it would be invisible to the next review.
 */
function extendTableEndingAt(ws: ExcelJS.Worksheet, bottom: number, newBottom: number): void {
  for (const entry of ws.getTables() as unknown as {
    table?: { tableRef?: string; autoFilterRef?: string; totalsRow?: boolean };
  }[]) {
    const model = entry.table;
    const m = /^(\$?[A-Z]+\$?)(\d+):(\$?[A-Z]+\$?)(\d+)$/.exec(model?.tableRef ?? "");
    if (!model || !m || model.totalsRow || Number(m[4]) !== bottom) continue;
    model.tableRef = `${m[1]}${m[2]}:${m[3]}${newBottom}`;
    if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
  }
}

function appendHistory(workbook: ExcelJS.Workbook, history: HistoryAppendLayout): ExcelJS.Worksheet {
  let ws = existingSheet(workbook, history.sheetName, history.aliases);
  if (!ws) {
    ws = workbook.addWorksheet(history.sheetName);
    history.columns.forEach((c, i) => {
      const cell = ws!.getCell(1, i + 1);
      cell.value = c.header;
      cell.font = { bold: true };
      ws!.getColumn(i + 1).width = Math.max(12, c.header.length + 2);
    });
    ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  }
  if (history.print) setUpPrinting(ws, history.print);
  let row = ws.actualRowCount === 0 ? 1 : (ws.lastRow?.number ?? 1);
  extendTableEndingAt(ws, row, row + history.rows.length);
  for (const values of history.rows) {
    row++;
    values.forEach((v, i) => {
      const cell = ws!.getCell(row, i + 1);
      cell.value = cellValue(v);
      const format = history.columns[i].numberFormat;
      if (format) cell.numFmt = format;
    });
  }
  return ws;
}

/**
 * Replaces the layout's own sheets in `workbook` (every other sheet is kept, in its order, after them) and appends
 * the history rows, when the layout has any history (the scorecard builder's has none: no history sheet is made).
 */
export function drawReview(workbook: ExcelJS.Workbook, layout: WorkbookLayout): void {
  workbook.creator = "Credit Desk";
  const replaced = layout.sheets.map((sheet) =>
    existingSheet(
      workbook,
      sheet.name,
      sheet.aliases,
      sheet.tables.map((t) => t.name),
    ),
  );
  const others = workbook.worksheets.filter((w) => !replaced.includes(w));
  layout.sheets.forEach((sheet, i) => {
    const old = replaced[i];
    if (old) workbook.removeWorksheet(old.id);
    drawSheet(workbook.addWorksheet(sheet.name), sheet);
  });
  const history = layout.historyAppend && appendHistory(workbook, layout.historyAppend);
  // The layout's sheets first, in layout order; the workbook's other sheets after them, in their own order.
  const order = [...layout.sheets.map((s) => workbook.getWorksheet(s.name)!), ...others];
  if (history && !others.includes(history)) order.push(history);
  // ExcelJS writes sheets sorted by `orderNo`, a property its typings leave out.
  order.forEach((w, i) => ((w as ExcelJS.Worksheet & { orderNo: number }).orderNo = i + 1));
}

/** The workbook as .xlsx bytes with the layout's charts added as native DrawingML charts (ExcelJS writes none). */
export async function reviewPackage(workbook: ExcelJS.Workbook, layout: WorkbookLayout): Promise<Uint8Array> {
  return addNativeCharts(new Uint8Array(await workbook.xlsx.writeBuffer()), layout);
}

/** Replaces (or adds, at the end) one sheet, keeping every sheet's place; used for the CreditPolicy sheet. */
export function replaceSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout): void {
  const order = workbook.worksheets.map((w) => w.name);
  const old = workbook.getWorksheet(sheet.name);
  if (old) workbook.removeWorksheet(old.id);
  else order.push(sheet.name);
  drawSheet(workbook.addWorksheet(sheet.name), sheet);
  workbook.worksheets.forEach(
    (w) => ((w as ExcelJS.Worksheet & { orderNo: number }).orderNo = order.indexOf(w.name) + 1),
  );
}
