/**
 * The rows behind each number of the review, on the three-customer fixture ledger (reviewFixture.ts) and the
 * decided review (decidedReview.ts). Every expected row is worked out from the fixture's invoices below; every
 * drill-down must add up to the number the pane shows (the JSON summary's figure).
 *
 * The ledger at 2026-06-30, loss rates 1 / 2 / 5 / 10 / 50 %, LGD 50 %, PD A 1 %, B 5 %, C 20 %:
 *   A (limit 1,000, score 80 → grade A): 400 not due, −50 credit note 1–30, 300 31–60, 200 over 90 → exposure 850,
 *     overdue 850 − 400 = 450; sales of the last 365 days 400 + 300 + 200 − 50 + 1,000 + 500 = 2,350 (the 700 dated
 *     exactly a year ago is outside).
 *   B (limit 5,000, score 50 → grade B): 6,000 not due (the 999 invoice is after as-of) → exposure 6,000, over its
 *     limit by 1,000, overdue 0, sales 6,000.
 *   C (limit 100, score 10 → grade C): 100.1 over 90 → exposure 100.1, over its limit by 0.1, overdue 100.1,
 *     sales 100.1.
 */
import { reviewPortfolio } from "../../src/core/portfolio/review";
import type { CustomerReview, Review } from "../../src/core/portfolio/reviewTypes";
import { customerProvision, rowsBehind, type DrillTarget } from "../../src/workbook/drillDown";
import { reviewSummary } from "../../src/workbook/reviewSummary";
import { decidedReview } from "../fixtures/decidedReview";
import { AS_OF, assess, portfolio, settings } from "../fixtures/reviewFixture";

const review = reviewPortfolio(portfolio, AS_OF, settings, assess);
const summary = reviewSummary(review, []);

/** The rows as [customer id, …values], for short expectations. */
const table = (r: Review, target: DrillTarget) =>
  rowsBehind(r, target).rows.map((row) => [row.customerId, ...row.values]);

