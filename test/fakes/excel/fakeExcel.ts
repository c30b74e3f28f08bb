/**
 * An in-memory Excel host with Office.js proxy semantics, for the adapter's tests: every call queues an
 * operation; nothing reaches the workbook before `context.sync()`; a property is readable only after `load` and
 * a sync; `*OrNullObject` answers `isNullObject` after a sync. It counts syncs, measures each request and
 * response in bytes, enforces Excel on the web's payload limit, and can be told to fail at a given sync or
 * operation — partway through a batch, because Office.js batches are not transactions.
 */
import type {
  ExcelChart,
  ExcelChartCollection,
  ExcelChartSeries,
  ExcelConditionalFormat,
  ExcelConditionalFormatCollection,
  ExcelConditionalRangeFormat,
  ExcelContext,
  ExcelPageLayout,
  ExcelRange,
  ExcelRangeFormat,
  ExcelTable,
  ExcelTableCollection,
  ExcelWorksheet,
  ExcelWorksheetCollection,
} from "../../../src/excel/excelHost";
import {
  type Area,
  type CellValue,
  type ChartModel,
  type RangeRef,
  type ConditionalFormatModel,
  SheetModel,
  type TableModel,
  WorkbookModel,
  areaAddress,
  overlaps,
  parseAddress,
  sameName,
  sheetAddress,
} from "./model";

/** Shaped like OfficeExtension.Error: a `code` from OfficeExtension.ErrorCodes / Excel.ErrorCodes. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** What one `context.sync()` carried. */
export interface SyncRecord {
  /** UTF-8 bytes of the JSON of every argument queued in the batch (values and formats dominate). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the JSON of every property loaded back. */
  readonly responseBytes: number;
  readonly operations: readonly string[];
  readonly calculationSuspended: boolean;
  readonly failed?: string;
}

/** Excel on the web rejects a request or a response over 5 MB (RequestPayloadSizeLimitExceeded). */
export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

interface Operation {
  readonly kind: string;
  readonly payload: unknown;
  apply(): void;
}

function utf8Bytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), "utf8");
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

const INVALID_SHEET_NAME = /[:\\/?*[\]]/;
const NUMERIC_TEXT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/**
 * How Excel stores a string written through `Range.values`: text if the cell's number format is Text ("@") or
 * the string starts with an apostrophe (which is dropped); a formula if it starts with "=", or with "+", "-"
 * or "@" and is not a number; a number or boolean if it reads as one; text otherwise.
 */
function interpretText(text: string, numberFormat: string): { value: CellValue; formula?: string } {
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (NUMERIC_TEXT.test(text)) return { value: Number(text) };
  if (/^(true|false)$/i.test(text)) return { value: text.toUpperCase() === "TRUE" };
  if (/^[=+\-@]/.test(text) && text.length > 1)
    return { value: "#NAME?", formula: text.startsWith("=") ? text : `=${text}` };
  return { value: text };
}

/** The non-empty cells of a grid as "row,column" → content, so that emptied cells compare equal to never-used ones. */
function cells(grid: readonly (readonly unknown[] | undefined)[]): [string, unknown][] {
  const found: [string, unknown][] = [];
  grid.forEach((row, r) => row?.forEach((cell, c) => cell !== undefined && found.push([`${r},${c}`, cell])));
  return found;
}

/** The host: holds the workbook, counts syncs, injects failures, and answers the tests' questions. */
export class FakeExcel {
  readonly workbook = new WorkbookModel();
  readonly syncs: SyncRecord[] = [];
  requestLimitBytes = WEB_PAYLOAD_LIMIT_BYTES;
  responseLimitBytes = WEB_PAYLOAD_LIMIT_BYTES;
  private syncFailure?: { sync: number; afterOperations: number };
  private operationFailure?: { kind: string; remaining: number };

