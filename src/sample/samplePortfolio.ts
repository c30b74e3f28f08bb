/**
 * A deterministic sample portfolio (seeded PRNG): Customers, Invoices, ReviewHistory and, when given, a CreditPolicy
 * table, with a few deliberately bad rows. Pure: returns tables; writers live elsewhere.
 *
 * The sample is meant to be believed by a credit manager:
 * - limits in force sit around what the credit rules give each customer (need = monthly sales × (terms + 30) ÷ 30,
 *   capped), some below (room to increase), some at it (keep), some above (reduce);
 * - its story customers are the cases a review must handle: new customers ramping up (one with a limit far above
 *   the new-customer cap), strategic accounts, temporary limits (expiring soon, expired with exposure above the base
 *   limit, beyond the policy's uplift), blacklisted customers (debts open; one eligible for release; one released
 *   and on probation), customers the review should list (an item 180+ days past due, a write-off), disputes of
 *   several ages, and customers whose score falls between the reviews;
 * - its ReviewHistory is what the review itself gave at the two earlier review dates, run on the ledger and the
 *   customers as they stood then: nobody has a row before its first invoice.
 */
import { addDays, calendarFromSerial, serialFromCalendar, serialFromIso, type SerialDate } from "../core/dates";
import { mulberry32 } from "../core/modelling/trainTestSplit";
import { defaultPolicy, formatSettingValue, parsePolicy, POLICY_SETTINGS, type CreditPolicy } from "../core/policy";
import { recommendedLimit } from "../core/limits/recommendedLimit";
import { runReview } from "../core/portfolio/review";
import type { CustomerReview, Review } from "../core/portfolio/reviewTypes";
import type { RawTable } from "../workbook/ports";
import { portfolioFromTables } from "../workbook/portfolioFromTables";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA, type TableSchema } from "../workbook/schema";

/** A cell of a sample table: dates are serial numbers in the columns `dateColumns` lists. */
export type SampleCell = string | number | boolean | null;

export interface SampleTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: SampleCell[][];
  /** 0-based columns holding date serials (a writer formats them as dates, or as ISO text in CSV). */
  readonly dateColumns: readonly number[];
  /** 0-based columns holding money. */
  readonly moneyColumns: readonly number[];
}

export interface SampleOptions {
  readonly seed?: number;
  readonly customers?: number;
  readonly invoices?: number;
  /** The date the sample is "as of": invoices end here; the earlier reviews are at the month ends 3 and 6 months before. */
  readonly asOf?: SerialDate;
  /** Add the deliberately bad rows (default true). */
  readonly badRows?: boolean;
  /** Add ReviewHistory rows for the two earlier reviews (default true). */
  readonly history?: boolean;
  /** Setting/value rows for a CreditPolicy table, when the sample should carry one. */
  readonly policyRows?: readonly (readonly [string, SampleCell])[];
}

export interface SampleTables {
  readonly customers: SampleTable;
  readonly invoices: SampleTable;
  readonly reviewHistory?: SampleTable;
  readonly creditPolicy?: SampleTable;
}

/** The date the default sample (assets/sample-portfolio.xlsx) is as of: 2026-06-30. */
export const SAMPLE_AS_OF: SerialDate = serialFromIso("2026-06-30")!;

/** The sample's PRNG: mulberry32, the same seeded generator the scorecard builder splits with. */
export const seededRandom: (seed: number) => () => number = mulberry32;

/**
 * Size segments: monthly credit sales to the customer (log-uniform range), our share of its purchases (which sets
 * its revenue) and how often it is invoiced (relative).
 */
const SEGMENTS = [
  { name: "Large", share: 0.15, monthlySales: [25e3, 200e3], purchaseShare: [0.003, 0.02], frequency: 3 },
  { name: "Mid", share: 0.45, monthlySales: [5e3, 40e3], purchaseShare: [0.005, 0.04], frequency: 1.2 },
  { name: "Small", share: 0.4, monthlySales: [1.5e3, 8e3], purchaseShare: [0.01, 0.08], frequency: 0.6 },
] as const;
type SegmentSpec = (typeof SEGMENTS)[number];
const COUNTRIES = ["DE", "FR", "IT", "ES", "NL", "PL", "GB", "US", "CN", "JP", "BR", "IN", "TR", "MX"];
const NAME_A = [
  "Nordic",
  "Alpine",
  "Pacific",
  "Golden",
  "Delta",
  "Orion",
  "Summit",
  "Harbor",
  "Silver",
  "Metro",
  "Atlas",
  "Vertex",
  "Cedar",
  "Falcon",
  "Lotus",
  "Iron",
  "Blue",
  "Red River",
  "Eastern",
  "Crown",
];
const NAME_B = [
  "Trading",
  "Industries",
  "Logistics",
  "Foods",
  "Textiles",
  "Machinery",
  "Chemicals",
  "Retail",
  "Components",
  "Packaging",
  "Electronics",
  "Building Supplies",
  "Plastics",
  "Paper",
  "Steel",
];
const NAME_C = ["Ltd", "GmbH", "SA", "S.p.A.", "BV", "Inc.", "Co.", "Sp. z o.o.", "有限公司", "KK"];

/** The free-text reasons the sample writes (the Chinese edition translates them: `samplePortfolioZh`). */
export const SAMPLE_REASONS = {
  peakSeason: "Peak season orders",
  projectOrder: "Large project order",
  stockBuild: "Year-end stock build",
  paymentDefault: "Payment default",
  insolvency: "Insolvency proceedings",
  settledDefault: "Payment default, since settled",
} as const;

const round2 = (x: number) => Math.round(x * 100) / 100;
const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const floorTo = (x: number, step: number) => Math.floor(x / step + 1e-9) * step;
/** A limit as a credit team writes one: to 1,000, or to 5,000 from 100,000. */
const roundLimit = (x: number) => (x >= 100_000 ? roundTo(x, 5_000) : Math.max(1_000, roundTo(x, 1_000)));