describe("the rows behind each KPI tile", () => {
  it("open receivables: every customer owing something, by exposure; Σ = 6,000 + 850 + 100.1 = 6,950.1", () => {
    const drill = rowsBehind(review, { kind: "open" });
    expect(drill.columns).toEqual(["exposure"]);
    expect(table(review, { kind: "open" })).toEqual([
      ["B", 6000],
      ["A", 850],
      ["C", 100.1],
    ]);
    expect(drill.totals).toEqual([6950.1]);
    expect(drill.totals[0]).toBe(summary.openReceivables);
  });

  it("overdue: A 450 and C 100.1 (B owes nothing overdue); Σ 550.1 ÷ 6,950.1 is the tile's share", () => {
    const drill = rowsBehind(review, { kind: "overdue" });
    expect(drill.columns).toEqual(["overdue", "exposure"]);
    expect(table(review, { kind: "overdue" })).toEqual([
      ["A", 450, 850],
      ["C", 100.1, 100.1],
    ]);
    expect(drill.totals).toEqual([550.1, 950.1]);
    expect(drill.totals[0]).toBe(summary.overdueReceivables);
    expect(drill.totals[0]! / summary.openReceivables).toBe(summary.overdueReceivables / summary.openReceivables);
  });

  it("DSO: exposure and sales per customer; Σ 6,950.1 ÷ Σ 8,450.1 × 365 is the DSO", () => {
    const drill = rowsBehind(review, { kind: "dso" });
    expect(drill.columns).toEqual(["exposure", "sales12m"]);
    expect(table(review, { kind: "dso" })).toEqual([
      ["B", 6000, 6000],
      ["A", 850, 2350],
      ["C", 100.1, 100.1],
    ]);
    // 6,000 + 2,350 + 100.1 = 8,450.1
    expect(drill.totals).toEqual([6950.1, 8450.1]);
    expect(summary.creditSales365).toBe(8450.1);
    expect((drill.totals[0]! / drill.totals[1]!) * 365).toBeCloseTo(summary.dso!, 10);
  });

  it("best possible DSO: not yet due (A 400, B 6,000) and sales; Σ 6,400 ÷ 8,450.1 × 365", () => {
    const drill = rowsBehind(review, { kind: "bpdso" });
    expect(drill.columns).toEqual(["notDue", "sales12m"]);
    // C has nothing not yet due but sold 100.1 in the year: it is in the denominator, so it is a row.
    expect(table(review, { kind: "bpdso" })).toEqual([
      ["B", 6000, 6000],
      ["A", 400, 2350],
      ["C", 0, 100.1],
    ]);
    expect(drill.totals).toEqual([6400, 8450.1]);
    expect((drill.totals[0]! / drill.totals[1]!) * 365).toBeCloseTo(summary.bpdso!, 10);
  });

  it("provision: each customer's aging × the loss rates; Σ 118 + 60 + 50.05 = 228.05, the matrix exactly", () => {
    // A: 400 × 1 % − 50 × 2 % + 300 × 5 % + 200 × 50 % = 4 − 1 + 15 + 100 = 118
    // B: 6,000 × 1 % = 60;  C: 100.1 × 50 % = 50.05
    const drill = rowsBehind(review, { kind: "provision" });
    expect(drill.columns).toEqual(["provision", "exposure"]);
    expect(table(review, { kind: "provision" })).toEqual([
      ["A", 118, 850],
      ["B", 60, 6000],
      ["C", 50.05, 100.1],
    ]);
    expect(drill.totals[0]).toBe(228.05);
    expect(drill.totals[0]).toBe(summary.provisionMatrix);
  });

  it("expected loss: PD × 50 % × exposure; Σ 150 + 10.01 + 4.25 = 164.26", () => {
    // B: 5 % × 50 % × 6,000 = 150;  C: 20 % × 50 % × 100.1 = 10.01;  A: 1 % × 50 % × 850 = 4.25
    const drill = rowsBehind(review, { kind: "expectedLoss" });
    expect(table(review, { kind: "expectedLoss" })).toEqual([
      ["B", 150, 6000],
      ["C", 10.01, 100.1],
      ["A", 4.25, 850],
    ]);
    expect(drill.totals[0]).toBe(164.26);
    expect(drill.totals[0]).toBe(summary.expectedLoss);
  });

  it("top-10 share: the (only) three positive exposures with their shares, which add up to the tile's 100 %", () => {
    const drill = rowsBehind(review, { kind: "top10" });
    expect(drill.columns).toEqual(["exposure", "share"]);
    expect(table(review, { kind: "top10" })).toEqual([
      ["B", 6000, 6000 / 6950.1],
      ["A", 850, 850 / 6950.1],
      ["C", 100.1, 100.1 / 6950.1],
    ]);
    expect(drill.totals[0]).toBe(6950.1);
    expect(drill.totals[1]).toBeCloseTo(summary.top10Share!, 12);
    expect(summary.top10Share).toBe(1);
  });
});

