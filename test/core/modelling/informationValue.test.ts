import {
  categoricalInformationValue,
  MISSING_BIN,
  numericBinLabel,
  quantileInformationValue,
} from "../../../src/core/modelling/informationValue";

describe("information value of categories", () => {
  it("sums the IV parts: ½·ln 2 + ¼·ln 2 when one category has no goods (taken as 0.5)", () => {
    // A: goods 2 of 2, bads 1 of 2 → ln((2/2)/(1/2)) = ln 2, part ½·ln 2; B: goods 0 → 0.5 of 2, bads 1 of 2 →
    // ln((0.25)/(0.5)) = −ln 2, part (−¼)(−ln 2)
    expect(categoricalInformationValue(["A", "A", "A", "B"], [0, 0, 1, 1]).iv).toBeCloseTo(0.75 * Math.log(2), 12);
  });
});

describe("information value of a number cut into quantile bins", () => {
  it("cuts 1…8 into four bins of two and sums the IV parts", () => {
    // Bins [1,3) [3,5) [5,7) [7,+∞): goods 2/1/1/0, bads 0/1/1/2 (4 goods, 4 bads).
    // WOE: ln((2/4)/(0.5/4)) = ln 4, 0, 0, ln((0.5/4)/(2/4)) = −ln 4; IV = 2 × (0.5 − 0.125) × ln 4 = 0.75 ln 4.
    const t = quantileInformationValue([1, 2, 3, 4, 5, 6, 7, 8], [0, 0, 0, 1, 0, 1, 1, 1], 4);
    expect(t.rows.map((r) => r.key)).toEqual([
      { from: undefined, to: 3 },
      { from: 3, to: 5 },
      { from: 5, to: 7 },
      { from: 7, to: undefined },
    ]);
    expect(t.rows.map((r) => r.woe)).toEqual([Math.log(4), 0, 0, -Math.log(4)]);
    expect(t.iv).toBeCloseTo(0.75 * Math.log(4), 12);
  });

  it("keeps tied values in one bin, so a constant column has one bin and IV 0", () => {
    const t = quantileInformationValue([5, 5, 5, 5], [0, 1, 0, 1], 10);
    expect(t.rows).toHaveLength(1);
    expect(t.iv).toBe(0);
  });
});

describe("information value with missing numbers", () => {
  it("puts undefined values in a missing bin of their own, last, and cuts from the numbers only", () => {
    const t = quantileInformationValue([1, 2, undefined, 3, 4, undefined], [0, 0, 1, 1, 1, 1], 2);
    expect(t.rows.map((r) => r.key)).toEqual([{ from: undefined, to: 3 }, { from: 3, to: undefined }, MISSING_BIN]);
    expect(t.rows.map((r) => [r.goods, r.bads])).toEqual([
      [2, 0],
      [0, 2],
      [0, 2],
    ]);
  });
});

describe("numeric bin labels", () => {
  it("write From ≤ v < To with open ends as infinities", () => {
    expect([numericBinLabel({ to: 3 }), numericBinLabel({ from: 3, to: 5 }), numericBinLabel({ from: 5 })]).toEqual([
      "(-∞, 3)",
      "[3, 5)",
      "[5, +∞)",
    ]);
  });
});
