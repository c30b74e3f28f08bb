/**
 * The rows behind a number of the review: for each KPI, aging bucket, grade, "over limit" count and action count, the
 * customer lines that make it up, with the column(s) that explain it. Their sums are the number itself (exactly, to
 * the cent), so a drill-down explains the number rather than merely listing customers.
 */
import { money, MoneySum, ZERO } from "../core/money";
import type { CreditAction } from "../core/policy/creditPolicy";
import type { CustomerReview, Review } from "../core/portfolio/reviewTypes";

/** A number the pane shows that can be opened. */
export type DrillTarget =
  | { readonly kind: "open" }
  | { readonly kind: "overdue" }
  | { readonly kind: "dso" }
  | { readonly kind: "bpdso" }
  | { readonly kind: "provision" }
  | { readonly kind: "expectedLoss" }
  | { readonly kind: "top10" }
  | { readonly kind: "overLimit" }
  | { readonly kind: "action"; readonly action: CreditAction }
  /** Bucket index as in `CustomerReview.aging`: 0 is not yet due. */
  | { readonly kind: "aging"; readonly bucket: number }
  | { readonly kind: "grade"; readonly grade: string };

/**
 * The columns a drill-down can show: exposure, not yet due (bucket 0), overdue, trailing-365-day sales, the
 * customer's share of the provision matrix (Σ its aging × the loss rates), its expected loss (PD × LGD × exposure),
 * its share of positive exposure, the limit in force, exposure above it, the recommended limit, and the target
 * bucket's amount.
 */
export type DrillColumn =
  | "exposure"
  | "notDue"
  | "overdue"
  | "sales12m"
  | "provision"
  | "expectedLoss"
  | "share"
  | "effectiveLimit"
  | "overLimitBy"
  | "recommendedLimit"
  | "agingBucket";

export interface DrillRow {
  readonly customerId: string;
  readonly name: string;
  readonly grade: string;
  readonly action: CreditAction;
  /** One value per column of the drill-down; null where the customer has none (no limit in force). */
  readonly values: readonly (number | null)[];
}

export interface DrillDown {
  readonly target: DrillTarget;
  readonly columns: readonly DrillColumn[];
  /** Largest first by the first column (nulls last), then by customer id. */
  readonly rows: readonly DrillRow[];
  /** Σ of each column over the rows, summed exactly (decimal) and returned as a number; null for a limit column. */
  readonly totals: readonly (number | null)[];
}

/** What a row's columns are read from. */
interface Context {
  readonly review: Review;
  readonly target: DrillTarget;
  /** Σ positive exposure: the denominator of the top-10 share. */
  readonly positiveTotal: number;
}

/** Each column: how a customer's value is read, and whether its total means anything (limits do not add up). */
const COLUMNS: Readonly<
  Record<DrillColumn, { readonly value: (c: CustomerReview, x: Context) => number | null; readonly summed: boolean }>
> = {
  exposure: { value: (c) => c.exposure, summed: true },
  notDue: { value: (c) => c.aging[0] ?? 0, summed: true },
  overdue: { value: (c) => c.overdue, summed: true },
  sales12m: { value: (c) => c.sales12m, summed: true },
  provision: { value: (c, x) => customerProvision(c, x.review.kpis.lossRates), summed: true },
  expectedLoss: { value: (c) => c.expectedLoss, summed: true },
  share: { value: (c, x) => (c.exposure > 0 && x.positiveTotal > 0 ? c.exposure / x.positiveTotal : 0), summed: true },
  effectiveLimit: { value: (c) => c.effectiveLimit ?? null, summed: false },
  overLimitBy: {
    value: (c) =>
      money(c.exposure)
        .minus(c.effectiveLimit ?? 0)
        .toNumber(),
    summed: true,
  },
  recommendedLimit: { value: (c) => c.recommendedLimit, summed: false },
  agingBucket: { value: (c, x) => (x.target.kind === "aging" ? (c.aging[x.target.bucket] ?? 0) : null), summed: true },
};

const nonZero = (v: number | null) => v !== null && v !== 0;

/**
 * Each number's rows and columns. Sums include every customer whose explaining amount is not zero (credit balances
 * too: they net into the total); counts include every customer counted (owing nothing or not).
 */
