/** The Invoices table held by column: typed arrays for a million invoices instead of a million objects. */
import { at } from "../arrays";
import type { SerialDate } from "../dates";
import type { Customer, Invoice } from "./model";

/**
 * Invoice ids by position. An array of strings is one; a reader of a million-row file gives one that makes each id
 * from the file's text only when asked, since the review itself never reads an invoice's id.
 */
export interface InvoiceIds {
  readonly length: number;
  at(j: number): string | undefined;
}

/**
 * Checked invoices as columns. Row j of every column is invoice j. Dates are Excel serials in Float64Arrays (a
 * serial is kept exactly as read), a missing paid date is NaN; amounts are Float64Arrays; the customer of each
 * invoice is its id and, when the reader resolved it, its index into the customers it was resolved against.
 *
 * Why columns: a million invoice objects cost about 150 MB and most of a second of allocation and garbage
 * collection; these arrays cost about 50 MB, and the review's pass over them reads memory in order.
 * @example const columns = InvoiceColumns.from(invoices); columns.at(0).amount === invoices[0].amount
 */
export class InvoiceColumns {
  readonly length: number;
  /** Invoice j's id is `ids.at(j)`: strings, or ids a reader makes only when asked (see InvoiceIds). */
  readonly ids: InvoiceIds;
  readonly customerIds: readonly string[];
  readonly invoiceDate: Float64Array;
  readonly dueDate: Float64Array;
  /** NaN when the invoice has no paid date. */
  readonly paidDate: Float64Array;
  readonly amount: Float64Array;
  readonly openAmount: Float64Array;
  /** 1 for a disputed invoice. */
  readonly disputed: Uint8Array;
  /** 1-based sheet row, 0 when not known. */
  readonly sourceRow: Int32Array;
  /** The table's currency (one per table: the reader converts other currencies into it). */
  readonly currency?: string;
  /**
   * `customerIndex[j]` is the index of invoice j's customer in `indexedAgainst` (−1 when not among them). Only valid
   * for that very array: the review re-resolves ids against any other customers list.
   */
  readonly customerIndex?: Int32Array;
  readonly indexedAgainst?: readonly Customer[];

  constructor(parts: {
    ids: InvoiceIds;
    customerIds: readonly string[];
    invoiceDate: Float64Array;
    dueDate: Float64Array;
    paidDate: Float64Array;
    amount: Float64Array;
    openAmount: Float64Array;
    disputed: Uint8Array;
    sourceRow: Int32Array;
    currency?: string;
    customerIndex?: Int32Array;
    indexedAgainst?: readonly Customer[];
  }) {
    this.length = parts.ids.length;
    for (const column of [
      parts.customerIds,
      parts.invoiceDate,
      parts.dueDate,
      parts.paidDate,
      parts.amount,
      parts.openAmount,
      parts.disputed,
      parts.sourceRow,
    ]) {
      if (column.length !== this.length) throw new RangeError("Invoice columns must all have one value per invoice");
    }
    if (parts.customerIndex && (parts.customerIndex.length !== this.length || !parts.indexedAgainst)) {
      throw new RangeError("A customer index needs one entry per invoice and the customers it indexes");
    }
    this.ids = parts.ids;
    this.customerIds = parts.customerIds;
    this.invoiceDate = parts.invoiceDate;
    this.dueDate = parts.dueDate;
    this.paidDate = parts.paidDate;
    this.amount = parts.amount;
    this.openAmount = parts.openAmount;
    this.disputed = parts.disputed;
    this.sourceRow = parts.sourceRow;
    this.currency = parts.currency;
    this.customerIndex = parts.customerIndex;
    this.indexedAgainst = parts.indexedAgainst;
  }

  /** Invoice objects as columns (their `currency` must agree: the first one given is kept). */
  static from(invoices: readonly Invoice[]): InvoiceColumns {
    const n = invoices.length;
    const builder = new InvoiceColumnsBuilder(n);
    for (const invoice of invoices) builder.push(invoice, -1);
    return builder.build(invoices.find((i) => i.currency !== undefined)?.currency);
  }

  /** Invoice j as an object. */
  at(j: number): Invoice {
    const paid = at(this.paidDate, j);
    return {
      id: (j >= 0 ? this.ids.at(j) : undefined) ?? "",
      customerId: at(this.customerIds, j),
      invoiceDate: at(this.invoiceDate, j),
      dueDate: at(this.dueDate, j),
      amount: at(this.amount, j),
      openAmount: at(this.openAmount, j),
      paidDate: Number.isNaN(paid) ? undefined : paid,
      disputed: this.disputed[j] === 1,
      currency: this.currency,
      sourceRow: this.sourceRow[j] === 0 ? undefined : this.sourceRow[j],
    };
  }
}