/**
 * The parts a customer plays in the sample's story. `regular` customers carry the bulk of the ledger; the others
 * are the cases the review must handle, one or a few of each.
 */
type Role =
  | "regular"
  | "strategic"
  | "new"
  | "newBreach"
  | "tempExpiring"
  | "tempExpired"
  | "tempBeyondPolicy"
  | "tempSeasonal"
  | "listedOpen"
  | "listedWrittenOff"
  | "releaseEligible"
  | "probation"
  | "late180"
  | "writtenOffUnlisted"
  | "deteriorating";

/** The story customers, spread evenly over the customer list when there are enough customers (≥ 3 per role). */
const STORY: readonly Role[] = [
  ...Array<Role>(4).fill("strategic"),
  ...Array<Role>(10).fill("new"),
  ...Array<Role>(2).fill("newBreach"),
  "tempExpiring",
  "tempExpired",
  "tempBeyondPolicy",
  "tempSeasonal",
  "listedOpen",
  "listedWrittenOff",
  "releaseEligible",
  "probation",
  "late180",
  "writtenOffUnlisted",
  ...Array<Role>(6).fill("deteriorating"),
];

/** How a customer's limit in force relates to what the credit rules give it (set after a first review). */
type LimitStance = "atRules" | "belowRules" | "aboveRules";

interface Financials {
  annualRevenue: number;
  totalAssets: number;
  totalLiabilities: number;
  currentAssets: number;
  currentLiabilities: number;
  retainedEarnings: number;
  ebit: number;
  equity: number;
  externalScore: number | null;
}

interface CustomerPlan {
  id: string;
  name: string;
  country: string;
  role: Role;
  segment: SegmentSpec;
  terms: number;
  /** 0 = weak, 1 = strong: financials and payment behaviour follow it. */
  quality: number;
  /** Mean days late when paying. */
  lateness: number;
  /** Monthly credit sales at the end of the ledger. */
  monthlySales: number;
  /** Change of monthly sales over a year (−0.3 … +0.4): need moves with it. */
  trend: number;
  /** First day the customer was invoiced. */
  firstDay: SerialDate;
  /** Last day it may be invoiced (blacklisted customers stop being sold to on credit). */
  lastDay: SerialDate;
  /** The day it was put on the blacklist, and why (blacklist cases only). */
  listedOn?: SerialDate;
  listReason?: string;
  /** The day the blacklist flag was cleared (the probation case: after the last earlier review). */
  releasedOn?: SerialDate;
  /** Bad debt written off, and from when (a write-off the earlier reviews did not see when after them). */
  writtenOff?: { amount: number; on: SerialDate };
  yearsTrading: number;
  strategic: boolean;
  insuredLimit: number | null;
  now: Financials;
  /** The accounts the earlier reviews saw (a deteriorating customer's were better). */
  then: Financials;
  stance: LimitStance;
  /** Left over its limit (most limits are set so that what the customer owes fits). */
  overLimit: boolean;
  /** A limit in force above a cap of the policy (e.g. above the insured limit + tolerance). */
  breach: boolean;
  stanceFactor: number;
  /** A limit in force that differs at each earlier review (changed after it), as a factor of today's; 1 = unchanged. */
  changeAtFirst: number;
  changeAtSecond: number;
}

/** One customer's columns by schema key (missing keys are blank). */
type CustomerRecord = Partial<Record<(typeof CUSTOMERS_SCHEMA.columns)[number]["key"], SampleCell>>;

interface InvoiceRecord {
  id: string;
  customerId: string;
  date: SerialDate;
  due: SerialDate;
  amount: number;
  open: number;
  paid: SerialDate | null;
  disputed: boolean;
}

/** The last day of the month `back` months before the month of `asOf`. */
function monthEndBefore(asOf: SerialDate, back: number): SerialDate {
  const { year, month } = calendarFromSerial(asOf);
  const index = year * 12 + (month - 1) - back + 1; // the month after the target month
  return serialFromCalendar({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 })! - 1;
}

/** The same day `months` months before (clamped to the month's end). */
function monthsBefore(date: SerialDate, months: number): SerialDate {
  const { year, month, day } = calendarFromSerial(date);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12),
    m = (index % 12) + 1;
  for (let d = day; d >= 28; d--) {
    const s = serialFromCalendar({ year: y, month: m, day: d });
    if (s !== undefined) return s;
  }
  return serialFromCalendar({ year: y, month: m, day })!;
}

/**
 * The dates of the two earlier reviews the sample's ReviewHistory holds: the month ends 6 and 3 months before the
 * month of as-of (2025-12-31 and 2026-03-31 for the default sample).
 */
export function sampleReviewDates(asOf: SerialDate = SAMPLE_AS_OF): [SerialDate, SerialDate] {
  return [monthEndBefore(asOf, 6), monthEndBefore(asOf, 3)];
}

/**
 * Builds the sample. With the defaults: 300 customers and 4,000 invoices over the 18 months before 2026-06-30 (plus
 * the bad rows), segments Large / Mid / Small with financials that match their trade with us, payment terms 30–90
 * days, good and poor payers, partial payments, credit notes, disputes, insured limits, the story customers above,
 * limits in force set around the credit rules' limit, and the ReviewHistory of the reviews at 2025-12-31 and
 * 2026-03-31 as `runReview` gave them on the ledger and customers of those dates. The policy is the one the sample
 * carries (`policyRows`), else the default policy.
 * @example samplePortfolio({ seed: 7 }).invoices.rows.length // 4000 plus the bad rows
 */