describe("the rows behind the counts: over limit, each action, each grade", () => {
  it("over limit: B by 6,000 − 5,000 = 1,000 and C by 100.1 − 100 = 0.1; as many rows as the count", () => {
    const drill = rowsBehind(review, { kind: "overLimit" });
    expect(drill.columns).toEqual(["overLimitBy", "exposure", "effectiveLimit"]);
    expect(table(review, { kind: "overLimit" })).toEqual([
      ["B", 1000, 6000, 5000],
      ["C", 0.1, 100.1, 100],
    ]);
    expect(drill.rows).toHaveLength(summary.overLimitCustomers);
    expect(drill.rows.map((r) => r.customerId).sort()).toEqual([...summary.overLimitList].sort());
    // Limits do not add up: no total for them.
    expect(drill.totals).toEqual([1000.1, 6100.1, null]);
  });

  it("each action on its own: keep B and @D,1, reduce A, stop C, increase nobody", () => {
    const decided = reviewSummary(decidedReview, []);
    const ids = (action: "increase" | "keep" | "reduce" | "stop") =>
      rowsBehind(decidedReview, { kind: "action", action }).rows.map((r) => r.customerId);
    // Keep: B (exposure 6,000) before @D,1 (a copy of C's line: 100.1).
    expect(ids("keep")).toEqual(["B", "@D,1"]);
    expect(ids("reduce")).toEqual(["A"]);
    expect(ids("stop")).toEqual(["C"]);
    expect(ids("increase")).toEqual([]);
    for (const action of ["increase", "keep", "reduce", "stop"] as const)
      expect(ids(action)).toHaveLength(decided.actions[action]);
    // A's line: exposure 850, limit in force 1,500 (temporary), recommended 750.
    expect(table(decidedReview, { kind: "action", action: "reduce" })).toEqual([["A", 850, 1500, 750]]);
  });

  it("each grade: one customer each, by exposure; an owing-nothing customer still counts in its grade", () => {
    expect(table(review, { kind: "grade", grade: "A" })).toEqual([["A", 850]]);
    expect(table(review, { kind: "grade", grade: "B" })).toEqual([["B", 6000]]);
    expect(table(review, { kind: "grade", grade: "C" })).toEqual([["C", 100.1]]);
    expect(table(review, { kind: "grade", grade: "E" })).toEqual([]);

    // A fourth customer, E, graded B, owing nothing: behind grade B (2 customers) but not behind open receivables.
    const settled: CustomerReview = {
      ...review.customers[1],
      customer: { ...review.customers[1].customer, id: "E" },
      exposure: 0,
      aging: [0, 0, 0, 0, 0],
      overdue: 0,
      sales12m: 0,
    };
    const withE: Review = { ...review, customers: [...review.customers, settled] };
    expect(table(withE, { kind: "grade", grade: "B" })).toEqual([
      ["B", 6000],
      ["E", 0],
    ]);
    expect(table(withE, { kind: "open" }).map((r) => r[0])).toEqual(["B", "A", "C"]);
  });
});

describe("the rows behind each aging bar", () => {
  it("every bucket's customers, with the bucket's amount; each Σ is the bar", () => {
    const keys = Object.keys(summary.aging);
    // Not due: B 6,000, A 400 → 6,400;  1–30: A's credit note −50;  31–60: A 300;  61–90: nobody;  over 90: A 200, C 100.1.
    const expected = [
      [
        ["B", 6000, 6000],
        ["A", 400, 850],
      ],
      [["A", -50, 850]],
      [["A", 300, 850]],
      [],
      [
        ["A", 200, 850],
        ["C", 100.1, 100.1],
      ],
    ];
    expect(keys).toEqual(["current", "d1_30", "d31_60", "d61_90", "d90plus"]);
    keys.forEach((key, bucket) => {
      const drill = rowsBehind(review, { kind: "aging", bucket });
      expect(drill.columns).toEqual(["agingBucket", "exposure"]);
      expect(table(review, { kind: "aging", bucket })).toEqual(expected[bucket]);
      expect(drill.totals[0]).toBe(summary.aging[key]);
    });
    // 6,400 − 50 + 300 + 0 + 300.1 = 6,950.1: the bars add up to open receivables.
    expect(summary.aging).toEqual({ current: 6400, d1_30: -50, d31_60: 300, d61_90: 0, d90plus: 300.1 });
  });
});

describe("a customer's part of the provision matrix", () => {
  it("is Σ bucket × rate, exact in decimal (0.1 × 3 would not be in binary)", () => {
    expect(customerProvision({ aging: [400, -50, 300, 0, 200] }, [0.01, 0.02, 0.05, 0.1, 0.5])).toBe(118);
    // 0.1 × 0.1 + 0.1 × 0.1 + 0.1 × 0.1 = 0.03 exactly (0.1 * 0.1 * 3 in floating point is 0.030000000000000006).
    expect(customerProvision({ aging: [0.1, 0.1, 0.1] }, [0.1, 0.1, 0.1])).toBe(0.03);
  });
});
