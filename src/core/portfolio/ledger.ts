/** The review's one pass over the invoices: per-customer receivables, aging, sales and payment behaviour in typed arrays. */
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
  const { asOf, bucketLimits } = options;
  const customers = portfolio.customers;
  const n = customers.length;
  const nb = bucketCount(bucketLimits);
  const slots = Slot.Bucket0 + nb;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(customers[i].id, i);

  const cents = new Float64Array(n * slots);
  const inexact = new Map<number, Decimal>();
  const maxDpd = new Int32Array(n);
  const maxDpdUndisputed = new Int32Array(n);
  const maxDpdDisputed = new Int32Array(n);
  const dpdWeight = new Float64Array(n);
  const positiveOpen = new Float64Array(n);
  const priorityUndisputed = new Float64Array(n);
  const priorityDisputed = new Float64Array(n);
  const invoiceCount = new Int32Array(n);
  const firstInvoice = new Int32Array(n);
  const lastInvoice = new Int32Array(n);
  const dbtRecent = new Float64Array(n);
  const dbtRecentWeight = new Float64Array(n);
  const dbtEarlier = new Float64Array(n);
  const dbtEarlierWeight = new Float64Array(n);
  const limits = Int32Array.from(bucketLimits);
  const last = limits.length;
  const salesFrom = asOf - 365;
  const periodStart = options.periodStart ?? Number.POSITIVE_INFINITY;
  const recentFrom = asOf - 90;
  const notificationDays = options.notificationDays ?? Number.POSITIVE_INFINITY;
  let unknown = 0;
  let future = 0;
  let earliest = 0;
  let paidCount = 0;

  const addExact = (key: number, amount: number): void => {
    inexact.set(key, (inexact.get(key) ?? new Decimal(0)).plus(amount));
  };

  const columns =
    portfolio.invoices instanceof InvoiceColumns ? portfolio.invoices : InvoiceColumns.from(portfolio.invoices);
  const customerOf = customerIndexOf(columns, customers, index);
  const {
    invoiceDate: invoiceDates,
    dueDate: dueDates,
    paidDate: paidDates,
    amount: amounts,
    openAmount: opens,
    disputed: disputes,
  } = columns;
  const m = columns.length;
  for (let j = 0; j < m; j++) {
    const invoiceDate = invoiceDates[j];
    if (invoiceDate > asOf) {
      future++;
      continue;
    }
    const i = customerOf[j];
    if (i < 0) {
      unknown++;
      continue;
    }
    const base = i * slots;
    invoiceCount[i]++;
    if (firstInvoice[i] === 0 || invoiceDate < firstInvoice[i]) firstInvoice[i] = invoiceDate;
    if (invoiceDate > lastInvoice[i]) lastInvoice[i] = invoiceDate;
    if (earliest === 0 || invoiceDate < earliest) earliest = invoiceDate;

    const amount = amounts[j];
    const amountCents = Math.round(amount * 100);
    const amountExact = amountCents / 100 === amount;
    if (invoiceDate > salesFrom) {
      if (amountExact) cents[base + Slot.Sales365] += amountCents;
      else addExact(base + Slot.Sales365, amount);
    }
    if (invoiceDate > periodStart) {
      if (amountExact) cents[base + Slot.SalesSincePeriodStart] += amountCents;
      else addExact(base + Slot.SalesSincePeriodStart, amount);
    }

    const dueDate = dueDates[j];
    const paid = paidDates[j];
    if (paid === paid) paidCount++;
    // Open at the period start: dated by then and not paid by then (NaN, no paid date, fails `paid <= periodStart`).
    // An item still open now counts in full: a partial payment without a date is taken as made after the start.
    if (invoiceDate <= periodStart && !(paid <= periodStart) && (opens[j] !== 0 || paid === paid)) {
      if (amountExact) cents[base + Slot.OpenAtPeriodStart] += amountCents;
      else addExact(base + Slot.OpenAtPeriodStart, amount);
    }
    // A missing paid date is NaN, which no comparison passes.
    if (paid > salesFrom && paid <= asOf && amount > 0) {
      const late = paid - dueDate;
      const beyond = late > 0 ? late : 0;
      // Weights in whole cents: integer sums are exact, so DBT does not depend on the order of the invoices.
      if (paid > recentFrom) {
        dbtRecent[i] += beyond * amountCents;
        dbtRecentWeight[i] += amountCents;
      } else {
        dbtEarlier[i] += beyond * amountCents;
        dbtEarlierWeight[i] += amountCents;
      }
    }

    const open = opens[j];
    if (open === 0) continue;
    const dpd = asOf - dueDate;
    // bucketIndex of aging.ts inlined over an Int32Array: this is the hot loop of the review.
    let k: number;
    if (dpd <= 0) k = 0;
    else {
      k = last + 1;
      for (let q = 0; q < last; q++) {
        if (dpd <= limits[q]) {
          k = q + 1;
          break;
        }
      }
    }
    const openCents = Math.round(open * 100);
    const disputed = disputes[j] === 1;
    if (openCents / 100 === open) {
      cents[base + Slot.Open] += openCents;
      cents[base + Slot.Bucket0 + k] += openCents;
      if (disputed) cents[base + Slot.Disputed] += openCents;
      if (dpd > 0) cents[base + (disputed ? Slot.OverdueDisputed : Slot.OverdueUndisputed)] += openCents;
      if (disputed && dpd > notificationDays) cents[base + Slot.DisputedPastNotification] += openCents;
    } else {
      addExact(base + Slot.Open, open);
      addExact(base + Slot.Bucket0 + k, open);
      if (disputed) addExact(base + Slot.Disputed, open);
      if (dpd > 0) addExact(base + (disputed ? Slot.OverdueDisputed : Slot.OverdueUndisputed), open);
      if (disputed && dpd > notificationDays) addExact(base + Slot.DisputedPastNotification, open);
    }
    if (open > 0) {
      positiveOpen[i] += openCents;
      if (dpd > 0) {
        const w = openCents * dpd;
        dpdWeight[i] += w;
        if (dpd > maxDpd[i]) maxDpd[i] = dpd;
        if (disputed) {
          priorityDisputed[i] += w;
          if (dpd > maxDpdDisputed[i]) maxDpdDisputed[i] = dpd;
        } else {
          priorityUndisputed[i] += w;
          if (dpd > maxDpdUndisputed[i]) maxDpdUndisputed[i] = dpd;
        }
      }
    }
  }

  return {
    customerCount: n,
    bucketCount: nb,
    cents,
    slots,
    inexact,
    maxDpd,
    maxDpdUndisputed,
    maxDpdDisputed,
    dpdWeight,
    positiveOpen,
    priorityUndisputed,
    priorityDisputed,
    invoiceCount,
    firstInvoice,
    lastInvoice,
    dbtRecent,
    dbtRecentWeight,
    dbtEarlier,
    dbtEarlierWeight,
    unknownCustomerInvoices: unknown,
    futureInvoices: future,
    earliestInvoice: earliest,
    paidDates: paidCount,
  };
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
    if (resolved && resolved[j] >= 0) {
      out[j] = resolved[j];
      continue;
    }
    const id = columns.customerIds[j];
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
  const c = ledger.cents[key] / 100;
  const rest = ledger.inexact.get(key);
  return rest ? rest.plus(c).toNumber() : c;
}

/** The portfolio total of a slot, exact: Σ cents over customers (integers) plus the decimal remainders. */
export function slotTotal(ledger: Ledger, slot: number): Money {
  const { cents, slots, customerCount } = ledger;
  let total = 0;
  let overflow: Decimal | null = null;
  for (let i = 0; i < customerCount; i++) {
    const next = total + cents[i * slots + slot];
    if (Number.isSafeInteger(next)) total = next;
    else {
      overflow = (overflow ?? new Decimal(0)).plus(total);
      total = cents[i * slots + slot];
    }
  }
  let result = new Decimal(total);
  if (overflow) result = result.plus(overflow);
  result = result.div(100);
  for (const [key, rest] of ledger.inexact) if (key % slots === slot) result = result.plus(rest);
  return result;
}
