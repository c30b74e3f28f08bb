/**
 * The review's aggregation and KPIs on a hand-computed three-customer ledger. The credit rules (score, grade, PD,
 * limit, ladder) are a fixed test double here, so every figure below follows from the invoices alone.
 */
import { wholeMonthsBetween } from "../../../src/core/dates";
import { reviewPortfolio } from "../../../src/core/portfolio/review";
import { AS_OF, assess, iso, portfolio, settings } from "../../fixtures/reviewFixture";

const review = reviewPortfolio(portfolio, AS_OF, settings, assess);
const line = (id: string) => review.customers.find((c) => c.customer.id === id)!;

describe("per customer", () => {
  it("exposure nets the credit note: 400 + 300 + 200 − 50 = 850", () => {
    expect(line("A").exposure).toBe(850);
  });
  it("aging: not due 400, 1–30 −50 (credit note), 31–60 300, 61–90 0, over 90 200", () => {
    expect(line("A").aging).toEqual([400, -50, 300, 0, 200]);
    expect(line("A").overdue).toBe(450);
    expect(line("A").disputed).toBe(200);
  });
  it("max dpd 91 and weighted dpd (400×0 + 300×60 + 200×91) / 900 over positive open items", () => {
    expect(line("A").maxDaysPastDue).toBe(91);
    expect(line("A").weightedDaysPastDue).toBeCloseTo(36200 / 900, 10);
  });
  it("trailing sales exclude the invoice dated exactly as-of − 365: 400+300+200−50+1000+500 = 2350", () => {
    expect(line("A").sales12m).toBe(2350);
    expect(line("A").monthlySales).toBeCloseTo(2350 / 12, 10);
    expect(line("A").dso).toBeCloseTo((850 / 2350) * 365, 10);
  });
  it("days beyond terms: both paid invoices 10 days late → 10, trend 10 − 10 = 0", () => {
    expect(line("A").daysBeyondTerms).toBe(10);
    expect(line("A").daysBeyondTermsTrend).toBe(0);
  });
  it("months known from the first invoice; a new customer is thin data and goes to manual review", () => {
    expect(line("A").monthsKnown).toBe(12);
    expect(line("B").monthsKnown).toBe(0);
    expect(line("B").manualReview).toBe(true);
    expect(line("B").reasons).toContain("reasonThinData");
    expect(line("C").monthsKnown).toBe(6);
  });
  it("utilisation, over limit, uninsured exposure and expected loss (PD × LGD × exposure)", () => {
    expect(line("A")).toMatchObject({ utilisation: 0.85, overLimit: false, uninsured: 350, expectedLoss: 4.25 }); // 0.01 × 0.5 × 850
    expect(line("B")).toMatchObject({ utilisation: 1.2, overLimit: true, uninsured: 6000, expectedLoss: 150 });
    expect(line("C")).toMatchObject({ overLimit: true, expectedLoss: 10.01 }); // 0.2 × 0.5 × 100.10
  });
  it("a blacklisted customer in the worst grade: stop credit", () => {
    expect(line("C").actions).toContain("actionStopCredit");
    expect(line("C").reasons).toEqual(
      expect.arrayContaining(["reasonBlacklisted", "reasonWorstGrade", "reasonOverLimit", "reasonOverdue90"]),
    );
  });
});

