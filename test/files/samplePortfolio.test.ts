/** The sample generator and, through it, the review's invariants on generated data. */
import fc from "fast-check";
import { serialFromIso } from "../../src/core/dates";
import { defaultPolicy, parsePolicy } from "../../src/core/policy";
import { runReview } from "../../src/core/portfolio/review";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import {
  samplePolicyRows,
  samplePortfolio,
  seededRandom,
  type SampleCell,
  type SampleTable,
  type SampleTables,
} from "../../src/files/samplePortfolio";
import { defaultSampleTables } from "../../src/files/sampleWorkbook";
import type { RawTable } from "../../src/workbook/ports";
import { portfolioFromTables } from "../../src/workbook/portfolioFromTables";
import { readReviewInput } from "../../src/workbook/reviewInput";
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";

const AS_OF = serialFromIso("2026-06-30")!;
const raw = (t: SampleTable): RawTable => ({
  name: t.name,
  sheet: t.name,
  headers: t.headers,
  rows: t.rows,
  firstDataRow: 2,
});

describe("seededRandom", () => {
  it("is deterministic and uniform enough", () => {
    const a = seededRandom(42),
      b = seededRandom(42);
    const xs = Array.from({ length: 10000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe("samplePortfolio", () => {
  const tables = defaultSampleTables();

  it("the same seed gives the same sample", () => {
    expect(defaultSampleTables()).toEqual(tables);
    expect(samplePortfolio({ seed: 2 }).invoices.rows).not.toEqual(tables.invoices.rows);
  });

  it("a few hundred customers, a few thousand invoices, all three segments, credit notes, disputes, partial payments", () => {
    const c = tables.customers.rows,
      inv = tables.invoices.rows;
    expect(c.length).toBeGreaterThanOrEqual(300);
    expect(inv.length).toBeGreaterThanOrEqual(4000);
    expect(new Set(c.map((r) => r[2]))).toEqual(new Set(["Large", "Mid", "Small"]));
    expect(inv.filter((r) => typeof r[4] === "number" && r[4] < 0).length).toBeGreaterThan(50); // credit notes
    expect(inv.filter((r) => r[7] === true).length).toBeGreaterThan(20); // disputes
    expect(inv.filter((r) => typeof r[5] === "number" && r[5] !== 0 && r[5] !== r[4]).length).toBeGreaterThan(20); // partial
    expect(c.filter((r) => r[5] !== null).length).toBeGreaterThan(100); // insured limits
    // Two earlier reviews, at the month ends 6 and 3 months before as-of.
    expect([...new Set(tables.reviewHistory!.rows.map((r) => r[0]))]).toEqual([
      serialFromIso("2025-12-31"),
      serialFromIso("2026-03-31"),
    ]);
  });

  it("its CreditPolicy sheet reads without a single problem and changes what it says", () => {
    const parsed = parsePolicy(samplePolicyRows());
    expect(parsed.problems).toEqual([]);
    expect(parsed.policy.limits.newCustomerLimit).toBe(15000);
  });

  it("every row of the sample is used or reported, and each deliberately bad row is caught", () => {
    const read = portfolioFromTables(
      { customers: raw(tables.customers), invoices: raw(tables.invoices), history: raw(tables.reviewHistory!) },
      { asOf: AS_OF, defaultPaymentTerms: 30 },
    );
    for (const [name, table] of [
      ["customers", tables.customers],
      ["invoices", tables.invoices],
    ] as const) {
      const n = read.counts[name];
      expect(n.read).toBe(table.rows.length);
      expect(n.used + n.rejected + n.excluded + n.blank).toBe(n.read);
    }
    const codes = new Set(read.issues.map((i) => i.code));
    for (const code of [
      "issueDuplicateId",
      "issueRequiredMissing",
      "issueNegativeLimit",
      "issueBooleanIgnored",
      "issueNumberFromText",
      "issueDateRejected",
      "issueUnknownCustomer",
      "issueOpenExceedsAmount",
      "issueFutureInvoice",
      "issueDueDateFilled",
      "issueNumberRejected",
      "issueOpenMissingPaid",
      "issueOpenSignMismatch",
    ] as const) {
      expect(codes).toContain(code);
    }
  });

  it("the generated assets/sample-portfolio.xlsx is this sample", async () => {
    const source = await FileWorkbookSource.open("assets/sample-portfolio.xlsx");
    const input = await readReviewInput(source, AS_OF);
    const fromTables = portfolioFromTables(
      { customers: raw(tables.customers), invoices: raw(tables.invoices), history: raw(tables.reviewHistory!) },
      { asOf: AS_OF, defaultPaymentTerms: 30 },
    );
    expect(input.counts).toEqual(fromTables.counts);
    expect(
      invoiceList(input.portfolio.invoices).map((i) => [i.id, i.invoiceDate, i.dueDate, i.amount, i.openAmount]),
    ).toEqual(
      invoiceList(fromTables.portfolio.invoices).map((i) => [i.id, i.invoiceDate, i.dueDate, i.amount, i.openAmount]),
    );
    expect(input.policy.limits.newCustomerLimit).toBe(15000);
  });
});

/** The sample's tables as a credit manager reads them: by header, with the generated rows apart from the bad ones. */
function ledgerOf(tables: SampleTables) {
  const c = (h: string) => tables.customers.headers.indexOf(h);
  const customers = tables.customers.rows.filter((r) => /^C\d{4}$/.test(String(r[0])));
  const invoices = tables.invoices.rows.filter((r) => /^INV\d{6}$/.test(String(r[0]))).slice(0, 4000);
  const byCustomer = new Map<string, SampleCell[][]>();
  for (const r of invoices) byCustomer.set(r[1] as string, [...(byCustomer.get(r[1] as string) ?? []), r]);
  const own = (id: SampleCell) => byCustomer.get(id as string) ?? [];
  const cell = (row: SampleCell[], header: string) => row[c(header)];
  const num = (row: SampleCell[], header: string) => cell(row, header) as number;
  const sum = (rows: SampleCell[][], f: (r: SampleCell[]) => number) =>
    Math.round(rows.reduce((s, r) => s + Math.round(f(r) * 100), 0)) / 100;
  const exposure = (id: SampleCell) => sum(own(id), (r) => r[5] as number);
  const firstInvoice = (id: SampleCell) => Math.min(...own(id).map((r) => r[2] as number));
  /** need = monthly sales × (terms + 30) ÷ 30, monthly sales = invoiced in the last 365 days ÷ 12. */
  const need = (row: SampleCell[]) =>
    (sum(
      own(row[0]).filter((r) => (r[2] as number) > AS_OF - 365),
      (r) => r[4] as number,
    ) /
      12) *
    ((num(row, "Payment Terms") + 30) / 30);
  return { customers, invoices, own, cell, num, sum, exposure, firstInvoice, need };
}

describe("the sample is believable", () => {
  const tables = defaultSampleTables();
  const L = ledgerOf(tables);
  const established = L.customers.filter(
    (r) => L.firstInvoice(r[0]) <= AS_OF - 365 && L.num(r, "Credit Limit") > 0 && L.need(r) > 0,
  );
  const ratios = established.map((r) => L.num(r, "Credit Limit") / L.need(r)).sort((a, b) => a - b);

  it("limits in force sit around need: median within 20 %, a quarter well below and a quarter well above", () => {
    expect(established.length).toBeGreaterThan(200);
    const median = ratios[Math.floor(ratios.length / 2)];
    expect(median).toBeGreaterThan(0.8);
    expect(median).toBeLessThan(1.2);
    // Room to increase for some, too much limit for others: not every customer on one side (the old sample had 301 of 302 above).
    expect(ratios.filter((x) => x < 0.9).length / ratios.length).toBeGreaterThan(0.2);
    expect(ratios.filter((x) => x > 1.1).length / ratios.length).toBeGreaterThan(0.2);
    // In total: Σ limits within 30 % of Σ need (was 102.9M against 14.2M).
    const limits = established.reduce((s, r) => s + L.num(r, "Credit Limit"), 0);
    const needs = established.reduce((s, r) => s + L.need(r), 0);
    expect(limits / needs).toBeGreaterThan(0.7);
    expect(limits / needs).toBeLessThan(1.3);
  });

  it("new customers ramp up, and one new customer's limit is far above the new-customer cap", () => {
    // First invoice 30 to 155 days before as-of (1–5 months).
    const fresh = L.customers.filter(
      (r) => L.own(r[0]).length > 0 && AS_OF - L.firstInvoice(r[0]) <= 155 && AS_OF - L.firstInvoice(r[0]) >= 30,
    );
    expect(fresh.length).toBeGreaterThanOrEqual(10);
    // Ramping: more invoiced in the second half of its time with us than in the first, for most of them.
    const ramping = fresh.filter((r) => {
      const mid = (L.firstInvoice(r[0]) + AS_OF) / 2;
      const late = L.sum(
        L.own(r[0]).filter((i) => (i[2] as number) > mid),
        (i) => i[4] as number,
      );
      const early = L.sum(
        L.own(r[0]).filter((i) => (i[2] as number) <= mid),
        (i) => i[4] as number,
      );
      return late > early;
    });
    expect(ramping.length / fresh.length).toBeGreaterThan(0.6);
    // The sample's policy caps a new customer at 15,000: 180,000 is 12 times that.
    expect(fresh.some((r) => L.num(r, "Credit Limit") >= 10 * 15_000)).toBe(true);
  });

  it("a few strategic accounts, all large, among the largest buyers", () => {
    const strategic = L.customers.filter((r) => L.cell(r, "Strategic") === true);
    expect(strategic.length).toBeGreaterThanOrEqual(3);
    expect(strategic.length).toBeLessThanOrEqual(8);
    const sales = (id: SampleCell) => L.sum(L.own(id), (i) => i[4] as number);
    const ranked = L.customers.map((r) => sales(r[0])).sort((a, b) => b - a);
    const top10pc = ranked[Math.floor(ranked.length / 10)];
    for (const r of strategic) {
      expect(L.cell(r, "Segment")).toBe("Large");
      expect(sales(r[0])).toBeGreaterThanOrEqual(top10pc);
    }
  });

  it("temporary limits: one expiring within 14 days, one expired with exposure above the base limit, one beyond +50 %", () => {
    const temp = L.customers.filter((r) => L.cell(r, "Temporary Limit") !== null);
    expect(temp.length).toBeGreaterThanOrEqual(3);
    for (const r of temp) expect(L.cell(r, "Temporary Limit Reason")).toEqual(expect.any(String));
    const expiry = (r: SampleCell[]) => L.num(r, "Temporary Limit Expiry");
    expect(temp.filter((r) => expiry(r) >= AS_OF && expiry(r) <= AS_OF + 14)).toHaveLength(1);
    const expired = temp.filter((r) => expiry(r) < AS_OF);
    expect(expired).toHaveLength(1);
    expect(L.exposure(expired[0][0])).toBeGreaterThan(L.num(expired[0], "Credit Limit"));
    // The default policy allows an uplift of 50 %: 150 % of the base limit at most.
    expect(temp.some((r) => expiry(r) >= AS_OF && L.num(r, "Temporary Limit") > 1.5 * L.num(r, "Credit Limit"))).toBe(
      true,
    );
  });

  it("blacklist cases: listed with debts open, listed 18 months and paid up, and candidates for listing", () => {
    const listed = L.customers.filter((r) => L.cell(r, "Blacklisted") === true);
    expect(
      listed.every(
        (r) => typeof L.cell(r, "Blacklist Date") === "number" && typeof L.cell(r, "Blacklist Reason") === "string",
      ),
    ).toBe(true);
    expect(listed.filter((r) => L.exposure(r[0]) > 0).length).toBeGreaterThanOrEqual(2);
    // Eligible for release: listed at least 12 months (the policy's release months), nothing open, every invoice paid by its due date.
    const releasable = listed.filter(
      (r) =>
        L.num(r, "Blacklist Date") <= serialFromIso("2025-06-30")! &&
        L.own(r[0]).length > 0 &&
        L.own(r[0]).every((i) => i[5] === 0 && (i[6] as number) <= (i[3] as number)),
    );
    expect(releasable).toHaveLength(1);
    // Not listed, yet an undisputed item 180+ days past due, or a write-off: the review should recommend listing.
    const notListed = L.customers.filter((r) => L.cell(r, "Blacklisted") === false);
    expect(
      notListed.filter((r) =>
        L.own(r[0]).some((i) => (i[5] as number) > 0 && i[7] === false && AS_OF - (i[3] as number) >= 180),
      ).length,
    ).toBeGreaterThanOrEqual(1);
    expect(notListed.filter((r) => Number(L.cell(r, "Written Off") ?? 0) > 0).length).toBeGreaterThanOrEqual(1);
  });

  it("disputes of several ages: under 45 days past due, 45–90 and beyond 90", () => {
    const ages = L.invoices.filter((i) => i[7] === true && (i[5] as number) > 0).map((i) => AS_OF - (i[3] as number));
    expect(ages.filter((d) => d > 0 && d < 45).length).toBeGreaterThan(0);
    expect(ages.filter((d) => d >= 45 && d <= 90).length).toBeGreaterThan(0);
    expect(ages.filter((d) => d > 90).length).toBeGreaterThan(0);
  });
});

describe("the sample's ReviewHistory is the review at the earlier dates on the ledger as it stood", () => {
  const tables = defaultSampleTables();
  const L = ledgerOf(tables);
  const h = (header: string) => tables.reviewHistory!.headers.indexOf(header);
  const history = tables.reviewHistory!.rows;

  it("no customer has a row before its first invoice", () => {
    for (const row of history)
      expect(L.firstInvoice(row[h("Customer ID")])).toBeLessThanOrEqual(row[h("Review Date")] as number);
  });

  it("each row's exposure is what the ledger had open then: invoices dated by then, not paid by then, in full", () => {
    for (const row of history) {
      const date = row[h("Review Date")] as number;
      const open = L.sum(
        L.own(row[h("Customer ID")]).filter(
          (i) => (i[2] as number) <= date && !((i[6] as number | null) !== null && (i[6] as number) <= date),
        ),
        (i) => i[4] as number,
      );
      expect(row[h("Exposure")]).toBeCloseTo(open, 2);
    }
  });

  it("the worst grade never carries a positive recommended limit", () => {
    const worst = history.filter((row) => row[h("Grade")] === "E");
    for (const row of worst) expect(row[h("Recommended Limit")]).toBe(0);
  });

  it("scores fall for some customers between the last review and as-of, so score-drop warnings fire on real data", () => {
    const read = portfolioFromTables(
      { customers: raw(tables.customers), invoices: raw(tables.invoices), history: raw(tables.reviewHistory!) },
      { asOf: AS_OF, defaultPaymentTerms: 30 },
    );
    const review = runReview(read.portfolio, parsePolicy(samplePolicyRows()).policy, AS_OF);
    const last = new Map(
      history.filter((row) => row[0] === serialFromIso("2026-03-31")).map((row) => [row[1], row[h("Score")] as number]),
    );
    // A fall of at least the policy's 10 points, recomputed from the history rows and today's scores.
    const falls = review.customers.filter(
      (c) => c.score !== undefined && last.has(c.customer.id) && last.get(c.customer.id)! - c.score >= 10,
    );
    expect(falls.length).toBeGreaterThanOrEqual(3);
    expect(
      review.alerts
        .filter((a) => a.rule === "scoreDrop")
        .map((a) => a.customerId)
        .sort(),
    ).toEqual(falls.map((c) => c.customer.id).sort());
  });

  it("open receivables are the generated rows' open amounts plus the bad rows the contract keeps", () => {
    const read = portfolioFromTables(
      { customers: raw(tables.customers), invoices: raw(tables.invoices), history: raw(tables.reviewHistory!) },
      { asOf: AS_OF, defaultPaymentTerms: 30 },
    );
    const review = runReview(read.portfolio, defaultPolicy, AS_OF);
    // The bad rows kept: "1,234.50" read from text, 650 with its due date filled, an open amount above the amount
    // capped at the amount (300), C-NEG's 2,000 and the formula-looking customer's 50: 4,234.50 in all.
    const kept = 1_234.5 + 650 + 300 + 2_000 + 50;
    expect(review.kpis.openReceivables.toNumber()).toBeCloseTo(L.sum(L.invoices, (i) => i[5] as number) + kept, 2);
  });
});

describe("review invariants on generated portfolios", () => {
  it("buckets add up to open receivables exactly, customers' exposures add up to it, rows are all accounted for", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 400 }),
        (seed, customers, invoices) => {
          const t = samplePortfolio({ seed, customers, invoices, badRows: seed % 2 === 0 });
          const read = portfolioFromTables(
            { customers: raw(t.customers), invoices: raw(t.invoices), history: raw(t.reviewHistory!) },
            { asOf: AS_OF, defaultPaymentTerms: 30 },
          );
          const n = read.counts.invoices;
          expect(n.used + n.rejected + n.excluded + n.blank).toBe(t.invoices.rows.length);
          expect(n.rejected + n.excluded).toBeLessThanOrEqual(
            read.issues.filter((i) => i.sheet === "Invoices" && i.action !== "repaired").length,
          );
          const review = runReview(read.portfolio, defaultPolicy, AS_OF);
          const k = review.kpis;
          const bucketSum = k.aging.reduce((s, b) => s.plus(b), k.aging[0].minus(k.aging[0]));
          expect(bucketSum.equals(k.openReceivables)).toBe(true);
          const exposureCents = review.customers.reduce((s, c) => s + Math.round(c.exposure * 100), 0);
          expect(exposureCents).toBe(Math.round(k.openReceivables.toNumber() * 100));
          for (const c of review.customers) {
            expect(Math.round(c.aging.reduce((s, x) => s + x, 0) * 100)).toBe(Math.round(c.exposure * 100));
            expect(c.recommendedLimit).toBeGreaterThanOrEqual(0);
          }
          expect(k.gradeCounts.reduce((s, g) => s + g.count, 0)).toBe(review.customers.length);
          const prioritiesFall = review.collections.every((c, i, all) => i === 0 || all[i - 1].priority >= c.priority);
          expect(prioritiesFall).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