/**
 * Fills invoice columns row by row (the reader's side), sized for at most `capacity` invoices.
 * @example const b = new InvoiceColumnsBuilder(rows); b.push(invoice, customerIndex); b.build("EUR", customers)
 */
export class InvoiceColumnsBuilder {
  private n = 0;
  private readonly ids: string[] = [];
  private readonly customerIds: string[] = [];
  private readonly invoiceDate: Float64Array;
  private readonly dueDate: Float64Array;
  private readonly paidDate: Float64Array;
  private readonly amount: Float64Array;
  private readonly openAmount: Float64Array;
  private readonly disputed: Uint8Array;
  private readonly sourceRow: Int32Array;
  private readonly customerIndex: Int32Array;

  constructor(readonly capacity: number) {
    this.invoiceDate = new Float64Array(capacity);
    this.dueDate = new Float64Array(capacity);
    this.paidDate = new Float64Array(capacity);
    this.amount = new Float64Array(capacity);
    this.openAmount = new Float64Array(capacity);
    this.disputed = new Uint8Array(capacity);
    this.sourceRow = new Int32Array(capacity);
    this.customerIndex = new Int32Array(capacity);
  }

  /** Adds one invoice; `customer` is its customer's index (−1 when not resolved). */
  push(invoice: Invoice, customer: number): void {
    this.add(
      invoice.id,
      invoice.customerId,
      customer,
      invoice.invoiceDate,
      invoice.dueDate,
      invoice.paidDate,
      invoice.amount,
      invoice.openAmount,
      invoice.disputed,
      invoice.sourceRow ?? 0,
    );
  }

  /**
   * Adds one invoice from its values, without an object: what the reader of a million rows calls. `id` may be left
   * undefined for every invoice when `build` is given a way to find ids by source row instead.
   */
  add(
    id: string | undefined,
    customerId: string,
    customer: number,
    invoiceDate: SerialDate,
    dueDate: SerialDate,
    paidDate: SerialDate | undefined,
    amount: number,
    openAmount: number,
    disputed: boolean,
    sourceRow: number,
  ): void {
    const j = this.n++;
    if (j >= this.capacity) throw new RangeError(`More invoices than the ${this.capacity} this builder was sized for`);
    if (id !== undefined) this.ids.push(id);
    this.customerIds.push(customerId);
    this.customerIndex[j] = customer;
    this.invoiceDate[j] = invoiceDate;
    this.dueDate[j] = dueDate;
    this.paidDate[j] = paidDate === undefined ? NaN : paidDate;
    this.amount[j] = amount;
    this.openAmount[j] = openAmount;
    this.disputed[j] = disputed ? 1 : 0;
    this.sourceRow[j] = sourceRow;
  }

  /**
   * The columns, trimmed to the invoices added; with `customers`, the indices given are kept as resolved against them.
   * With `idAtRow`, invoice j's id is `idAtRow(sourceRow[j])`, asked for only when read (and no ids were added).
   */
  build(currency?: string, customers?: readonly Customer[], idAtRow?: (sourceRow: number) => string): InvoiceColumns {
    const n = this.n;
    const sourceRow = this.sourceRow.subarray(0, n);
    if (idAtRow && this.ids.length > 0)
      throw new RangeError("Ids were added one by one: there is no other way to find them");
    return new InvoiceColumns({
      ids: idAtRow ? { length: n, at: (j) => (j >= 0 && j < n ? idAtRow(at(sourceRow, j)) : undefined) } : this.ids,
      customerIds: this.customerIds,
      invoiceDate: this.invoiceDate.subarray(0, n),
      dueDate: this.dueDate.subarray(0, n),
      paidDate: this.paidDate.subarray(0, n),
      amount: this.amount.subarray(0, n),
      openAmount: this.openAmount.subarray(0, n),
      disputed: this.disputed.subarray(0, n),
      sourceRow,
      currency,
      customerIndex: customers ? this.customerIndex.subarray(0, n) : undefined,
      indexedAgainst: customers,
    });
  }
}

/** A portfolio's invoices as a plain array, whichever way they are held (for tests, exports and small tools). */
export function invoiceList(invoices: readonly Invoice[] | InvoiceColumns): readonly Invoice[] {
  if (!(invoices instanceof InvoiceColumns)) return invoices;
  const list: Invoice[] = new Array(invoices.length);
  for (let j = 0; j < invoices.length; j++) list[j] = invoices.at(j);
  return list;
}