export function samplePortfolio(options: SampleOptions = {}): SampleTables {
  const rand = seededRandom(options.seed ?? 20260630);
  const nCustomers = options.customers ?? 300;
  const nInvoices = options.invoices ?? 4000;
  const asOf = options.asOf ?? SAMPLE_AS_OF;
  const policy = options.policyRows ? parsePolicy(options.policyRows).policy : defaultPolicy;
  const reviewDates = sampleReviewDates(asOf);
  const gen = generator(rand);

  const plans = planCustomers(nCustomers, asOf, gen);
  const invoices = planInvoices(plans, nInvoices, asOf, reviewDates[1], gen);

  // Limits in force: first what the credit rules give each customer with no limit in force, then each limit set
  // at, below or above it (a story customer as its story says).
  const firstLook = reviewAt(asOf, plans, invoices, policy, false, () => null, []);
  const byId = new Map(firstLook.customers.map((r) => [r.customer.id, r]));
  const limits = new Map<string, number>();
  const temporary = new Map<string, TemporaryLimit | undefined>();
  for (const p of plans) {
    const limit = limitInForce(p, byId.get(p.id), policy);
    const temp = temporaryLimit(p, limit, byId.get(p.id), asOf);
    limits.set(p.id, temp?.base ?? limit);
    temporary.set(p.id, temp);
  }

  const customerRows = plans.map((p) =>
    customerRow(customerRecord(p, asOf, limits.get(p.id)!, temporary.get(p.id), false)),
  );
  const invoiceRows = invoices.map(invoiceRow);
  if (options.badRows ?? true) addBadRows(customerRows, invoiceRows, asOf);

  const tables: SampleTables = {
    customers: {
      name: CUSTOMERS_SCHEMA.name,
      headers: CUSTOMERS_SCHEMA.columns.map((c) => c.header),
      rows: customerRows,
      ...columnKinds(CUSTOMERS_SCHEMA, CUSTOMER_MONEY),
    },
    invoices: {
      name: INVOICES_SCHEMA.name,
      // The sample's invoices carry their open amount; a paid amount, currency and rate are for other ledgers.
      headers: SAMPLE_INVOICE_COLUMNS.map((key) => INVOICES_SCHEMA.columns.find((c) => c.key === key)!.header),
      rows: invoiceRows,
      dateColumns: [2, 3, 6],
      moneyColumns: [4, 5],
    },
  };
  return {
    ...tables,
    reviewHistory: (options.history ?? true) ? historyTable(plans, invoices, policy, limits, reviewDates) : undefined,
    creditPolicy: options.policyRows
      ? {
          name: "CreditPolicy",
          headers: ["Setting", "Value"],
          rows: options.policyRows.map(([k, v]) => [k, v]),
          dateColumns: [],
          moneyColumns: [],
        }
      : undefined,
  };
}

interface Generator {
  rand: () => number;
  pick: <T>(xs: readonly T[]) => T;
  between: (lo: number, hi: number) => number;
  logBetween: (lo: number, hi: number) => number;
}

function generator(rand: () => number): Generator {
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  return {
    rand,
    between,
    pick: (xs) => xs[Math.floor(rand() * xs.length)],
    logBetween: (lo, hi) => Math.exp(between(Math.log(lo), Math.log(hi))),
  };
}

/** The role of customer `i` of `n`: story roles spread evenly over the list, the rest regular. */
function roleOf(i: number, n: number): Role {
  if (n < STORY.length * 3) return "regular";
  const k = Math.floor(((i + 0.5) * STORY.length) / n);
  const slot = Math.floor(((k + 0.5) * n) / STORY.length);
  return i === slot ? STORY[k] : "regular";
}

/**
 * A customer's accounts for its quality: revenue from our sales and our share of its purchases; leverage, liquidity
 * and margin better for a stronger customer (a weak one may have more current liabilities than current assets).
 */
function financials(g: Generator, quality: number, annualSales: number, segment: SegmentSpec): Financials {
  const revenue = roundTo(annualSales / g.between(segment.purchaseShare[0], segment.purchaseShare[1]), 1000);
  const totalAssets = roundTo(revenue * g.between(0.5, 1.2), 1000);
  const debtRatio = Math.min(1.1, Math.max(0.2, 0.85 - 0.55 * quality + g.between(-0.08, 0.08)));
  const totalLiabilities = roundTo(totalAssets * debtRatio, 1000);
  const currentAssets = roundTo(totalAssets * g.between(0.35, 0.6), 1000);
  const currentRatio = Math.max(0.75, 0.98 + 1.2 * quality + g.between(-0.12, 0.12));
  const currentLiabilities = roundTo(currentAssets / currentRatio, 1000);
  const ebit = roundTo(revenue * g.between(-0.03 + 0.12 * quality, 0.01 + 0.12 * quality), 1000);
  const equity = totalAssets - totalLiabilities;
  return {
    annualRevenue: revenue,
    totalAssets,
    totalLiabilities,
    currentAssets,
    currentLiabilities,
    retainedEarnings: roundTo(Math.max(equity, 0) * g.between(0.2, 0.7) + Math.min(equity, 0), 1000),
    ebit,
    equity,
    externalScore:
      g.rand() < 0.75 ? Math.round(Math.min(100, Math.max(0, 28 + 62 * quality + g.between(-8, 8)))) : null,
  };
}

/**
 * The blacklist and write-off dates of a story customer: listed with debts open 9 months ago (its credit sales
 * stopped a month before); listed after a default between the two earlier reviews, with a write-off; listed 18
 * months ago and paid up since; listed 15 months ago and released after the last earlier review; a write-off
 * after the last earlier review on a customer never listed.
 */
function blacklistStory(
  role: Role,
  asOf: SerialDate,
): Pick<CustomerPlan, "lastDay" | "listedOn" | "listReason" | "releasedOn" | "writtenOff"> {
  switch (role) {
    case "listedOpen":
      return { lastDay: addDays(asOf, -300), listedOn: addDays(asOf, -270), listReason: SAMPLE_REASONS.paymentDefault };
    case "listedWrittenOff":
      return {
        lastDay: addDays(asOf, -230),
        listedOn: addDays(asOf, -120),
        listReason: SAMPLE_REASONS.insolvency,
        writtenOff: { amount: 38_750, on: addDays(asOf, -120) },
      };
    case "releaseEligible":
      return {
        lastDay: addDays(asOf, -45),
        listedOn: monthsBefore(asOf, 18),
        listReason: SAMPLE_REASONS.settledDefault,
      };
    case "probation":
      return {
        lastDay: asOf,
        listedOn: monthsBefore(asOf, 15),
        listReason: SAMPLE_REASONS.paymentDefault,
        releasedOn: addDays(asOf, -30),
      };
    case "writtenOffUnlisted":
      return { lastDay: asOf, writtenOff: { amount: 8_420.5, on: addDays(asOf, -60) } };
    default:
      return { lastDay: asOf };
  }
}

