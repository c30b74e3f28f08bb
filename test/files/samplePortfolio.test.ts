/** The sample generator and, through it, the review's invariants on generated data. */
import fc from "fast-check";
import { serialFromIso } from "../../src/core/dates";
import { defaultPolicy, parsePolicy } from "../../src/core/policy";
import { runReview } from "../../src/core/portfolio/review";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { samplePortfolio, seededRandom, type SampleTable } from "../../src/files/samplePortfolio";
import { defaultSampleTables, samplePolicyRows } from "../../src/files/sampleWorkbook";
import type { RawTable } from "../../src/workbook/ports";
import { portfolioFromTables } from "../../src/workbook/portfolioFromTables";
import { readReviewInput } from "../../src/workbook/reviewInput";
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";

const AS_OF = serialFromIso("2026-06-30")!;
const raw = (t: SampleTable): RawTable => ({ name: t.name, sheet: t.name, headers: t.headers, rows: t.rows, firstDataRow: 2 });

describe("seededRandom", () => {
  it("is deterministic and uniform enough", () => {
    const a = seededRandom(42), b = seededRandom(42);
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
    const c = tables.customers.rows, inv = tables.invoices.rows;
    expect(c.length).toBeGreaterThanOrEqual(300);
    expect(inv.length).toBeGreaterThanOrEqual(4000);
    expect(new Set(c.map((r) => r[2]))).toEqual(new Set(["Large", "Mid", "Small"]));
    expect(inv.filter((r) => typeof r[4] === "number" && r[4] < 0).length).toBeGreaterThan(50); // credit notes
    expect(inv.filter((r) => r[7] === true).length).toBeGreaterThan(20); // disputes
    expect(inv.filter((r) => typeof r[5] === "number" && r[5] !== 0 && r[5] !== r[4]).length).toBeGreaterThan(20); // partial
    expect(c.filter((r) => r[5] !== null).length).toBeGreaterThan(100); // insured limits
    expect(new Set(tables.reviewHistory!.rows.map((r) => r[0])).size).toBe(2); // two earlier reviews
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
    for (const [name, table] of [["customers", tables.customers], ["invoices", tables.invoices]] as const) {
      const n = read.counts[name];
      expect(n.read).toBe(table.rows.length);
      expect(n.used + n.rejected + n.excluded + n.blank).toBe(n.read);
    }
    const codes = new Set(read.issues.map((i) => i.code));
    for (const code of ["issueDuplicateId", "issueRequiredMissing", "issueNegativeLimit", "issueBooleanIgnored", "issueNumberFromText", "issueDateRejected", "issueUnknownCustomer", "issueOpenExceedsAmount", "issueFutureInvoice", "issueDueDateFilled", "issueNumberRejected", "issueOpenMissingPaid", "issueOpenSignMismatch"] as const) {
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
    expect(invoiceList(input.portfolio.invoices).map((i) => [i.id, i.invoiceDate, i.dueDate, i.amount, i.openAmount])).toEqual(
      invoiceList(fromTables.portfolio.invoices).map((i) => [i.id, i.invoiceDate, i.dueDate, i.amount, i.openAmount]),
    );
    expect(input.policy.limits.newCustomerLimit).toBe(15000);
  });
});

describe("review invariants on generated portfolios", () => {
  it("buckets add up to open receivables exactly, customers' exposures add up to it, rows are all accounted for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 400 }), (seed, customers, invoices) => {
        const t = samplePortfolio({ seed, customers, invoices, badRows: seed % 2 === 0 });
        const read = portfolioFromTables({ customers: raw(t.customers), invoices: raw(t.invoices), history: raw(t.reviewHistory!) }, { asOf: AS_OF, defaultPaymentTerms: 30 });
        const n = read.counts.invoices;
        expect(n.used + n.rejected + n.excluded + n.blank).toBe(t.invoices.rows.length);
        expect(n.rejected + n.excluded).toBeLessThanOrEqual(read.issues.filter((i) => i.sheet === "Invoices" && i.action !== "repaired").length);
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
      }),
      { numRuns: 40 },
    );
  });
});
