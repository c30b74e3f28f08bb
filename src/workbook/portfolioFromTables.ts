/** Raw Customers / Invoices / ReviewHistory tables → a checked Portfolio, with a data issue for every row not used as is. */
import { addDays, isoFromSerial, type SerialDate } from "../core/dates";
import { Decimal } from "../core/money";
import { valueError } from "../core/errors";
import type { MessageCode, MessageParams } from "../core/messages";
import { InvoiceColumns, InvoiceColumnsBuilder } from "../core/portfolio/invoiceColumns";
import type { Customer, HistoryRow, Portfolio } from "../core/portfolio/model";
import {
  ANY_EXCEL_DAY,
  cellFault,
  cellText,
  isBlankCell,
  ledgerWindow,
  readBoolean,
  readDate,
  resolveDayMonthOrder,
  shownCell,
  type DateReading,
  type DateWindow,
  type DayMonthOrder,
  type NumberReading,
} from "../core/cells";
import { columnMissingError } from "./columnMapping";
import type { DataIssue, DataIssueAction } from "./dataIssues";
import { readNumberIn } from "./decimalComma";
import { IdIndex } from "./idIndex";
import { totalsLabel } from "./totalsRows";
import { columnCells, rowCount, rowReader } from "./tableRows";
import { TextSpans, type RawColumn } from "./textSpans";
import type { CellFault, RawCell, RawTable } from "./ports";
import {
  CUSTOMERS_SCHEMA,
  HISTORY_SCHEMA,
  INVOICES_SCHEMA,
  headersLine,
  mapColumns,
  normalizeHeader,
  type ColumnMap,
  type InvoiceColumn,
  type TableSchema,
} from "./schema";

export interface PortfolioReadOptions {
  /** The review date: invoices dated after it are left out (and reported). */
  readonly asOf: SerialDate;
  /** Terms used to fill a missing due date when the customer has no Payment Terms (the policy's default). */
  readonly defaultPaymentTerms: number;
}

/** How many data rows a table had and what became of them; `used + rejected + excluded + blank = read`. */
export interface RowCount {
  readonly read: number;
  readonly used: number;
  readonly rejected: number;
  readonly excluded: number;
  /** Entirely blank rows: skipped without an issue (Excel tables often end with some). */
  readonly blank: number;
}

export interface PortfolioRead {
  readonly portfolio: Portfolio;
  readonly issues: readonly DataIssue[];
  readonly counts: { readonly customers: RowCount; readonly invoices: RowCount; readonly history: RowCount };
  /** The currency amounts are in, when the Invoices table has a Currency column. */
  readonly currency?: string;
}

/** What a cell that cannot be used costs: its row (`rejected`), or only itself (`ignored`, reported as a repair). */
type Outcome = "rejected" | "ignored";

/** A date cell that gave no day: why, as readDate said. */
type DateProblem = Extract<DateReading, { kind: "blank" | "invalid" | "implausible" | "fault" }>;

/** The message for a fault by what it is and what it cost: #N/A says a lookup failed, other errors a formula. */
const FAULT_CODES = {
  rejected: { lookup: "issueLookupFailedRejected", error: "issueErrorValueRejected", noValue: "issueFormulaNoValueRejected" },
  ignored: { lookup: "issueLookupFailedIgnored", error: "issueErrorValueIgnored", noValue: "issueFormulaNoValueIgnored" },
} as const satisfies Record<Outcome, Record<"lookup" | "error" | "noValue", MessageCode>>;

const DATE_CODES = {
  rejected: { invalid: "issueDateRejected", implausible: "issueDateImplausibleRejected" },
  ignored: { invalid: "issueDateIgnored", implausible: "issueDateImplausibleIgnored" },
} as const satisfies Record<Outcome, Record<"invalid" | "implausible", MessageCode>>;

/** Collects issues and counts rows for one table. */
class TableReader<K extends string> {
  readonly map: ColumnMap<K>;
  /** The table's numbers are written with a decimal comma (a CSV file that says so, see `usesDecimalComma`). */
  /** The decimal mark of the CSV file the table came from: decided per file; undefined for workbooks. */
  readonly decimalComma: boolean | undefined;
  read = 0;
  rejected = 0;
  excluded = 0;
  blank = 0;
  private readonly orders = new Map<K, { order: DayMonthOrder; evidence: boolean }>();
  /** Sheet rows that are the totals rows of Excel tables on the sheet read. */
  private readonly tableTotals: ReadonlySet<number>;

  constructor(
    readonly table: RawTable,
    readonly schema: TableSchema<K>,
    readonly issues: DataIssue[],
    /** The days a date cell may hold, and the workbook's date system. */
    readonly dates: DateWindow = ANY_EXCEL_DAY,
  ) {
    const { map, missing } = mapColumns(schema, table.headers);
    if (missing.length > 0) throw columnMissingError(table.textFile, { table: schema.name, column: missing[0].header, headers: headersLine(table) });
    this.map = map;
    this.tableTotals = new Set(table.totalsRows ?? []);
    this.decimalComma = table.textFile?.decimalComma;
    this.reportRepeatedHeaders();
  }