function planCustomers(n: number, asOf: SerialDate, g: Generator): CustomerPlan[] {
  const idWidth = Math.max(4, String(n).length);
  const ledgerStart = monthsBefore(asOf, 18) + 1;
  const plans: CustomerPlan[] = [];
  for (let i = 0; i < n; i++) {
    const role = roleOf(i, n);
    const u = g.rand();
    let segment: SegmentSpec =
      u < SEGMENTS[0].share ? SEGMENTS[0] : u < SEGMENTS[0].share + SEGMENTS[1].share ? SEGMENTS[1] : SEGMENTS[2];
    if (role === "strategic") segment = SEGMENTS[0];
    if (role === "newBreach" || role === "deteriorating" || role.startsWith("temp"))
      segment = g.rand() < 0.5 ? SEGMENTS[0] : SEGMENTS[1];
    if (role === "new" || role === "probation") segment = g.rand() < 0.5 ? SEGMENTS[1] : SEGMENTS[2];
    let quality = g.rand();
    if (["strategic", "new", "newBreach", "releaseEligible", "probation"].includes(role) || role.startsWith("temp"))
      quality = g.between(0.55, 0.95);
    if (role === "deteriorating") quality = g.between(0.15, 0.3);
    if (role === "listedOpen" || role === "listedWrittenOff") quality = g.between(0.05, 0.2);
    if (role === "releaseEligible") quality = g.between(0.85, 0.98);
    let monthlySales = g.logBetween(segment.monthlySales[0], segment.monthlySales[1]);
    if (role === "strategic") monthlySales = g.logBetween(250e3, 450e3);
    // New and released customers buy within the new-customer limit; the breach case buys as a large account.
    if (role === "new" || role === "probation") monthlySales = g.logBetween(2.5e3, 6e3);
    let firstDay = ledgerStart;
    if (role === "new" || role === "newBreach") firstDay = addDays(asOf, -Math.floor(g.between(35, 150)));
    else if (role === "regular" && g.rand() < 0.12) firstDay = addDays(ledgerStart, Math.floor(g.between(30, 330))); // won within the ledger's span
    const story = blacklistStory(role, asOf);
    const terms = role === "releaseEligible" ? 30 : g.pick([30, 30, 30, 45, 60, 60, 90]);
    // Weak payers pay weeks late; the deteriorating ones paid well until lately (see the invoices).
    let lateness = quality > 0.8 ? g.between(-3, 2) : quality > 0.45 ? g.between(-2, 10) : g.between(6, 30);
    if (role === "deteriorating" || role === "releaseEligible") lateness = g.between(-2, 1);
    const annualSales = monthlySales * 12;
    const now = financials(g, quality, annualSales, segment);
    const qualityThen = g.between(0.8, 0.95);
    const then =
      role === "deteriorating"
        ? {
            ...financials(g, qualityThen, annualSales, segment),
            externalScore: now.externalScore === null ? null : Math.round(28 + 62 * qualityThen),
          }
        : now;
    const insured =
      g.rand() < 0.55 ? roundTo(((monthlySales * (terms + 30)) / 30) * g.pick([0.75, 1, 1.25, 1.5]), 5000) : null;
    const r = g.rand();
    const stance: LimitStance = r < 0.52 ? "atRules" : r < 0.86 ? "belowRules" : "aboveRules";
    const spread = g.rand(); // drawn for every customer, so a stance does not shift the draws that follow
    const stanceFactor =
      stance === "belowRules" ? 0.55 + 0.35 * spread : stance === "aboveRules" ? 1.12 + 0.68 * spread : 1;
    plans.push({
      id: `C${String(i + 1).padStart(idWidth, "0")}`,
      name: `${g.pick(NAME_A)} ${g.pick(NAME_B)} ${g.pick(NAME_C)}`,
      country: g.pick(COUNTRIES),
      role,
      segment,
      terms,
      quality,
      lateness,
      monthlySales,
      trend: role === "new" || role === "newBreach" ? 0 : g.between(-0.3, 0.4),
      firstDay,
      ...story,
      yearsTrading: role === "releaseEligible" ? 22 : Math.max(1, Math.floor(g.between(1, 45) * (0.4 + quality))),
      strategic: role === "strategic",
      insuredLimit: insured !== null && insured > 0 ? insured : null,
      now,
      then,
      stance,
      stanceFactor,
      overLimit: g.rand() < 0.05,
      breach: role === "regular" && g.rand() < 0.03,
      changeAtFirst: g.rand() < 0.2 ? g.pick([0.75, 0.8, 1.25, 1.5]) : 1,
      changeAtSecond: g.rand() < 0.15 ? g.pick([0.8, 1.25]) : 1,
    });
  }
  return plans;
}

/**
 * The invoices: each customer's count in proportion to how often it is invoiced and for how long; amounts that add
 * up to its monthly sales along its trend (a new customer's orders grow month by month); payment by its lateness.
 * Disputes are mostly recent (old ones are settled), partial payments only on invoices dated after the last
 * earlier review (so what was open then is the full amount, as the review's CEI rebuilds it).
 */
