import { populationStability, PSI_SHARE_FLOOR } from "../../../src/core/modelling/populationStability";

describe("population stability index", () => {
  // Hand example: expected 50 % / 50 %, actual 60 % / 40 %:
  // (0.6 − 0.5) ln(0.6/0.5) + (0.4 − 0.5) ln(0.4/0.5) = 0.1 × 0.182322 + 0.1 × 0.223144 = 0.0405465.
  it("is Σ (a − e) ln(a ÷ e) over bins", () => {
    expect(populationStability([0.5, 0.5], [0.6, 0.4])).toBeCloseTo(0.0405465, 7);
  });

  it("accepts counts as well as shares (each side normalised)", () => {
    expect(populationStability([500, 500], [300, 200])).toBeCloseTo(populationStability([0.5, 0.5], [0.6, 0.4]), 15);
  });

  it("is 0 for the same distribution", () => {
    expect(populationStability([1, 2, 3], [10, 20, 30])).toBeCloseTo(0, 15);
  });

  it("gives an empty bin the share floor 0.0001 instead of an infinite PSI", () => {
    // e = (1, 0.0001), a = (0.5, 0.5): −0.5 ln 0.5 + 0.4999 ln 5000 = 0.3465736 + 4.2577449 = 4.6043185
    expect(PSI_SHARE_FLOOR).toBe(0.0001);
    expect(populationStability([10, 0], [5, 5])).toBeCloseTo(4.6043185, 6);
  });

  it("rejects different numbers of bins, negative counts and a zero total", () => {
    expect(() => populationStability([1, 2], [1, 2, 3])).toThrow(
      expect.objectContaining({ kind: "value", code: "psiBinCount" }),
    );
    expect(() => populationStability([1, -2], [1, 2])).toThrow(
      expect.objectContaining({ kind: "num", code: "argumentNegative" }),
    );
    expect(() => populationStability([0, 0], [1, 2])).toThrow(
      expect.objectContaining({ kind: "div0", code: "psiTotalZero" }),
    );
  });
});
