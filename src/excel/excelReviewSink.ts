/** Writes the review's sheets into the open workbook through Office.js (the ReviewSink port), all or nothing. */
import { formatMessage, type MessageCode, type MessageParams } from "../core/messages";
import type {
  ConditionalFormat,
  HistoryAppendLayout,
  LayoutChart,
  LayoutTable,
  LayoutValue,
  PrintSetup,
  SheetLayout,
  WorkbookLayout,
} from "../workbook/layout";
import { a1Area, a1Rows, chartArea, columnLetters, fitCellText } from "../workbook/layout";
import type { ReviewSink } from "../workbook/ports";
import { type ExcelContext, type ExcelRun, type ExcelWorksheet, yieldToHost } from "./excelHost";
import { WRITE_BUDGET_BYTES, utf8Length } from "./payload";

/** A failed write, with a message code so the pane can show it in the user's language. */
export class ReviewWriteError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly params: MessageParams,
    override readonly cause?: unknown,
  ) {
    super(formatMessage(code, params, "en"));
    this.name = "ReviewWriteError";
  }
}

export interface ExcelWriteOptions {
  /** Bytes of values and formats packed into one request (default 3 MB, under the 4 MB payload limit). */
  readonly budgetBytes?: number;
  /** Waits between requests so the pane stays responsive; a macrotask by default. */
  readonly yieldToHost?: () => Promise<void>;
  /** Tags this run's temporary names; defaults to the clock in base 36. */
  readonly runTag?: () => string;
  /**
   * Whether to set up printing (worksheet.pageLayout, ExcelApi 1.9). Default true; the pane passes false on a host
   * without 1.9 (perpetual Excel 2016), where the calls would fail and, the write being all or nothing, lose the review.
   */
  readonly printSetup?: boolean;
}

/** Bytes counted for an operation that carries no cell data (a name, an address, a rule). */
const SMALL_OPERATION_BYTES = 256;

/** The text format: a string written into a cell formatted "@" stays text, whatever it starts with. */
const TEXT = "@";
const GENERAL = "General";

const CHART_TYPES = { columnClustered: "ColumnClustered", pie: "Pie", bar: "BarClustered", line: "Line" } as const;
const OPERATORS = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  equalTo: "EqualTo",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const;

/**
 * Draws a WorkbookLayout (the review's, the scorecard builder's) into the workbook.
 *
 * All or nothing: each output sheet is drawn on a new temporary sheet; then one request moves the old output
 * sheets and their tables aside under backup names, gives the new sheets and tables their real names, and
 * deletes the backups. Office.js requests are not transactions, so a failure can stop anywhere: recovery then
 * reads the workbook and either undoes (drops the temporary sheets, restores the backups' names, clears the rows
 * appended to ReviewHistory) or, if backups were already being deleted — every rename had happened — finishes.
 * The user's sheets are never touched: only sheets named in the layout, ReviewHistory (when the layout appends to
 * it), and this run's own temporary sheets are.
 *
 * Syncs: 2 to inspect the workbook, one per `budgetBytes` of cell data (at least one), and one for the swap. The
 * count grows with the megabytes written, never with the row count as such: rows are packed into each request
 * up to the budget, so a constant number of syncs and a bounded request size cannot both hold for unbounded
 * data, and the request size is the limit Excel enforces.
 *
 * Text: every string cell gets the Text number format ("@") earlier in the same request than its value, so
 * Excel stores "=1+1", "+44…", "-x" or "@x" as text rather than a formula, and "00123" keeps its zeros.
 * Numbers and booleans get the column's number format.
 */
export class ExcelReviewSink implements ReviewSink {
  private readonly budgetBytes: number;
  private readonly pause: () => Promise<void>;
  private readonly runTag: () => string;
  private readonly printSetup: boolean;

  constructor(
    private readonly run: ExcelRun,
    options: ExcelWriteOptions = {},
  ) {
    this.budgetBytes = options.budgetBytes ?? WRITE_BUDGET_BYTES;
    this.pause = options.yieldToHost ?? yieldToHost;
    this.runTag = options.runTag ?? (() => Date.now().toString(36).slice(-6).toUpperCase());
    this.printSetup = options.printSetup ?? true;
  }