  /** Stands in for `Excel.run`. Operations queued but never synced are a bug in the caller: the fake throws. */
  readonly run = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pending.length > 0) {
      throw new Error(`Excel.run ended with ${context.pending.length} operations queued but never synced.`);
    }
    return result;
  };

  // ── Failure injection ──

  /** The n-th sync from now (1-based) applies its first `afterOperations` operations, then fails. */
  failAtSync(n: number, afterOperations = 0): void {
    this.syncFailure = { sync: this.syncs.length + n, afterOperations };
  }

  /** The `occurrence`-th operation of this kind from now (e.g. "worksheet.delete", "charts.add") fails. */
  failOnOperation(kind: string, occurrence = 1): void {
    this.operationFailure = { kind, remaining: occurrence };
  }

  // ── Seeding ──

  addSheet(
    name: string,
    rows: readonly (readonly (CellValue | null)[])[] = [],
    numberFormats?: readonly (readonly string[])[],
  ): SheetModel {
    const sheet = new SheetModel(this.workbook.newId("sheet"), name);
    rows.forEach((cells, row) =>
      cells.forEach((value, column) => {
        if (value !== null) sheet.setValue(row, column, value);
        const format = numberFormats?.[row]?.[column];
        if (format) sheet.setNumberFormat(row, column, format);
      }),
    );
    this.workbook.sheets.push(sheet);
    return sheet;
  }

  /** A table over the whole used range of a seeded sheet (its first row is the header), or over `address`. */
  addTable(sheetName: string, tableName: string, address?: string, { showTotals = false } = {}): TableModel {
    const sheet = this.workbook.sheet(sheetName);
    const area = address ? parseAddress(address) : sheet?.usedArea(true);
    if (!sheet || !area) throw new Error(`Cannot seed table ${tableName} on ${sheetName}.`);
    const table: TableModel = { id: this.workbook.newId("table"), name: tableName, sheet, area, showTotals };
    this.workbook.tables.push(table);
    return table;
  }

  // ── Inspection ──

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The data rows of a table that its AutoFilter shows (all of them without a filter), as their cells' text. */
  visibleTableRows(tableName: string): string[][] {
    const table = this.workbook.table(tableName);
    if (!table) throw new Error(`No table ${tableName}.`);
    const { row, column, rowCount, columnCount } = table.area;
    const rows: string[][] = [];
    for (let r = row + 1; r < row + rowCount - (table.showTotals ? 1 : 0); r++) {
      const cells = Array.from({ length: columnCount }, (_, c) => String(table.sheet.value(r, column + c) ?? ""));
      if ([...(table.filters ?? [])].every(([c, values]) => values.includes(cells[c]))) rows.push(cells);
    }
    return rows;
  }

  resetCounters(): void {
    this.syncs.length = 0;
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  sheet(name: string): SheetModel {
    const sheet = this.workbook.sheet(name);
    if (!sheet) throw new Error(`No sheet ${name}; sheets are ${this.sheetNames().join(", ")}.`);
    return sheet;
  }

  /** Cell values of a sheet from A1 to the end of its used range; empty cells are null. */
  sheetValues(name: string): (CellValue | null)[][] {
    const sheet = this.sheet(name);
    const used = sheet.usedArea(true);
    if (!used) return [];
    return Array.from({ length: used.row + used.rowCount }, (_, row) =>
      Array.from({ length: used.column + used.columnCount }, (_, column) => sheet.value(row, column) ?? null),
    );
  }

  cell(sheetName: string, address: string): { value: CellValue | null; formula?: string; numberFormat: string } {
    const sheet = this.sheet(sheetName);
    const area = parseAddress(address);
    if (!area) throw new Error(`Bad address ${address}`);
    const formula = sheet.formulas.get(`${area.row},${area.column}`);
    return {
      value: sheet.value(area.row, area.column) ?? null,
      ...(formula ? { formula } : {}),
      numberFormat: sheet.numberFormat(area.row, area.column),
    };
  }

  /** Charts of a sheet, their series' ranges as "Sheet!A2:A9" under the sheets' current names. */
  charts(sheetName: string): {
    type: string;
    title: string;
    position?: string;
    series: { name: string; values?: string; xValues?: string }[];
  }[] {
    const ref = (r?: RangeRef): string | undefined => (r ? sheetAddress(r.sheet.name, r.area) : undefined);
    return this.sheet(sheetName).charts.map((chart) => ({
      type: chart.type,
      title: chart.title,
      ...(chart.position ? { position: chart.position } : {}),
      series: chart.series.map((series) => ({
        name: series.name,
        values: ref(series.values),
        xValues: ref(series.xValues),
      })),
    }));
  }

  tables(): { name: string; sheet: string; address: string }[] {
    return this.workbook.tables.map((table) => ({
      name: table.name,
      sheet: table.sheet.name,
      address: areaAddress(table.area),
    }));
  }

  /** Everything observable about one sheet, as canonical JSON: equal strings mean identical sheets. */
  sheetSnapshot(name: string, { ids = true } = {}): string {
    const sheet = this.sheet(name);
    return JSON.stringify({
      name: sheet.name,
      id: ids ? sheet.id : undefined,
      values: cells(sheet.values),
      numberFormats: cells(sheet.numberFormats),
      formulas: [...sheet.formulas],
      styles: [...sheet.styles],
      columnWidths: [...sheet.columnWidths],
      frozenRows: sheet.frozenRows,
      print: sheet.print,
      conditionalFormats: sheet.conditionalFormats,
      charts: this.charts(name),
      tables: this.tables().filter((table) => table.sheet === sheet.name),
    });
  }

  /** The whole workbook (sheet order, every sheet, every table) as canonical JSON. */
  snapshot({ ids = true } = {}): string {
    return JSON.stringify({
      sheets: this.sheetNames().map((name) => this.sheetSnapshot(name, { ids })),
      tables: this.tables(),
    });
  }

  // ── Execution (called by the request context) ──

  execute(operations: readonly Operation[], deliveries: (() => void)[], responseBytes: () => number): void {
    const requestBytes = operations.reduce((sum, operation) => sum + utf8Bytes(operation.payload), 0);
    const kinds = operations.map((operation) => operation.kind);
    const calculationSuspended = kinds.includes("application.suspendApiCalculationUntilNextSync");
    const record = (failed?: string, response = 0): void => {
      this.syncs.push({
        requestBytes,
        responseBytes: response,
        operations: kinds,
        calculationSuspended,
        ...(failed ? { failed } : {}),
      });
    };
    if (requestBytes > this.requestLimitBytes) {
      record("RequestPayloadSizeLimitExceeded");
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    }
    const failure = this.syncFailure && this.syncFailure.sync === this.syncs.length + 1 ? this.syncFailure : undefined;
    if (failure) this.syncFailure = undefined;
    let applied = 0;
    try {
      for (const operation of operations) {
        if (failure && applied === failure.afterOperations) {
          throw new FakeOfficeError(
            "GeneralException",
            `Injected failure at sync ${this.syncs.length + 1} after ${applied} operations.`,
          );
        }
        if (this.operationFailure?.kind === operation.kind && --this.operationFailure.remaining === 0) {
          this.operationFailure = undefined;
          throw new FakeOfficeError("GeneralException", `Injected failure on ${operation.kind}.`);
        }
        operation.apply();
        applied++;
      }
      if (failure)
        throw new FakeOfficeError(
          "GeneralException",
          `Injected failure at sync ${this.syncs.length + 1} after all operations.`,
        );
    } catch (error) {
      record(error instanceof FakeOfficeError ? error.code : String(error));
      throw error;
    }
    const response = responseBytes();
    if (response > this.responseLimitBytes) {
      record("ResponsePayloadSizeLimitExceeded", response);
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response} bytes) has exceeded the limit.`,
      );
    }
    record(undefined, response);
    deliveries.forEach((deliver) => deliver());
  }
}

/** The request context of one `run`: a queue of operations and the proxies that fill it. */
export class FakeRequestContext implements ExcelContext {
  pending: Operation[] = [];
  private deliveries: (() => void)[] = [];
  private responseBytes = 0;
  readonly workbook: ExcelContext["workbook"];

  constructor(readonly host: FakeExcel) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      tables: new FakeTableCollection(this, undefined),
      application: {
        suspendApiCalculationUntilNextSync: () =>
          this.enqueue("application.suspendApiCalculationUntilNextSync", undefined, () => undefined),
      },
    };
  }

  get model(): WorkbookModel {
    return this.host.workbook;
  }

  enqueue(kind: string, payload: unknown, apply: () => void): void {
    this.pending.push({ kind, payload, apply });
  }

  /** Runs after the current sync succeeds (how loaded values and isNullObject reach proxies). */
  enqueueDelivery(deliver: () => void): void {
    this.deliveries.push(deliver);
  }

  /** Queues a snapshot taken when the batch runs, handed to the proxy only if the whole sync succeeds. */
  enqueueLoad(kind: string, snapshot: () => () => unknown, deliver: (value: unknown) => void): void {
    this.enqueue(kind, undefined, () => {
      const value = snapshot()();
      this.countResponse(value);
      this.deliveries.push(() => deliver(value));
    });
  }

  countResponse(value: unknown): void {
    this.responseBytes += utf8Bytes(value);
  }

  async sync(): Promise<void> {
    const operations = this.pending;
    const deliveries: (() => void)[] = [];
    this.pending = [];
    this.deliveries = deliveries;
    this.responseBytes = 0;
    await Promise.resolve();
    this.host.execute(operations, deliveries, () => this.responseBytes);
  }
}

type Loaded = readonly (readonly [string, unknown])[];

/** A proxy: bound to a model object when its creating operation runs; properties only from loads. */
abstract class FakeProxy<M> {
  private bound: M | null | undefined;
  private nullKnown: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();
  protected abstract readonly loadable: readonly string[];

  /** `resolve` runs in the batch at this point of the queue; `prebound` is for items of a loaded collection. */
  constructor(
    protected readonly context: FakeRequestContext,
    kind: string,
    payload: unknown,
    resolve: () => M | null,
    prebound?: { model: M },
  ) {
    if (prebound) {
      this.bound = prebound.model;
      this.nullKnown = false;
      return;
    }
    context.enqueue(kind, payload, () => {
      const model = resolve();
      this.bound = model;
      context.enqueueDelivery(() => (this.nullKnown = model === null));
    });
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw notLoaded("isNullObject");
    return this.nullKnown;
  }

  /** The model object, when an operation that uses this proxy runs. */
  protected target(): M {
    if (this.bound === undefined)
      throw new FakeOfficeError("InvalidOperation", "The object was used before it was created.");
    if (this.bound === null) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    if (this.isDeleted(this.bound)) throw new FakeOfficeError("InvalidReference", "The object has been deleted.");
    return this.bound;
  }

  protected isDeleted(_model: M): boolean {
    return false;
  }

  protected abstract snapshot(model: M, property: string): unknown;

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as T;
  }

  /** The loadable properties named (all of them when none are). */
  propertyNames(propertyNames: string | string[] | undefined): string[] {
    const names =
      propertyNames === undefined
        ? [...this.loadable]
        : (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(","))
            .map((name) => name.trim())
            .filter(Boolean);
    for (const name of names)
      if (!this.loadable.includes(name))
        throw new FakeOfficeError("PropertyNotLoaded", `The fake does not load '${name}'.`);
    return names;
  }

  /** The values of these properties now, for a load. */
  snapshotOf(model: M, names: readonly string[]): Loaded {
    return names.map((name) => [name, this.snapshot(model, name)] as const);
  }

  /** For items of a loaded collection: loads these properties from the bound model at once. */
  fillLoaded(propertyNames: string | string[] | undefined): Loaded {
    const values = this.snapshotOf(this.target(), this.propertyNames(propertyNames));
    for (const [name, value] of values) this.loaded.set(name, value);
    return values;
  }

  protected queueLoad(propertyNames: string | string[] | undefined): void {
    const names = this.propertyNames(propertyNames);
    this.context.enqueueLoad(
      "load",
      () => {
        if (this.bound === null) return () => null;
        const values = this.snapshotOf(this.target(), names);
        return () => values;
      },
      (values) => {
        if (values) for (const [name, value] of values as Loaded) this.loaded.set(name, value);
      },
    );
  }
}

/** Loads a collection: its items become proxies already bound, with the named properties loaded. */
function loadCollection<M, P extends FakeProxy<M>>(
  context: FakeRequestContext,
  propertyNames: string | string[] | undefined,
  models: () => M[],
  proxyFor: (model: M) => P,
  deliver: (items: P[]) => void,
): void {
  const itemNames = itemProperties(propertyNames);
  context.enqueue("load", undefined, () => {
    const items = models().map(proxyFor);
    context.countResponse(items.map((item) => item.fillLoaded(itemNames)));
    context.enqueueDelivery(() => deliver(items));
  });
}

// ── Worksheets ──

class FakeWorksheetCollection implements ExcelWorksheetCollection {
  private loadedItems?: FakeWorksheet[];

  constructor(private readonly context: FakeRequestContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.add", name, () => {
      const model = this.context.model;
      const sheetName = name ?? `Sheet${model.sheets.length + 1}`;
      validateSheetName(model, sheetName);
      const sheet = new SheetModel(model.newId("sheet"), sheetName);
      model.sheets.push(sheet);
      return sheet;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.getItem", key, () => {
      const sheet = this.context.model.sheet(key);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `The worksheet '${key}' doesn't exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      "worksheets.getItemOrNullObject",
      key,
      () => this.context.model.sheet(key) ?? null,
    );
  }

  load(propertyNames?: string | string[]): FakeWorksheetCollection {
    loadCollection(
      this.context,
      propertyNames,
      () => [...this.context.model.sheets],
      (model) => new FakeWorksheet(this.context, "", undefined, () => model, { model }),
      (items) => (this.loadedItems = items),
    );
    return this;
  }
}

