import { dso } from "../../src/functions/functions";
import { dso as coreDso } from "../../src/core/receivables/dso";

// Worked example: receivables 1,500,000 and annual credit sales 9,125,000 give 60 days
// (1,500,000 / 9,125,000 × 365 = 60; CFI, "Days Sales Outstanding",
// https://corporatefinanceinstitute.com/resources/accounting/days-sales-outstanding/ uses the same formula).
describe("CREDIT.DSO", () => {
  it("is receivables over credit sales times the days of the period", () => {
    expect(coreDso(1_500_000, 9_125_000, 365)).toBe(60);
    expect(dso(1_500_000, 9_125_000, null)).toBe(60);
    expect(dso(300, 900, 90)).toBe(30);
  });

  it("accepts numeric text, as Excel does for a typed-in number", () => {
    expect(dso(1_500_000, "9125000", "365")).toBe(60);
  });

  it("gives #DIV/0! for zero credit sales and #NUM! for a non-positive period", () => {
    expect(() => dso(100, 0, null)).toThrow(expect.objectContaining({ code: "#DIV/0!" }));
    expect(() => dso(100, 10, 0)).toThrow(expect.objectContaining({ code: "#NUM!" }));
  });

  it("gives #VALUE! naming the argument for text", () => {
    expect(() => dso("lots", 10, null)).toThrow(
      expect.objectContaining({ code: "#VALUE!", message: "receivables must be a number." }),
    );
  });
});
