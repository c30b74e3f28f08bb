/**
 * The messages between the pane's main thread and its review worker, in one place. The main thread asks (a request
 * names an operation of ReviewWorkerApi and carries its argument); the worker answers with the stages a review
 * reaches, then the operation's value or its error. Everything crosses by structured clone, so only plain data
 * travels: cells that are faults, money (Decimal) and errors are written as plain objects here and revived on the
 * other side.
 */
import Decimal from "decimal.js";
import { CellFault, type Cell } from "../../core/cells";
import type { SerialDate } from "../../core/dates";
import { CreditError, type CreditErrorKind } from "../../core/errors";
import type { Locale, MessageCode, MessageParams } from "../../core/messages";
import type { PortfolioKpis, Review } from "../../core/portfolio/reviewTypes";
import { UnreadableInputError } from "../../files/xlsxWorkbookSource";
import type { WorkbookLayout } from "../../workbook/layout";
import type { RawTable, WorkbookTableInfo } from "../../workbook/ports";
import type { ReviewStage, ReviewTables } from "../../workbook/runWorkbookReview";
import type { RetirePlan } from "../../workbook/scoringModel";
import type { PolicyRow } from "../paneHost";
import type { PaneReviewOptions, PaneReviewOutcome, PaneRunResult } from "./paneReview";

/** The worker's script, emitted beside taskpane.html by webpack's `reviewWorker` entry. */
export const REVIEW_WORKER_SCRIPT = "reviewWorker.js";

/** Told as each stage of a review starts. */
export type StageListener = (stage: ReviewStage) => void;

/** A cell as it crosses: a fault (an error value, a formula without a value) as `{ fault }`. */
export type WireCell = Exclude<Cell, CellFault> | { readonly fault: CellFault["fault"] };
/** A table as it crosses: its cells by row (a reader's by-column cells are not sent; `rows` holds them all). */
export type WireTable = Omit<RawTable, "rows" | "columns"> & { readonly rows: readonly (readonly WireCell[])[] };
/** Money as it crosses: its exact decimal text. */
export interface WireMoney {
  readonly money: string;
}
type WireKpis = { readonly [K in keyof PortfolioKpis]: WireMoneyOf<PortfolioKpis[K]> };
type WireMoneyOf<T> = T extends Decimal ? WireMoney : T extends readonly Decimal[] ? readonly WireMoney[] : T;
/** The pane's outcome as it crosses: the KPIs' money as text. */
export type WireOutcome = Omit<PaneReviewOutcome, "review"> & {
  readonly review: Omit<Review, "kpis"> & { readonly kpis: WireKpis };
};
export type WireRunResult =
  Exclude<PaneRunResult, { readonly kind: "reviewed" }> | { readonly kind: "reviewed"; readonly outcome: WireOutcome };
/** A review's options as they cross: everything but the stage callback (stages come back as messages). */
export type WireRunOptions = Omit<PaneReviewOptions, "onStage">;
/** An error as it crosses: a CreditError keeps its code, kind and parameters, any other error its name and message. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly credit?: { readonly kind: CreditErrorKind; readonly code: MessageCode; readonly params: MessageParams };
}

/**
 * What the worker does. In the browser it holds the workbook (an .xlsx in memory) and does everything with it; in
 * Excel it only computes (`compute`): Office.js reads and writes on the main thread.
 */
export interface ReviewWorkerApi {
  /** Opens .xlsx bytes as the workbook every other operation works on. @throws UnreadableInputError */
  open(args: { readonly bytes: Uint8Array; readonly fileName: string }): Promise<void>;
  readTable(args: { readonly name: string }): Promise<WireTable | undefined>;
  listTables(args: Record<string, never>): Promise<WorkbookTableInfo[]>;
  /** Rows under the header of contract tables (Customers, Invoices, …; either language's name), 0 for a missing one. */
  countRows(args: { readonly tables: readonly string[] }): Promise<number[]>;
  hasReviewInput(args: Record<string, never>): Promise<boolean>;
  readPolicy(args: Record<string, never>): Promise<PolicyRow[]>;
  /** Replaces the CreditPolicy sheet; the workbook's new bytes come back. */
  writePolicy(args: { readonly rows: readonly PolicyRow[] }): Promise<Uint8Array>;
  /** Writes sheets into the workbook, all or nothing (the scorecard builder's sink); its new bytes come back. */
  write(args: { readonly layout: WorkbookLayout }): Promise<Uint8Array>;
  /**
   * Renames the workbook's Scorecard tables and sheets (see retirePlan) so the review uses the built-in model; what
   * was renamed comes back, with the workbook's new bytes when anything was.
   */
  retireScorecard(args: Record<string, never>): Promise<{ readonly plan: RetirePlan; readonly bytes?: Uint8Array }>;
  /** Adds the sample's sheets; the workbook's new bytes come back. */
  insertSampleData(args: { readonly asOf?: SerialDate; readonly locale: Locale }): Promise<Uint8Array>;
  /** Reviews the workbook and writes the review into it; with a review, the workbook's new bytes. */
  review(
    args: { readonly options: WireRunOptions },
    onStage?: StageListener,
  ): Promise<{ readonly result: WireRunResult; readonly bytes?: Uint8Array }>;
  /** A review of tables read elsewhere (Excel): the outcome and the sheets to write. */
  compute(
    args: { readonly tables: ReadonlyMap<string, WireTable>; readonly options: WireRunOptions },
    onStage?: StageListener,
  ): Promise<{ readonly result: WireRunResult; readonly sheets?: WorkbookLayout }>;
}

