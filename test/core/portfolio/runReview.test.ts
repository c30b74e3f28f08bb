/** runReview with the default policy: the review's wiring of the credit rules, checked on one hand-computed customer. */
import { serialFromIso } from "../../../src/core/dates";
import { defaultPolicy } from "../../../src/core/policy";
import { gradeFromPd } from "../../../src/core/portfolio/customerAssessment";
import type { Customer, Invoice, Portfolio } from "../../../src/core/portfolio/model";
import { reviewSettings, runReview } from "../../../src/core/portfolio/review";
import { dso } from "../../../src/core/receivables/dso";
import { parseScorecard } from "../../../src/core/scoring/scorecard";

const iso = (t: string) => serialFromIso(t)!;
const AS_OF = iso("2026-06-30");

const M1: Customer = {
  id: "M1", name: "Mid One", segment: "Mid", creditLimit: 50_000, insuredLimit: 30_000, paymentTerms: 30,
  annualRevenue: 2_000_000, totalAssets: 1_000_000, totalLiabilities: 400_000, currentAssets: 500_000,
  currentLiabilities: 250_000, retainedEarnings: 300_000, ebit: 150_000, equity: 600_000, yearsTrading: 12,
  externalScore: 70, strategic: false, blacklisted: false,
};

/** 12 monthly invoices of 10,000 from 2025-07-01 to 2026-06-01, terms 30; the first ten paid on their due date. */
function invoices(): Invoice[] {
  const out: Invoice[] = [];
  for (let m = 0; m < 12; m++) {
    const year = 2025 + Math.floor((6 + m) / 12), month = ((6 + m) % 12) + 1;
    const date = iso(`${year}-${String(month).padStart(2, "0")}-01`);
    const paid = m < 10;
    out.push({ id: `M1-${m + 1}`, customerId: "M1", invoiceDate: date, dueDate: date + 30, amount: 10_000, openAmount: paid ? 0 : 10_000, paidDate: paid ? date + 30 : undefined, disputed: false });
  }
  return out;
}

const portfolio: Portfolio = { customers: [M1], invoices: invoices(), history: [] };

describe("runReview with the default policy on one customer", () => {
  const review = runReview(portfolio, defaultPolicy, AS_OF);
  const m1 = review.customers[0];

  it("ledger figures: exposure 20,000 (one 30 days late, one not due), sales 120,000, DSO 60.83, DBT 0", () => {
    expect(m1).toMatchObject({ exposure: 20_000, aging: [10_000, 10_000, 0, 0, 0], sales12m: 120_000, monthlySales: 10_000, maxDaysPastDue: 30, daysBeyondTerms: 0, monthsKnown: 11 });
    expect(m1.dso).toBeCloseTo(dso(20_000, 120_000), 10); // the same definition as CREDIT.DSO
  });

  it("Altman Z′ (private: revenue known) = 0.717×0.25 + 0.847×0.3 + 3.107×0.15 + 0.42×1.5 + 0.998×2 = 3.5254, Safe", () => {
    expect(m1.altman!.model).toBe("private");
    expect(m1.altman!.z).toBeCloseTo(3.5254, 10);
    expect(m1.altman!.zone).toBe("Safe");
  });

  it("built-in score (Mid weights) = (10×100 + 15×70 + 10×100 + 10×80 + 15×100 + 10×100 + 25×100 + 5×45) ÷ 100 = 90.75 → A, PD 0.5 %", () => {
    // years 12 → 100; external 70; current ratio 2.0 → 100; debt ratio 0.4 → 80; Safe → 100; EBIT/TA 0.15 → 100;
    // DBT 0 → 100; revenue 2 M → 45.
    expect(m1).toMatchObject({ scoreSource: "builtIn", score: 90.75, grade: "A", pd: 0.005, missingFactors: [] });
  });

  it("limit: need 10,000 × (30 + 30) ÷ 30 = 20,000 is below every cap (WC 50,000, insured 40,000, +50 % 75,000)", () => {
    expect(m1).toMatchObject({ recommendedLimit: 20_000, bindingRule: "need", approvalLevel: "Credit analyst" });
    expect(m1.reasons).toContain("reasonLimitCut");
    expect(m1.actions).toEqual(["actionCollect", "actionReduceLimit"]);
    expect(m1.manualReview).toBe(false);
  });

  it("EL = 0.5 % × 45 % × 20,000 = 45; uninsured 0; ladder at 30 days for grade A (−10 days) is a phone call", () => {
    expect(m1).toMatchObject({ expectedLoss: 45, uninsured: 0, collectionStage: "phone" });
    expect(review.collections).toEqual([expect.objectContaining({ customerId: "M1", overdue: 10_000, priority: 300_000, stage: "phone", disputed: false })]);
  });

  it("portfolio: provision 10,000 × 0.5 % + 10,000 × 2 % = 250; one customer holds 100 % (> 10 % cap)", () => {
    expect(review.kpis.provision.toString()).toBe("250");
    expect(review.alerts.map((a) => a.rule)).toEqual(["concentration"]);
  });

  it("a blacklisted customer gets 0 (cash in advance) and stops credit", () => {
    const r = runReview({ ...portfolio, customers: [{ ...M1, blacklisted: true }] }, defaultPolicy, AS_OF).customers[0];
    expect(r).toMatchObject({ recommendedLimit: 0, bindingRule: "blacklisted" });
    expect(r.actions).toContain("actionStopCredit");
  });

  it("a strategic account goes to manual review", () => {
    const r = runReview({ ...portfolio, customers: [{ ...M1, strategic: true }] }, defaultPolicy, AS_OF).customers[0];
    expect(r.manualReview).toBe(true);
    expect(r.reasons).toContain("reasonStrategic");
  });

  it("with a scorecard: 600 points → PD 1/51 ≈ 1.96 % → grade C (the best grade whose PD is ≥ it)", () => {
    const card = parseScorecard([
      ["Factor", "From", "To", "Category", "Points"],
      ["External Score", null, 50, null, 20],
      ["External Score", 50, null, null, 60],
      ["Segment", null, null, "Mid", 540],
      ["Segment", null, null, "(missing)", 500],
    ]);
    const r = runReview(portfolio, defaultPolicy, AS_OF, card).customers[0];
    expect(r).toMatchObject({ scoreSource: "scorecard", score: 600, grade: "C" });
    expect(r.pd).toBeCloseTo(1 / 51, 12);
  });

  it("a value no scorecard row matches: no score, worst grade, thin data → manual review", () => {
    const card = parseScorecard([["Factor", "From", "To", "Category", "Points"], ["Segment", null, null, "Large", 500]]);
    const r = runReview(portfolio, defaultPolicy, AS_OF, card).customers[0];
    expect(r).toMatchObject({ score: undefined, grade: "E", manualReview: true, missingFactors: ["Segment"] });
  });
});

describe("gradeFromPd and reviewSettings", () => {
  it.each([[0.004, "A"], [0.005, "A"], [0.008, "B"], [0.2, "E"], [0.5, "E"]])("PD %p → %s", (pd, grade) => {
    expect(gradeFromPd(pd, defaultPolicy)).toBe(grade);
  });
  it("the review reads its thresholds from the policy", () => {
    expect(reviewSettings(defaultPolicy)).toEqual({
      bucketLimits: [30, 60, 90], lossRates: [0.005, 0.02, 0.05, 0.15, 0.5], lgd: 0.45, grades: ["A", "B", "C", "D", "E"],
      alerts: { scoreDrop: 10, scoreFloor: 35, concentrationCap: 0.1, delinquencyDays: 60 }, thinDataMonths: 6,
    });
  });
});
