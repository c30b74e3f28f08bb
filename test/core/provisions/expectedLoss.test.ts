import { checkUnitInterval, expectedCreditLoss, expectedLoss } from "../../../src/core/provisions/expectedLoss";

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
