import { CreditError } from "../../../src/core/errors";
import { bestPossibleDso } from "../../../src/core/receivables/bestPossibleDso";
import { dso } from "../../../src/core/receivables/dso";

describe("bestPossibleDso", () => {
  // Apruve, "What is best possible days sales outstanding?"
  // (https://apruve.com/faq/what-is-best-possible-days-sales-outstanding): BPDSO = current receivables ÷ total
  // credit sales × days. Current 1,000,000 of 9,125,000 annual credit sales: 1,000,000 / 9,125,000 × 365 = 40 days.
  it("is not-yet-due receivables over credit sales times the days", () => {
    expect(bestPossibleDso(1_000_000, 9_125_000)).toBe(40);
    expect(bestPossibleDso(300, 900, 90)).toBe(30);
  });

  it("equals DSO when nothing is overdue", () => {
    expect(bestPossibleDso(1_500_000, 9_125_000)).toBe(dso(1_500_000, 9_125_000));
  });

  it("is exact on decimal amounts", () => {
    // 0.7 / 0.3 × 0.3 is 0.7 exactly in decimal; in floats it is 0.7000000000000001.
    expect((0.7 / 0.3) * 0.3).not.toBe(0.7);
    expect(bestPossibleDso(0.7, 0.3, 0.3)).toBe(0.7);
  });

  it("gives #DIV/0! for zero credit sales and #NUM! for a non-positive period", () => {
    expect(() => bestPossibleDso(100, 0)).toThrow(expect.objectContaining({ kind: "div0", code: "denominatorZero" }));
    expect(() => bestPossibleDso(100, 10, 0)).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => bestPossibleDso(100, 10, NaN)).toThrow(CreditError);
  });
});
