import fc from "fast-check";
import Decimal from "decimal.js";
import { recommendedLimit } from "../../../src/core/limits/recommendedLimit";
import { parsePolicy } from "../../../src/core/policy/parsePolicy";

// Worked example (default policy): monthly sales 100,000 on 60-day terms.
// need = 100,000 × (60 + 30) ÷ 30 = 300,000 — three months of sales: two on terms plus one to notice and stop.
// Each cap below is then made binding in turn, as in a trade-credit insurer's limit decision.
const base = { monthlySales: 100_000, termsDays: 60, grade: "B" };

describe("recommendedLimit", () => {
  it("need = monthly sales × (terms + 30) ÷ 30 when no cap applies", () => {
    expect(recommendedLimit(base)).toEqual({ limit: 300_000, bindingRule: "need", need: 300_000, caps: [] });
  });

  it("net worth cap: 15 % of 1,500,000 for grade B = 225,000", () => {
    expect(recommendedLimit({ ...base, netWorth: 1_500_000 })).toEqual(
      expect.objectContaining({ limit: 225_000, bindingRule: "netWorthCap" }),
    );
    // Grade A allows 20 %: 300,000 is not above it, so need binds.
    expect(recommendedLimit({ ...base, grade: "A", netWorth: 1_500_000 }).bindingRule).toBe("need");
  });

  it("negative net worth or working capital caps the limit at 0", () => {
    expect(recommendedLimit({ ...base, netWorth: -5 })).toEqual(
      expect.objectContaining({ limit: 0, bindingRule: "netWorthCap" }),
    );
    expect(recommendedLimit({ ...base, workingCapital: -5 })).toEqual(
      expect.objectContaining({ limit: 0, bindingRule: "workingCapitalCap" }),
    );
  });

  it("working capital cap: 20 % of 1,000,000 = 200,000", () => {
    expect(recommendedLimit({ ...base, workingCapital: 1_000_000 })).toEqual(
      expect.objectContaining({ limit: 200_000, bindingRule: "workingCapitalCap" }),
    );
  });

  it("insured cap: insured limit 150,000 + tolerance 10,000 = 160,000", () => {
    expect(recommendedLimit({ ...base, insuredLimit: 150_000 })).toEqual(
      expect.objectContaining({ limit: 160_000, bindingRule: "insuredCap" }),
    );
  });

  it("staged release: a customer known 4 months is capped at the new-customer limit 10,000; at 6 months no longer", () => {
    expect(recommendedLimit({ ...base, monthsKnown: 4 })).toEqual(
      expect.objectContaining({ limit: 10_000, bindingRule: "newCustomerCap" }),
    );
    expect(recommendedLimit({ ...base, monthsKnown: 6 }).bindingRule).toBe("need");
  });

  it("increase cap: current 100,000 may rise by 50 % to 150,000; a decrease applies at once", () => {
    expect(recommendedLimit({ ...base, currentLimit: 100_000 })).toEqual(
      expect.objectContaining({ limit: 150_000, bindingRule: "increaseCap" }),
    );
    expect(recommendedLimit({ ...base, currentLimit: 1_000_000 })).toEqual(
      expect.objectContaining({ limit: 300_000, bindingRule: "need" }),
    );
  });

  it("a current limit of 0 is no limit yet: no increase cap", () => {
    expect(recommendedLimit({ ...base, currentLimit: 0 }).caps).toEqual([]);
  });

  it("the smallest cap binds and every applicable cap is listed in order", () => {
    const r = recommendedLimit({
      ...base,
      netWorth: 1_500_000,
      workingCapital: 1_000_000,
      insuredLimit: 150_000,
      currentLimit: 100_000,
    });
    expect(r.bindingRule).toBe("increaseCap");
    expect(r.caps.map((c) => [c.rule, c.amount])).toEqual([
      ["netWorthCap", 225_000],
      ["workingCapitalCap", 200_000],
      ["insuredCap", 160_000],
      ["increaseCap", 150_000],
    ]);
  });

  it("on a tie the need binds (it is checked first)", () => {
    expect(recommendedLimit({ ...base, insuredLimit: 290_000 }).bindingRule).toBe("need");
  });

  it("rounds down to the step last: need 123,456.78 → 123,000", () => {
    // monthly 41,152.26 × (0 + 30) ÷ 30 = 41,152.26; with terms 60: × 3 = 123,456.78
    expect(recommendedLimit({ monthlySales: 41_152.26, termsDays: 60, grade: "C" }).limit).toBe(123_000);
    const { policy } = parsePolicy([["Rounding step", 500]]);
    expect(recommendedLimit({ monthlySales: 41_152.26, termsDays: 60, grade: "C" }, policy).limit).toBe(123_000);
    expect(recommendedLimit({ monthlySales: 41_152.26, termsDays: 62, grade: "C" }, policy).limit).toBe(126_000); // 126,200.26 → 126,000
  });

  it("worst grade and blacklist give 0; blacklist is named first", () => {
    expect(recommendedLimit({ ...base, grade: "E" })).toEqual(
      expect.objectContaining({ limit: 0, bindingRule: "worstGrade" }),
    );
    expect(recommendedLimit({ ...base, grade: "e", blacklisted: true })).toEqual(
      expect.objectContaining({ limit: 0, bindingRule: "blacklisted" }),
    );
    const { policy } = parsePolicy([["Worst grade", "D"]]);
    expect(recommendedLimit({ ...base, grade: "D" }, policy).bindingRule).toBe("worstGrade");
  });

  it("an unknown grade is #VALUE! listing the grades; negative sales or terms #NUM!", () => {
    expect(() => recommendedLimit({ ...base, grade: "Z" })).toThrow(
      expect.objectContaining({ kind: "value", params: { grades: "A, B, C, D, E" } }),
    );
    expect(() => recommendedLimit({ ...base, monthlySales: -1 })).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => recommendedLimit({ ...base, termsDays: NaN })).toThrow(expect.objectContaining({ kind: "num" }));
  });

  it("is never negative, never above the need or any cap that applies, and a multiple of the step", () => {
    const amount = fc.double({ min: 0, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 0, max: 365 }),
        fc.constantFrom("A", "B", "C", "D", "E"),
        fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { nil: undefined }),
        fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { nil: undefined }),
        fc.option(amount, { nil: undefined }),
        fc.option(amount, { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
        fc.boolean(),
        (
          monthlySales,
          termsDays,
          grade,
          netWorth,
          workingCapital,
          insuredLimit,
          currentLimit,
          monthsKnown,
          blacklisted,
        ) => {
          const r = recommendedLimit({
            monthlySales,
            termsDays,
            grade,
            netWorth,
            workingCapital,
            insuredLimit,
            currentLimit,
            monthsKnown,
            blacklisted,
          });
          expect(r.limit).toBeGreaterThanOrEqual(0);
          expect(r.limit % 1000).toBe(0);
          expect(r.limit).toBeLessThanOrEqual(r.need);
          for (const c of r.caps) expect(r.limit).toBeLessThanOrEqual(c.amount);
          if (blacklisted || grade === "E") expect(r.limit).toBe(0);
        },
      ),
    );
  });
});

