/**
 * A deterministic sample portfolio (seeded PRNG): Customers, Invoices, ReviewHistory (two earlier reviews) and,
 * when given, a CreditPolicy table, with a few deliberately bad rows. Pure: returns tables; writers live elsewhere.
 */
import { addDays, serialFromIso, type SerialDate } from "../core/dates";
import { defaultPolicy, formatSettingValue, POLICY_SETTINGS } from "../core/policy";
import { mulberry32 } from "../core/modelling/trainTestSplit";
import { gradeFromScore } from "../core/scoring/grade";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA } from "../workbook/schema";

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
  /** The date the sample is "as of": invoices end here, the two earlier reviews are 1 and 2 quarters before. */
  readonly asOf?: SerialDate;
  /** Add the deliberately bad rows (default true). */
  readonly badRows?: boolean;
  /** Add ReviewHistory rows for two earlier reviews (default true). */
  readonly history?: boolean;
  /** Grade for a 0–100 score, for the history rows; default: the default policy's grade bands. */
  readonly gradeOf?: (score: number) => string;
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

const SEGMENTS = [
  { name: "Large", share: 0.15, revenue: [50e6, 800e6], invoiceAmount: 40000, weight: 6 },
  { name: "Mid", share: 0.45, revenue: [5e6, 50e6], invoiceAmount: 9000, weight: 2 },
  { name: "Small", share: 0.4, revenue: [0.3e6, 5e6], invoiceAmount: 2500, weight: 1 },
] as const;
const COUNTRIES = ["DE", "FR", "IT", "ES", "NL", "PL", "GB", "US", "CN", "JP", "BR", "IN", "TR", "MX"];
const NAME_A = ["Nordic", "Alpine", "Pacific", "Golden", "Delta", "Orion", "Summit", "Harbor", "Silver", "Metro", "Atlas", "Vertex", "Cedar", "Falcon", "Lotus", "Iron", "Blue", "Red River", "Eastern", "Crown"];
const NAME_B = ["Trading", "Industries", "Logistics", "Foods", "Textiles", "Machinery", "Chemicals", "Retail", "Components", "Packaging", "Electronics", "Building Supplies", "Plastics", "Paper", "Steel"];
const NAME_C = ["Ltd", "GmbH", "SA", "S.p.A.", "BV", "Inc.", "Co.", "Sp. z o.o.", "有限公司", "KK"];

const round2 = (x: number) => Math.round(x * 100) / 100;
const roundTo = (x: number, step: number) => Math.round(x / step) * step;

interface CustomerPlan {
  id: string;
  segment: (typeof SEGMENTS)[number];
  terms: number;
  /** Mean days late when paying; the customer's payment behaviour. */
  lateness: number;
  quality: number;
  monthlySales: number;
  limit: number;
  /** Share of invoices per customer (for spreading the invoice count). */
  weight: number;
}

/**
 * Builds the sample. With the defaults: 300 customers, 4,000 invoices over the 18 months before 2026-06-30, segments
 * Large / Mid / Small with matching financials, payment terms 30–90 days, customers who pay on time and customers
 * who do not, partial payments, credit notes, disputes, insured limits, strategic and blacklisted accounts, two
 * earlier reviews, and about fifteen bad rows of the kinds the data contract reports.
 * @example samplePortfolio({ seed: 7 }).invoices.rows.length // 4000 plus the bad rows
 */
