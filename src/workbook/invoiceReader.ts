/**
 * The Invoices table → invoice columns, every row through one ordered list of checks, whichever way its cells were
 * read (see `readInvoices`).
 */
import { at } from "../core/arrays";
import { addDays, isoFromSerial, type SerialDate } from "../core/dates";
import { Decimal } from "../core/money";
import { valueError } from "../core/errors";
import { InvoiceColumns, InvoiceColumnsBuilder } from "../core/portfolio/invoiceColumns";
import type { Customer } from "../core/portfolio/model";
import { cellFault, cellText, isBlankCell, ledgerWindow, type NumberReading } from "../core/cells";
import type { DataIssue } from "./dataIssues";
import { readNumberIn } from "./decimalComma";
import { IdIndex } from "./idIndex";
import { totalsLabel } from "./totalsRows";
import { rowCount, rowReader } from "./tableRows";
import { isBlankRow, isLedgerSerial, TableReader, type PortfolioReadOptions, type RowCount } from "./tableReader";
import { TextSpans, type RawColumn } from "./textSpans";
import type { RawCell, RawTable } from "./ports";
import { INVOICES_SCHEMA, type InvoiceColumn } from "./schema";

/** A part of an amount (open, paid) of the other sign than the amount: a credit note paid as an invoice, or a typo. */
function oppositeSigns(part: number, amount: number): boolean {
  return (amount >= 0 && part < 0) || (amount < 0 && part > 0);
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
  const ac = Math.round(a * 100),
    bc = Math.round(b * 100);
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
  let base = "",
    best = -1;
  for (const [c, n] of counts) if (n > best) [base, best] = [c, n];
  if (counts.size === 1) return base;
  let missing = 0;
  for (const [c, n] of counts) if (c !== base) missing += n;
  if (missing > 0) {
    throw valueError("errorMixedCurrencies", {
      currencies: [...counts.keys()].sort().join(", "),
      count: missing,
      base,
    });
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
  const first = text.charCodeAt(start),
    last = text.charCodeAt(end - 1);
  return first > 32 && first < 127 && first !== 35 && last > 32 && last < 127;
}

/** {@link totalsLabel} of the text `text[start, end)`, made into a string only when its first character could begin one. */
function spanIsTotalsLabel(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const candidate = c === 84 || c === 116 || c === 83 || c === 115 || c === 71 || c === 103;
  return candidate && totalsLabel(text.slice(start, end)) !== undefined;
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

/**
 * The checks every Invoices row gets, in this order; the first that fails decides what becomes of the row (rejected,
 * excluded, or repaired and used), so a row gets the same issues whichever way its cells were read:
 *
 * | # | check | method | a typed row (see readInvoices) |
 * |---|---|---|---|
 * | 1 | a wholly blank row is skipped, counted | `checkRow` | is not blank |
 * | 2 | a totals row is left out | `isTotalsRow` | holds no totals label |
 * | 3 | the invoice id: present, no error value, new | `requiredIdOf`, `isNewId` | is plain text: only "new" is checked |
 * | 4 | the customer id: present, no error value, known | `requiredIdOf`, `customerOf` | is plain text: only "known" |
 * | 5 | the invoice date: a day in the window | `invoiceDateOf` | is a serial in the window |
 * | 6 | the amount: a number | `amountOf` | is a finite number |
 * | 7 | the currency: the base, else converted at its rate | `rateOf` | is the base currency |
 * | 8 | dated on or before the as-of date, else excluded | `isDatedByAsOf` | the same |
 * | 9 | the due date: on or after the invoice date, else filled from terms | `dueDateOf` | falls on or after it |
 * | 10 | the paid date, else ignored | `paidDateOf` | is a serial in the window, or blank |
 * | 11 | the open amount: within the amount; else amount − paid, or from the paid date | `openAmountOf` | `openWithin` |
 * | 12 | the disputed flag | `r.flag` | is a boolean, or blank |
 */
class InvoiceChecks {
  readonly invoices: InvoiceColumnsBuilder;
  private readonly firstRow: IdIndex;
  /** The last customer of a duplicated id wins, as in the review's own lookup (duplicates are rejected anyway). */
  private readonly customerIndex = new Map<string, number>();
  private lastCustomerId = "";
  private lastCustomer = -1;
  private readonly asOfText: string;

  constructor(
    readonly r: TableReader<InvoiceColumn>,
    private readonly customers: readonly Customer[],
    private readonly options: PortfolioReadOptions,
    /** The base currency, when the table has a Currency column (see currencyPlan). */
    readonly base: string | undefined,
    count: number,
    /** Invoice ids are held as spans of the file's text, not strings (see TextSpans). */
    private readonly idsAsSpans: boolean,
  ) {
    this.invoices = new InvoiceColumnsBuilder(count);
    this.firstRow = new IdIndex(count);
    customers.forEach((c, k) => this.customerIndex.set(c.id, k));
    this.asOfText = isoFromSerial(options.asOf);
  }

  /** 3 and 4. The text of a required id cell, or undefined (reported) when it is blank or an error value. */
  private requiredIdOf(i: number, row: readonly RawCell[], key: "id" | "customerId"): string | undefined {
    const cell = this.r.cell(row, key);
    const fault = cellFault(cell);
    if (fault) return void this.r.reportFault(i, key, cell, fault, "rejected");
    const text = cellText(cell);
    if (text === "") return void this.r.report(i, key, cell, "rejected", "issueRequiredMissing");
    return text;
  }

  /** 3. False (reported) when the id `text[start, end)` was already used by an earlier row. */
  isNewId(i: number, text: string, start = 0, end = text.length): boolean {
    const seen = this.firstRow.firstRowIn(text, start, end, this.r.table.firstDataRow + i);
    if (seen < 0) return true;
    this.r.report(i, "id", text.slice(start, end), "rejected", "issueDuplicateId", { firstRow: seen });
    return false;
  }

  /** 4. The customer's index, or −1 (reported) when no customer has the id. */
  customerOf(i: number, customerId: string): number {
    // A ledger sorted by customer repeats the id row after row: one lookup per run of the same id.
    const customerAt =
      customerId === this.lastCustomerId ? this.lastCustomer : (this.customerIndex.get(customerId) ?? -1);
    this.lastCustomerId = customerId;
    this.lastCustomer = customerAt;
    if (customerAt < 0) this.r.report(i, "customerId", customerId, "rejected", "issueUnknownCustomer");
    return customerAt;
  }

  /** 5. The invoice date, or undefined (reported) when it is no day in the window. */
  private invoiceDateOf(i: number, row: readonly RawCell[]): SerialDate | undefined {
    const date = this.r.date(row, i, "invoiceDate");
    if (typeof date === "number") return date;
    return void this.r.reportDate(i, "invoiceDate", this.r.cell(row, "invoiceDate"), date, "rejected");
  }

  /** 6. The amount's reading, or undefined (reported) when it is blank, no number or an error value. */
  private amountOf(
    i: number,
    row: readonly RawCell[],
  ): { readonly value: number; readonly reading: NumberReading } | undefined {
    const cell = this.r.cell(row, "amount");
    const reading = readNumberIn(cell, this.r.decimalComma);
    if (reading.kind === "blank") return void this.r.report(i, "amount", cell, "rejected", "issueRequiredMissing");
    if (reading.kind === "invalid") return void this.r.report(i, "amount", cell, "rejected", "issueNumberRejected");
    if (reading.kind === "fault") return void this.r.reportFault(i, "amount", cell, reading.fault, "rejected");
    return { value: reading.value, reading };
  }

  /** 7. The rate into the base currency (1 for the base), or undefined (reported) when a currency or rate is unusable. */
  private rateOf(i: number, row: readonly RawCell[]): number | undefined {
    const currencyCell = this.r.cell(row, "currency");
    const currencyFault = cellFault(currencyCell);
    if (currencyFault) return void this.r.reportFault(i, "currency", currencyCell, currencyFault, "rejected");
    if (this.base === undefined) return 1;
    const currency = cellText(currencyCell).toUpperCase() || this.base;
    if (currency === this.base) return 1;
    const rateCell = this.r.cell(row, "fxRate");
    const reading = readNumberIn(rateCell, this.r.decimalComma);
    if (reading.kind === "fault") return void this.r.reportFault(i, "fxRate", rateCell, reading.fault, "rejected");
    if ((reading.kind !== "number" && reading.kind !== "fromText") || !(reading.value > 0)) {
      return void this.r.report(i, "fxRate", rateCell, "rejected", "issueRateRejected");
    }
    return reading.value;
  }

  /** 8. False (reported as excluded) when the invoice is dated after the review. */
  isDatedByAsOf(i: number, invoiceDate: SerialDate, cell: RawCell): boolean {
    if (invoiceDate <= this.options.asOf) return true;
    this.r.report(i, "invoiceDate", cell, "excluded", "issueFutureInvoice", {
      date: isoFromSerial(invoiceDate),
      asOf: this.asOfText,
    });
    return false;
  }

  /**
   * 9. The due date: as read when it falls on or after the invoice date; otherwise (blank, unreadable, implausible, or
   * before the invoice date) invoice date + the customer's terms, reported. A due date before its invoice is a typo in
   * one of the two; the invoice date is kept (it dates the sale) and the terms give the due date a credit analyst
   * would assume, so the invoice stays in the exposure instead of vanishing with its row.
   */
  private dueDateOf(i: number, row: readonly RawCell[], invoiceDate: SerialDate, customerAt: number): SerialDate {
    const due = this.r.date(row, i, "dueDate");
    if (typeof due === "number" && due >= invoiceDate) return due;
    const cell = this.r.cell(row, "dueDate");
    const terms = at(this.customers, customerAt).paymentTerms ?? this.options.defaultPaymentTerms;
    const filled = addDays(invoiceDate, Math.round(terms));
    const params = { terms, date: isoFromSerial(filled) };
    if (typeof due === "number") {
      this.r.report(i, "dueDate", cell, "repaired", "issueDueBeforeInvoice", {
        ...params,
        due: isoFromSerial(due),
        invoiceDate: isoFromSerial(invoiceDate),
      });
      return filled;
    }
    if (due.kind === "fault" || due.kind === "implausible") this.r.reportDate(i, "dueDate", cell, due, "ignored");
    this.r.report(i, "dueDate", cell, "repaired", "issueDueDateFilled", params);
    return filled;
  }

  /** 10. The paid date, or undefined (an unreadable one reported as ignored). */
  private paidDateOf(i: number, row: readonly RawCell[]): SerialDate | undefined {
    const paid = this.r.date(row, i, "paidDate");
    if (typeof paid === "number") return paid;
    this.r.reportDate(i, "paidDate", this.r.cell(row, "paidDate"), paid, "ignored");
    return undefined;
  }

  /** 11. The open amount as read, repaired (and reported) when its sign or size contradicts the amount. */
  openWithin(i: number, open: number, amount: number, cell: RawCell): number {
    if (oppositeSigns(open, amount)) {
      this.r.report(i, "openAmount", cell, "repaired", "issueOpenSignMismatch", { amount });
      return 0;
    }
    if (Math.abs(open) > Math.abs(amount)) {
      this.r.report(i, "openAmount", cell, "repaired", "issueOpenExceedsAmount", { amount });
      return amount;
    }
    return open;
  }

  /**
   * 11. The open amount of a row read cell by cell: its own column (checked against amount − paid when there is a
   * Paid Amount column too); without one, amount − paid amount; else a paid date says paid, and without one the
   * invoice is open in full (a list of open items, which the review reports: see columnMapping).
   */
  private openAmountOf(
    i: number,
    row: readonly RawCell[],
    amount: number,
    rate: number,
    paidDate: SerialDate | undefined,
  ): number {
    const r = this.r;
    if (r.map.openAmount < 0)
      return r.map.paidAmount >= 0
        ? this.openFromPaid(i, row, amount, rate, paidDate)
        : paidDate !== undefined
          ? 0
          : amount;
    const cell = r.cell(row, "openAmount");
    const reading = readNumberIn(cell, r.decimalComma);
    if (reading.kind === "number" || reading.kind === "fromText") {
      if (reading.kind === "fromText") r.reportFromText(i, "openAmount", cell, reading);
      const open = this.openWithin(i, rate === 1 ? reading.value : cents(reading.value * rate), amount, cell);
      if (r.map.paidAmount >= 0) this.checkOpenAgainstPaid(i, row, amount, rate, open);
      return open;
    }
    // A fault is reported as such, then the cell is read as missing: from the paid amount when there is one.
    if (reading.kind === "fault") r.reportFault(i, "openAmount", cell, reading.fault, "ignored");
    if (r.map.paidAmount >= 0 && this.hasPaidAmount(row)) {
      const open = this.openFromPaid(i, row, amount, rate, paidDate);
      r.report(i, "openAmount", cell, "repaired", "issueOpenFromPaid", { open });
      return open;
    }
    if (paidDate !== undefined) r.report(i, "openAmount", cell, "repaired", "issueOpenMissingPaid");
    else r.report(i, "openAmount", cell, "repaired", "issueOpenMissingUnpaid", { amount });
    return paidDate !== undefined ? 0 : amount;
  }

  /** Whether the row's Paid Amount cell holds a number (nothing reported: a question, not a reading). */
  private hasPaidAmount(row: readonly RawCell[]): boolean {
    const reading = readNumberIn(this.r.cell(row, "paidAmount"), this.r.decimalComma);
    return reading.kind === "number" || reading.kind === "fromText";
  }

  /** The paid amount of a row in the base currency: undefined when blank or unreadable (reported). */
  private paidOf(i: number, row: readonly RawCell[], rate: number): number | undefined {
    const paid = this.r.optionalNumber(row, i, "paidAmount");
    return paid === undefined || rate === 1 ? paid : cents(paid * rate);
  }

  /** Open = amount − paid amount, exact to the cent; a paid amount that contradicts the amount is reported. */
  private openFromPaid(
    i: number,
    row: readonly RawCell[],
    amount: number,
    rate: number,
    paidDate: SerialDate | undefined,
  ): number {
    const paid = this.paidOf(i, row, rate);
    if (paid === undefined) return paidDate !== undefined ? 0 : amount;
    const cell = this.r.cell(row, "paidAmount");
    if (oppositeSigns(paid, amount)) {
      this.r.report(i, "paidAmount", cell, "repaired", "issuePaidSignMismatch", { amount });
      return amount;
    }
    if (Math.abs(paid) > Math.abs(amount)) {
      this.r.report(i, "paidAmount", cell, "repaired", "issuePaidExceedsAmount", { amount });
      return 0;
    }
    return minusExactly(amount, paid);
  }

  /** With both an Open Amount and a Paid Amount column, an open amount that is not amount − paid is reported. */
  private checkOpenAgainstPaid(i: number, row: readonly RawCell[], amount: number, rate: number, open: number): void {
    const paid = this.paidOf(i, row, rate);
    if (paid === undefined) return;
    if (oppositeSigns(paid, amount)) {
      return void this.r.report(i, "paidAmount", this.r.cell(row, "paidAmount"), "repaired", "issuePaidSignMismatch", {
        amount,
      });
    }
    const expected = minusExactly(amount, paid);
    if (expected !== open)
      this.r.report(i, "openAmount", this.r.cell(row, "openAmount"), "repaired", "issueOpenPaidDisagree", {
        amount,
        paid,
        expected,
      });
  }

  /** Any row, cell by cell, through checks 1–12: every way a cell can be blank, text, formatted or wrong. */
  checkRow(i: number, row: readonly RawCell[]): void {
    const r = this.r;
    if (isBlankRow(row)) {
      r.blank++;
      return;
    }
    if (r.isTotalsRow(row, i)) return;
    const id = this.requiredIdOf(i, row, "id");
    if (id === undefined || !this.isNewId(i, id)) return;
    const customerId = this.requiredIdOf(i, row, "customerId");
    if (customerId === undefined) return;
    const customerAt = this.customerOf(i, customerId);
    if (customerAt < 0) return;
    const invoiceDate = this.invoiceDateOf(i, row);
    if (invoiceDate === undefined) return;
    const amountRead = this.amountOf(i, row);
    if (amountRead === undefined) return;
    const rate = this.rateOf(i, row);
    if (rate === undefined || !this.isDatedByAsOf(i, invoiceDate, r.cell(row, "invoiceDate"))) return;
    const { reading } = amountRead;
    if (reading.kind === "fromText") r.reportFromText(i, "amount", r.cell(row, "amount"), reading);
    const amount = rate === 1 ? amountRead.value : cents(amountRead.value * rate);
    const dueDate = this.dueDateOf(i, row, invoiceDate, customerAt);
    const paidDate = this.paidDateOf(i, row);
    const open = this.openAmountOf(i, row, amount, rate, paidDate);
    const held = this.idsAsSpans ? undefined : id;
    this.invoices.add(
      held,
      customerId,
      customerAt,
      invoiceDate,
      dueDate,
      paidDate,
      amount,
      open,
      r.flag(row, i, "disputed"),
      r.table.firstDataRow + i,
    );
  }

  /**
   * A typed row (the conditions in readInvoices) through the same checks: 1, 2, 5, 6, 7, 9, 10 and 12 hold by its types, so only 3
   * (new id), 4 (known customer), 8 (as-of date) and 11 (open within the amount) can still fail. Its cells come as
   * arguments, not an object: a million rows make no row, reading or boxed number. `open` is undefined without an
   * Open Amount column.
   */
  checkTypedRow(
    i: number,
    idText: string,
    idStart: number,
    idEnd: number,
    customerId: string,
    invoiceDate: SerialDate,
    dueDate: SerialDate,
    paidDate: SerialDate | undefined,
    amount: number,
    open: number | undefined,
    disputed: boolean,
  ): void {
    if (!this.isNewId(i, idText, idStart, idEnd)) return;
    const customerAt = this.customerOf(i, customerId);
    if (customerAt < 0 || !this.isDatedByAsOf(i, invoiceDate, invoiceDate)) return;
    const openAmount =
      open !== undefined ? this.openWithin(i, open, amount, open) : paidDate !== undefined ? 0 : amount;
    const id = this.idsAsSpans ? undefined : idText;
    this.invoices.add(
      id,
      customerId,
      customerAt,
      invoiceDate,
      dueDate,
      paidDate,
      amount,
      openAmount,
      disputed,
      this.r.table.firstDataRow + i,
    );
  }
}

/**
 * Reads the Invoices table into columns. A table read by column (a CSV ledger) is walked column by column: a row
 * whose cells are already what the checks would make of them (plain-text ids, serials in the window with the due date
 * on or after the invoice date, finite amounts, a boolean or blank flag, the base currency, no totals label) goes
 * through `checkTypedRow`, any other row through `checkRow`: the same checks in the same order (see InvoiceChecks),
 * so the same invoices and issues either way (test/workbook/invoiceFastPath.test.ts). An id column held as spans of
 * the file's text is checked in the text: no string per invoice (see TextSpans).
 */
export function readInvoices(
  table: RawTable,
  customers: readonly Customer[],
  options: PortfolioReadOptions,
  issues: DataIssue[],
): { invoices: InvoiceColumns; counts: RowCount; currency?: string } {
  const dates = ledgerWindow(options.asOf, table.date1904);
  const r = new TableReader(table, INVOICES_SCHEMA, issues, dates);
  const base = currencyPlan(r);
  const count = rowCount(table);
  const cells = table.columns?.cells;
  const columnOf = (key: InvoiceColumn): RawColumn => (cells && r.map[key] >= 0 ? at(cells, r.map[key]) : NO_COLUMN);
  const idColumn = columnOf("id");
  const idSpans = idColumn instanceof TextSpans ? idColumn : undefined;
  const checks = new InvoiceChecks(r, customers, options, base, count, idSpans !== undefined);
  const ids = idSpans ? NO_COLUMN : (idColumn as readonly RawCell[]);
  const others = [
    columnOf("customerId"),
    columnOf("currency"),
    columnOf("invoiceDate"),
    columnOf("dueDate"),
    columnOf("paidDate"),
    columnOf("amount"),
    columnOf("openAmount"),
    columnOf("disputed"),
  ] as const;
  // Read by column only when none of them is a TextSpans (see byColumn).
  type Cells = readonly RawCell[];
  const [customerIds, currencies, invoiceDates, dueDates, paidDates, amounts, opens, flags] = others as readonly [
    Cells,
    Cells,
    Cells,
    Cells,
    Cells,
    Cells,
    Cells,
    Cells,
  ];
  // A Paid Amount column, or a sheet with an Excel table's totals row in it, takes the row-by-row checks.
  const byColumn =
    cells !== undefined &&
    others.every((c) => !(c instanceof TextSpans)) &&
    r.map.paidAmount < 0 &&
    !table.totalsRows?.length;
  const hasOpenColumn = r.map.openAmount >= 0;
  // Other cells a totals label may sit in (a name column, the first column): checked for typed rows too.
  const labelCells = [...new Set([...r.labelColumns, 0])]
    .filter((c) => c !== r.map.id && c !== r.map.customerId && cells !== undefined && c < cells.length)
    .map((c) => cells![c] as readonly RawCell[]);
  const rowAt = rowReader(table);
  for (let i = 0; i < count; i++) {
    r.read++;
    if (byColumn) {
      let idText: string, idStart: number, idEnd: number;
      if (idSpans) {
        idText = idSpans.source;
        idStart = at(idSpans.start, i);
        idEnd = at(idSpans.end, i);
      } else {
        const id = ids[i];
        idText = typeof id === "string" ? id : "";
        idStart = 0;
        idEnd = idText.length;
      }
      const customerId = customerIds[i],
        invoiceDate = invoiceDates[i],
        dueDate = dueDates[i];
      const paid = paidDates[i],
        amount = amounts[i],
        open = opens[i],
        disputed = flags[i];
      if (
        isPlainSpan(idText, idStart, idEnd) &&
        !spanIsTotalsLabel(idText, idStart, idEnd) &&
        isPlainText(customerId) &&
        totalsLabel(customerId) === undefined &&
        labelCells.every((column) => totalsLabel(column[i]) === undefined) &&
        isLedgerSerial(invoiceDate, dates) &&
        isLedgerSerial(dueDate, dates) &&
        dueDate >= invoiceDate &&
        (paid === undefined || paid === "" || isLedgerSerial(paid, dates)) &&
        isAmountCell(amount) &&
        (!hasOpenColumn || isAmountCell(open)) &&
        (disputed === undefined || disputed === "" || typeof disputed === "boolean") &&
        (currencies[i] === base || (base === undefined && isBlankCell(currencies[i])))
      ) {
        const paidDate = typeof paid === "number" ? paid : undefined;
        const openAmount = hasOpenColumn ? (open as number) : undefined;
        checks.checkTypedRow(
          i,
          idText,
          idStart,
          idEnd,
          customerId,
          invoiceDate,
          dueDate,
          paidDate,
          amount,
          openAmount,
          disputed === true,
        );
        continue;
      }
    }
    checks.checkRow(i, rowAt(i));
  }
  const idAtRow = idSpans ? idsFromSpans(idSpans, table.firstDataRow) : undefined;
  const columns = checks.invoices.build(base, customers, idAtRow);
  return { invoices: columns, counts: r.counts(columns.length), currency: base };
}