describe("portfolio KPIs (docs/architecture.md §Shared definitions)", () => {
  const k = review.kpis;
  it("counts customers and the invoices dated on or before as-of", () => {
    expect(k.customers).toBe(3);
    expect(k.invoices).toBe(9);
  });
  it("open receivables 850 + 6000 + 100.10 = 6950.10 and buckets that add up to it exactly", () => {
    expect(k.openReceivables.toString()).toBe("6950.1");
    expect(k.aging.map(String)).toEqual(["6400", "-50", "300", "0", "300.1"]);
    expect(k.overdueReceivables.toString()).toBe("550.1");
  });
  it("credit sales 2350 + 6000 + 100.10 = 8450.10; DSO, BPDSO and ADD from it", () => {
    expect(k.creditSales365.toString()).toBe("8450.1");
    expect(k.dso).toBeCloseTo((6950.1 / 8450.1) * 365, 9);
    expect(k.bpdso).toBeCloseTo((6400 / 8450.1) * 365, 9);
    expect(k.add).toBeCloseTo((550.1 / 8450.1) * 365, 9);
  });
  it("provision = 6400×1% − 50×2% + 300×5% + 0×10% + 300.10×50% = 64 − 1 + 15 + 0 + 150.05 = 228.05", () => {
    expect(k.provision.toString()).toBe("228.05");
    expect(k.provisionByBucket.map(String)).toEqual(["64", "-1", "15", "0", "150.05"]);
  });
  it("expected loss 4.25 + 150 + 10.01 = 164.26", () => {
    expect(k.expectedLoss.toString()).toBe("164.26");
  });
  it("CEI since the 2026-05-31 review: (3000 + 6350 − 6950.10) / (3000 + 6350 − 6400)", () => {
    // B = 1000 (A) + 2000 (B) at 2026-05-31; S = 400 − 50 + 6000 dated after it; one month.
    expect(k.ceiSince).toBe(iso("2026-05-31"));
    expect(k.cei).toBeCloseTo(2399.9 / 2950, 12);
  });
  it("concentration over positive exposures: HHI = Σ share², top-10 share 1 with three customers", () => {
    const t = 6950.1;
    expect(k.hhi).toBeCloseTo((850 / t) ** 2 + (6000 / t) ** 2 + (100.1 / t) ** 2, 12);
    expect(k.top10Share).toBe(1);
    expect(review.topExposures.map((e) => e.customerId)).toEqual(["B", "A", "C"]);
  });
  it("over-limit list, grade counts in policy order, insured cover", () => {
    expect(k.overLimitCustomers).toEqual(["B", "C"]);
    expect(k.gradeCounts).toEqual([
      { grade: "A", count: 1 },
      { grade: "B", count: 1 },
      { grade: "C", count: 1 },
    ]);
    expect(k.insuredCover.toString()).toBe("500");
    expect(k.uninsuredExposure.toString()).toBe("6450.1");
  });
});

describe("early warnings against the last ReviewHistory row", () => {
  const rules = (id: string) =>
    review.alerts
      .filter((a) => a.customerId === id)
      .map((a) => a.rule)
      .sort();
  it("A: score 95 → 80 (drop 15 ≥ 10), newly 91 days past due (20 before), its dispute 91 days past due > 45 (escalate)", () => {
    expect(rules("A")).toEqual(["disputeEscalation", "new60Dpd", "scoreDrop"]);
  });
  it("B: score drop, downgrade A → B, over limit, 86 % of the portfolio > 50 % cap", () => {
    expect(rules("B")).toEqual(["concentration", "gradeDowngrade", "overLimit", "scoreDrop"]);
  });
  it("C (no history): below the floor, over limit, 60+ days, blacklisted with exposure", () => {
    expect(rules("C")).toEqual(["blacklistedExposure", "new60Dpd", "overLimit", "scoreFloor"]);
  });
});

describe("collections worklist", () => {
  it("priority = Σ open × dpd; disputed items on their own line, escalated past the policy's 45 days", () => {
    expect(review.collections.map((c) => [c.customerId, c.disputed, c.overdue, c.priority, c.stage])).toEqual([
      ["A", true, 200, 18200, "disputeEscalated"], // 200 × 91; 91 days > 45
      ["C", false, 100.1, 100.1 * 181, "Legal"],
      ["A", false, 250, 18000, "Phone"], // 300 × 60 (the −50 credit note nets the amount, not the priority)
    ]);
  });
});

describe("wholeMonthsBetween", () => {
  it.each([
    ["2026-01-31", "2026-02-28", 0],
    ["2026-01-31", "2026-03-31", 2],
    ["2025-06-30", "2026-06-30", 12],
    ["2026-06-30", "2026-06-01", 0],
  ])("%s → %s: %i", (from, to, months) => {
    expect(wholeMonthsBetween(iso(from), iso(to))).toBe(months);
  });
});