export function samplePortfolio(options: SampleOptions = {}): SampleTables {
  const rand = seededRandom(options.seed ?? 20260630);
  const nCustomers = options.customers ?? 300;
  const nInvoices = options.invoices ?? 4000;
  const asOf = options.asOf ?? SAMPLE_AS_OF;
  const gradeOf = options.gradeOf ?? ((score: number) => gradeFromScore(score, defaultPolicy.gradeBands));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  const logBetween = (lo: number, hi: number) => Math.exp(between(Math.log(lo), Math.log(hi)));

  const idWidth = Math.max(4, String(nCustomers).length);
  const plans: CustomerPlan[] = [];
  const customerRows: SampleCell[][] = [];
  for (let i = 0; i < nCustomers; i++) {
    const u = rand();
    const segment = u < SEGMENTS[0].share ? SEGMENTS[0] : u < SEGMENTS[0].share + SEGMENTS[1].share ? SEGMENTS[1] : SEGMENTS[2];
    const id = `C${String(i + 1).padStart(idWidth, "0")}`;
    const revenue = roundTo(logBetween(segment.revenue[0], segment.revenue[1]), 1000);
    const quality = rand(); // 0 = weak, 1 = strong
    const totalAssets = roundTo(revenue * between(0.5, 1.4), 1000);
    const liabilitiesShare = 0.85 - 0.55 * quality + between(-0.1, 0.1);
    const totalLiabilities = roundTo(totalAssets * Math.min(1.2, Math.max(0.15, liabilitiesShare)), 1000);
    const equity = totalAssets - totalLiabilities;
    const currentAssets = roundTo(totalAssets * between(0.3, 0.6), 1000);
    const currentLiabilities = roundTo(currentAssets * between(1.3 - 0.8 * quality, 1.6 - 0.8 * quality), 1000);
    const ebit = roundTo(revenue * between(-0.04 + 0.14 * quality, 0.02 + 0.14 * quality), 1000);
    const retainedEarnings = roundTo(equity * between(0.2, 0.7), 1000);
    const terms = pick([30, 30, 30, 45, 60, 60, 90]);
    const monthlySales = segment.invoiceAmount * segment.weight * between(0.6, 1.6) * (nInvoices / nCustomers / 6);
    const need = (monthlySales * (terms + 30)) / 30;
    const limit = roundTo(need * between(0.7, 1.5), 1000);
    const insured = rand() < 0.6 ? roundTo(limit * pick([0.5, 0.75, 1, 1]), 1000) : null;
    const lateness = quality > 0.8 ? between(-3, 3) : quality > 0.4 ? between(0, 20) : between(10, 75);
    plans.push({ id, segment, terms, lateness, quality, monthlySales, limit, weight: segment.weight * between(0.5, 1.5) });
    const name = `${pick(NAME_A)} ${pick(NAME_B)} ${pick(NAME_C)}`;
    customerRows.push([
      id,
      name,
      segment.name,
      pick(COUNTRIES),
      limit,
      insured,
      terms,
      revenue,
      totalAssets,
      totalLiabilities,
      currentAssets,
      currentLiabilities,
      retainedEarnings,
      ebit,
      equity,
      Math.floor(between(1, 60)),
      rand() < 0.7 ? Math.round(Math.min(100, Math.max(0, 30 + 60 * quality + between(-12, 12)))) : null,
      segment.name === "Large" && rand() < 0.15,
      quality < 0.08 && rand() < 0.5,
    ]);
  }

  // Invoices: spread over customers by weight, dated over the 18 months before as-of.
  const totalWeight = plans.reduce((s, p) => s + p.weight, 0);
  const invoiceRows: SampleCell[][] = [];
  let serial = 0;
  const idWidthInv = Math.max(6, String(nInvoices).length);
  for (let c = 0; c < nCustomers && invoiceRows.length < nInvoices; c++) {
    const plan = plans[c];
    const count = c === nCustomers - 1 ? nInvoices - invoiceRows.length : Math.min(nInvoices - invoiceRows.length, Math.max(1, Math.round((nInvoices * plan.weight) / totalWeight)));
    // Newer customers start later: about 5 % were won in the last 5 months.
    const span = rand() < 0.05 ? Math.floor(between(20, 150)) : 548;
    for (let k = 0; k < count; k++) {
      serial++;
      const id = `INV${String(serial).padStart(idWidthInv, "0")}`;
      const date = asOf - Math.floor(rand() * span);
      const due = addDays(date, plan.terms);
      const creditNote = rand() < 0.03;
      const amount = round2((creditNote ? -0.3 : 1) * plan.segment.invoiceAmount * logBetween(0.3, 3));
      const lateBy = Math.round(plan.lateness + between(-8, 8) + (rand() < 0.04 * (1 - plan.quality) ? between(60, 200) : 0));
      const payDay = due + lateBy;
      const disputed = !creditNote && rand() < 0.02;
      let open = amount;
      let paid: number | null = null;
      if (!disputed && payDay <= asOf) {
        open = 0;
        paid = Math.max(date, payDay);
      } else if (!creditNote && rand() < 0.12) {
        open = round2(amount * pick([0.25, 0.5, 0.75])); // partial payment received
      }
      invoiceRows.push([id, plan.id, date, due, amount, open, paid, disputed]);
    }
  }

  if (options.badRows ?? true) addBadRows(customerRows, invoiceRows, asOf);

  const tables: SampleTables = {
    customers: {
      name: CUSTOMERS_SCHEMA.name,
      headers: CUSTOMERS_SCHEMA.columns.map((c) => c.header),
      rows: customerRows,
      dateColumns: [],
      moneyColumns: [4, 5, 7, 8, 9, 10, 11, 12, 13, 14],
    },
    invoices: {
      name: INVOICES_SCHEMA.name,
      // The sample's invoices carry their open amount; a paid amount, currency and rate are for other ledgers.
      headers: INVOICES_SCHEMA.columns.filter((c) => !["customerName", "paidAmount", "currency", "fxRate"].includes(c.key)).map((c) => c.header),
      rows: invoiceRows,
      dateColumns: [2, 3, 6],
      moneyColumns: [4, 5],
    },
  };
  const history = options.history ?? true;
  return {
    ...tables,
    reviewHistory: history ? historyTable(plans, asOf, rand, gradeOf) : undefined,
    creditPolicy: options.policyRows
      ? { name: "CreditPolicy", headers: ["Setting", "Value"], rows: options.policyRows.map(([k, v]) => [k, v]), dateColumns: [], moneyColumns: [] }
      : undefined,
  };
}