function itemProperties(propertyNames?: string | string[]): string[] | undefined {
  if (propertyNames === undefined) return undefined;
  const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",")).map((name) =>
    name.trim().replace(/^items\//, ""),
  );
  return names.filter((name) => name && name !== "items");
}

function validateSheetName(model: WorkbookModel, name: string, self?: SheetModel): void {
  if (!name || name.length > 31 || INVALID_SHEET_NAME.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid worksheet name.`);
  }
  const existing = model.sheet(name);
  if (existing && existing !== self)
    throw new FakeOfficeError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
}

class FakeWorksheet extends FakeProxy<SheetModel> implements ExcelWorksheet {
  readonly tables: FakeTableCollection;
  readonly charts: ExcelChartCollection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly pageLayout: ExcelPageLayout;

  constructor(
    context: FakeRequestContext,
    kind: string,
    payload: unknown,
    resolve: () => SheetModel | null,
    prebound?: { model: SheetModel },
  ) {
    super(context, kind, payload, resolve, prebound);
    this.tables = new FakeTableCollection(context, this);
    this.charts = {
      add: (type, sourceData, seriesBy) => new FakeChart(context, this, type, sourceData as FakeRange, seriesBy),
    };
    this.freezePanes = {
      freezeRows: (count = 1) =>
        context.enqueue("freezePanes.freezeRows", count, () => (this.model().frozenRows = count)),
    };
    this.pageLayout = new FakePageLayout(context, () => this.model());
  }

  protected override isDeleted(model: SheetModel): boolean {
    return model.deleted;
  }

  model(): SheetModel {
    return this.target();
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.enqueue("worksheet.name", name, () => {
      const sheet = this.model();
      validateSheetName(this.context.model, name, sheet);
      sheet.name = name;
    });
  }

  get id(): string {
    return this.read("id");
  }

  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.context.enqueue("worksheet.position", position, () => {
      const sheets = this.context.model.sheets;
      const sheet = this.model();
      if (position < 0 || position >= sheets.length)
        throw new FakeOfficeError("InvalidArgument", `Position ${position} is out of range.`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, "worksheet.getRange", address, () => {
      const sheet = this.model();
      const area =
        address === undefined ? { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 } : parseAddress(address);
      if (!area) throw new FakeOfficeError("InvalidArgument", `'${address}' is not a valid address.`);
      return { sheet, area };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(
      this.context,
      "worksheet.getRangeByIndexes",
      [startRow, startColumn, rowCount, columnCount],
      () => {
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1)
          throw new FakeOfficeError("InvalidArgument", "Bad range indexes.");
        return { sheet: this.model(), area: { row: startRow, column: startColumn, rowCount, columnCount } };
      },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, "worksheet.getUsedRangeOrNullObject", valuesOnly, () => {
      const sheet = this.model();
      const area = sheet.usedArea(valuesOnly);
      return area ? { sheet, area } : null;
    });
  }

  activate(): void {
    this.context.enqueue("worksheet.activate", undefined, () => {
      this.context.model.activeSheet = this.model();
    });
  }

  delete(): void {
    this.context.enqueue("worksheet.delete", undefined, () => {
      const model = this.context.model;
      const sheet = this.model();
      if (model.sheets.length === 1)
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      for (let i = model.tables.length - 1; i >= 0; i--) if (model.tables[i].sheet === sheet) model.tables.splice(i, 1);
      sheet.deleted = true;
    });
  }

  load(propertyNames?: string | string[]): FakeWorksheet {
    this.queueLoad(propertyNames);
    return this;
  }

  protected readonly loadable = ["name", "id", "position"];

  protected snapshot(sheet: SheetModel, property: string): unknown {
    return property === "position" ? this.context.model.sheets.indexOf(sheet) : sheet[property as "name" | "id"];
  }
}

// ── Ranges ──

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

function forEachCell(area: Area, visit: (row: number, column: number, i: number, j: number) => void): void {
  for (let i = 0; i < area.rowCount; i++)
    for (let j = 0; j < area.columnCount; j++) visit(area.row + i, area.column + j, i, j);
}

function checkShape(grid: unknown, area: Area, property: string): unknown[][] {
  if (
    !Array.isArray(grid) ||
    grid.length !== area.rowCount ||
    grid.some((row) => !Array.isArray(row) || row.length !== area.columnCount)
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range.`,
    );
  }
  return grid as unknown[][];
}