function planInvoices(
  plans: readonly CustomerPlan[],
  nInvoices: number,
  asOf: SerialDate,
  lastReview: SerialDate,
  g: Generator,
): InvoiceRecord[] {
  const counts = invoiceCounts(plans, nInvoices);
  const idWidth = Math.max(6, String(nInvoices).length);
  const out: InvoiceRecord[] = [];
  plans.forEach((p, c) => {
    const count = counts[c];
    if (count === 0) return;
    const span = Math.max(1, p.lastDay - p.firstDay);
    const ramp = p.role === "new" || p.role === "newBreach";
    const dates: SerialDate[] = [];
    for (let k = 0; k < count; k++) {
      // A ramping customer's invoices grow denser towards as-of (density ∝ time since its first invoice).
      const x = ramp ? (k === 0 ? 0 : Math.sqrt((k + g.rand()) / count)) : g.rand(); // stratified, so a few invoices still ramp
      dates.push(Math.min(p.lastDay, p.firstDay + Math.floor(x * span)));
    }
    dates.sort((a, b) => a - b);
    const months = span / 30.4;
    // Average amount so that Σ ≈ monthly sales × months (the trend moves it around the middle of the span).
    const mean = (p.monthlySales * months) / count / (ramp ? 1 : 1 + p.trend / 2);
    for (const date of dates) {
      const id = `INV${String(out.length + 1).padStart(idWidth, "0")}`;
      const due = addDays(date, p.terms);
      const creditNote = g.rand() < 0.03;
      // A ramping customer's orders also grow in size; an established one's follow its trend.
      const trendFactor = ramp ? 0.4 + (1.2 * (date - p.firstDay)) / span : 1 + p.trend * ((date - (asOf - 365)) / 365);
      const amount = round2(((creditNote ? -0.3 : 1) * mean * trendFactor * g.logBetween(0.4, 2.2)) / 1.1);
      const lateBy = paymentDelay(p, due, asOf, g);
      const payDay = due + lateBy;
      const disputed = !creditNote && p.role === "regular" && g.rand() < (asOf - due < 120 ? 0.025 : 0.002);
      let open = amount;
      let paid: number | null = null;
      if (!disputed && payDay <= asOf) {
        open = 0;
        paid = Math.max(date, payDay);
      } else if (!creditNote && !disputed && date > lastReview && g.rand() < 0.15) {
        open = round2(amount * g.pick([0.25, 0.5, 0.75])); // a partial payment received
      }
      out.push({ id, customerId: p.id, date, due, amount, open, paid, disputed });
    }
  });
  forceStoryItems(plans, out, asOf);
  return out;
}

/**
 * Invoices per customer, adding up to `n`: a minimum each (3, or 4 for a story customer), the rest in proportion to
 * how often and for how long it is invoiced (strategic accounts twice as often). Without enough invoices for the
 * minima, in proportion only.
 */
function invoiceCounts(plans: readonly CustomerPlan[], n: number): number[] {
  const weights = plans.map(
    (p) => p.segment.frequency * Math.max(15, p.lastDay - p.firstDay) * (p.role === "strategic" ? 2 : 1),
  );
  const total = weights.reduce((s, w) => s + w, 0);
  const minima = plans.map((p) => (p.role === "regular" ? 3 : 4));
  const floor = minima.reduce((s, m) => s + m, 0);
  const base = floor <= n ? minima : minima.map(() => 0);
  const spare = n - base.reduce((s, m) => s + m, 0);
  const counts = weights.map((w, c) => base[c] + Math.floor((spare * w) / total));
  // The rounding remainder goes to the customers in turn, so the counts add up to n exactly.
  for (
    let c = 0, left = n - counts.reduce((s, k) => s + k, 0);
    left > 0 && plans.length > 0;
    c = (c + 1) % plans.length, left--
  )
    counts[c]++;
  return counts;
}

/** Days after the due date a customer pays an invoice (its story decides; weak payers now and then go far over). */
function paymentDelay(p: CustomerPlan, due: SerialDate, asOf: SerialDate, g: Generator): number {
  const noise = g.between(-5, 5);
  switch (p.role) {
    case "listedOpen":
    case "listedWrittenOff":
      return g.rand() < 0.6 ? 400 : p.lateness + noise + 40; // the default: most of the last invoices never paid
    case "releaseEligible":
      return Math.min(0, Math.round(p.lateness + noise)); // pays on time
    case "probation":
      return due < asOf - 365 ? Math.round(g.between(60, 120)) : Math.round(g.between(-3, 4)); // paid up late, good since
    case "deteriorating":
      return due > asOf - 150 ? Math.round(g.between(35, 80)) : Math.round(p.lateness + noise);
    default: {
      const extra = g.rand() < 0.035 * (1 - p.quality) ? g.between(25, 60) : 0;
      return Math.round(Math.min(130, p.lateness + noise + extra));
    }
  }
}

/** The items the story needs whatever the dice said: one undisputed item 180+ days past due; nothing open for the release case. */
function forceStoryItems(plans: readonly CustomerPlan[], invoices: InvoiceRecord[], asOf: SerialDate): void {
  // Each customer's invoices once (not a scan of all invoices per customer: 50,000 × 1,000,000 in the bench).
  const byCustomer = new Map<string, InvoiceRecord[]>();
  for (const i of invoices) {
    const list = byCustomer.get(i.customerId);
    if (list) list.push(i);
    else byCustomer.set(i.customerId, [i]);
  }
  for (const p of plans) {
    if (p.role !== "late180" && p.role !== "tempExpired" && p.role !== "releaseEligible") continue;
    const all = byCustomer.get(p.id) ?? [];
    const own = all.filter((i) => i.amount > 0);
    if (p.role === "late180" && own.length > 0) {
      const target = own.reduce((best, i) =>
        Math.abs(i.due - (asOf - 190)) < Math.abs(best.due - (asOf - 190)) ? i : best,
      );
      target.open = target.amount;
      target.paid = null;
      target.disputed = false;
      if (asOf - target.due < 181) {
        target.date = addDays(asOf, -190 - p.terms);
        target.due = addDays(asOf, -190);
      }
    }
    if (p.role === "tempExpired" && own.length > 0) {
      // The project order the temporary limit was granted for: invoiced lately, not yet due.
      const order = own[own.length - 1];
      Object.assign(order, {
        date: addDays(asOf, -20),
        due: addDays(asOf, p.terms - 20),
        amount: round2(p.monthlySales * 2.5),
        paid: null,
        disputed: false,
      });
      order.open = order.amount;
    }
    if (p.role === "releaseEligible") {
      for (const i of all) {
        if (i.open === 0) continue;
        i.open = 0;
        i.paid = Math.min(asOf, Math.max(i.date, i.due - 2));
      }
    }
  }
}

