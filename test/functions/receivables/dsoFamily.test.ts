import { add, bpdso, cei, dsoCountback } from "../../../src/functions/functions";

/** An omitted optional range: Excel passes null, although the metadata needs the parameter typed as a matrix. */
const OMITTED = null as unknown as unknown[][];
const excelError = (code: string, message?: string) =>
  expect.objectContaining(message === undefined ? { code } : { code, message });

describe("CREDIT.DSOCOUNTBACK", () => {
  // Benji Pays' countback example (https://support.benjipays.com/support/solutions/articles/150000179580):
  // 212,000 against 70,000, 80,000, 100,000 at 30 days → 60 + 30 × 32,000 / 70,000 = 73.71 days.
  it("walks back from the latest month of a column of monthly sales, 30 days a month by default", () => {
    expect(dsoCountback(212_000, [[70_000], [80_000], [100_000]])).toBeCloseTo(73.714285714285, 10);
  });

  it("reads a row of months as well, and one number of days for every month", () => {
    expect(dsoCountback(12_000_000, [[6_000_000, 6_000_000, 5_000_000]], [[28]])).toBeCloseTo(60.666666666667, 10);
  });

  it("reads the actual days of each month from a range the shape of monthly_sales", () => {
    expect(dsoCountback(212_000, [[70_000], [80_000], [100_000]], [[31], [28], [31]])).toBeCloseTo(
      59 + (31 * 32) / 70,
      12,
    );
  });

  it("takes days_in_month omitted (null) or a blank cell as the default 30", () => {
    expect(dsoCountback(100_000, [[100_000]], OMITTED)).toBe(30);
    expect(dsoCountback(100_000, [[100_000]], [[null]])).toBe(30);
  });

  it("skips blank rows of the sales range", () => {
    expect(dsoCountback(212_000, [[70_000], [null], [80_000], [100_000]])).toBeCloseTo(73.714285714285, 10);
  });

  it("gives #NUM! for receivables beyond all months, with the message", () => {
    expect(() => dsoCountback(300_000, [[70_000], [80_000], [100_000]])).toThrow(
      excelError(
        "#NUM!",
        "receivables (300,000.00) exceed all the monthly_sales given (250,000.00); add earlier months.",
      ),
    );
  });

  it("does not divide by zero on a month without sales", () => {
    expect(dsoCountback(120, [[50], [0], [100]])).toBe(72);
  });

  it("gives #VALUE! for text among the sales, a days range of another shape, or no months", () => {
    expect(() => dsoCountback(100, [[70], ["n/a"]])).toThrow(
      excelError("#VALUE!", "monthly_sales must hold numbers; row 2 holds “n/a”."),
    );
    expect(() => dsoCountback(100, [[70], [80]], [[30], [31], [30]])).toThrow(
      excelError("#VALUE!", "days_in_month must have the same number of rows and columns as monthly_sales."),
    );
    expect(() => dsoCountback(100, [[null]])).toThrow(excelError("#VALUE!", "monthly_sales holds no values."));
    expect(() => dsoCountback(null, [[70]])).toThrow(excelError("#VALUE!", "receivables is required."));
  });

  it("gives #NUM! for negative sales and non-positive days", () => {
    expect(() => dsoCountback(100, [[-70]])).toThrow(excelError("#NUM!"));
    expect(() => dsoCountback(100, [[70], [80]], [[30], [0]])).toThrow(excelError("#NUM!"));
  });
});

describe("CREDIT.BPDSO", () => {
  it("is not-yet-due receivables over credit sales times the days (365 by default)", () => {
    expect(bpdso(1_000_000, 9_125_000, null)).toBe(40);
    expect(bpdso("300", 900, 90)).toBe(30);
  });

  it("gives #DIV/0! for zero credit sales and #VALUE! naming the argument for text", () => {
    expect(() => bpdso(100, 0, null)).toThrow(
      excelError("#DIV/0!", "credit_sales is zero, so the ratio is undefined."),
    );
    expect(() => bpdso("lots", 10, null)).toThrow(excelError("#VALUE!", "current_receivables must be a number."));
  });
});

describe("CREDIT.ADD", () => {
  it("is DSO − BPDSO: 60 − 40 = 20 days", () => {
    expect(add(1_500_000, 1_000_000, 9_125_000, null)).toBe(20);
    expect(add(7_000, 3_000, 365_000, 365)).toBe(4);
  });

  it("gives #DIV/0! for zero credit sales and #NUM! for a non-positive period", () => {
    expect(() => add(100, 50, 0, null)).toThrow(excelError("#DIV/0!"));
    expect(() => add(100, 50, 10, 0)).toThrow(excelError("#NUM!", "days must be greater than zero."));
  });
});

describe("CREDIT.CEI", () => {
  // CreditGuru's three-month example (http://www.creditguru.com/index.php/collection-management/collection-metrics/collection-effectiveness-index-cei):
  // 6,200 + 10,890 / 3 − 6,340 over 6,200 + 10,890 / 3 − 3,590 = 3,490 / 6,240 = 55.9 %.
  it("uses credit_sales ÷ months when months is given", () => {
    expect(cei(6_200, 10_890, 6_340, 3_590, 3)).toBeCloseTo(0.559294871794872, 14);
  });

  it("uses credit_sales as given when months is omitted or blank", () => {
    expect(cei(100_000, 1_000_000, 120_000, 100_000, null)).toBe(0.98);
    expect(cei(100_000, 1_000_000, 120_000, 100_000, "")).toBe(0.98);
  });

  it("gives #NUM! for months that are not a whole number ≥ 1 and #DIV/0! for nothing to collect", () => {
    expect(() => cei(100, 100, 10, 5, 0)).toThrow(excelError("#NUM!", "months must be greater than zero."));
    expect(() => cei(100, 100, 10, 5, 1.5)).toThrow(excelError("#NUM!", "months must be a whole number."));
    expect(() => cei(0, 0, 0, 0, null)).toThrow(excelError("#DIV/0!"));
    expect(() => cei(100, 100, 500, 400, null)).toThrow(excelError("#NUM!"));
  });

  it("gives #VALUE! naming a missing argument", () => {
    expect(() => cei(100, 100, null, 5, null)).toThrow(excelError("#VALUE!", "ending_receivables is required."));
  });
});