class FakeRange extends FakeProxy<RangeTarget> implements ExcelRange {
  readonly format: ExcelRangeFormat;
  readonly conditionalFormats: ExcelConditionalFormatCollection;

  constructor(context: FakeRequestContext, kind: string, payload: unknown, resolve: () => RangeTarget | null) {
    super(context, kind, payload, resolve);
    const style = (kind: string, value: unknown, set: (style: Record<string, unknown>) => void): void =>
      context.enqueue(kind, value, () => {
        const { sheet, area } = this.resolved();
        forEachCell(area, (row, column) => {
          const key = cellKey(row, column);
          const current = { ...sheet.styles.get(key) };
          set(current);
          sheet.styles.set(key, current);
        });
      });
    const resolved = (): RangeTarget => this.resolved();
    this.format = {
      set columnWidth(width: number) {
        context.enqueue("range.format.columnWidth", width, () => {
          const { sheet, area } = resolved();
          for (let j = 0; j < area.columnCount; j++) sheet.columnWidths.set(area.column + j, width);
        });
      },
      get columnWidth(): number {
        throw notLoaded("format/columnWidth");
      },
      font: {
        set bold(bold: boolean) {
          style("range.format.font.bold", bold, (s) => (s.bold = bold));
        },
        get bold(): boolean {
          throw notLoaded("format/font/bold");
        },
        set color(color: string) {
          style("range.format.font.color", color, (s) => (s.fontColor = color));
        },
        get color(): string {
          throw notLoaded("format/font/color");
        },
        set size(size: number) {
          style("range.format.font.size", size, (s) => (s.fontSize = size));
        },
        get size(): number {
          throw notLoaded("format/font/size");
        },
      },
      fill: {
        set color(color: string) {
          style("range.format.fill.color", color, (s) => (s.fill = color));
        },
        get color(): string {
          throw notLoaded("format/fill/color");
        },
      },
    };
    this.conditionalFormats = { add: (type) => new FakeConditionalFormat(context, this, type) };
  }