/**
 * The lowest cap of the policy on the customer's limit (net worth, working capital, insured limit + tolerance, the
 * new-customer limit), from the credit rules themselves (`recommendedLimit`): a limit in force above it breaches the
 * policy. Infinity when no cap applies.
 */
function lowestCap(p: CustomerPlan, r: CustomerReview, policy: CreditPolicy): number {
  const { caps } = recommendedLimit(
    {
      monthlySales: Math.max(0, r.monthlySales),
      termsDays: p.terms,
      grade: r.grade,
      netWorth: p.now.equity,
      workingCapital: p.now.currentAssets - p.now.currentLiabilities,
      insuredLimit: p.insuredLimit ?? undefined,
      monthsKnown: r.monthsKnown,
    },
    policy,
  );
  return caps.reduce((low, c) => (c.rule === "increaseCap" ? low : Math.min(low, floorTo(c.amount, 1_000))), Infinity);
}

/**
 * The customer's limit in force, from the credit rules' limit with no limit in force (`first`): at it, below it
 * (room to grow, still above what the customer owes) or above it (sales fell since it was set) but within the
 * policy's caps; a few customers are over their limit, a few limits breach a cap. Story customers as their story says.
 */
function limitInForce(p: CustomerPlan, first: CustomerReview | undefined, policy: CreditPolicy): number {
  switch (p.role) {
    case "listedOpen":
    case "listedWrittenOff":
    case "releaseEligible":
      return 0; // cash in advance while listed
    case "probation":
      return policy.limits.newCustomerLimit; // released: back at the new-customer limit
    case "new":
      return Math.min(policy.limits.newCustomerLimit, regularLimit(p, first, policy));
    case "newBreach":
      return p.segment.name === "Large" ? 600_000 : 180_000; // set by sales ahead of the policy
  }
  return regularLimit(p, first, policy);
}

function regularLimit(p: CustomerPlan, first: CustomerReview | undefined, policy: CreditPolicy): number {
  const rules = first?.limitByRules ?? 0;
  const exposure = Math.max(0, first?.exposure ?? 0);
  if (!first || rules <= 0) {
    const need = Math.max(0, first?.monthlySales ?? 0) * ((p.terms + policy.limits.needBufferDays) / 30);
    return roundLimit(Math.max(need, exposure, 1_000) * 1.1); // a limit the rules no longer give
  }
  const cap = lowestCap(p, first, policy);
  const fitting = Math.ceil((exposure * 1.1) / 1_000) * 1_000; // what the customer owes, with a margin
  // A limit set a little above a cap close to the need (typically above the insured limit + tolerance).
  if (p.breach && cap < 2 * rules + 20_000) return roundLimit(Math.max(cap, rules) * 1.25);
  // At the rules' limit, or above it as far as the caps allow when the customer owes more (over it when they do not).
  const atRules = rules >= exposure || p.overLimit ? rules : Math.max(rules, Math.min(cap, fitting));
  if (p.stance === "belowRules" && fitting < rules)
    return Math.max(1_000, Math.min(rules - 1_000, Math.max(floorTo(rules * p.stanceFactor, 1_000), fitting)));
  if (p.stance === "aboveRules" && cap > rules)
    return Math.max(rules + 1_000, Math.min(cap, Math.max(roundLimit(rules * p.stanceFactor), fitting)));
  return atRules;
}

interface TemporaryLimit {
  limit: number;
  expiry: SerialDate;
  reason: string;
  base?: number;
}

/**
 * The temporary limits of the story: expiring within the policy's warning days, expired with exposure above the
 * base limit (the base limit is then set below the exposure), beyond the policy's uplift, and one within policy.
 */
function temporaryLimit(
  p: CustomerPlan,
  base: number,
  first: CustomerReview | undefined,
  asOf: SerialDate,
): TemporaryLimit | undefined {
  switch (p.role) {
    case "tempExpiring":
      return { limit: roundLimit(base * 1.3), expiry: addDays(asOf, 9), reason: SAMPLE_REASONS.peakSeason };
    case "tempExpired": {
      const exposure = first?.exposure ?? 0;
      const lowered = Math.max(1_000, floorTo(exposure * 0.7, 1_000));
      return {
        limit: roundLimit(Math.max(base, exposure) * 1.4),
        expiry: addDays(asOf, -12),
        reason: SAMPLE_REASONS.projectOrder,
        base: lowered,
      };
    }
    case "tempBeyondPolicy":
      return { limit: roundLimit(base * 2), expiry: addDays(asOf, 45), reason: SAMPLE_REASONS.stockBuild };
    case "tempSeasonal":
      return { limit: roundLimit(base * 1.25), expiry: addDays(asOf, 61), reason: SAMPLE_REASONS.peakSeason };
    default:
      return undefined;
  }
}

/**
 * The customer's Customers row at `at`: today's (with its temporary limit) or, `earlier`, as it stood at an earlier
 * review (the accounts then, no temporary limit, listed or not as it was then, write-offs made by then).
 */
