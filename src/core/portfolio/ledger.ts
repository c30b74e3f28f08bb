/** The review's one pass over the invoices: per-customer receivables, aging, sales and payment behaviour in typed arrays. */
import { at } from "../arrays";
import { Decimal, type Money } from "../money";
import type { SerialDate } from "../dates";
import { bucketCount } from "../receivables/aging";
import { InvoiceColumns } from "./invoiceColumns";
import type { Customer, Portfolio } from "./model";

/**
 * Money slots kept per customer. Each is an exact sum: whole-cent amounts as integer cents in a Float64Array
 * (exact below 2^53 cents per customer and slot, ±90 trillion), anything else in a decimal remainder.
 */
export const Slot = {
  /** Open receivables of invoices dated ≤ as-of (credit notes netted). */
  Open: 0,
  /** Open amount of disputed items. */
  Disputed: 1,
  /** Overdue open amount of undisputed items. */
  OverdueUndisputed: 2,
  /** Overdue open amount of disputed items. */
  OverdueDisputed: 3,
  /** Σ Amount of invoices dated in (as-of − 365, as-of]. */
  Sales365: 4,
  /** Σ Amount of invoices dated in (period start, as-of], for CEI against the previous review. */
  SalesSincePeriodStart: 5,
  /** Open amount of disputed items further past due than the insurer's notification deadline. */
  DisputedPastNotification: 6,
  /** Σ Amount of invoices open at the period start (dated ≤ it, not paid by it): CEI's opening receivables. */
  OpenAtPeriodStart: 7,
  /** First aging bucket (not yet due); bucket k is at `Bucket0 + k`. */
  Bucket0: 8,
} as const;

/** Per-customer figures of one pass; index i is `portfolio.customers[i]`. */
export interface Ledger {
  readonly customerCount: number;
  readonly bucketCount: number;
  /** Money per customer and slot, in cents: `cents[i * slots + slot]`. Read through `money`/`amount`. */
  readonly cents: Float64Array;
  readonly slots: number;
  /** Remainders that were not whole cents, keyed `i * slots + slot`. */
  readonly inexact: ReadonlyMap<number, Decimal>;
  /** Largest days past due over items with a positive open amount (0 when none is overdue). */
  readonly maxDpd: Int32Array;
  /** Same, undisputed items only (what drives the collection ladder). */
  readonly maxDpdUndisputed: Int32Array;
  /** Same, disputed items only: the age of the oldest dispute. */
  readonly maxDpdDisputed: Int32Array;
  /** Σ open cents × dpd over positive open items: the weighted-average dpd numerator and the worklist priority. */
  readonly dpdWeight: Float64Array;
  /** Σ positive open cents (the weighted-average dpd denominator). */
  readonly positiveOpen: Float64Array;
  /** Same products, disputed and undisputed overdue items separately (collection priorities). */
  readonly priorityUndisputed: Float64Array;
  readonly priorityDisputed: Float64Array;
  /** Invoices of the customer dated ≤ as-of. */
  readonly invoiceCount: Int32Array;
  /** Earliest invoice date (0 when none): how long the customer has been known. */
  readonly firstInvoice: Int32Array;
  /** Latest invoice date (0 when none): sales after a blacklisting show here. */
  readonly lastInvoice: Int32Array;
  /** Amount-weighted days beyond terms, max(0, paid − due), of invoices paid in the last 90 days and 91–365 days. */
  readonly dbtRecent: Float64Array;
  readonly dbtRecentWeight: Float64Array;
  readonly dbtEarlier: Float64Array;
  readonly dbtEarlierWeight: Float64Array;
  /** Invoices whose customer id is not among the customers (the workbook contract rejects them first). */
  readonly unknownCustomerInvoices: number;
  /** Invoices dated after as-of: outside the review by definition. */
  readonly futureInvoices: number;
  /** Earliest invoice date of the whole ledger (0 when none): how far back it reaches. */
  readonly earliestInvoice: SerialDate;
  /** How many invoices carry a paid date: without any, the ledger cannot say what was open at an earlier date. */
  readonly paidDates: number;
}

