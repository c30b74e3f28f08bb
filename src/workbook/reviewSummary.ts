/**
 * Review → the JSON summary of docs/architecture.md §Outputs (the CLI writes it; scheduled jobs and dashboards read
 * it).
 */
import { at } from "../core/arrays";
import { isoFromSerial } from "../core/dates";
import type { Money } from "../core/money";
import type { BlacklistStatus, CeiOpening, Review } from "../core/portfolio/reviewTypes";
import type { DataIssue } from "./dataIssues";
import type { PortfolioRead } from "./portfolioFromTables";
import type { InputFileSummary } from "./textFileReading";

/** Keys of the aging buckets: `current`, then `d1_30`, `d31_60`, `d61_90`, `d90plus` for the default 30/60/90 limits. */
export function agingKeys(limits: readonly number[]): string[] {
  const keys = ["current"];
  let from = 1;
  for (const limit of limits) {
    keys.push(`d${from}_${limit}`);
    from = limit + 1;
  }
  keys.push(`d${limits[limits.length - 1]}plus`);
  return keys;
}

export interface ReviewSummary {
  readonly asOf: string;
  readonly customers: number;
  readonly invoices: number;
  readonly openReceivables: number;
  readonly overdueReceivables: number;
  readonly aging: Readonly<Record<string, number>>;
  readonly creditSales365: number;
  readonly dso: number | null;
  readonly bpdso: number | null;
  readonly add: number | null;
  readonly cei: number | null;
  /**
   * The provision matrix: Σ aging bucket × the policy's loss rate, what the books reserve under IFRS 9's simplified
   * approach. Kept under this name for the jobs that read it; `provisionMatrix` holds the same value.
   */
  readonly ecl: number;
  /** The provision matrix (the same value as `ecl`, named for what it is): it reads how late the money is. */
  readonly provisionMatrix: number;
  readonly lossRates: Readonly<Record<string, number>>;
  /**
   * Σ PD × LGD × positive exposure over customers: the scoring view of expected loss. It reads who owes the money
   * (grade), where the provision matrix reads how late it is, so the two differ.
   */
  readonly expectedLoss: number;
  readonly top10Share: number | null;
  readonly hhi: number | null;
  /** How many customers are over their limit; their ids are in `overLimitList`. */
  readonly overLimitCustomers: number;
  readonly overLimitList: readonly string[];
  readonly gradeCounts: Readonly<Record<string, number>>;
  readonly insuredCover: number;
  readonly uninsuredExposure: number;
  /** Disputed open amount past the insurer's notification deadline: left out of insured cover. */
  readonly disputedPastNotification: number;
  /** How many customers the review gave each action (the decisions file holds the action of each). */
  readonly actions: {
    readonly increase: number;
    readonly keep: number;
    readonly reduce: number;
    readonly stop: number;
  };
  /**
   * How many customers have each blacklist status: `listed` (on the blacklist, release conditions not met), `list`
   * (listing recommended), `eligibleForRelease` (on it, every release condition met), `probation` (released lately).
   */
  readonly blacklist: {
    readonly listed: number;
    readonly list: number;
    readonly eligibleForRelease: number;
    readonly probation: number;
  };
  /**
   * Where CEI's opening receivables came from (`source`: `ledger` or `history`), the amount used, and both figures
   * when both were available; absent without an earlier review.
   */
  readonly ceiOpening?: {
    readonly source: "ledger" | "history";
    readonly amount: number;
    readonly ledger: number | null;
    readonly history: number | null;
  };
  /** How many early warnings; per rule in `alertsByRule`. */
  readonly alerts: number;
  readonly alertsByRule: Readonly<Record<string, number>>;
  /** How many data issues; per action in `dataIssuesByAction`. */
  readonly dataIssues: number;
  readonly dataIssuesByAction: Readonly<Record<string, number>>;
  readonly collectionsWorklist: number;
  /**
   * What became of every data row of each input table (read = used + rejected + excluded + blank), so a job can check
   * that nothing was dropped; present when the caller passes the counts.
   */
  readonly rows?: PortfolioRead["counts"];
  /** How each CSV file was read (`table`, `file`, `encoding`, `separator`, `decimalComma`); absent for a workbook. */
  readonly input?: { readonly files: readonly InputFileSummary[] };
}

const n = (m: Money) => m.toNumber();
const orNull = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? null : x);

function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

function blacklistCounts(review: Review): ReviewSummary["blacklist"] {
  const count = (status: BlacklistStatus) => review.customers.filter((c) => c.blacklistStatus === status).length;
  return {
    listed: count("listed"),
    list: count("list"),
    eligibleForRelease: count("eligible-for-release"),
    probation: count("probation"),
  };
}

function ceiOpening(o: CeiOpening): NonNullable<ReviewSummary["ceiOpening"]> {
  return { source: o.source, amount: o.amount, ledger: o.ledger ?? null, history: o.history ?? null };
}

/**
 * The summary: money as numbers (exact to the cent), ratios as numbers, n/a as null.
 * @example reviewSummary(review, issues).aging.d90plus
 */
export function reviewSummary(
  review: Review,
  issues: readonly DataIssue[],
  rows?: PortfolioRead["counts"],
  files: readonly InputFileSummary[] = [],
): ReviewSummary {
  const k = review.kpis;
  const keys = agingKeys(review.bucketLimits);
  return {
    asOf: isoFromSerial(review.asOf),
    customers: k.customers,
    invoices: k.invoices,
    openReceivables: n(k.openReceivables),
    overdueReceivables: n(k.overdueReceivables),
    aging: Object.fromEntries(keys.map((key, b) => [key, n(at(k.aging, b))])),
    creditSales365: n(k.creditSales365),
    dso: orNull(k.dso),
    bpdso: orNull(k.bpdso),
    add: orNull(k.add),
    cei: orNull(k.cei),
    ecl: n(k.provision),
    provisionMatrix: n(k.provision),
    lossRates: Object.fromEntries(keys.map((key, b) => [key, at(k.lossRates, b)])),
    expectedLoss: n(k.expectedLoss),
    top10Share: orNull(k.top10Share),
    hhi: orNull(k.hhi),
    overLimitCustomers: k.overLimitCustomers.length,
    overLimitList: k.overLimitCustomers,
    gradeCounts: Object.fromEntries(k.gradeCounts.map((g) => [g.grade, g.count])),
    insuredCover: n(k.insuredCover),
    uninsuredExposure: n(k.uninsuredExposure),
    disputedPastNotification: n(k.disputedPastNotification),
    actions: {
      increase: k.actionCounts.increase,
      keep: k.actionCounts.keep,
      reduce: k.actionCounts.reduce,
      stop: k.actionCounts.stop,
    },
    blacklist: blacklistCounts(review),
    ...(k.ceiOpening ? { ceiOpening: ceiOpening(k.ceiOpening) } : {}),
    alerts: review.alerts.length,
    alertsByRule: countBy(review.alerts, (a) => a.rule),
    dataIssues: issues.length,
    dataIssuesByAction: countBy(issues, (i) => i.action),
    collectionsWorklist: review.collections.length,
    ...(rows ? { rows } : {}),
    ...(files.length > 0 ? { input: { files } } : {}),
  };
}