function customerRecord(
  p: CustomerPlan,
  at: SerialDate,
  creditLimit: number | null,
  temp: TemporaryLimit | undefined,
  earlier: boolean,
): CustomerRecord {
  const f = earlier ? p.then : p.now;
  const listed = p.listedOn !== undefined && p.listedOn <= at && !(p.releasedOn !== undefined && p.releasedOn <= at);
  const temporary = earlier ? undefined : temp;
  return {
    id: p.id,
    name: p.name,
    segment: p.segment.name,
    country: p.country,
    creditLimit,
    insuredLimit: p.insuredLimit,
    paymentTerms: p.terms,
    annualRevenue: f.annualRevenue,
    totalAssets: f.totalAssets,
    totalLiabilities: f.totalLiabilities,
    currentAssets: f.currentAssets,
    currentLiabilities: f.currentLiabilities,
    retainedEarnings: f.retainedEarnings,
    ebit: f.ebit,
    equity: f.equity,
    yearsTrading: p.yearsTrading,
    externalScore: f.externalScore,
    strategic: p.strategic,
    blacklisted: listed,
    temporaryLimit: temporary?.limit ?? null,
    temporaryLimitExpiry: temporary?.expiry ?? null,
    temporaryLimitReason: temporary?.reason ?? null,
    blacklistDate: listed ? p.listedOn! : null,
    blacklistReason: listed ? p.listReason! : null,
    writtenOff: p.writtenOff && p.writtenOff.on <= at ? p.writtenOff.amount : null,
  };
}

const CUSTOMER_MONEY = new Set([
  "creditLimit",
  "insuredLimit",
  "annualRevenue",
  "totalAssets",
  "totalLiabilities",
  "currentAssets",
  "currentLiabilities",
  "retainedEarnings",
  "ebit",
  "equity",
  "temporaryLimit",
  "writtenOff",
]);

/** Date and money columns of a schema's table, by the schema's column kinds and the given money keys. */
function columnKinds(
  schema: TableSchema,
  money: ReadonlySet<string>,
): { dateColumns: number[]; moneyColumns: number[] } {
  const dateColumns: number[] = [];
  const moneyColumns: number[] = [];
  schema.columns.forEach((c, i) => {
    if (c.kind === "date") dateColumns.push(i);
    if (money.has(c.key)) moneyColumns.push(i);
  });
  return { dateColumns, moneyColumns };
}

function customerRow(record: CustomerRecord): SampleCell[] {
  return CUSTOMERS_SCHEMA.columns.map((c) => record[c.key] ?? null);
}

const SAMPLE_INVOICE_COLUMNS = [
  "id",
  "customerId",
  "invoiceDate",
  "dueDate",
  "amount",
  "openAmount",
  "paidDate",
  "disputed",
] as const;

function invoiceRow(i: InvoiceRecord): SampleCell[] {
  return [i.id, i.customerId, i.date, i.due, i.amount, i.open, i.paid, i.disputed];
}

/**
 * The ledger as it stood at `date`: invoices dated by then; one paid after then was open in full then (paid date
 * cleared); one still open now was open in full then (a partial payment is later than any earlier review).
 */
function invoiceRowsAt(invoices: readonly InvoiceRecord[], date: SerialDate): SampleCell[][] {
  const rows: SampleCell[][] = [];
  for (const i of invoices) {
    if (i.date > date) continue;
    const paidBy = i.paid !== null && i.paid <= date;
    rows.push(invoiceRow({ ...i, open: paidBy ? 0 : i.amount, paid: paidBy ? i.paid : null }));
  }
  return rows;
}

const raw = (name: string, headers: readonly string[], rows: SampleCell[][]): RawTable => ({
  name,
  sheet: name,
  headers,
  rows,
  firstDataRow: 2,
});

/**
 * Runs the review at `date` on the customers known by then (first invoice on or before it) and the ledger as it
 * stood, with the earlier history rows. `limitAt` gives each customer's limit in force then.
 */
function reviewAt(
  date: SerialDate,
  plans: readonly CustomerPlan[],
  invoices: readonly InvoiceRecord[],
  policy: CreditPolicy,
  earlier: boolean,
  limitAt: (p: CustomerPlan) => number | null,
  history: SampleCell[][],
): Review {
  const invoiced = new Set<string>();
  for (const i of invoices) if (i.date <= date) invoiced.add(i.customerId);
  const customers = plans
    .filter((p) => invoiced.has(p.id))
    .map((p) => customerRow(customerRecord(p, date, limitAt(p), undefined, earlier)));
  const read = portfolioFromTables(
    {
      customers: raw(
        CUSTOMERS_SCHEMA.name,
        CUSTOMERS_SCHEMA.columns.map((c) => c.header),
        customers,
      ),
      invoices: raw(
        INVOICES_SCHEMA.name,
        SAMPLE_INVOICE_COLUMNS.map((k) => INVOICES_SCHEMA.columns.find((c) => c.key === k)!.header),
        invoiceRowsAt(invoices, date),
      ),
      history: raw(
        HISTORY_SCHEMA.name,
        HISTORY_SCHEMA.columns.map((c) => c.header),
        history,
      ),
    },
    { asOf: date, defaultPaymentTerms: 30 },
  );
  return runReview(read.portfolio, policy, date);
}

/**
 * A ReviewHistory cell per history column key, as the review writes its history rows (reviewLayout's
 * `historyAppend`). Keys the schema does not have are not written; columns it has that are not here stay blank.
 */
const HISTORY_CELLS: Readonly<Record<string, (r: CustomerReview, date: SerialDate) => SampleCell>> = {
  reviewDate: (_r, date) => date,
  customerId: (r) => r.customer.id,
  score: (r) => r.score ?? null,
  grade: (r) => r.grade,
  exposure: (r) => r.exposure,
  creditLimit: (r) => r.customer.creditLimit ?? null,
  recommendedLimit: (r) => r.recommendedLimit,
  maxDaysPastDue: (r) => r.maxDaysPastDue,
  zZone: (r) => r.altman?.zone ?? null,
  blacklistStatus: (r) => r.blacklistStatus ?? null,
  action: (r) => r.action,
};

/**
 * The two earlier reviews, each run by `runReview` at its date on the customers and ledger of that date (limits in
 * force then: today's, changed after a review for some customers), the second with the first one's rows as history.
 */
