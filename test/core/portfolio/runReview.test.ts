/** runReview with the default policy: the review's wiring of the credit rules, checked on one hand-computed customer. */
import { serialFromIso } from "../../../src/core/dates";
import { defaultPolicy } from "../../../src/core/policy";
import { gradeFromPd } from "../../../src/core/portfolio/customerAssessment";
import type { Customer, Invoice, Portfolio } from "../../../src/core/portfolio/model";
import { reviewSettings, runReview } from "../../../src/core/portfolio/review";
import { parseScorecard } from "../../../src/core/scoring/scorecard";

const iso = (t: string) => serialFromIso(t)!;
const AS_OF = iso("2026-06-30");

const M1: Customer = {
  id: "M1",
  name: "Mid One",
  segment: "Mid",
  creditLimit: 50_000,
  insuredLimit: 30_000,
  paymentTerms: 30,
  annualRevenue: 2_000_000,
  totalAssets: 1_000_000,
  totalLiabilities: 400_000,
  currentAssets: 500_000,
  currentLiabilities: 250_000,
  retainedEarnings: 300_000,
  ebit: 150_000,
  equity: 600_000,
  yearsTrading: 12,
  externalScore: 70,
  strategic: false,
  blacklisted: false,
};

/** 12 monthly invoices of 10,000 from 2025-07-01 to 2026-06-01, terms 30; the first ten paid on their due date. */
function invoices(): Invoice[] {
  const out: Invoice[] = [];
  for (let m = 0; m < 12; m++) {
    const year = 2025 + Math.floor((6 + m) / 12),
      month = ((6 + m) % 12) + 1;
    const date = iso(`${year}-${String(month).padStart(2, "0")}-01`);
    const paid = m < 10;
    out.push({
      id: `M1-${m + 1}`,
      customerId: "M1",
      invoiceDate: date,
      dueDate: date + 30,
      amount: 10_000,
      openAmount: paid ? 0 : 10_000,
      paidDate: paid ? date + 30 : undefined,
      disputed: false,
    });
  }
  return out;
}

const portfolio: Portfolio = { customers: [M1], invoices: invoices(), history: [] };

describe("runReview with the default policy on one customer", () => {
  const review = runReview(portfolio, defaultPolicy, AS_OF);
  const m1 = review.customers[0];

  it("ledger figures: exposure 20,000 (one 30 days late, one not due), sales 120,000, DSO 60.83, DBT 0", () => {
    expect(m1).toMatchObject({
      exposure: 20_000,
      aging: [10_000, 10_000, 0, 0, 0],
      sales12m: 120_000,
      monthlySales: 10_000,
      maxDaysPastDue: 30,
      daysBeyondTerms: 0,
      monthsKnown: 11,
    });
    // DSO = exposure / sales12m × 365 = 20,000 / 120,000 × 365 = 365 / 6 = 60.8333…, as CREDIT.DSO defines it
    expect(m1.dso).toBeCloseTo(365 / 6, 10);
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
    expect(m1).toMatchObject({ limitByRules: 20_000, bindingRule: "need" });
    // The 50,000 in force is above the insured cap (30,000 + 10,000): a breach, so reduce, named by the first reduce
    // row that holds; the decided limit is the lower of 20,000 and 50,000 × 0.75 = 37,500 → 20,000.
    expect(m1).toMatchObject({
      action: "reduce",
      actionRule: "limitBreachesPolicy",
      recommendedLimit: 20_000,
      policyBreaches: ["insuredCap"],
    });
    expect(m1).toMatchObject({ approvalLevel: "Credit analyst", approvalReasons: [] });
    expect(m1.reasons).toContain("reasonLimitCut");
    expect(m1.actions).toEqual(["actionReduceLimit", "actionCollect"]);
    expect(m1.manualReview).toBe(false);
  });

  it("EL = 0.5 % × 45 % × 20,000 = 45; uninsured 0; ladder at 30 days for grade A (−10 days) is a phone call", () => {
    expect(m1).toMatchObject({ expectedLoss: 45, uninsured: 0, collectionStage: "phone" });
    expect(review.collections).toEqual([
      expect.objectContaining({
        customerId: "M1",
        overdue: 10_000,
        priority: 300_000,
        stage: "phone",
        disputed: false,
      }),
    ]);
  });

  it("portfolio: provision 10,000 × 0.5 % + 10,000 × 2 % = 250; one customer holds 100 % (> 10 % cap)", () => {
    expect(review.kpis.provision.toString()).toBe("250");
    expect(review.alerts.map((a) => a.rule)).toEqual(["concentration", "limitBreachesPolicy"]);
    expect(review.alerts[1]).toMatchObject({ code: "alertBreachInsuredCap", params: { limit: 50_000, cap: 40_000 } });
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
    const card = parseScorecard([
      ["Factor", "From", "To", "Category", "Points"],
      ["Segment", null, null, "Large", 500],
    ]);
    const r = runReview(portfolio, defaultPolicy, AS_OF, card).customers[0];
    expect(r).toMatchObject({ score: undefined, grade: "E", manualReview: true, missingFactors: ["Segment"] });
  });
});