  resolved(): RangeTarget {
    const target = this.target();
    if (target.sheet.deleted) throw new FakeOfficeError("InvalidReference", "The range's worksheet has been deleted.");
    return target;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.context.enqueue("range.values", values, () => {
      const { sheet, area } = this.resolved();
      const grid = checkShape(values, area, "values");
      forEachCell(area, (row, column, i, j) => {
        const value = grid[i][j];
        if (value === null || value === undefined) return; // null leaves the cell as it is
        if (value === "") return sheet.setValue(row, column, undefined);
        if (typeof value === "number" || typeof value === "boolean") return sheet.setValue(row, column, value);
        if (typeof value !== "string")
          throw new FakeOfficeError("InvalidArgument", `Unsupported cell value ${String(value)}.`);
        // Excel's specifications and limits: a cell holds at most 32,767 characters.
        if (value.length > 32_767)
          throw new FakeOfficeError(
            "InvalidArgument",
            "The argument is invalid or missing or has an incorrect format.",
          );
        const stored = interpretText(value, sheet.numberFormat(row, column));
        sheet.setValue(row, column, stored.value);
        if (stored.formula) sheet.formulas.set(cellKey(row, column), stored.formula);
      });
    });
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.context.enqueue("range.numberFormat", formats, () => {
      const { sheet, area } = this.resolved();
      const grid = checkShape(formats, area, "numberFormat");
      forEachCell(area, (row, column, i, j) => {
        const format = grid[i][j];
        if (format !== null && format !== undefined) sheet.setNumberFormat(row, column, String(format));
      });
    });
  }