function historyTable(
  plans: readonly CustomerPlan[],
  invoices: readonly InvoiceRecord[],
  policy: CreditPolicy,
  limits: ReadonlyMap<string, number>,
  [first, second]: [SerialDate, SerialDate],
): SampleTable {
  const limitAtSecond = (p: CustomerPlan) => limitThen(p, limits.get(p.id)!, policy, p.changeAtSecond);
  const limitAtFirst = (p: CustomerPlan) => limitThen(p, limitAtSecond(p), policy, p.changeAtFirst);
  const rows: SampleCell[][] = [];
  const add = (review: Review) => {
    for (const r of review.customers)
      rows.push(HISTORY_SCHEMA.columns.map((c) => HISTORY_CELLS[c.key]?.(r, review.asOf) ?? null));
  };
  add(reviewAt(first, plans, invoices, policy, true, limitAtFirst, []));
  add(reviewAt(second, plans, invoices, policy, true, limitAtSecond, rows.slice()));
  return {
    name: HISTORY_SCHEMA.name,
    headers: HISTORY_SCHEMA.columns.map((c) => c.header),
    rows,
    ...columnKinds(HISTORY_SCHEMA, new Set(["exposure", "creditLimit", "recommendedLimit"])),
  };
}

/** A limit in force before it was changed after a review (`change` = today's ÷ then's); story customers keep theirs. */
function limitThen(p: CustomerPlan, later: number, policy: CreditPolicy, change: number): number {
  if (p.role === "probation") return 0; // listed then
  if (p.role === "new" || p.role === "newBreach") return Math.min(later, policy.limits.newCustomerLimit);
  if (p.role !== "regular" || change === 1 || later <= 0) return later;
  return roundLimit(later / change);
}

/** The rows the data contract must catch: each kind once, at the end of its table. */
function addBadRows(customers: SampleCell[][], invoices: SampleCell[][], asOf: SerialDate): void {
  const first = customers[0][0] as string;
  const template = customers[customers.length - 1];
  const badCustomer = (record: CustomerRecord) =>
    customers.push(customerRow({ strategic: false, blacklisted: false, ...record }));
  badCustomer({
    id: first,
    name: "Duplicate of the first customer",
    segment: "Mid",
    country: "DE",
    creditLimit: 10000,
    paymentTerms: 30,
    annualRevenue: 1e6,
    yearsTrading: 5,
  });
  badCustomer({
    id: "",
    name: "Customer without an id",
    segment: "Small",
    country: "FR",
    creditLimit: 5000,
    paymentTerms: 30,
    annualRevenue: 1e5,
    yearsTrading: 2,
  });
  badCustomer({
    id: "C-NEG",
    name: "Negative Limit Trading Ltd",
    segment: "Small",
    country: "IT",
    creditLimit: -2500,
    paymentTerms: 30,
    annualRevenue: 2e5,
    totalAssets: 1e5,
    totalLiabilities: 6e4,
    currentAssets: 5e4,
    currentLiabilities: 4e4,
    retainedEarnings: 1e4,
    ebit: 5e3,
    equity: 4e4,
    yearsTrading: 3,
    externalScore: 55,
    strategic: "maybe",
  });
  badCustomer({
    id: '=HYPERLINK("http://example.com")',
    name: "@Formula-looking Name Ltd",
    segment: "Small",
    country: "GB",
    creditLimit: 1000,
    paymentTerms: 30,
    annualRevenue: 1e5,
    yearsTrading: 1,
  });
  const c1 = template[0] as string;
  const inv = (
    id: string,
    customer: SampleCell,
    date: SampleCell,
    due: SampleCell,
    amount: SampleCell,
    open: SampleCell,
    paid: SampleCell = null,
    disputed: SampleCell = false,
  ) => invoices.push([id, customer, date, due, amount, open, paid, disputed]);
  const d = asOf - 40;
  inv("BAD-TEXT-AMOUNT", c1, d, d + 30, "1,234.50", "1,234.50");
  inv("BAD-DATE", c1, "31/02/2026", null, 500, 500);
  inv(invoices[0][0] as string, c1, d, d + 30, 100, 100);
  inv("BAD-UNKNOWN-CUSTOMER", "C-UNKNOWN", d, d + 30, 700, 700);
  inv("BAD-OPEN-GT-AMOUNT", c1, d, d + 30, 300, 450);
  inv("BAD-FUTURE", c1, asOf + 10, asOf + 40, 800, 800);
  inv("BAD-NO-DUE", c1, d, null, 650, 650);
  inv("BAD-AMOUNT", c1, d, d + 30, "n/a", 0);
  inv("BAD-OPEN-BLANK", c1, d - 60, d - 30, 420, null, d - 25);
  inv("CN-OPEN-SIGN", c1, d, d, -120, 120);
  inv("C-NEG-1", "C-NEG", d, d + 30, 2000, 2000);
  inv("FORMULA-1", '=HYPERLINK("http://example.com")', d, d + 30, 50, 50);
  inv("AMBIGUOUS-DATE", c1, "03/04/2026", null, 75, 0, "2026-05-15");
}

/**
 * The CreditPolicy rows of the sample: every setting at its default, except a few a credit manager typically
 * changes (so the sheet shows that edits take effect). Settings whose default is unbounded are left out.
 */
export function samplePolicyRows(): [string, SampleCell][] {
  const changed: Record<string, SampleCell> = { "New customer limit": 15000, "Uninsured tolerance": 20000 };
  const rows: [string, SampleCell][] = [];
  for (const s of POLICY_SETTINGS) {
    const v = s.get(defaultPolicy);
    if (typeof v === "number" && !Number.isFinite(v)) continue;
    rows.push([s.key, s.key in changed ? changed[s.key] : typeof v === "number" ? v : formatSettingValue(v)]);
  }
  return rows;
}

/** The sample with its defaults (300 customers, 4,000 invoices as of 2026-06-30) and the policy sheet. */
export function defaultSampleTables(options: SampleOptions = {}): SampleTables {
  return samplePortfolio({ policyRows: samplePolicyRows(), ...options });
}