const TARGETS: Readonly<
  Record<
    DrillTarget["kind"],
    {
      readonly columns: readonly DrillColumn[];
      readonly includes: (c: CustomerReview, x: Context, top: ReadonlySet<string>) => boolean;
    }
  >
> = {
  open: { columns: ["exposure"], includes: (c) => c.exposure !== 0 },
  overdue: { columns: ["overdue", "exposure"], includes: (c) => c.overdue !== 0 },
  dso: { columns: ["exposure", "sales12m"], includes: (c) => c.exposure !== 0 || c.sales12m !== 0 },
  bpdso: { columns: ["notDue", "sales12m"], includes: (c) => (c.aging[0] ?? 0) !== 0 || c.sales12m !== 0 },
  provision: {
    columns: ["provision", "exposure"],
    includes: (c, x) => nonZero(COLUMNS.provision.value(c, x)),
  },
  expectedLoss: { columns: ["expectedLoss", "exposure"], includes: (c) => c.expectedLoss !== 0 },
  top10: { columns: ["exposure", "share"], includes: (c, _x, top) => top.has(c.customer.id) },
  overLimit: { columns: ["overLimitBy", "exposure", "effectiveLimit"], includes: (c) => c.overLimit },
  action: {
    columns: ["exposure", "effectiveLimit", "recommendedLimit"],
    includes: (c, x) => x.target.kind === "action" && c.action === x.target.action,
  },
  aging: { columns: ["agingBucket", "exposure"], includes: (c, x) => nonZero(COLUMNS.agingBucket.value(c, x)) },
  grade: { columns: ["exposure"], includes: (c, x) => x.target.kind === "grade" && c.grade === x.target.grade },
};

/**
 * A customer's part of the provision matrix: Σ its amount in each aging bucket × that bucket's loss rate, exactly.
 * The customers' parts add up to the portfolio's provision exactly (the product distributes over the sum).
 * @example customerProvision({ aging: [400, -50, 300, 0, 200] }, [0.01, 0.02, 0.05, 0.1, 0.5]) // 4 − 1 + 15 + 0 + 100 = 118
 */
export function customerProvision(c: Pick<CustomerReview, "aging">, lossRates: readonly number[]): number {
  return c.aging.reduce((sum, amount, b) => sum.plus(money(amount).times(lossRates[b] ?? 0)), ZERO).toNumber();
}

/** Larger first, nulls last; ties by customer id so the order does not depend on the ledger's. */
function byFirstColumn(a: DrillRow, b: DrillRow): number {
  const [x = null] = a.values;
  const [y = null] = b.values;
  if (x !== y) {
    if (x === null) return 1;
    if (y === null) return -1;
    return y - x;
  }
  return a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0;
}

/**
 * The customer lines behind `target`, with the columns that explain it, largest first. The first column's total is
 * the number the pane shows (the aging bucket's amount, the provision, the overdue amount …); for a count (a grade,
 * an action, over limit) the number of rows is. Ratios are their columns' totals divided: DSO = Σ exposure ÷
 * Σ sales × 365, BPDSO = Σ not due ÷ Σ sales × 365, overdue share = Σ overdue ÷ open receivables, top-10 share =
 * Σ share.
 * @example rowsBehind(review, { kind: "aging", bucket: 4 }).totals[0] // the over-90 bar's amount
 */
export function rowsBehind(review: Review, target: DrillTarget): DrillDown {
  const positive = new MoneySum();
  for (const c of review.customers) if (c.exposure > 0) positive.add(c.exposure);
  const x: Context = { review, target, positiveTotal: positive.total().toNumber() };
  const top = new Set(review.topExposures.map((t) => t.customerId));
  const { columns, includes } = TARGETS[target.kind];
  const rows = review.customers
    .filter((c) => includes(c, x, top))
    .map((c): DrillRow => ({
      customerId: c.customer.id,
      name: c.customer.name,
      grade: c.grade,
      action: c.action,
      values: columns.map((column) => COLUMNS[column].value(c, x)),
    }))
    .sort(byFirstColumn);
  const totals = columns.map((column, i) => {
    if (!COLUMNS[column].summed) return null;
    const sum = new MoneySum();
    for (const row of rows) {
      const v = row.values[i] ?? null;
      if (v !== null) sum.add(v);
    }
    return sum.total().toNumber();
  });
  return { target, columns, rows, totals };
}
