import { dsoCountback } from "../../../src/core/receivables/dsoCountback";
import { thrown } from "../../helpers/thrown";

describe("dsoCountback", () => {
  // Benji Pays, "Mastering DSO calculation: the count-back method explained"
  // (https://support.benjipays.com/support/solutions/articles/150000179580): receivables 212,000, sales of the
  // last three months 70,000, 80,000 and 100,000 (latest last), 30 days a month. Month 3 and month 2 are
  // exhausted (60 days, 32,000 left); month 1 contributes 32,000 / 70,000 × 30 = 13.71 days → 73.71 days
  // (Mesha's summary of the same example: "DSO = 73.7 days").
  it("reproduces the Benji Pays worked example: 73.71 days", () => {
    const result = dsoCountback(212_000, [70_000, 80_000, 100_000]);
    expect(result).toBeCloseTo(60 + (32_000 / 70_000) * 30, 12);
    expect(result.toFixed(1)).toBe("73.7");
  });

  // Microsoft Tech Community, "DSO count back method" (https://techcommunity.microsoft.com/t5/excel/dso-count-back-method/td-p/4157003):
  // 28-day periods, outstanding 12,000,000, sales P5 5,000,000, P4 6,000,000, P3 6,000,000:
  // 28 + 28 + 1,000,000 / 6,000,000 × 28 = 60.67 days ("61 days" after the poster rounds 4.67 up to 5).
  it("reproduces the 28-day-period example: 60.67 days", () => {
    expect(dsoCountback(12_000_000, [6_000_000, 6_000_000, 5_000_000], 28)).toBeCloseTo(56 + 28 / 6, 12);
  });

  it("uses the actual days of each month when given (Jan–Mar 2026: 31, 28, 31)", () => {
    // March and February exhausted (31 + 28 days), then January: 31 × 32,000 / 70,000.
    expect(dsoCountback(212_000, [70_000, 80_000, 100_000], [31, 28, 31])).toBeCloseTo(59 + (31 * 32) / 70, 12);
  });

  it("is the latest month's days when receivables equal its sales exactly", () => {
    expect(dsoCountback(100_000, [70_000, 80_000, 100_000])).toBe(30);
  });

  it("is a fraction of the latest month when receivables are below its sales", () => {
    expect(dsoCountback(25_000, [70_000, 80_000, 100_000])).toBe(7.5);
  });

  it("is 0 for no receivables", () => {
    expect(dsoCountback(0, [70_000, 80_000, 100_000])).toBe(0);
  });

  it("uses every month when receivables equal all the sales: not beyond them", () => {
    expect(dsoCountback(250_000, [70_000, 80_000, 100_000])).toBe(90);
  });

  it("gives #NUM! for receivables beyond all months", () => {
    const error = thrown(() => dsoCountback(250_000.01, [70_000, 80_000, 100_000]));
    expect([error.kind, error.code]).toEqual(["num", "countbackBeyondMonths"]);
    expect(error.message).toBe(
      "receivables (250,000.01) exceed all the monthly_sales given (250,000.00); add earlier months.",
    );
  });

  it("adds the full days of a month with zero sales inside the walk, without dividing by zero", () => {
    // 100 exhausts the latest month (30 days, 20 left); the empty month adds 30; then 30 × 20 / 50 = 12.
    expect(dsoCountback(120, [50, 0, 100])).toBe(72);
  });

  it("stops when the receivables are exhausted, before an empty month", () => {
    expect(dsoCountback(100, [50, 0, 100])).toBe(30);
  });

  it("gives #NUM! when only months without sales are left", () => {
    expect(thrown(() => dsoCountback(10, [0, 0])).code).toBe("countbackBeyondMonths");
  });

  it("subtracts exactly: 0.3 against sales 0.1 and 0.2 is exactly two months", () => {
    // In floating point 0.3 − 0.2 = 0.09999999999999998 < 0.1, which would give 59.99999999999999.
    expect(0.3 - 0.2 < 0.1).toBe(true);
    expect(dsoCountback(0.3, [0.1, 0.2])).toBe(60);
  });

  it("rejects bad inputs with the error kind Excel shows", () => {
    expect(thrown(() => dsoCountback(100, [])).kind).toBe("value");
    expect(thrown(() => dsoCountback(-1, [100])).code).toBe("argumentNegative");
    expect(thrown(() => dsoCountback(NaN, [100])).kind).toBe("num");
    expect(thrown(() => dsoCountback(100, [100, -5])).params).toEqual({ argument: "monthly_sales" });
    expect(thrown(() => dsoCountback(100, [100], 0)).code).toBe("argumentNotPositive");
    expect(thrown(() => dsoCountback(100, [100, 100], [30, -1])).kind).toBe("num");
    const shape = thrown(() => dsoCountback(100, [100, 100], [30]));
    expect([shape.kind, shape.code]).toEqual(["value", "argumentShapeMismatch"]);
  });
});