export interface LedgerOptions {
  readonly asOf: SerialDate;
  readonly bucketLimits: readonly number[];
  /** Start (exclusive) of the CEI period: the previous review date. */
  readonly periodStart?: SerialDate;
  /** Disputed items further past due than this leave insured cover (default: never). */
  readonly notificationDays?: number;
}

/**
 * Aggregates the invoices per customer in one pass with no per-invoice allocation.
 *
 * For each invoice dated on or before as-of: its open amount goes to the customer's open receivables and to the
 * aging bucket of its days past due (as-of − due date, `bucketIndex` of src/core/receivables/aging.ts); its amount
 * to trailing-365-day sales when dated after as-of − 365. Paid invoices with a paid date in the last 365 days feed
 * days beyond terms. Definitions: docs/architecture.md §Shared definitions.
 * @example aggregateLedger(portfolio, { asOf: 46203, bucketLimits: [30, 60, 90] }).cents // per customer and slot
 */
export function aggregateLedger(portfolio: Portfolio, options: LedgerOptions): Ledger {
  const customers = portfolio.customers;
  const index = new Map<string, number>();
  customers.forEach((customer, i) => index.set(customer.id, i));
  const columns =
    portfolio.invoices instanceof InvoiceColumns ? portfolio.invoices : InvoiceColumns.from(portfolio.invoices);
  const pass = startPass(customers.length, bucketCount(options.bucketLimits));
  addInvoices(pass, columns, customerIndexOf(columns, customers, index), options);
  return pass;
}

/** The ledger while the pass fills it: the same arrays, with the counters still open. */
type LedgerPass = { -readonly [K in keyof Ledger]: Ledger[K] } & {
  readonly inexact: Map<number, Decimal>;
};

/** An empty ledger of `n` customers and `nb` aging buckets. */
function startPass(n: number, nb: number): LedgerPass {
  const slots = Slot.Bucket0 + nb;
  return {
    customerCount: n,
    bucketCount: nb,
    cents: new Float64Array(n * slots),
    slots,
    inexact: new Map<number, Decimal>(),
    maxDpd: new Int32Array(n),
    maxDpdUndisputed: new Int32Array(n),
    maxDpdDisputed: new Int32Array(n),
    dpdWeight: new Float64Array(n),
    positiveOpen: new Float64Array(n),
    priorityUndisputed: new Float64Array(n),
    priorityDisputed: new Float64Array(n),
    invoiceCount: new Int32Array(n),
    firstInvoice: new Int32Array(n),
    lastInvoice: new Int32Array(n),
    dbtRecent: new Float64Array(n),
    dbtRecentWeight: new Float64Array(n),
    dbtEarlier: new Float64Array(n),
    dbtEarlierWeight: new Float64Array(n),
    unknownCustomerInvoices: 0,
    futureInvoices: 0,
    earliestInvoice: 0,
    paidDates: 0,
  };
}

/**
 * `a[k] += v` for an index the pass knows is in range (a typed array holds 0 where nothing was added). One function
 * per array type, so each stays monomorphic in the hot loop.
 */
function plus(a: Float64Array, k: number, v: number): void {
  a[k] = (a[k] ?? 0) + v;
}

/** `a[k] += 1`, same. */
function increment(a: Int32Array, k: number): void {
  a[k] = (a[k] ?? 0) + 1;
}

/** `a[k] = max(a[k], v)`, same. */
function raise(a: Int32Array, k: number, v: number): void {
  if (v > (a[k] ?? 0)) a[k] = v;
}

/** An amount into a money slot: whole cents into `cents`, anything else into the decimal remainder. */
function addMoney(pass: LedgerPass, key: number, amount: number, amountCents: number, exact: boolean): void {
  if (exact) plus(pass.cents, key, amountCents);
  else pass.inexact.set(key, (pass.inexact.get(key) ?? new Decimal(0)).plus(amount));
}

