import fc from "fast-check";
import { Decimal } from "../../../src/core/money";
import {
  checkUnitInterval,
  expectedCreditLoss,
  expectedLoss,
  ExpectedLossSum,
} from "../../../src/core/provisions/expectedLoss";

describe("expectedLoss", () => {
  // Basel Framework CRE35.2–35.3 (https://www.bis.org/basel_framework/chapter/CRE/35.htm) and CRR Art. 158:
  // EL = PD × LGD and EL amount = EL × EAD. PD 2 %, the foundation-IRB senior unsecured LGD of 45 %, EAD 1,000,000:
  // 0.02 × 0.45 × 1,000,000 = 9,000.
  it("is PD × LGD × EAD: 2 % × 45 % × 1,000,000 = 9,000", () => {
    expect(expectedLoss(0.02, 0.45, 1_000_000).toNumber()).toBe(9_000);
  });

  it("multiplies exactly", () => {
    expect(0.1 * 0.1 * 0.3).not.toBe(0.003);
    expect(expectedLoss(0.1, 0.1, 0.3).toString()).toBe("0.003");
  });

  it("is 0 at the bounds PD 0 or LGD 0, and EAD at PD 1 and LGD 1", () => {
    expect(expectedLoss(0, 0.45, 1_000).toNumber()).toBe(0);
    expect(expectedLoss(0.5, 0, 1_000).toNumber()).toBe(0);
    expect(expectedLoss(1, 1, 1_234.56).toNumber()).toBe(1_234.56);
  });

  it("gives #NUM! for PD or LGD outside [0, 1] and for a negative EAD", () => {
    expect(() => expectedLoss(1.01, 0.45, 1)).toThrow(
      expect.objectContaining({ kind: "num", params: { argument: "pd", min: 0, max: 1 } }),
    );
    expect(() => expectedLoss(0.1, -0.45, 1)).toThrow(
      expect.objectContaining({ kind: "num", params: { argument: "lgd", min: 0, max: 1 } }),
    );
    expect(() => expectedLoss(NaN, 0.45, 1)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => expectedLoss(0.1, 0.45, -1)).toThrow(
      expect.objectContaining({ kind: "num", code: "argumentNegative" }),
    );
  });
});

describe("ExpectedLossSum", () => {
  // The review's portfolio EL: Σ PD × LGD × EAD over customers, each product and the total exact.
  it("returns each EL and totals them exactly: Basel's 9,000 plus 1 % × 45 % × 0.01", () => {
    const sum = new ExpectedLossSum();
    expect(sum.add(0.02, 0.45, 1_000_000)).toBe(9_000);
    expect(sum.add(0.01, 0.45, 0.01)).toBe(0.000045);
    expect(sum.total().toString()).toBe("9000.000045");
  });

  // decimal.js keeps 20 significant digits, so Σ expectedLoss in any order is itself rounded there: the reference
  // is the sum at 60 digits, and the total must agree with it to the 19th significant digit.
  const Wide = Decimal.clone({ precision: 60 });
  it("equals Σ expectedLoss for grade PDs, odd PDs and sub-cent exposures alike", () => {
    const pd = fc.oneof(
      fc.constantFrom(0.005, 0.01, 0.025, 0.06, 0.2, 1, 0),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    const ead = fc.oneof(
      fc.integer({ min: 0, max: 1e12 }).map((c) => c / 100),
      fc.double({ min: 0, max: 1e13, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(pd, ead), { maxLength: 40 }),
        fc.constantFrom(0.45, 0.4, 1, 0.123456789),
        (items, lgd) => {
          const sum = new ExpectedLossSum();
          let reference = new Wide(0);
          for (const [p, e] of items) {
            const exact = expectedLoss(p, lgd, e);
            expect(sum.add(p, lgd, e)).toBe(exact.toNumber());
            reference = reference.plus(new Wide(p).times(lgd).times(e));
          }
          const error = new Wide(sum.total().toString()).minus(reference).abs();
          expect(error.lte(reference.abs().times(1e-19))).toBe(true);
        },
      ),
      { seed: 20261129, numRuns: 300 },
    );
  });

  it("reads an exposure above 2^46 as decimal.js does, where neighbouring cents share one double", () => {
    const sum = new ExpectedLossSum();
    sum.add(1, 1, 86_839_985_467_568.4);
    expect(sum.total().toString()).toBe(expectedLoss(1, 1, 86_839_985_467_568.4).toString());
  });

  it("stays exact when the integer sums would pass 2^53", () => {
    const sum = new ExpectedLossSum();
    for (let i = 0; i < 3; i++) sum.add(1, 1, 40_000_000_000_000.01);
    expect(sum.total().toString()).toBe("120000000000000.03");
  });

  it("gives the same #NUM! errors as expectedLoss", () => {
    const sum = new ExpectedLossSum();
    expect(() => sum.add(1.5, 0.45, 1)).toThrow(
      expect.objectContaining({ kind: "num", params: { argument: "pd", min: 0, max: 1 } }),
    );
    expect(() => sum.add(0.1, 0.45, -1)).toThrow(expect.objectContaining({ code: "argumentNegative" }));
  });
});

describe("expectedCreditLoss", () => {
  // IFRS 9 Illustrative Example 12 (IE74–IE77), the provision matrix's buckets and rates: CU580,000.
  it("sums amount × rate: IFRS 9 Example 12's CU580,000", () => {
    const amounts = [15_000_000, 7_500_000, 4_000_000, 2_500_000, 1_000_000];
    expect(expectedCreditLoss(amounts, [0.003, 0.016, 0.036, 0.066, 0.106]).toNumber()).toBe(580_000);
  });

  it("adds the products exactly", () => {
    expect(0.1 * 0.1 + 0.2 * 0.1).not.toBe(0.03);
    expect(expectedCreditLoss([0.1, 0.2], [0.1, 0.1]).toString()).toBe("0.03");
  });

  it("is 0 for no groups", () => {
    expect(expectedCreditLoss([], []).toNumber()).toBe(0);
  });

  it("gives #VALUE! for lists of different lengths and #NUM! for a rate outside [0, 1]", () => {
    expect(() => expectedCreditLoss([1, 2], [0.1])).toThrow(
      expect.objectContaining({ kind: "value", code: "argumentShapeMismatch" }),
    );
    expect(() => expectedCreditLoss([1], [2])).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => checkUnitInterval(Infinity, "x")).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
