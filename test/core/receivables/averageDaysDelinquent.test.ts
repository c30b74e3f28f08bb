import { averageDaysDelinquent } from "../../../src/core/receivables/averageDaysDelinquent";
import { bestPossibleDso } from "../../../src/core/receivables/bestPossibleDso";
import { dso } from "../../../src/core/receivables/dso";

describe("averageDaysDelinquent", () => {
  // Average Days Delinquent calculator (http://waycalculator.com/finance/Average-Days-Delinquent-Calculator.php):
  // ADD = DSO − BPDSO, "7 (DSO) − 3 (BPDSO) = 4 days". With 365,000 of credit sales over 365 days, receivables
  // of 7,000 give DSO 7 and current receivables of 3,000 give BPDSO 3.
  it("reproduces the calculator's example: 7 − 3 = 4 days", () => {
    expect(dso(7_000, 365_000)).toBe(7);
    expect(bestPossibleDso(3_000, 365_000)).toBe(3);
    expect(averageDaysDelinquent(7_000, 3_000, 365_000)).toBe(4);
  });

  it("is DSO minus BPDSO: 60 − 40 = 20 days", () => {
    expect(averageDaysDelinquent(1_500_000, 1_000_000, 9_125_000)).toBe(20);
  });

  it("is 0 when nothing is overdue", () => {
    expect(averageDaysDelinquent(1_000, 1_000, 12_000, 360)).toBe(0);
  });

  it("is computed in one exact step, not as the difference of two rounded figures", () => {
    // DSO and BPDSO here are 33.3… and 23.3…; their float difference is 10.000000000000004, the exact ADD is 10.
    expect(dso(100, 300, 100) - bestPossibleDso(70, 300, 100)).not.toBe(10);
    expect(averageDaysDelinquent(100, 70, 300, 100)).toBe(10);
  });

  it("is negative when overdue credit notes exceed overdue invoices", () => {
    expect(averageDaysDelinquent(900, 1_000, 36_500)).toBe(-1);
  });

  it("gives #DIV/0! for zero credit sales and #NUM! for a non-positive period", () => {
    expect(() => averageDaysDelinquent(100, 50, 0)).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => averageDaysDelinquent(100, 50, 10, -1)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});