/** Two earlier reviews, one and two quarters back: plausible scores drifting towards today's quality. */
function historyTable(plans: readonly CustomerPlan[], asOf: SerialDate, rand: () => number, gradeOf: (s: number) => string): SampleTable {
  const rows: SampleCell[][] = [];
  for (const back of [182, 91]) {
    const date = asOf - back;
    for (const p of plans) {
      if (rand() < 0.06) continue; // customers won since then have no row
      const score = Math.round(Math.min(100, Math.max(0, 25 + 65 * p.quality + (rand() - 0.4) * 14)) * 100) / 100;
      const exposure = round2(p.monthlySales * (p.terms / 30) * (0.6 + rand() * 0.8));
      const maxDpd = Math.max(0, Math.round(p.lateness + (rand() - 0.5) * 20));
      const zone = p.quality > 0.6 ? "Safe" : p.quality > 0.3 ? "Grey" : "Distress";
      rows.push([date, p.id, score, gradeOf(score), exposure, p.limit, roundTo(p.limit * (0.9 + rand() * 0.3), 1000), maxDpd, zone]);
    }
  }
  return { name: HISTORY_SCHEMA.name, headers: HISTORY_SCHEMA.columns.map((c) => c.header), rows, dateColumns: [0], moneyColumns: [4, 5, 6] };
}

/** The rows the data contract must catch: each kind once, at the end of its table. */
function addBadRows(customers: SampleCell[][], invoices: SampleCell[][], asOf: SerialDate): void {
  const first = customers[0][0] as string;
  const template = customers[customers.length - 1];
  customers.push([first, "Duplicate of the first customer", "Mid", "DE", 10000, null, 30, 1e6, null, null, null, null, null, null, null, 5, null, false, false]);
  customers.push(["", "Customer without an id", "Small", "FR", 5000, null, 30, 1e5, null, null, null, null, null, null, null, 2, null, false, false]);
  customers.push(["C-NEG", "Negative Limit Trading Ltd", "Small", "IT", -2500, null, 30, 2e5, 1e5, 6e4, 5e4, 4e4, 1e4, 5e3, 4e4, 3, 55, "maybe", false]);
  customers.push(["=HYPERLINK(\"http://example.com\")", "@Formula-looking Name Ltd", "Small", "GB", 1000, null, 30, 1e5, null, null, null, null, null, null, null, 1, null, false, false]);
  const c1 = template[0] as string;
  const inv = (id: string, customer: SampleCell, date: SampleCell, due: SampleCell, amount: SampleCell, open: SampleCell, paid: SampleCell = null, disputed: SampleCell = false) =>
    invoices.push([id, customer, date, due, amount, open, paid, disputed]);
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
  inv("FORMULA-1", "=HYPERLINK(\"http://example.com\")", d, d + 30, 50, 50);
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