  async write(layout: WorkbookLayout): Promise<void> {
    const plan = new SwapPlan(this.runTag(), layout);
    try {
      await this.run(async (context) => {
        await inspect(context, plan);
        const batches = new Batches(context, this.budgetBytes, this.pause);
        await drawAll(context, plan, batches, this.printSetup);
        await batches.flush();
        swap(context, plan);
        await context.sync();
      });
    } catch (error) {
      if (!plan.started)
        throw error instanceof ReviewWriteError
          ? error
          : new ReviewWriteError("reviewWriteFailed", { detail: describe(error) }, error);
      let outcome: "undone" | "finished";
      try {
        outcome = await this.run((context) => recover(context, plan));
      } catch (cleanupError) {
        throw new ReviewWriteError(
          "reviewWriteCleanupFailed",
          { detail: describe(error), cleanup: describe(cleanupError), prefix: plan.prefix },
          error,
        );
      }
      if (outcome === "finished") return;
      throw new ReviewWriteError("reviewWriteFailed", { detail: describe(error) }, error);
    }
  }
}

function describe(error: unknown): string {
  if (error instanceof ReviewWriteError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
}

// ── The plan: which names are ours, old and new ──

interface OutputSheet {
  readonly finalName: string;
  readonly tempName: string;
  readonly backupName: string;
  readonly layout?: SheetLayout;
  /**
   * The existing sheet it replaces, if any — the one of that name, else one under an alias (the sheet's name in
   * another language): its name, id, position, and the names of its tables.
   */
  old?: { name: string; id: string; position: number; tables: { name: string; backupName: string }[] };
  newTables: { finalName: string; tempName: string }[];
}

interface HistoryAppend {
  /** The existing history sheet's name (the layout's, or an alias of it). */
  readonly sheetName: string;
  /** Where the appended block starts (0-based) on the existing sheet. */
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The existing table and its area before the append, to resize and, on failure, to restore. */
  readonly table?: { name: string; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
}

class SwapPlan {
  readonly prefix: string;
  readonly outputs: OutputSheet[];
  /** Set when ReviewHistory exists and rows are appended to it in place. */
  historyAppend?: HistoryAppend;
  /** Set when ReviewHistory does not exist: it is drawn as one more new sheet. */
  historySheet?: OutputSheet;
  /** True once anything was queued that may change the workbook. */
  started = false;

  constructor(
    tag: string,
    readonly layout: WorkbookLayout,
  ) {
    this.prefix = `CD${tag}`;
    this.outputs = layout.sheets.map((sheet, i) => this.output(sheet.name, i, sheet));
  }

  output(finalName: string, index: number | string, layout?: SheetLayout): OutputSheet {
    return {
      finalName,
      tempName: `${this.prefix}new${index}`,
      backupName: `${this.prefix}old${index}`,
      layout,
      newTables: [],
    };
  }

  get allOutputs(): OutputSheet[] {
    return this.historySheet ? [...this.outputs, this.historySheet] : this.outputs;
  }
}

// ── Step 1: inspect the workbook (2 syncs) ──

async function inspect(context: ExcelContext, plan: SwapPlan): Promise<void> {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name,items/id");
  tables.load("items/name");
  await context.sync();

  const tableInfo = tables.items.map((table) => {
    const worksheet = table.worksheet.load("name");
    const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
    return { table, worksheet, range };
  });
  const history = plan.layout.historyAppend;
  const named = (name: string, aliases: readonly string[] = []) =>
    [name, ...aliases].map((n) => worksheets.items.findIndex((sheet) => sameName(sheet.name, n))).find((i) => i >= 0) ??
    -1;
  const historySheet = history && worksheets.items[named(history.sheetName, history.aliases)];
  const historyUsed = historySheet?.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const tablesOnSheet = (sheetName: string) => tableInfo.filter((info) => sameName(info.worksheet.name, sheetName));
  // An other-language sheet is the review's earlier edition only when it holds one of the review's tables for it: a
  // user's own sheet that happens to be called 账龄 or Aging is never taken.
  const ownAlias = (output: (typeof plan.outputs)[number]) =>
    (output.layout?.aliases ?? []).filter((alias) =>
      tablesOnSheet(alias).some((info) => (output.layout?.tables ?? []).some((t) => sameName(t.name, info.table.name))),
    );
  plan.outputs.forEach((output, i) => {
    const position = named(output.finalName, ownAlias(output));
    const existing = worksheets.items[position];
    if (existing) {
      output.old = {
        name: existing.name,
        id: existing.id,
        position,
        tables: tablesOnSheet(existing.name).map((info, k) => ({
          name: info.table.name,
          backupName: `${plan.prefix}old${i}t${k}`,
        })),
      };
    }
  });

  // Without a history in the layout, no history sheet is read, created or touched.
  if (history && !historySheet) {
    plan.historySheet = plan.output(history.sheetName, "H");
  } else if (history && historySheet && history.rows.length > 0) {
    const { columns, rows } = history;
    const table = tablesOnSheet(historySheet.name)[0];
    const used = historyUsed && !historyUsed.isNullObject ? historyUsed : undefined;
    const bottom = Math.max(
      used ? used.rowIndex + used.rowCount : 0,
      table ? table.range.rowIndex + table.range.rowCount : 0,
    );
    const column = table ? table.range.columnIndex : used ? used.columnIndex : 0;
    const withHeader = bottom === 0;
    plan.historyAppend = {
      sheetName: historySheet.name,
      row: bottom,
      column,
      rowCount: rows.length + (withHeader ? 1 : 0),
      columnCount: columns.length,
      table: table && { name: table.table.name, ...pick(table.range) },
    };
  }

  // A table name the review needs, held by a table on a sheet the review does not own, cannot be freed.
  const owned = plan.allOutputs.flatMap((output) =>
    output.old ? [output.finalName, output.old.name] : [output.finalName],
  );
  for (const sheet of plan.allOutputs) {
    for (const table of sheet.layout?.tables ?? historyTables(plan, sheet)) {
      const holder = tableInfo.find((info) => sameName(info.table.name, table.name));
      if (holder && !owned.some((name) => sameName(name, holder.worksheet.name))) {
        throw new ReviewWriteError("reviewTableNameTaken", { table: table.name, sheet: holder.worksheet.name });
      }
    }
  }
}

function pick(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }) {
  return {
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleUpperCase() === b.toLocaleUpperCase();
}

/** The table a new ReviewHistory sheet gets: named after the sheet, in the letters a table name allows. */
function historyTables(plan: SwapPlan, sheet: OutputSheet): LayoutTable[] {
  const history = plan.layout.historyAppend;
  if (sheet !== plan.historySheet || !history) return [];
  const { sheetName, columns, rows } = history;
  const name = sheetName.replace(/[^\p{L}\p{N}_]/gu, "_").replace(/^(?=[\p{N}])/u, "_");
  return [{ name, startRow: 0, columns, rows }];
}

// ── Step 2: draw, packed into requests by size ──

/**
 * Cuts the drawing into requests of at most `budgetBytes` of payload: when the next piece would not fit, the
 * current request is synced, and the host gets a macrotask before the next one is built. So the main thread
 * never works longer than it takes to build one request. Each request suspends recalculation until its sync.
 */
class Batches {
  private bytes = 0;
  private operations = 0;

  constructor(
    private readonly context: ExcelContext,
    private readonly budgetBytes: number,
    private readonly pause: () => Promise<void>,
  ) {}

  /** Bytes still free in the current request. */
  get room(): number {
    return this.budgetBytes - this.bytes;
  }

  /** Sends the current request (if it holds anything) and yields to the host. */
  async cut(): Promise<void> {
    if (this.operations === 0) return;
    await this.flush();
    await this.pause();
  }

  /** Queues work of this size in the current request if it fits, else in a new one. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (bytes > this.room) await this.cut();
    if (this.operations === 0) this.context.workbook.application.suspendApiCalculationUntilNextSync();
    queue();
    this.operations++;
    this.bytes += bytes;
  }

  /** Sends the current request. */
  async flush(): Promise<void> {
    if (this.operations === 0) return;
    await this.context.sync();
    this.operations = 0;
    this.bytes = 0;
  }
}

async function drawAll(context: ExcelContext, plan: SwapPlan, batches: Batches, printSetup: boolean): Promise<void> {
  plan.started = true;
  const draw = new Drawing(context, batches, printSetup);
  for (const output of plan.allOutputs) {
    // A history sheet made new takes the history's print setup; an existing one keeps its own, as a failed write
    // could not undo a change to it.
    const layout = output.layout ?? {
      name: output.finalName,
      tables: historyTables(plan, output),
      print: plan.layout.historyAppend?.print,
    };
    await draw.sheet(output, layout);
  }
  const history = plan.layout.historyAppend;
  if (plan.historyAppend && history) await draw.historyAppend(history, plan.historyAppend);
}

/** One request's worth of cell data at most: values and their number formats for a block of rows. */
interface RowBlock {
  readonly values: LayoutValue[][];
  readonly formats: string[][];
}

class Drawing {
  constructor(
    private readonly context: ExcelContext,
    private readonly batches: Batches,
    private readonly printSetup: boolean,
  ) {}

  private small(queue: () => void): Promise<void> {
    return this.batches.add(SMALL_OPERATION_BYTES, queue);
  }

  async sheet(output: OutputSheet, layout: SheetLayout): Promise<void> {
    let worksheet!: ExcelWorksheet; // assigned as the operation is queued
    await this.small(() => (worksheet = this.context.workbook.worksheets.add(output.tempName)));

    if (layout.title !== undefined) {
      await this.cells(worksheet, 0, 0, [[layout.title]]);
      await this.small(() => {
        const title = worksheet.getRangeByIndexes(0, 0, 1, 1).format.font;
        title.bold = true;
        title.size = 14;
      });
    }
    if (layout.keyValues && layout.keyValues.items.length > 0) {
      const { startRow, items } = layout.keyValues;
      const hasNotes = items.some((item) => item.note !== undefined);
      await this.cells(
        worksheet,
        startRow,
        0,
        items.map((item) => (hasNotes ? [item.label, item.value, item.note ?? null] : [item.label, item.value])),
        (i, j) => (j === 1 ? items[i].numberFormat : undefined),
      );
      await this.small(() => (worksheet.getRangeByIndexes(startRow, 0, items.length, 1).format.font.bold = true));
    }
    for (const [k, table] of layout.tables.entries()) {
      const tempName = `${output.tempName}t${k}`;
      output.newTables.push({ finalName: table.name, tempName });
      await this.table(worksheet, table, tempName);
    }
    for (const chart of layout.charts ?? []) {
      const table = layout.tables.find((candidate) => candidate.name === chart.table);
      if (table && table.rows.length > 0) await this.small(() => drawChart(worksheet, table, chart));
    }
    if (layout.freezeRows) {
      const rows = layout.freezeRows;
      await this.small(() => worksheet.freezePanes.freezeRows(rows));
    }
    const print = layout.print;
    if (print && this.printSetup) await this.small(() => setUpPrinting(worksheet, print));
  }

  private async table(worksheet: ExcelWorksheet, table: LayoutTable, tempName: string): Promise<void> {
    const { startRow, columns, rows } = table;
    const width = columns.length;
    await this.cells(worksheet, startRow, 0, [columns.map((column) => column.header)]);
    await this.cells(worksheet, startRow + 1, 0, rows, (_, j) => columns[j]?.numberFormat);
    await this.small(() => {
      worksheet.getRangeByIndexes(startRow, 0, 1, width).format.font.bold = true;
      const created = worksheet.tables.add(worksheet.getRangeByIndexes(startRow, 0, rows.length + 1, width), true);
      created.name = tempName;
      columns.forEach((column, c) => {
        if (column.width)
          worksheet.getRangeByIndexes(startRow, c, 1, 1).format.columnWidth = charactersToPoints(column.width);
      });
      if (rows.length > 0)
        for (const format of table.conditionalFormats ?? []) addConditionalFormat(worksheet, table, format);
    });
  }

  /**
   * Queues values (and, before them, number formats) from (row, column), cut into blocks at request boundaries
   * so that no request carries more than the budget.
   */
  async cells(
    worksheet: ExcelWorksheet,
    row: number,
    column: number,
    values: readonly (readonly LayoutValue[])[],
    numberFormatAt: (row: number, column: number) => string | undefined = () => undefined,
  ): Promise<void> {
    let block: RowBlock = { values: [], formats: [] };
    let blockBytes = SMALL_OPERATION_BYTES;
    let blockRow = row;
    const emit = async (): Promise<void> => {
      if (block.values.length === 0) return;
      const { values: blockValues, formats: blockFormats } = block;
      const at = blockRow;
      await this.batches.add(blockBytes, () => {
        const range = worksheet.getRangeByIndexes(at, column, blockValues.length, blockValues[0].length);
        range.numberFormat = blockFormats;
        range.values = blockValues;
      });
      blockRow += blockValues.length;
      block = { values: [], formats: [] };
      blockBytes = SMALL_OPERATION_BYTES;
    };
    for (const [i, cells] of values.entries()) {
      const rowValues = cells.map(cellValue);
      const rowFormats = cells.map((cell, j) => cellFormat(cell, numberFormatAt(i, j)));
      const bytes = utf8Length(JSON.stringify(rowValues)) + utf8Length(JSON.stringify(rowFormats)) + 2;
      if (blockBytes + bytes > this.batches.room) {
        await emit();
        if (blockBytes + bytes > this.batches.room) await this.batches.cut();
      }
      block.values.push(rowValues);
      block.formats.push(rowFormats);
      blockBytes += bytes;
    }
    await emit();
  }

  async historyAppend(history: HistoryAppendLayout, at: HistoryAppend): Promise<void> {
    let worksheet!: ExcelWorksheet; // assigned as the operation is queued
    await this.small(() => (worksheet = this.context.workbook.worksheets.getItem(at.sheetName)));
    const withHeader = at.rowCount > history.rows.length;
    if (withHeader) await this.cells(worksheet, at.row, at.column, [history.columns.map((column) => column.header)]);
    const first = at.row + (withHeader ? 1 : 0);
    await this.cells(worksheet, first, at.column, history.rows, (_, j) => history.columns[j]?.numberFormat);
    const table = at.table;
    if (table) {
      await this.small(() => {
        this.context.workbook.tables
          .getItem(table.name)
          .resize(
            worksheet.getRangeByIndexes(
              table.rowIndex,
              table.columnIndex,
              at.row + at.rowCount - table.rowIndex,
              table.columnCount,
            ),
          );
      });
    }
  }
}

const ORIENTATIONS = { landscape: "Landscape", portrait: "Portrait" } as const;

/**
 * The layout's page setup: orientation, fit to `pagesWide` pages across, print area and titles. Only the width is
 * given (Office.js documents no value for "as many pages tall as needed"); Excel then takes the height as it comes.
 */
function setUpPrinting(worksheet: ExcelWorksheet, print: PrintSetup): void {
  const page = worksheet.pageLayout;
  page.orientation = ORIENTATIONS[print.orientation];
  page.zoom = { horizontalFitToPages: print.pagesWide };
  if (print.area) page.setPrintArea(a1Area(print.area));
  if (print.titleRows) page.setPrintTitleRows(a1Rows(print.titleRows));
}

/** Office.js writes "" to empty a cell; null would leave whatever was there. */
function cellValue(value: LayoutValue): string | number | boolean {
  return value === null ? "" : (fitCellText(value) as string | number | boolean);
}

function cellFormat(value: LayoutValue, columnFormat: string | undefined): string {
  if (typeof value === "string") return TEXT;
  return columnFormat ?? GENERAL;
}

/** Column width in characters of the default font → points (about 7 pixels a character, 0.75 point a pixel). */
function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** A constant as a conditional-format formula: numbers as is, text quoted with inner quotes doubled. */
function formulaConstant(value: number | string): string {
  return typeof value === "number" ? `=${value}` : `="${value.replace(/"/g, '""')}"`;
}

function addConditionalFormat(worksheet: ExcelWorksheet, table: LayoutTable, format: ConditionalFormat): void {
  const firstRow = table.startRow + 1;
  const rowCount = table.rows.length;
  const column = worksheet.getRangeByIndexes(firstRow, format.column, rowCount, 1);
  switch (format.kind) {
    case "cellValue": {
      const added = column.conditionalFormats.add("CellValue");
      added.cellValue.format.fill.color = format.fill;
      if (format.fontColor) added.cellValue.format.font.color = format.fontColor;
      added.cellValue.rule = { formula1: formulaConstant(format.value), operator: OPERATORS[format.operator] };
      return;
    }
    case "textEquals": {
      const added = column.conditionalFormats.add("CellValue");
      added.cellValue.format.fill.color = format.fill;
      added.cellValue.rule = { formula1: formulaConstant(format.text), operator: OPERATORS.equalTo };
      return;
    }
    case "rowWhenTrue": {
      // Relative row, absolute column: each data row looks at its own flag cell.
      const rows = worksheet.getRangeByIndexes(firstRow, 0, rowCount, table.columns.length);
      const added = rows.conditionalFormats.add("Custom");
      added.custom.rule.formula = `=$${columnLetters(format.column)}${firstRow + 1}=TRUE`;
      added.custom.format.fill.color = format.fill;
      return;
    }
    case "dataBar": {
      column.conditionalFormats.add("DataBar").dataBar.positiveFormat.fillColor = format.color;
      return;
    }
  }
}

function drawChart(worksheet: ExcelWorksheet, table: LayoutTable, chart: LayoutChart): void {
  const firstRow = table.startRow + 1;
  const rowCount = table.rows.length;
  const data = (column: number) => worksheet.getRangeByIndexes(firstRow, column, rowCount, 1);
  const header = (column: number) => table.columns[column]?.header ?? "";
  const [first, ...others] = chart.seriesColumns;
  const created = worksheet.charts.add(CHART_TYPES[chart.kind], data(first), "Columns");
  created.title.text = chart.title;
  const firstSeries = created.series.getItemAt(0);
  firstSeries.name = header(first);
  firstSeries.setXAxisValues(data(chart.categoryColumn));
  for (const column of others) {
    const series = created.series.add(header(column));
    series.setValues(data(column));
    series.setXAxisValues(data(chart.categoryColumn));
  }
  const area = chartArea(chart);
  created.setPosition(
    worksheet.getRangeByIndexes(area.row, area.column, 1, 1),
    worksheet.getRangeByIndexes(area.row + area.rowCount - 1, area.column + area.columnCount - 1, 1, 1),
  );
}

// ── Step 3: swap (1 sync) ──

/**
 * Old sheets and tables aside, new ones in and moved to the old ones' places, then the old ones deleted — in
 * that order, so that whatever prefix of this request runs, recovery can tell which way to go: a deleted old
 * sheet means every rename ran.
 */
function swap(context: ExcelContext, plan: SwapPlan): void {
  const { worksheets, tables } = context.workbook;
  const outputs = plan.allOutputs;
  for (const output of outputs) {
    for (const table of output.old?.tables ?? []) tables.getItem(table.name).name = table.backupName;
  }
  for (const output of outputs) if (output.old) worksheets.getItem(output.old.name).name = output.backupName;
  for (const output of outputs) {
    worksheets.getItem(output.tempName).name = output.finalName;
    for (const table of output.newTables) tables.getItem(table.tempName).name = table.finalName;
  }
  // Each new sheet takes its old sheet's place: moved in ascending order, each lands before its old sheet.
  const replaced = outputs.filter((output) => output.old).sort((a, b) => a.old!.position - b.old!.position);
  replaced.forEach((output, k) => (worksheets.getItem(output.finalName).position = output.old!.position + k));
  for (const output of outputs) if (output.old) worksheets.getItem(output.backupName).delete();
}

// ── Recovery (2 syncs, only after a failure) ──

async function recover(context: ExcelContext, plan: SwapPlan): Promise<"undone" | "finished"> {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name,items/id");
  tables.load("items/name");
  await context.sync();
  const sheetNamed = (name: string) => worksheets.items.find((sheet) => sameName(sheet.name, name));
  const tableNamed = (name: string) => tables.items.find((table) => sameName(table.name, name));
  const outputs = plan.allOutputs;

  const oldSheetGone = outputs.some(
    (output) => output.old && !worksheets.items.some((sheet) => sheet.id === output.old?.id),
  );
  if (oldSheetGone) {
    // The swap was deleting backups, so every rename had run: the new review is in place; finish the deletes.
    for (const output of outputs) sheetNamed(output.backupName)?.delete();
    await context.sync();
    return "finished";
  }

  if (plan.historyAppend && plan.layout.historyAppend) {
    const at = plan.historyAppend;
    const history = sheetNamed(at.sheetName);
    if (history) {
      const table = at.table && tableNamed(at.table.name);
      if (at.table && table) {
        const { rowIndex, columnIndex, rowCount, columnCount } = at.table;
        table.resize(history.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount));
      }
      history.getRangeByIndexes(at.row, at.column, at.rowCount, at.columnCount).clear();
    }
  }
  for (const output of outputs) {
    sheetNamed(output.tempName)?.delete();
    // With the old sheet moved aside (or none before), a sheet under the final name is this run's new one.
    if (!output.old || sheetNamed(output.backupName)) sheetNamed(output.finalName)?.delete();
  }
  for (const output of outputs) {
    if (!output.old) continue;
    const backup = sheetNamed(output.backupName);
    if (backup) backup.name = output.old.name;
    for (const table of output.old.tables) {
      const moved = tableNamed(table.backupName);
      if (moved) moved.name = table.name;
    }
  }
  await context.sync();
  return "undone";
}