  /**
   * True (reported as excluded) when row `rowIndex` is a totals or subtotal row: an Excel table's totals row, or a row
   * whose id columns or first cell carry a totals label (合计, 总计, 小计, Total, Grand total, Sum…).
   */
  isTotalsRow(row: readonly RawCell[], rowIndex: number, idKeys: readonly K[]): boolean {
    if (this.tableTotals.size > 0 && this.tableTotals.has(this.table.firstDataRow + rowIndex)) {
      this.report(rowIndex, "", "", "excluded", "issueTableTotalsRow", { table: this.table.name });
      return true;
    }
    const name = (this.schema.columns as readonly { key: K }[]).find((c) => String(c.key) === "name")?.key;
    const first = name !== undefined && this.map[name] === 0 ? undefined : row[0];
    for (const value of [...idKeys.map((k) => this.cell(row, k)), first]) {
      const label = totalsLabel(value);
      if (label === undefined) continue;
      this.report(rowIndex, "", label, "excluded", "issueTotalsRow");
      return true;
    }
    return false;
  }

  /**
   * A second column under the very header of a column the schema matched (what merged header cells read as: `Amount` over
   * `Amount | Open Amount`) is never read; when it holds values, that is reported once for the table rather than
   * letting its values vanish.
   */
  private reportRepeatedHeaders(): void {
    const taken = new Set<number>(Object.values<number>(this.map));
    this.table.headers.forEach((header, i) => {
      if (taken.has(i)) return;
      const name = normalizeHeader(header);
      const column = this.schema.columns.find((c) => this.map[c.key] >= 0 && normalizeHeader(this.table.headers[this.map[c.key]]) === name);
      if (!column || name === "") return;
      let count = 0;
      for (const cell of columnCells(this.table, i)) if (!isBlankCell(cell)) count++;
      if (count === 0) return;
      this.issues.push({
        sheet: this.table.sheet,
        row: this.table.firstDataRow - 1,
        column: column.header,
        value: shownCell(header),
        action: "repaired",
        code: "issueColumnRepeated",
        params: { column: column.header, value: shownCell(header), position: i + 1, count },
      });
    });
  }

  header(key: K): string {
    return this.schema.columns.find((c) => c.key === key)?.header ?? key;
  }

  cell(row: readonly RawCell[], key: K): RawCell {
    const i = this.map[key];
    return i < 0 ? undefined : row[i];
  }

  report(rowIndex: number, key: K | "", value: RawCell, action: DataIssueAction, code: MessageCode, params: MessageParams = {}): void {
    const column = key === "" ? "" : this.header(key);
    this.issues.push({
      sheet: this.table.sheet,
      row: this.table.firstDataRow + rowIndex,
      column,
      value: shownCell(value),
      action,
      code,
      params: { column, value: shownCell(value), ...params },
    });
    if (action === "rejected") this.rejected++;
    if (action === "excluded") this.excluded++;
  }

  /**
   * A date cell with the column's day/month rule applied; ambiguous dates without column evidence are reported.
   * Any other problem is returned for the caller to report, since what it costs depends on the column.
   */
  date(row: readonly RawCell[], rowIndex: number, key: K): SerialDate | DateProblem {
    const value = this.cell(row, key);
    // A whole serial in the window (what the CSV reader makes of an ISO date) reads as itself, without an object.
    if (isLedgerSerial(value, this.dates)) return value;
    const reading = readDate(value, this.dates);
    if (reading.kind === "date") return reading.serial;
    if (reading.kind !== "ambiguous") return reading;
    let rule = this.orders.get(key);
    if (!rule) {
      const column = this.map[key];
      rule = resolveDayMonthOrder(columnCells(this.table, column));
      this.orders.set(key, rule);
    }
    const serial = rule.order === "dayFirst" ? reading.dayFirst : reading.monthFirst;
    if (!rule.evidence) this.report(rowIndex, key, value, "repaired", "issueDateAmbiguous", { date: isoFromSerial(serial) });
    return serial;
  }

  /** A cell's fault (error value, formula without value), reported with what it cost. */
  reportFault(rowIndex: number, key: K, value: RawCell, fault: CellFault, outcome: Outcome): void {
    const kind = fault.fault === "noValue" ? "noValue" : fault.fault === "#N/A" ? "lookup" : "error";
    this.report(rowIndex, key, value, outcome === "rejected" ? "rejected" : "repaired", FAULT_CODES[outcome][kind]);
  }