describe("recommendedLimit is exact", () => {
  // Reference: every amount in decimal arithmetic, the minimum floored to the step. The engine ranks in floating
  // point for speed and must still agree to the unit, above all on round amounts that sit exactly on a step.
  const reference = (
    i: {
      monthlySales: number;
      termsDays: number;
      netWorth?: number;
      workingCapital?: number;
      insuredLimit?: number;
      currentLimit?: number;
      monthsKnown?: number;
    },
    share: number,
  ): number => {
    const amounts = [new Decimal(i.monthlySales).times(i.termsDays + 30).div(30)];
    if (i.netWorth !== undefined) amounts.push(Decimal.max(0, new Decimal(i.netWorth).times(share)));
    if (i.workingCapital !== undefined) amounts.push(Decimal.max(0, new Decimal(i.workingCapital).times("0.2")));
    if (i.insuredLimit !== undefined) amounts.push(new Decimal(i.insuredLimit).plus(10_000));
    if (i.monthsKnown !== undefined && i.monthsKnown < 6) amounts.push(new Decimal(10_000));
    if (i.currentLimit !== undefined && i.currentLimit > 0) amounts.push(new Decimal(i.currentLimit).times("1.5"));
    const min = Decimal.min(...amounts);
    return min.lte(0) ? 0 : min.div(1000).floor().times(1000).toNumber();
  };
  const round = fc.integer({ min: 0, max: 2_000 }).map((k) => k * 500);
  const cents = fc.integer({ min: -100_000_000, max: 1_000_000_000 }).map((c) => c / 100);
  const amount = fc.oneof(round, cents, fc.integer({ min: 0, max: 3_000_000 }));

  it("agrees with an all-decimal reference on round and odd amounts", () => {
    fc.assert(
      fc.property(
        fc.oneof(round, cents.map(Math.abs)),
        fc.constantFrom(0, 15, 30, 45, 60, 90),
        fc.option(amount, { nil: undefined }),
        fc.option(amount, { nil: undefined }),
        fc.option(amount.map(Math.abs), { nil: undefined }),
        fc.option(amount.map(Math.abs), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 24 }), { nil: undefined }),
        (monthlySales, termsDays, netWorth, workingCapital, insuredLimit, currentLimit, monthsKnown) => {
          const input = { monthlySales, termsDays, netWorth, workingCapital, insuredLimit, currentLimit, monthsKnown };
          expect(recommendedLimit({ ...input, grade: "C" }).limit).toBe(reference(input, 0.1));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("a need of exactly 300,000.00 is not floored to 299,000 by floating point", () => {
    // 0.1 × 3 is 0.30000000000000004 in floating point; amounts built from such sums must still land on the step.
    expect(recommendedLimit({ monthlySales: 100_000, termsDays: 60, grade: "C" }).limit).toBe(300_000);
    expect(recommendedLimit({ monthlySales: 33_333.34, termsDays: 60, grade: "C" }).limit).toBe(100_000); // 100,000.02
    expect(recommendedLimit({ monthlySales: 33_333.33, termsDays: 60, grade: "C" }).limit).toBe(99_000); // 99,999.99
  });
});