describe("gradeFromPd and reviewSettings", () => {
  it.each([
    [0.004, "A"],
    [0.005, "A"],
    [0.008, "B"],
    [0.2, "E"],
    [0.5, "E"],
  ])("PD %p → %s", (pd, grade) => {
    expect(gradeFromPd(pd, defaultPolicy)).toBe(grade);
  });
  it("the review reads its thresholds from the policy", () => {
    expect(reviewSettings(defaultPolicy)).toEqual({
      bucketLimits: [30, 60, 90],
      lossRates: [0.005, 0.02, 0.05, 0.15, 0.5],
      lgd: 0.45,
      grades: ["A", "B", "C", "D", "E"],
      alerts: { scoreDrop: 10, scoreFloor: 35, concentrationCap: 0.1, delinquencyDays: 60 },
      thinDataMonths: 6,
      decisions: defaultPolicy.decisions,
      warningCut: 0.25,
      roundingStep: 1_000,
      reduceTolerance: 0.1,
      noIncreaseFromGrade: "D",
      temporaryLimits: { maxUplift: 0.5, maxDays: 92, expiryWarningDays: 14 },
      blacklist: { listAfterDays: 180, releaseMonths: 12, releaseMinGrade: "B", probationMonths: 6 },
      disputes: { escalationDays: 45, insurerNotificationDays: 90 },
      ceiOpeningTolerance: 0.05,
    });
  });
});

describe("a customer known for two months: its run rate, not a year's average (issue 15)", () => {
  // Won on 2026-05-01 (60 days before as-of): two invoices of 10,000, terms 30; the first paid on its due date.
  const N: Customer = {
    id: "N",
    name: "New One",
    segment: "Mid",
    paymentTerms: 30,
    creditLimit: 2_800_000,
    strategic: false,
    blacklisted: false,
  };
  const invs: Invoice[] = [
    {
      id: "N-1",
      customerId: "N",
      invoiceDate: AS_OF - 60,
      dueDate: AS_OF - 30,
      amount: 10_000,
      openAmount: 0,
      paidDate: AS_OF - 30,
      disputed: false,
    },
    {
      id: "N-2",
      customerId: "N",
      invoiceDate: AS_OF - 30,
      dueDate: AS_OF,
      amount: 10_000,
      openAmount: 10_000,
      disputed: false,
    },
  ];
  const r = runReview({ customers: [N], invoices: invs, history: [] }, defaultPolicy, AS_OF);
  const n = r.customers[0];

  it("sales of 20,000 over 61 days known = 61 × 12 ÷ 365 = 2.0055 months: 9,972.68 a month, DSO 10,000 ÷ 20,000 × 61 = 30.5", () => {
    expect(n.salesMonths).toBeCloseTo((61 * 12) / 365, 12);
    expect(n.monthlySales).toBeCloseTo(20_000 / ((61 * 12) / 365), 9);
    expect(n.dso).toBeCloseTo(30.5, 10);
  });

  it("its need 9,972.68 × (30 + 30) ÷ 30 = 19,945 meets the new-customer cap 10,000 (a year's average would give 3,000)", () => {
    expect(n).toMatchObject({ limitByRules: 10_000, bindingRule: "newCustomerCap" });
  });

  it("2,800,000 in force on a two-month-old customer breaches the new-customer cap: flagged and reduced to 10,000", () => {
    expect(n.policyBreaches).toEqual(["newCustomerCap"]);
    expect(r.alerts.find((a) => a.rule === "limitBreachesPolicy")).toMatchObject({
      code: "alertBreachNewCustomerCap",
      params: { limit: 2_800_000, cap: 10_000 },
    });
    expect(n).toMatchObject({ action: "reduce", actionRule: "limitBreachesPolicy", recommendedLimit: 10_000 });
  });
});

describe("CEI's opening receivables from the ledger where it reaches back, from ReviewHistory otherwise (issue 15)", () => {
  const C: Customer = {
    id: "C",
    name: "Cee",
    segment: "Mid",
    creditLimit: 50_000,
    strategic: false,
    blacklisted: false,
  };
  const inv = (id: string, date: string, due: string, amount: number, open: number, paid?: string): Invoice => ({
    id,
    customerId: "C",
    invoiceDate: iso(date),
    dueDate: iso(due),
    amount,
    openAmount: open,
    paidDate: paid ? iso(paid) : undefined,
    disputed: false,
  });
  const invoices = [
    inv("I1", "2025-01-15", "2025-02-14", 5_000, 0, "2025-02-14"), // reaches back more than a year before 2026-03-31
    inv("I2", "2026-03-01", "2026-03-31", 8_000, 0, "2026-04-20"), // open on 2026-03-31, paid after
    inv("I3", "2026-03-15", "2026-04-14", 6_000, 6_000), // open then and now
    inv("I4", "2026-02-01", "2026-03-03", 4_000, 0, "2026-03-20"), // paid before the previous review
    inv("I5", "2026-05-01", "2026-05-31", 7_000, 7_000), // sold since
  ];
  const history = [{ reviewDate: iso("2026-03-31"), customerId: "C", exposure: 20_000 }];

  it("opening = 8,000 + 6,000 = 14,000 from the ledger; history's 20,000 differs by more than 5 %: flagged", () => {
    const k = runReview({ customers: [C], invoices, history }, defaultPolicy, AS_OF).kpis;
    expect(k.ceiOpening).toEqual({ source: "ledger", amount: 14_000, ledger: 14_000, history: 20_000, differs: true });
    // CEI = (B + S ÷ 3 − E) ÷ (B + S ÷ 3 − Ecur) = (14,000 + 7,000/3 − 13,000) ÷ (14,000 + 7,000/3 − 0)
    expect(k.cei).toBeCloseTo((14_000 + 7_000 / 3 - 13_000) / (14_000 + 7_000 / 3), 12);
  });

  it("a list of open items (no paid dates) cannot say what was open then: history's 20,000, nothing to flag", () => {
    const openItems = invoices.map((i) => ({ ...i, paidDate: undefined }));
    const k = runReview({ customers: [C], invoices: openItems, history }, defaultPolicy, AS_OF).kpis;
    expect(k.ceiOpening).toEqual({
      source: "history",
      amount: 20_000,
      ledger: undefined,
      history: 20_000,
      differs: false,
    });
  });
});