/** The one pass over the invoices (see aggregateLedger); `customerOf[j]` is invoice j's customer, −1 unknown. */
function addInvoices(pass: LedgerPass, columns: InvoiceColumns, customerOf: Int32Array, options: LedgerOptions): void {
  const { asOf } = options;
  const limits = Int32Array.from(options.bucketLimits);
  const salesFrom = asOf - 365;
  const periodStart = options.periodStart ?? Number.POSITIVE_INFINITY;
  const recentFrom = asOf - 90;
  const notificationDays = options.notificationDays ?? Number.POSITIVE_INFINITY;
  const { invoiceDate: invoiceDates, dueDate: dueDates, paidDate: paidDates, amount: amounts } = columns;
  const { openAmount: opens, disputed: disputes } = columns;
  const { slots, firstInvoice, lastInvoice } = pass;
  const m = columns.length;
  for (let j = 0; j < m; j++) {
    // j < m: every column holds m values (InvoiceColumns checks it), customerOf too.
    const invoiceDate = invoiceDates[j]!;
    if (invoiceDate > asOf) {
      pass.futureInvoices++;
      continue;
    }
    const i = customerOf[j]!;
    if (i < 0) {
      pass.unknownCustomerInvoices++;
      continue;
    }
    const base = i * slots;
    increment(pass.invoiceCount, i);
    const first = firstInvoice[i] ?? 0;
    if (first === 0 || invoiceDate < first) firstInvoice[i] = invoiceDate;
    raise(lastInvoice, i, invoiceDate);
    if (pass.earliestInvoice === 0 || invoiceDate < pass.earliestInvoice) pass.earliestInvoice = invoiceDate;

    const amount = amounts[j]!;
    const amountCents = Math.round(amount * 100);
    const amountExact = amountCents / 100 === amount;
    if (invoiceDate > salesFrom) addMoney(pass, base + Slot.Sales365, amount, amountCents, amountExact);
    if (invoiceDate > periodStart) addMoney(pass, base + Slot.SalesSincePeriodStart, amount, amountCents, amountExact);

    const dueDate = dueDates[j]!;
    const paid = paidDates[j]!;
    const open = opens[j]!;
    if (paid === paid) pass.paidDates++;
    // Open at the period start: dated by then and not paid by then (NaN, no paid date, fails `paid <= periodStart`).
    // An item still open now counts in full: a partial payment without a date is taken as made after the start.
    if (invoiceDate <= periodStart && !(paid <= periodStart) && (open !== 0 || paid === paid))
      addMoney(pass, base + Slot.OpenAtPeriodStart, amount, amountCents, amountExact);
    // A missing paid date is NaN, which no comparison passes.
    if (paid > salesFrom && paid <= asOf && amount > 0) {
      const late = paid - dueDate;
      const beyond = late > 0 ? late : 0;
      // Weights in whole cents: integer sums are exact, so DBT does not depend on the order of the invoices.
      const recent = paid > recentFrom;
      plus(recent ? pass.dbtRecent : pass.dbtEarlier, i, beyond * amountCents);
      plus(recent ? pass.dbtRecentWeight : pass.dbtEarlierWeight, i, amountCents);
    }
    if (open === 0) continue;
    const dpd = asOf - dueDate;
    const disputed = disputes[j] === 1;
    addOpenItem(pass, i, open, dpd, bucketOfDpd(dpd, limits), disputed, dpd > notificationDays);
  }
}

/** `bucketIndex` of src/core/receivables/aging.ts inlined over an Int32Array: this is the hot loop of the review. */
function bucketOfDpd(dpd: number, limits: Int32Array): number {
  if (dpd <= 0) return 0;
  const last = limits.length;
  for (let q = 0; q < last; q++) if (dpd <= limits[q]!) return q + 1;
  return last + 1;
}

