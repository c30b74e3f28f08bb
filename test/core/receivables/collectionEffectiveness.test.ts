import { collectionEffectiveness } from "../../../src/core/receivables/collectionEffectiveness";

describe("collectionEffectiveness", () => {
  // CreditGuru, "Collection Effectiveness Index (CEI)"
  // (http://www.creditguru.com/index.php/collection-management/collection-metrics/collection-effectiveness-index-cei):
  // Jan–Mar, beginning receivables 6,200, credit sales 10,890 over N = 3 months, ending receivables 6,340, ending
  // current 3,590. Monthly credit sales 10,890 / 3 = 3,630: (6,200 + 3,630 − 6,340) / (6,200 + 3,630 − 3,590)
  // = 3,490 / 6,240 = 55.9 %.
  it("reproduces CreditGuru's three-month example with months: 55.9 %", () => {
    const cei = collectionEffectiveness(6_200, 10_890, 6_340, 3_590, 3);
    expect(cei).toBeCloseTo(3_490 / 6_240, 15);
    expect((cei * 100).toFixed(1)).toBe("55.9");
  });

  // The same aged trial balance worked without N (https://wizedu.com/questions/116374/sales-on-credit-terms-ar-balance-current-31-60-61): (6,200 + 10,890 − 6,340)
  // / (6,200 + 10,890 − 3,590) = 10,750 / 13,500 = 79.63 %.
  it("uses credit_sales as given without months: 79.63 % on the same figures", () => {
    expect(collectionEffectiveness(6_200, 10_890, 6_340, 3_590)).toBeCloseTo(10_750 / 13_500, 15);
  });

  // Gaviti, "What is collection effectiveness index" (https://gaviti.com/?p=3708): a year with 100,000 beginning
  // receivables, 1,000,000 credit sales, 120,000 ending and 100,000 current: 980,000 / 1,000,000 = 98 %.
  it("reproduces Gaviti's one-year example: 98 %", () => {
    expect(collectionEffectiveness(100_000, 1_000_000, 120_000, 100_000)).toBe(0.98);
  });

  it("is 1 when everything due was collected (ending receivables all current)", () => {
    expect(collectionEffectiveness(500, 1_000, 700, 700)).toBe(1);
  });

  it("is 0 when nothing was collected", () => {
    expect(collectionEffectiveness(500, 1_000, 1_500, 700)).toBe(0);
  });

  it("is exact on decimal amounts", () => {
    // (0.1 + 0.2 − 0.1) / (0.1 + 0.2 − 0.2) = 0.2 / 0.1 = 2 exactly, although 0.1 + 0.2 − 0.2 ≠ 0.1 in floats.
    expect(collectionEffectiveness(0.1, 0.2, 0.1, 0.2)).toBe(2);
  });

  it("gives #DIV/0! when nothing was available beyond current receivables", () => {
    expect(() => collectionEffectiveness(0, 0, 0, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => collectionEffectiveness(300, 900, 1_500, 600, 3)).toThrow(expect.objectContaining({ kind: "div0" }));
  });

  it("gives #NUM! when current receivables exceed what was available to collect", () => {
    expect(() => collectionEffectiveness(100, 100, 500, 400)).toThrow(
      expect.objectContaining({ kind: "num", code: "ceiNothingToCollect" }),
    );
  });

  it("gives #NUM! for negative inputs and for months that are not a whole number ≥ 1", () => {
    expect(() => collectionEffectiveness(-1, 100, 10, 5)).toThrow(
      expect.objectContaining({ kind: "num", params: { argument: "beginning_receivables" } }),
    );
    expect(() => collectionEffectiveness(100, 100, 10, NaN)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => collectionEffectiveness(100, 100, 10, 5, 0)).toThrow(
      expect.objectContaining({ code: "argumentNotPositive" }),
    );
    expect(() => collectionEffectiveness(100, 100, 10, 5, 2.5)).toThrow(
      expect.objectContaining({ code: "argumentNotInteger" }),
    );
  });
});