  select(): void {
    this.context.enqueue("range.select", undefined, () => {
      const { sheet, area } = this.resolved();
      this.context.model.activeSheet = sheet;
      this.context.model.selection = { sheet, area };
    });
  }

  clear(): void {
    this.context.enqueue("range.clear", undefined, () => {
      const { sheet, area } = this.resolved();
      forEachCell(area, (row, column) => {
        sheet.setValue(row, column, undefined);
        sheet.setNumberFormat(row, column, "General");
        sheet.styles.delete(cellKey(row, column));
      });
    });
  }

  load(propertyNames?: string | string[]): FakeRange {
    this.queueLoad(propertyNames);
    return this;
  }

  protected readonly loadable = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "numberFormat",
  ];

  protected snapshot({ sheet, area }: RangeTarget, property: string): unknown {
    switch (property) {
      case "address":
        return sheetAddress(sheet.name, area);
      case "rowIndex":
        return area.row;
      case "columnIndex":
        return area.column;
      case "rowCount":
        return area.rowCount;
      case "columnCount":
        return area.columnCount;
      case "values":
        return Array.from({ length: area.rowCount }, (_, i) =>
          Array.from({ length: area.columnCount }, (_, j) => sheet.value(area.row + i, area.column + j) ?? ""),
        );
      default:
        return Array.from({ length: area.rowCount }, (_, i) =>
          Array.from({ length: area.columnCount }, (_, j) => sheet.numberFormat(area.row + i, area.column + j)),
        );
    }
  }
}

// ── Conditional formats ──

class FakeConditionalFormat implements ExcelConditionalFormat {
  readonly cellValue: ExcelConditionalFormat["cellValue"];
  readonly custom: ExcelConditionalFormat["custom"];
  readonly dataBar: ExcelConditionalFormat["dataBar"];
  private model?: ConditionalFormatModel;

  constructor(
    private readonly context: FakeRequestContext,
    range: FakeRange,
    type: string,
  ) {
    context.enqueue("conditionalFormats.add", type, () => {
      const model: ConditionalFormatModel = { type, address: areaAddress(range.resolved().area) };
      range.resolved().sheet.conditionalFormats.push(model);
      this.model = model;
    });
    const set = (kind: string, value: unknown, apply: (model: ConditionalFormatModel) => void): void =>
      context.enqueue(kind, value, () => apply(this.target()));
    const format = (prefix: string): ExcelConditionalRangeFormat => ({
      fill: {
        set color(color: string) {
          set(`${prefix}.format.fill.color`, color, (m) => (m.fill = color));
        },
        get color(): string {
          throw notLoaded("fill/color");
        },
      },
      font: {
        set color(color: string) {
          set(`${prefix}.format.font.color`, color, (m) => (m.fontColor = color));
        },
        get color(): string {
          throw notLoaded("font/color");
        },
      },
    });
    this.cellValue = {
      format: format("conditionalFormat.cellValue"),
      set rule(rule: { formula1: string; operator: string }) {
        set("conditionalFormat.cellValue.rule", rule, (m) => (m.rule = { ...rule }));
      },
      get rule(): { formula1: string; operator: string } {
        throw notLoaded("cellValue/rule");
      },
    };
    this.custom = {
      format: format("conditionalFormat.custom"),
      rule: {
        set formula(formula: string) {
          set("conditionalFormat.custom.rule.formula", formula, (m) => (m.rule = { formula }));
        },
        get formula(): string {
          throw notLoaded("custom/rule/formula");
        },
      },
    };
    this.dataBar = {
      positiveFormat: {
        set fillColor(color: string) {
          set("conditionalFormat.dataBar.positiveFormat.fillColor", color, (m) => (m.barColor = color));
        },
        get fillColor(): string {
          throw notLoaded("dataBar/positiveFormat/fillColor");
        },
      },
    };
  }

  private target(): ConditionalFormatModel {
    if (!this.model) throw new FakeOfficeError("InvalidOperation", "The conditional format was not created.");
    return this.model;
  }
}

// ── Tables ──

class FakeTableCollection implements ExcelTableCollection {
  private loadedItems?: FakeTable[];