/** An item with an open amount: receivables, its aging bucket, disputes, and the dpd weights of positive items. */
function addOpenItem(
  pass: LedgerPass,
  i: number,
  open: number,
  dpd: number,
  bucket: number,
  disputed: boolean,
  pastNotification: boolean,
): void {
  const base = i * pass.slots;
  const openCents = Math.round(open * 100);
  const exact = openCents / 100 === open;
  addMoney(pass, base + Slot.Open, open, openCents, exact);
  addMoney(pass, base + Slot.Bucket0 + bucket, open, openCents, exact);
  if (disputed) addMoney(pass, base + Slot.Disputed, open, openCents, exact);
  if (dpd > 0)
    addMoney(pass, base + (disputed ? Slot.OverdueDisputed : Slot.OverdueUndisputed), open, openCents, exact);
  if (disputed && pastNotification) addMoney(pass, base + Slot.DisputedPastNotification, open, openCents, exact);
  if (open <= 0) return;
  plus(pass.positiveOpen, i, openCents);
  if (dpd <= 0) return;
  const w = openCents * dpd;
  plus(pass.dpdWeight, i, w);
  raise(pass.maxDpd, i, dpd);
  plus(disputed ? pass.priorityDisputed : pass.priorityUndisputed, i, w);
  raise(disputed ? pass.maxDpdDisputed : pass.maxDpdUndisputed, i, dpd);
}

/**
 * Each invoice's customer as an index into `customers` (−1 when not among them): the reader's own index when it was
 * resolved against this very customers array, otherwise by id (runs of one id looked up once), and by id too for any
 * invoice the reader did not resolve.
 */
function customerIndexOf(
  columns: InvoiceColumns,
  customers: readonly Customer[],
  index: ReadonlyMap<string, number>,
): Int32Array {
  const resolved = columns.indexedAgainst === customers ? columns.customerIndex : undefined;
  // An entry the reader left unresolved (−1) is looked up by id like any other.
  if (resolved && resolved.indexOf(-1) < 0) return resolved;
  const out = new Int32Array(columns.length);
  let lastId: string | undefined;
  let last = -1;
  for (let j = 0; j < columns.length; j++) {
    const known = resolved?.[j] ?? -1;
    if (known >= 0) {
      out[j] = known;
      continue;
    }
    const id = at(columns.customerIds, j);
    if (id !== lastId) {
      lastId = id;
      last = index.get(id) ?? -1;
    }
    out[j] = last;
  }
  return out;
}

/** A customer's slot as a number (exact to the cent for whole-cent data). */
export function slotAmount(ledger: Ledger, customer: number, slot: number): number {
  const key = customer * ledger.slots + slot;
  const c = at(ledger.cents, key) / 100;
  const rest = ledger.inexact.get(key);
  return rest ? rest.plus(c).toNumber() : c;
}

/** A customer's whole cents in a slot, without the decimal remainder (see `inexact`). */
export function slotCents(ledger: Ledger, customer: number, slot: number): number {
  return at(ledger.cents, customer * ledger.slots + slot);
}

/** The portfolio total of a slot, exact: Σ cents over customers (integers) plus the decimal remainders. */
export function slotTotal(ledger: Ledger, slot: number): Money {
  const { cents, slots, customerCount } = ledger;
  let total = 0;
  let overflow: Decimal | null = null;
  for (let i = 0; i < customerCount; i++) {
    const cell = at(cents, i * slots + slot);
    const next = total + cell;
    if (Number.isSafeInteger(next)) total = next;
    else {
      overflow = (overflow ?? new Decimal(0)).plus(total);
      total = cell;
    }
  }
  let result = new Decimal(total);
  if (overflow) result = result.plus(overflow);
  result = result.div(100);
  for (const [key, rest] of ledger.inexact) if (key % slots === slot) result = result.plus(rest);
  return result;
}