export type WorkerOp = keyof ReviewWorkerApi;
export type WorkerArgs<K extends WorkerOp> = Parameters<ReviewWorkerApi[K]>[0];
export type WorkerValue<K extends WorkerOp> = Awaited<ReturnType<ReviewWorkerApi[K]>>;

/** Main thread → worker: one operation, numbered so its answers find it. */
export type WorkerRequest = {
  [K in WorkerOp]: { readonly id: number; readonly op: K; readonly args: WorkerArgs<K> };
}[WorkerOp];

/** Worker → main thread: a stage reached, then the value or the error (exactly one of the two ends a request). */
export type WorkerReply =
  | { readonly id: number; readonly kind: "stage"; readonly stage: ReviewStage }
  | { readonly id: number; readonly kind: "done"; readonly value: unknown }
  | { readonly id: number; readonly kind: "failed"; readonly error: WireError };

const isFault = (cell: Cell): cell is CellFault => cell instanceof CellFault;
const isWireFault = (cell: WireCell): cell is { readonly fault: CellFault["fault"] } =>
  typeof cell === "object" && cell !== null && typeof (cell as { fault?: unknown }).fault === "string";

/** A row's cells as they cross; a row without a fault goes as it is. */
const wireRow = (row: readonly Cell[]): readonly WireCell[] =>
  row.some(isFault) ? row.map((c) => (isFault(c) ? { fault: c.fault } : c)) : (row as readonly WireCell[]);
/** A fault back as the one CellFault of its kind (faults are compared by identity). */
const faultOf = (fault: CellFault["fault"]): CellFault =>
  fault === "noValue" ? CellFault.NO_VALUE : (CellFault.ofError(fault) ?? CellFault.NO_VALUE);
const rawRow = (row: readonly WireCell[]): readonly Cell[] =>
  row.some(isWireFault) ? row.map((c) => (isWireFault(c) ? faultOf(c.fault) : c)) : (row as readonly Cell[]);

/** A table as it crosses (its `rows` read once, even when the reader keeps them by column). */
export function wireTable(table: RawTable): WireTable {
  const { rows, columns: _byColumn, ...rest } = table;
  return { ...rest, rows: rows.map(wireRow) };
}

export function rawTable(table: WireTable): RawTable {
  return { ...table, rows: table.rows.map(rawRow) };
}

export function wireTables(tables: ReviewTables): Map<string, WireTable> {
  return new Map([...tables].map(([name, table]) => [name, wireTable(table)]));
}

export function rawTables(tables: ReadonlyMap<string, WireTable>): ReviewTables {
  return new Map([...tables].map(([name, table]) => [name, rawTable(table)]));
}

const wireMoney = (value: unknown): unknown =>
  value instanceof Decimal
    ? { money: value.toString() }
    : Array.isArray(value) && value[0] instanceof Decimal
      ? value.map(wireMoney)
      : value;
const isWireMoney = (value: unknown): value is WireMoney =>
  typeof value === "object" && value !== null && typeof (value as WireMoney).money === "string";
const rawMoney = (value: unknown): unknown =>
  isWireMoney(value)
    ? new Decimal(value.money)
    : Array.isArray(value) && isWireMoney(value[0])
      ? value.map(rawMoney)
      : value;
const mapValues = (record: object, f: (value: unknown) => unknown) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

/** A run's result as it crosses: the KPIs' money (the only Decimals of a review) as text. */
export function wireResult(result: PaneRunResult): WireRunResult {
  if (result.kind !== "reviewed") return result;
  const { review } = result.outcome;
  return {
    kind: "reviewed",
    outcome: { ...result.outcome, review: { ...review, kpis: mapValues(review.kpis, wireMoney) as WireKpis } },
  };
}

export function paneResult(result: WireRunResult): PaneRunResult {
  if (result.kind !== "reviewed") return result;
  const { review } = result.outcome;
  return {
    kind: "reviewed",
    outcome: {
      ...result.outcome,
      review: { ...review, kpis: mapValues(review.kpis, rawMoney) as unknown as PortfolioKpis },
    },
  };
}

export function wireError(error: unknown): WireError {
  if (error instanceof CreditError)
    return {
      name: error.name,
      message: error.message,
      credit: { kind: error.kind, code: error.code, params: error.params },
    };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** The error back as the pane knows it: a CreditError (messages in the user's language), an unreadable file, or an Error. */
export function thrownError(error: WireError): Error {
  if (error.credit) return new CreditError(error.credit.kind, error.credit.code, error.credit.params);
  if (error.name === "UnreadableInputError") return new UnreadableInputError(error.message);
  return Object.assign(new Error(error.message), { name: error.name });
}

/** The buffers a value owns (a workbook's bytes), moved rather than copied across. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  if (value instanceof Uint8Array) return [value.buffer as ArrayBuffer];
  const bytes = (value as { bytes?: unknown } | undefined)?.bytes;
  return bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : [];
}

/**
 * Answers one request with `api`: its stages as they come, then its value or its error. Never throws.
 * @example self.onmessage = (e) => answer(api, e.data, (reply, moved) => self.postMessage(reply, moved));
 */
export async function answer(
  api: ReviewWorkerApi,
  request: WorkerRequest,
  post: (reply: WorkerReply, transfer: ArrayBuffer[]) => void,
): Promise<void> {
  const { id } = request;
  const onStage: StageListener = (stage) => post({ id, kind: "stage", stage }, []);
  try {
    const call = api[request.op] as (args: unknown, onStage: StageListener) => Promise<unknown>;
    const value = await call.call(api, request.args, onStage);
    post({ id, kind: "done", value }, transferablesOf(value));
  } catch (error) {
    post({ id, kind: "failed", error: wireError(error) }, []);
  }
}