  constructor(
    private readonly context: FakeRequestContext,
    private readonly worksheet: FakeWorksheet | undefined,
  ) {}

  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded("items");
    return this.loadedItems;
  }

  private inScope(): TableModel[] {
    const tables = this.context.model.tables;
    if (!this.worksheet) return tables;
    const sheet = this.worksheet.model();
    return tables.filter((table) => table.sheet === sheet);
  }

  add(address: ExcelRange | string, hasHeaders: boolean): FakeTable {
    return new FakeTable(
      this.context,
      "tables.add",
      [typeof address === "string" ? address : "(range)", hasHeaders],
      () => {
        const model = this.context.model;
        let sheet: SheetModel;
        let area: Area | undefined;
        if (typeof address === "string") {
          const sheetName = address.includes("!")
            ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")
            : undefined;
          const found = this.worksheet ? this.worksheet.model() : sheetName ? model.sheet(sheetName) : undefined;
          if (!found) throw new FakeOfficeError("InvalidArgument", `No worksheet for '${address}'.`);
          sheet = found;
          area = parseAddress(address);
        } else {
          ({ sheet, area } = (address as FakeRange).resolved());
        }
        if (!area) throw new FakeOfficeError("InvalidArgument", `'${String(address)}' is not a valid address.`);
        if (!hasHeaders)
          throw new FakeOfficeError("NotImplemented", "The fake only adds tables whose first row is the header.");
        // Excel gives a table at least one data row.
        const target = area.rowCount === 1 ? { ...area, rowCount: 2 } : area;
        if (model.tables.some((table) => table.sheet === sheet && overlaps(table.area, target))) {
          throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
        }
        let n = model.tables.length + 1;
        while (model.table(`Table${n}`)) n++;
        const table: TableModel = { id: model.newId("table"), name: `Table${n}`, sheet, area: target };
        model.tables.push(table);
        return table;
      },
    );
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, "tables.getItem", key, () => {
      const table = this.inScope().find((candidate) => sameName(candidate.name, key));
      if (!table) throw new FakeOfficeError("ItemNotFound", `The table '${key}' doesn't exist.`);
      return table;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(
      this.context,
      "tables.getItemOrNullObject",
      key,
      () => this.inScope().find((table) => sameName(table.name, key)) ?? null,
    );
  }

  load(propertyNames?: string | string[]): FakeTableCollection {
    loadCollection(
      this.context,
      propertyNames,
      () => this.inScope(),
      (model) => new FakeTable(this.context, "", undefined, () => model, { model }),
      (items) => (this.loadedItems = items),
    );
    return this;
  }
}

class FakeTable extends FakeProxy<TableModel> implements ExcelTable {
  protected override isDeleted(table: TableModel): boolean {
    return !this.context.model.tables.includes(table);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.context.enqueue("table.name", name, () => {
      const table = this.target();
      if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || name.length > 255)
        throw new FakeOfficeError("InvalidArgument", `'${name}' is not a valid table name.`);
      const existing = this.context.model.table(name);
      if (existing && existing !== table)
        throw new FakeOfficeError("ItemAlreadyExists", `A table named '${name}' already exists.`);
      table.name = name;
    });
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "table.worksheet", undefined, () => this.target().sheet);
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, "table.getRange", undefined, () => {
      const table = this.target();
      return { sheet: table.sheet, area: table.area };
    });
  }

  resize(newRange: ExcelRange | string): void {
    this.context.enqueue("table.resize", typeof newRange === "string" ? newRange : "(range)", () => {
      const table = this.target();
      const area = typeof newRange === "string" ? parseAddress(newRange) : (newRange as FakeRange).resolved().area;
      if (
        !area ||
        area.row !== table.area.row ||
        area.column !== table.area.column ||
        area.columnCount !== table.area.columnCount
      ) {
        throw new FakeOfficeError("InvalidArgument", "A table can only be resized keeping its header row and columns.");
      }
      table.area = area;
    });
  }

  load(propertyNames?: string | string[]): FakeTable {
    this.queueLoad(propertyNames);
    return this;
  }

  get columns(): { getItemAt(index: number): FakeTableColumn } {
    return { getItemAt: (index) => new FakeTableColumn(this.context, () => this.target(), index) };
  }

  clearFilters(): void {
    this.context.enqueue("table.clearFilters", undefined, () => {
      this.target().filters = undefined;
    });
  }

  protected readonly loadable = ["name", "id", "showTotals"];

  protected snapshot(table: TableModel, property: string): unknown {
    return property === "showTotals" ? (table.showTotals ?? false) : table[property as "name" | "id"];
  }
}

// ── Print setup ──

/** Whole rows in A1 notation: "1:1", "$26:$28". */
const ROWS_ADDRESS = /^\$?(\d+):\$?(\d+)$/;