  /** Why a date cell gave no day, reported with what it cost (a blank cell is reported only when it costs the row). */
  reportDate(rowIndex: number, key: K, value: RawCell, problem: DateProblem, outcome: Outcome): void {
    const action = outcome === "rejected" ? "rejected" : "repaired";
    if (problem.kind === "fault") return this.reportFault(rowIndex, key, value, problem.fault, outcome);
    if (problem.kind === "blank") {
      if (outcome === "rejected") this.report(rowIndex, key, value, action, "issueRequiredMissing");
      return;
    }
    const params: MessageParams = problem.kind === "implausible" ? { date: isoFromSerial(problem.serial) } : {};
    this.report(rowIndex, key, value, action, DATE_CODES[outcome][problem.kind], params);
  }

  /** A number read from text, reported as the repair it is (an ambiguous separator as such). */
  reportFromText(rowIndex: number, key: K, value: RawCell, reading: Extract<NumberReading, { kind: "fromText" }>): void {
    this.report(rowIndex, key, value, "repaired", reading.ambiguous ? "issueNumberAmbiguous" : "issueNumberFromText", { number: reading.value });
  }

  /** An optional number: blank → undefined; unreadable → undefined and reported; formatted text → reported repair. */
  optionalNumber(row: readonly RawCell[], rowIndex: number, key: K): number | undefined {
    const value = this.cell(row, key);
    const reading = readNumberIn(value, this.decimalComma);
    switch (reading.kind) {
      case "number":
        return reading.value;
      case "fromText":
        this.reportFromText(rowIndex, key, value, reading);
        return reading.value;
      case "invalid":
        this.report(rowIndex, key, value, "repaired", "issueNumberIgnored");
        return undefined;
      case "fault":
        this.reportFault(rowIndex, key, value, reading.fault, "ignored");
        return undefined;
      case "blank":
        return undefined;
    }
  }

  flag(row: readonly RawCell[], rowIndex: number, key: K): boolean {
    const value = this.cell(row, key);
    const b = readBoolean(value);
    if (b === undefined) {
      this.report(rowIndex, key, value, "repaired", "issueBooleanIgnored");
      return false;
    }
    return b;
  }

  counts(used: number): RowCount {
    return { read: this.read, used, rejected: this.rejected, excluded: this.excluded, blank: this.blank };
  }
}

