/** The portfolio KPIs of a review, from the ledger's exact per-customer totals and the customers' lines. */
import { at } from "../arrays";
import type { SerialDate } from "../dates";
import { CreditError } from "../errors";
import { MoneySum, ZERO, type Money } from "../money";
import { CREDIT_ACTIONS, type CreditAction } from "../policy/creditPolicy";
import { provisionByBucket } from "../provisions/provisionMatrix";
import { averageDaysDelinquent } from "../receivables/averageDaysDelinquent";
import { bestPossibleDso } from "../receivables/bestPossibleDso";
import { collectionEffectiveness } from "../receivables/collectionEffectiveness";
import { dso } from "../receivables/dso";
import { herfindahlIndex, topShare } from "./concentration";
import { Slot, slotTotal, type Ledger } from "./ledger";
import type { Customer } from "./model";
import type { ReviewSettings } from "./review";
import type { CeiOpening, CustomerReview, Review } from "./reviewTypes";

const DAYS_PER_MONTH = 365.25 / 12;

/** Undefined instead of a domain error: a KPI without a denominator is shown as n/a, it does not stop the review. */
function orUndefined(compute: () => number): number | undefined {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CreditError) return undefined;
    throw error;
  }
}

/**
 * CEI's opening receivables: rebuilt from the ledger (invoices open at the previous review date) when the ledger
 * has payment data and reaches back at least a year before that date, else ReviewHistory's Σ exposure; both are
 * kept, and a difference above the tolerance is flagged for a data issue.
 */
function ceiOpening(
  ledger: Ledger,
  previous: { date: SerialDate; exposure?: Money },
  tolerance: number,
): CeiOpening | undefined {
  const covers = ledger.paidDates > 0 && ledger.earliestInvoice > 0 && ledger.earliestInvoice <= previous.date - 365;
  const fromLedger = covers ? slotTotal(ledger, Slot.OpenAtPeriodStart).toNumber() : undefined;
  const fromHistory = previous.exposure?.toNumber();
  const amount = fromLedger ?? fromHistory;
  if (amount === undefined) return undefined;
  const differs =
    fromLedger !== undefined &&
    fromHistory !== undefined &&
    Math.abs(fromLedger - fromHistory) > tolerance * Math.max(Math.abs(fromLedger), Math.abs(fromHistory));
  return {
    source: fromLedger !== undefined ? "ledger" : "history",
    amount,
    ledger: fromLedger,
    history: fromHistory,
    differs,
  };
}

/** The portfolio KPIs from the exact per-customer totals of the ledger and the customers' lines. */
export function portfolioKpis(
  ledger: Ledger,
  customers: readonly CustomerReview[],
  exposures: Float64Array,
  positiveTotal: Money,
  expectedLoss: Money,
  settings: ReviewSettings,
  asOf: SerialDate,
  previous: { date: SerialDate; exposure?: Money } | undefined,
): Review["kpis"] {
  const nb = ledger.bucketCount;
  const open = slotTotal(ledger, Slot.Open);
  const aging: Money[] = [];
  for (let k = 0; k < nb; k++) aging.push(slotTotal(ledger, Slot.Bucket0 + k));
  const notDue = at(aging, 0);
  const sales = slotTotal(ledger, Slot.Sales365);
  const salesN = sales.toNumber(),
    openN = open.toNumber(),
    notDueN = notDue.toNumber();
  const provisions = provisionByBucket(aging, settings.lossRates);
  const opening = previous && ceiOpening(ledger, previous, settings.ceiOpeningTolerance);
  let cei: number | undefined;
  if (previous && opening) {
    const months = Math.max(1, Math.round((asOf - previous.date) / DAYS_PER_MONTH));
    cei = orUndefined(() =>
      collectionEffectiveness(
        Math.max(0, opening.amount),
        slotTotal(ledger, Slot.SalesSincePeriodStart).toNumber(),
        Math.max(0, openN),
        Math.max(0, notDueN),
        months,
      ),
    );
  }
  const gradeRank = new Map(settings.grades.map((g, i) => [g, i]));
  const gradeCounts = new Map<string, number>();
  const actionCounts = Object.fromEntries(CREDIT_ACTIONS.map((a) => [a, 0])) as Record<CreditAction, number>;
  const insured = new MoneySum();
  const uninsured = new MoneySum();
  const overLimitCustomers: string[] = [];
  for (const c of customers) {
    gradeCounts.set(c.grade, (gradeCounts.get(c.grade) ?? 0) + 1);
    actionCounts[c.action]++;
    if (c.overLimit) overLimitCustomers.push(c.customer.id);
    if (c.exposure > 0) {
      insured.add(c.insuredCover);
      uninsured.add(c.uninsured);
    }
  }
  const insuredTotal = insured.total();
  const grades = [
    ...settings.grades.filter((g) => gradeCounts.has(g)),
    ...[...gradeCounts.keys()].filter((g) => !gradeRank.has(g)).sort(),
  ];
  return {
    customers: ledger.customerCount,
    invoices: sumInt(ledger.invoiceCount),
    openReceivables: open,
    overdueReceivables: open.minus(notDue),
    aging,
    disputed: slotTotal(ledger, Slot.Disputed),
    creditSales365: sales,
    dso: orUndefined(() => dso(openN, salesN)),
    bpdso: orUndefined(() => bestPossibleDso(notDueN, salesN)),
    add: orUndefined(() => averageDaysDelinquent(openN, notDueN, salesN)),
    cei,
    ceiSince: previous?.date,
    ceiOpening: opening,
    provision: provisions.reduce((s, p) => s.plus(p), ZERO),
    provisionByBucket: provisions,
    lossRates: settings.lossRates,
    expectedLoss,
    top10Share: orUndefined(() => topShare(exposures, 10)),
    hhi: orUndefined(() => herfindahlIndex(exposures)),
    overLimitCustomers,
    gradeCounts: grades.map((grade) => ({ grade, count: gradeCounts.get(grade)! })),
    insuredCover: insuredTotal,
    insuredShare: positiveTotal.isZero() ? undefined : insuredTotal.div(positiveTotal).toNumber(),
    uninsuredExposure: uninsured.total(),
    disputedPastNotification: slotTotal(ledger, Slot.DisputedPastNotification),
    actionCounts,
  };
}

export function topExposures(
  customers: readonly Customer[],
  exposures: Float64Array,
  total: Money,
): Review["topExposures"] {
  const top: number[] = [];
  // Larger exposure first; equal ones by customer id, so which ten are shown does not depend on the row order.
  const ahead = (i: number, j: number) => {
    const [ei, ej] = [at(exposures, i), at(exposures, j)];
    return ei > ej || (ei === ej && at(customers, i).id < at(customers, j).id);
  };
  // Keep the ten largest in a small sorted array: O(n) over 50,000 customers instead of a full sort.
  exposures.forEach((e, i) => {
    if (!(e > 0)) return;
    if (top.length === 10 && !ahead(i, at(top, 9))) return;
    let p = top.length === 10 ? 9 : top.length;
    if (top.length < 10) top.push(i);
    while (p > 0 && ahead(i, at(top, p - 1))) {
      top[p] = at(top, p - 1);
      p--;
    }
    top[p] = i;
  });
  const t = total.toNumber();
  return top.map((i) => {
    const { id, name } = at(customers, i);
    const exposure = at(exposures, i);
    return { customerId: id, name, exposure, share: t > 0 ? exposure / t : 0 };
  });
}

function sumInt(values: Int32Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