class FakePageLayout implements ExcelPageLayout {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => SheetModel,
  ) {}

  set orientation(orientation: "Portrait" | "Landscape") {
    this.context.enqueue("pageLayout.orientation", orientation, () => (this.sheet().print.orientation = orientation));
  }
  get orientation(): "Portrait" | "Landscape" {
    throw notLoaded("pageLayout/orientation");
  }

  set zoom(zoom: ExcelPageLayout["zoom"]) {
    this.context.enqueue("pageLayout.zoom", zoom, () => {
      // Office.js: either a scale or pages to fit, not both.
      if (zoom.scale !== undefined && (zoom.horizontalFitToPages ?? zoom.verticalFitToPages) !== undefined)
        throw new FakeOfficeError("InvalidArgument", "A zoom is a scale or pages to fit, not both.");
      this.sheet().print.zoom = { ...zoom };
    });
  }
  get zoom(): ExcelPageLayout["zoom"] {
    throw notLoaded("pageLayout/zoom");
  }

  setPrintArea(printArea: string): void {
    this.context.enqueue("pageLayout.setPrintArea", printArea, () => {
      if (!parseAddress(printArea)) throw new FakeOfficeError("InvalidArgument", `Bad print area ${printArea}.`);
      this.sheet().print.printArea = printArea;
    });
  }

  setPrintTitleRows(printTitleRows: string): void {
    this.context.enqueue("pageLayout.setPrintTitleRows", printTitleRows, () => {
      if (!ROWS_ADDRESS.test(printTitleRows))
        throw new FakeOfficeError("InvalidArgument", `Print titles must be whole rows, not ${printTitleRows}.`);
      this.sheet().print.printTitleRows = printTitleRows;
    });
  }
}

/** A table column, for its AutoFilter: a values filter replaces the column's criterion. */
class FakeTableColumn {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly table: () => TableModel,
    private readonly index: number,
  ) {}

  get filter(): { applyValuesFilter(values: string[]): void } {
    return {
      applyValuesFilter: (values) =>
        this.context.enqueue("tableColumn.filter.applyValuesFilter", values, () => {
          const table = this.table();
          if (this.index < 0 || this.index >= table.area.columnCount)
            throw new FakeOfficeError("ItemNotFound", `The table has no column ${this.index}.`);
          (table.filters ??= new Map()).set(this.index, [...values]);
        }),
    };
  }
}

// ── Charts ──

const CHART_TYPES = ["ColumnClustered", "Pie", "BarClustered", "Line"];

class FakeChart implements ExcelChart {
  private model?: ChartModel;
  readonly title: { text: string };
  readonly series: ExcelChart["series"];

  constructor(
    private readonly context: FakeRequestContext,
    worksheet: FakeWorksheet,
    type: string,
    source: FakeRange,
    seriesBy = "Auto",
  ) {
    context.enqueue("charts.add", [type, seriesBy], () => {
      if (!CHART_TYPES.includes(type))
        throw new FakeOfficeError("InvalidArgument", `Chart type ${type} is not supported by the fake.`);
      const sheet = worksheet.model();
      const { sheet: sourceSheet, area } = source.resolved();
      const series = Array.from({ length: area.columnCount }, (_, j) => ({
        name: `Series${j + 1}`,
        values: { sheet: sourceSheet, area: { ...area, column: area.column + j, columnCount: 1 } },
      }));
      this.model = { type, title: "", series };
      sheet.charts.push(this.model);
    });
    const target = (): ChartModel => this.target();
    this.title = {
      set text(text: string) {
        context.enqueue("chart.title.text", text, () => (target().title = text));
      },
      get text(): string {
        throw notLoaded("title/text");
      },
    };
    this.series = {
      getItemAt: (index) =>
        new FakeChartSeries(context, () => {
          const found = this.target().series[index];
          if (!found) throw new FakeOfficeError("ItemNotFound", `No series at ${index}.`);
          return found;
        }),
      add: (name) => {
        let created: ChartModel["series"][number] | undefined;
        context.enqueue("chart.series.add", name, () => this.target().series.push((created = { name: name ?? "" })));
        return new FakeChartSeries(context, () => created!);
      },
    };
  }

  private target(): ChartModel {
    if (!this.model) throw new FakeOfficeError("InvalidOperation", "The chart was not created.");
    return this.model;
  }

  /** Records the covered cells: "I3" for a start cell alone, "I3:P18" with an end cell. */
  setPosition(startCell: ExcelRange | string, endCell?: ExcelRange | string): void {
    const address = (cell: ExcelRange | string): string =>
      typeof cell === "string" ? cell : areaAddress((cell as FakeRange).resolved().area);
    this.context.enqueue("chart.setPosition", typeof startCell === "string" ? startCell : "(range)", () => {
      const start = address(startCell);
      this.target().position = endCell === undefined ? start : `${start}:${address(endCell)}`;
    });
  }
}

class FakeChartSeries implements ExcelChartSeries {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly target: () => ChartModel["series"][number],
  ) {}

  get name(): string {
    throw notLoaded("name");
  }
  set name(name: string) {
    this.context.enqueue("chartSeries.name", name, () => (this.target().name = name));
  }

  setValues(sourceData: ExcelRange): void {
    this.context.enqueue(
      "chartSeries.setValues",
      undefined,
      () => (this.target().values = (sourceData as FakeRange).resolved()),
    );
  }

  setXAxisValues(sourceData: ExcelRange): void {
    this.context.enqueue(
      "chartSeries.setXAxisValues",
      undefined,
      () => (this.target().xValues = (sourceData as FakeRange).resolved()),
    );
  }
}