function isBlankRow(row: readonly RawCell[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

function readCustomers(table: RawTable, issues: DataIssue[]): { customers: Customer[]; counts: RowCount } {
  const r = new TableReader(table, CUSTOMERS_SCHEMA, issues);
  const customers: Customer[] = [];
  const firstRow = new Map<string, number>();
  table.rows.forEach((row, i) => {
    r.read++;
    if (isBlankRow(row)) {
      r.blank++;
      return;
    }
    if (r.isTotalsRow(row, i, ["id"])) return;
    const idCell = r.cell(row, "id");
    const fault = cellFault(idCell);
    if (fault) return r.reportFault(i, "id", idCell, fault, "rejected");
    const id = cellText(idCell);
    if (id === "") return r.report(i, "id", idCell, "rejected", "issueRequiredMissing");
    const seen = firstRow.get(id);
    if (seen !== undefined) return r.report(i, "id", id, "rejected", "issueDuplicateId", { firstRow: seen });
    firstRow.set(id, table.firstDataRow + i);
    const limit = (key: "creditLimit" | "insuredLimit"): number | undefined => {
      const v = r.optionalNumber(row, i, key);
      if (v !== undefined && v < 0) {
        r.report(i, key, r.cell(row, key), "repaired", "issueNegativeLimit");
        return 0;
      }
      return v;
    };
    let terms = r.optionalNumber(row, i, "paymentTerms");
    if (terms !== undefined && terms < 0) {
      r.report(i, "paymentTerms", r.cell(row, "paymentTerms"), "repaired", "issueNegativeTerms");
      terms = undefined;
    }
    customers.push({
      id,
      name: cellText(r.cell(row, "name")),
      segment: cellText(r.cell(row, "segment")),
      country: cellText(r.cell(row, "country")) || undefined,
      creditLimit: limit("creditLimit"),
      insuredLimit: limit("insuredLimit"),
      paymentTerms: terms,
      annualRevenue: r.optionalNumber(row, i, "annualRevenue"),
      totalAssets: r.optionalNumber(row, i, "totalAssets"),
      totalLiabilities: r.optionalNumber(row, i, "totalLiabilities"),
      currentAssets: r.optionalNumber(row, i, "currentAssets"),
      currentLiabilities: r.optionalNumber(row, i, "currentLiabilities"),
      retainedEarnings: r.optionalNumber(row, i, "retainedEarnings"),
      ebit: r.optionalNumber(row, i, "ebit"),
      equity: r.optionalNumber(row, i, "equity"),
      yearsTrading: r.optionalNumber(row, i, "yearsTrading"),
      externalScore: r.optionalNumber(row, i, "externalScore"),
      strategic: r.flag(row, i, "strategic"),
      blacklisted: r.flag(row, i, "blacklisted"),
      sourceRow: table.firstDataRow + i,
    });
  });
  return { customers, counts: r.counts(customers.length) };
}

/** Amounts to whole cents after a currency conversion (ledgers hold cents). */
function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * a − b without the binary rounding of doubles: 100.1 − 50.05 is 50.05, not 50.050000000000004. Whole cents (what
 * ledgers hold) are subtracted as integers; anything finer in decimal.
 * @example minusExactly(100.1, 50.05) // 50.05
 */
export function minusExactly(a: number, b: number): number {
  const ac = Math.round(a * 100), bc = Math.round(b * 100);
  if (ac / 100 === a && bc / 100 === b) return (ac - bc) / 100;
  return new Decimal(a).minus(b).toNumber();
}

/**
 * Decides the base currency and checks that every other-currency row carries a rate. The base is the most frequent
 * currency among rows without a rate. Throws the mixed-currency error, which stops the review: summing amounts
 * in different currencies would give a number that means nothing.
 */
function currencyPlan(r: TableReader<InvoiceColumn>): string | undefined {
  if (r.map.currency < 0) return undefined;
  const counts = new Map<string, number>();
  const rowAt = rowReader(r.table);
  for (let i = 0, n = rowCount(r.table); i < n; i++) {
    const row = rowAt(i);
    const c = cellText(row[r.map.currency]).toUpperCase();
    // A faulted cell (#N/A) names no currency: its row is rejected (checkRow), not counted as a currency of its own.
    if (c === "" || cellFault(row[r.map.currency])) continue;
    const hasRate = r.map.fxRate >= 0 && !isBlankCell(row[r.map.fxRate]);
    if (!hasRate) counts.set(c, (counts.get(c) ?? 0) + 1);
    else if (!counts.has(c)) counts.set(c, 0);
  }
  if (counts.size === 0) return undefined;
  let base = "", best = -1;
  for (const [c, n] of counts) if (n > best) [base, best] = [c, n];
  if (counts.size === 1) return base;
  let missing = 0;
  for (const [c, n] of counts) if (c !== base) missing += n;
  if (missing > 0) {
    throw valueError("errorMixedCurrencies", { currencies: [...counts.keys()].sort().join(", "), count: missing, base });
  }
  return base;
}

/**
 * A text cell that reads as itself: non-empty, starting and ending with a visible ASCII character (`cellText`'s fast
 * case), and not starting with `#`, as an error value does.
 */
function isPlainText(value: RawCell): value is string {
  return typeof value === "string" && isPlainSpan(value, 0, value.length);
}

/** {@link isPlainText} for the text `text[start, end)` (start −1: no text). */
function isPlainSpan(text: string, start: number, end: number): boolean {
  if (start < 0 || end <= start) return false;
  const first = text.charCodeAt(start), last = text.charCodeAt(end - 1);
  return first > 32 && first < 127 && first !== 35 && last > 32 && last < 127;
}

/** {@link totalsLabel} of the text `text[start, end)`, made into a string only when its first character could begin one. */
function spanIsTotalsLabel(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const candidate = c === 84 || c === 116 || c === 83 || c === 115 || c === 71 || c === 103;
  return candidate && totalsLabel(text.slice(start, end)) !== undefined;
}

/**
 * A date cell that reads as itself: a whole serial of the 1900 date system inside the window (what the CSV reader
 * makes of an ISO date).
 */
function isLedgerSerial(value: RawCell, window: DateWindow): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= window.first && value <= window.last && !window.date1904;
}

/** An amount cell that reads as itself: a finite number. */
function isAmountCell(value: RawCell): value is number {
  return typeof value === "number" && value - value === 0;
}

/**
 * Invoice ids held as spans stay there: each is made from the text only if someone reads it (the review never does).
 * Built out here, not in readInvoices, so it keeps the span column (and with it the file's text) alive, but not the
 * rest of the table or the reader's duplicate index.
 */
function idsFromSpans(spans: TextSpans, firstDataRow: number): (sheetRow: number) => string {
  return (sheetRow) => cellText(spans.at(sheetRow - firstDataRow));
}

/** Stands in for a column the table does not have: every cell undefined. */
const NO_COLUMN: readonly RawCell[] = [];

function readInvoices(
  table: RawTable,
  customers: readonly Customer[],
  options: PortfolioReadOptions,
  issues: DataIssue[],
): { invoices: InvoiceColumns; counts: RowCount; currency?: string } {
  const dates = ledgerWindow(options.asOf, table.date1904);
  const r = new TableReader(table, INVOICES_SCHEMA, issues, dates);
  const base = currencyPlan(r);
  // Into columns, not objects (see InvoiceColumns).
  const count = rowCount(table);
  const invoices = new InvoiceColumnsBuilder(count);
  const firstRow = new IdIndex(count);
  // The last customer of a duplicated id wins, as in the review's own lookup (duplicates are rejected anyway).
  const customerIndex = new Map<string, number>();
  customers.forEach((c, k) => customerIndex.set(c.id, k));
  let lastCustomerId = "";
  let lastCustomer = -1;
  const asOfText = isoFromSerial(options.asOf);

  // The checks every row that reaches them gets, in this order, whichever way its cells were read (see below).
  /** False (reported) when the id was already used by an earlier row. */
  const isNewId = (i: number, id: string): boolean => {
    const seen = firstRow.firstRow(id, table.firstDataRow + i);
    if (seen < 0) return true;
    r.report(i, "id", id, "rejected", "issueDuplicateId", { firstRow: seen });
    return false;
  };
  /** The customer's index, or −1 (reported) when no customer has the id. */
  const customerOf = (i: number, customerId: string): number => {
    // A ledger sorted by customer repeats the id row after row: one lookup per run of the same id.
    const customerAt = customerId === lastCustomerId ? lastCustomer : (customerIndex.get(customerId) ?? -1);
    lastCustomerId = customerId;
    lastCustomer = customerAt;
    if (customerAt < 0) r.report(i, "customerId", customerId, "rejected", "issueUnknownCustomer");
    return customerAt;
  };
  /** False (reported) when the invoice is dated after the review. */
  const isDatedByAsOf = (i: number, invoiceDate: SerialDate, cell: RawCell): boolean => {
    if (invoiceDate <= options.asOf) return true;
    r.report(i, "invoiceDate", cell, "excluded", "issueFutureInvoice", { date: isoFromSerial(invoiceDate), asOf: asOfText });
    return false;
  };
  /** The open amount as read, repaired (and reported) when its sign or size contradicts the amount. */
  const openWithin = (i: number, open: number, amount: number, cell: RawCell): number => {
    if ((amount >= 0 && open < 0) || (amount < 0 && open > 0)) {
      r.report(i, "openAmount", cell, "repaired", "issueOpenSignMismatch", { amount });
      return 0;
    }
    if (Math.abs(open) > Math.abs(amount)) {
      r.report(i, "openAmount", cell, "repaired", "issueOpenExceedsAmount", { amount });
      return amount;
    }
    return open;
  };

  /** The paid amount of a row in the base currency: undefined when blank or unreadable (reported). */
  const paidOf = (i: number, row: readonly RawCell[], rate: number): number | undefined => {
    const paid = r.optionalNumber(row, i, "paidAmount");
    return paid === undefined || rate === 1 ? paid : cents(paid * rate);
  };
  /** Open = amount − paid amount, exact to the cent; a paid amount that contradicts the amount is reported. */
  const openFromPaid = (i: number, row: readonly RawCell[], amount: number, rate: number, paidDate: SerialDate | undefined): number => {
    const paid = paidOf(i, row, rate);
    if (paid === undefined) return paidDate !== undefined ? 0 : amount;
    const cell = r.cell(row, "paidAmount");
    if ((amount >= 0 && paid < 0) || (amount < 0 && paid > 0)) {
      r.report(i, "paidAmount", cell, "repaired", "issuePaidSignMismatch", { amount });
      return amount;
    }
    if (Math.abs(paid) > Math.abs(amount)) {
      r.report(i, "paidAmount", cell, "repaired", "issuePaidExceedsAmount", { amount });
      return 0;
    }
    return minusExactly(amount, paid);
  };
  /** With both an Open Amount and a Paid Amount column, an open amount that is not amount − paid is reported. */
  const checkOpenAgainstPaid = (i: number, row: readonly RawCell[], amount: number, rate: number, open: number): void => {
    const paid = paidOf(i, row, rate);
    if (paid === undefined) return;
    const expected = minusExactly(amount, paid);
    if (expected !== open) r.report(i, "openAmount", r.cell(row, "openAmount"), "repaired", "issueOpenPaidDisagree", { amount, paid, expected });
  };
  /**
   * The due date: as read when it falls on or after the invoice date; otherwise (blank, unreadable, implausible, or
   * before the invoice date) invoice date + the customer's terms, reported. A due date before its invoice is a typo in
   * one of the two; the invoice date is kept (it dates the sale) and the terms give the due date a credit analyst
   * would assume, so the invoice stays in the exposure instead of vanishing with its row.
   */
  const dueDateOf = (i: number, row: readonly RawCell[], invoiceDate: SerialDate, customerAt: number): SerialDate => {
    const due = r.date(row, i, "dueDate");
    if (typeof due === "number" && due >= invoiceDate) return due;
    const cell = r.cell(row, "dueDate");
    const terms = customers[customerAt].paymentTerms ?? options.defaultPaymentTerms;
    const filled = addDays(invoiceDate, Math.round(terms));
    const params = { terms, date: isoFromSerial(filled) };
    if (typeof due === "number") {
      r.report(i, "dueDate", cell, "repaired", "issueDueBeforeInvoice", { ...params, due: isoFromSerial(due), invoiceDate: isoFromSerial(invoiceDate) });
      return filled;
    }
    if (due.kind === "fault" || due.kind === "implausible") r.reportDate(i, "dueDate", cell, due, "ignored");
    r.report(i, "dueDate", cell, "repaired", "issueDueDateFilled", params);
    return filled;
  };

  /** Any row, cell by cell: every way a cell can be blank, typed as text, formatted or wrong is handled here. */
  const checkRow = (i: number, row: readonly RawCell[]): void => {
    if (isBlankRow(row)) {
      r.blank++;
      return;
    }
    if (r.isTotalsRow(row, i, ["id", "customerId"])) return;
    const idCell = r.cell(row, "id");
    const idFault = cellFault(idCell);
    if (idFault) return r.reportFault(i, "id", idCell, idFault, "rejected");
    const id = cellText(idCell);
    if (id === "") return r.report(i, "id", idCell, "rejected", "issueRequiredMissing");
    if (!isNewId(i, id)) return;
    const customerCell = r.cell(row, "customerId");
    const customerFault = cellFault(customerCell);
    if (customerFault) return r.reportFault(i, "customerId", customerCell, customerFault, "rejected");
    const customerId = cellText(customerCell);
    if (customerId === "") return r.report(i, "customerId", customerCell, "rejected", "issueRequiredMissing");
    const customerAt = customerOf(i, customerId);
    if (customerAt < 0) return;
    const invoiceDate = r.date(row, i, "invoiceDate");
    if (typeof invoiceDate !== "number") return r.reportDate(i, "invoiceDate", r.cell(row, "invoiceDate"), invoiceDate, "rejected");
    const amountCell = r.cell(row, "amount");
    const amountReading = readNumberIn(amountCell, r.decimalComma);
    if (amountReading.kind === "blank") return r.report(i, "amount", amountCell, "rejected", "issueRequiredMissing");
    if (amountReading.kind === "invalid") return r.report(i, "amount", amountCell, "rejected", "issueNumberRejected");
    if (amountReading.kind === "fault") return r.reportFault(i, "amount", amountCell, amountReading.fault, "rejected");
    const currencyCell = r.cell(row, "currency");
    const currencyFault = cellFault(currencyCell);
    if (currencyFault) return r.reportFault(i, "currency", currencyCell, currencyFault, "rejected");
    let rate = 1;
    if (base !== undefined) {
      const currency = cellText(r.cell(row, "currency")).toUpperCase() || base;
      if (currency !== base) {
        const rateCell = r.cell(row, "fxRate");
        const rateReading = readNumberIn(rateCell, r.decimalComma);
        if (rateReading.kind === "fault") return r.reportFault(i, "fxRate", rateCell, rateReading.fault, "rejected");
        if ((rateReading.kind !== "number" && rateReading.kind !== "fromText") || !(rateReading.value > 0)) {
          return r.report(i, "fxRate", rateCell, "rejected", "issueRateRejected");
        }
        rate = rateReading.value;
      }
    }
    if (!isDatedByAsOf(i, invoiceDate, r.cell(row, "invoiceDate"))) return;
    if (amountReading.kind === "fromText") r.reportFromText(i, "amount", amountCell, amountReading);
    const amount = rate === 1 ? amountReading.value : cents(amountReading.value * rate);

    const dueDate = dueDateOf(i, row, invoiceDate, customerAt);
    let paidDate: SerialDate | undefined;
    const paid = r.date(row, i, "paidDate");
    if (typeof paid === "number") paidDate = paid;
    else r.reportDate(i, "paidDate", r.cell(row, "paidDate"), paid, "ignored");

    const openCell = r.cell(row, "openAmount");
    const openReading = r.map.openAmount < 0 ? undefined : readNumberIn(openCell, r.decimalComma);
    let open: number;
    if (openReading === undefined) {
      // No Open Amount column: amount − paid amount when there is a Paid Amount column; else a paid date says paid,
      // and without one the invoice is open in full (a list of open items, which the review reports: columnMapping).
      open = r.map.paidAmount >= 0 ? openFromPaid(i, row, amount, rate, paidDate) : paidDate !== undefined ? 0 : amount;
    } else if (openReading.kind === "number" || openReading.kind === "fromText") {
      if (openReading.kind === "fromText") r.reportFromText(i, "openAmount", openCell, openReading);
      open = openWithin(i, rate === 1 ? openReading.value : cents(openReading.value * rate), amount, openCell);
      if (r.map.paidAmount >= 0) checkOpenAgainstPaid(i, row, amount, rate, open);
    } else {
      // A fault is reported as such, then the cell is read as missing.
      if (openReading.kind === "fault") r.reportFault(i, "openAmount", openCell, openReading.fault, "ignored");
      if (paidDate !== undefined) r.report(i, "openAmount", openCell, "repaired", "issueOpenMissingPaid");
      else r.report(i, "openAmount", openCell, "repaired", "issueOpenMissingUnpaid", { amount });
      open = paidDate !== undefined ? 0 : amount;
    }
    const held = idSpans ? undefined : id;
    invoices.add(held, customerId, customerAt, invoiceDate, dueDate, paidDate, amount, open, r.flag(row, i, "disputed"), table.firstDataRow + i);
  };

  // A table read by column (a CSV ledger) is walked column by column: a row whose cells are already what checkRow
  // would make of them (text ids, whole-serial dates, finite amounts, a boolean or blank flag, the base currency)
  // goes through the same checks, in the same order, without a row, a reading object or a boxed number; any other
  // row goes to checkRow. Same invoices, same issues, either way (test/workbook/invoiceFastPath.test.ts).
  // An id column held as spans of the file's text is checked in the text: no string per invoice (see TextSpans).
  const cells = table.columns?.cells;
  const columnOf = (key: InvoiceColumn): RawColumn => (cells && r.map[key] >= 0 ? cells[r.map[key]] : NO_COLUMN);
  const idColumn = columnOf("id");
  const idSpans = idColumn instanceof TextSpans ? idColumn : undefined;
  const ids = idSpans ? NO_COLUMN : (idColumn as readonly RawCell[]);
  const others = (["customerId", "currency", "invoiceDate", "dueDate", "paidDate", "amount", "openAmount", "disputed"] as const).map(columnOf);
  const [customerIds, currencies, invoiceDates, dueDates, paidDates, amounts, opens, flags] = others as (readonly RawCell[])[];
  // A Paid Amount column, or a sheet with an Excel table's totals row in it, takes the row-by-row checks.
  const byColumn = cells !== undefined && others.every((c) => !(c instanceof TextSpans)) && r.map.paidAmount < 0 && !table.totalsRows?.length;
  const hasOpenColumn = r.map.openAmount >= 0;
  const rowAt = rowReader(table);
  for (let i = 0; i < count; i++) {
    r.read++;
    if (byColumn) {
      let idText: string, idStart: number, idEnd: number;
      if (idSpans) {
        idText = idSpans.source;
        idStart = idSpans.start[i];
        idEnd = idSpans.end[i];
      } else {
        const id = ids[i];
        idText = typeof id === "string" ? id : "";
        idStart = 0;
        idEnd = idText.length;
      }
      const customerId = customerIds[i], invoiceDate = invoiceDates[i], dueDate = dueDates[i];
      const paid = paidDates[i], amount = amounts[i], open = opens[i], disputed = flags[i];
      if (
        isPlainSpan(idText, idStart, idEnd) &&
        isPlainText(customerId) &&
        totalsLabel(customerId) === undefined &&
        !spanIsTotalsLabel(idText, idStart, idEnd) &&
        isLedgerSerial(invoiceDate, dates) &&
        isLedgerSerial(dueDate, dates) &&
        dueDate >= invoiceDate &&
        (paid === undefined || paid === "" || isLedgerSerial(paid, dates)) &&
        isAmountCell(amount) &&
        (!hasOpenColumn || isAmountCell(open)) &&
        (disputed === undefined || disputed === "" || typeof disputed === "boolean") &&
        (currencies[i] === base || (base === undefined && isBlankCell(currencies[i])))
      ) {
        const seen = firstRow.firstRowIn(idText, idStart, idEnd, table.firstDataRow + i);
        if (seen >= 0) {
          r.report(i, "id", idText.slice(idStart, idEnd), "rejected", "issueDuplicateId", { firstRow: seen });
          continue;
        }
        const customerAt = customerOf(i, customerId);
        if (customerAt < 0 || !isDatedByAsOf(i, invoiceDate, invoiceDate)) continue;
        const paidDate = typeof paid === "number" ? paid : undefined;
        const openAmount = hasOpenColumn ? openWithin(i, open as number, amount, open) : paidDate !== undefined ? 0 : amount;
        const id = idSpans ? undefined : idText;
        invoices.add(id, customerId, customerAt, invoiceDate, dueDate, paidDate, amount, openAmount, disputed === true, table.firstDataRow + i);
        continue;
      }
    }
    checkRow(i, rowAt(i));
  }
  const idAtRow = idSpans ? idsFromSpans(idSpans, table.firstDataRow) : undefined;
  const columns = invoices.build(base, customers, idAtRow);
  return { invoices: columns, counts: r.counts(columns.length), currency: base };
}

/**
 * ReviewHistory rows (written by earlier reviews) back into HistoryRow values. Rows without a review date or a
 * customer id are rejected; unreadable figures are dropped from the row and reported.
 */
export function readHistory(table: RawTable, issues: DataIssue[], asOf?: SerialDate): { history: HistoryRow[]; counts: RowCount } {
  const dates = asOf === undefined ? { ...ANY_EXCEL_DAY, date1904: table.date1904 } : ledgerWindow(asOf, table.date1904);
  const r = new TableReader(table, HISTORY_SCHEMA, issues, dates);
  const history: HistoryRow[] = [];
  table.rows.forEach((row, i) => {
    r.read++;
    if (isBlankRow(row)) {
      r.blank++;
      return;
    }
    const reviewDate = r.date(row, i, "reviewDate");
    if (typeof reviewDate !== "number") return r.reportDate(i, "reviewDate", r.cell(row, "reviewDate"), reviewDate, "rejected");
    const customerFault = cellFault(r.cell(row, "customerId"));
    if (customerFault) return r.reportFault(i, "customerId", r.cell(row, "customerId"), customerFault, "rejected");
    const customerId = cellText(r.cell(row, "customerId"));
    if (customerId === "") return r.report(i, "customerId", r.cell(row, "customerId"), "rejected", "issueRequiredMissing");
    history.push({
      reviewDate,
      customerId,
      score: r.optionalNumber(row, i, "score"),
      grade: cellText(r.cell(row, "grade")) || undefined,
      exposure: r.optionalNumber(row, i, "exposure"),
      creditLimit: r.optionalNumber(row, i, "creditLimit"),
      recommendedLimit: r.optionalNumber(row, i, "recommendedLimit"),
      maxDaysPastDue: r.optionalNumber(row, i, "maxDaysPastDue"),
      zZone: cellText(r.cell(row, "zZone")) || undefined,
    });
  });
  return { history, counts: r.counts(history.length) };
}

const NO_ROWS: RowCount = { read: 0, used: 0, rejected: 0, excluded: 0, blank: 0 };

/**
 * An Invoices-only ledger (no Customers table): one customer per distinct customer id, named from the invoices'
 * Customer Name column where there is one, with nothing else known. Said once, as one data issue on the header row,
 * not once per row. Ids the invoice reader rejects (blank, a totals label, an Excel error value) make no customer;
 * those rows are reported there.
 */
function customersFromInvoices(table: RawTable, issues: DataIssue[]): { customers: Customer[]; counts: RowCount } {
  const { map } = mapColumns(INVOICES_SCHEMA, table.headers);
  const byId = new Map<string, { id: string; name: string }>();
  const rowAt = rowReader(table);
  for (let i = 0, n = rowCount(table); i < n; i++) {
    const row = rowAt(i);
    const cell = row[map.customerId];
    if (cellFault(cell) !== undefined) continue;
    const id = cellText(cell);
    if (id === "" || totalsLabel(id) !== undefined || totalsLabel(row[map.id]) !== undefined) continue;
    const name = map.customerName >= 0 ? cellText(row[map.customerName]) : "";
    const known = byId.get(id);
    if (!known) byId.set(id, { id, name });
    else if (known.name === "" && name !== "") known.name = name;
  }
  const customers: Customer[] = [...byId.values()].map((c) => ({ ...c, segment: "", strategic: false, blacklisted: false }));
  issues.push({
    sheet: table.sheet,
    row: table.firstDataRow - 1,
    column: "",
    value: "",
    action: "repaired",
    code: "issueCustomersFromInvoices",
    params: { count: customers.length },
  });
  return { customers, counts: { read: customers.length, used: customers.length, rejected: 0, excluded: 0, blank: 0 } };
}

/**
 * Reads the contract's tables into a Portfolio. Every data row ends up used, rejected, excluded (each of the last
 * two with a data issue) or blank; repaired rows are used and carry an issue per repaired cell.
 * Stops with a CreditError only when the input cannot be reviewed at all: a required column is missing, or
 * invoices mix currencies without exchange rates.
 * @example portfolioFromTables({ customers, invoices }, { asOf: 46203, defaultPaymentTerms: 30 }).portfolio.invoices.length
 */
export function portfolioFromTables(
  tables: { readonly customers?: RawTable; readonly invoices: RawTable; readonly history?: RawTable },
  options: PortfolioReadOptions,
): PortfolioRead {
  const issues: DataIssue[] = [];
  const { customers, counts: customerCounts } = tables.customers
    ? readCustomers(tables.customers, issues)
    : customersFromInvoices(tables.invoices, issues);
  const { invoices, counts: invoiceCounts, currency } = readInvoices(tables.invoices, customers, options, issues);
  const { history, counts: historyCounts } = tables.history ? readHistory(tables.history, issues, options.asOf) : { history: [], counts: NO_ROWS };
  return {
    portfolio: { customers, invoices, history },
    issues,
    counts: { customers: customerCounts, invoices: invoiceCounts, history: historyCounts },
    currency,
  };
}
