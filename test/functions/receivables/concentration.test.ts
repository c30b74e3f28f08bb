import { hhi, topShare } from "../../../src/functions/functions";

const excelError = (code: string, message?: string) =>
  expect.objectContaining(message === undefined ? { code } : { code, message });

describe("CREDIT.HHI", () => {
  // U.S. DOJ (https://www.justice.gov/atr/herfindahl-hirschman-index): shares 30/30/20/20 → 2,600 → 0.26.
  it("is Σ share² over the positive exposures of a column, a row or a block", () => {
    expect(hhi([[30], [30], [20], [20]])).toBe(0.26);
    expect(hhi([[30, 30, 20, 20]])).toBe(0.26);
    expect(
      hhi([
        [30, 30],
        [20, 20],
      ]),
    ).toBe(0.26);
  });

  it("leaves out zero, negative and blank exposures", () => {
    expect(hhi([[30], [30], [null], [20], [20], [0], [-40]])).toBe(0.26);
  });

  it("gives #DIV/0! when no exposure is positive and #VALUE! for text", () => {
    expect(() => hhi([[0], [-5]])).toThrow(
      excelError("#DIV/0!", "exposures holds no positive exposure, so shares are undefined."),
    );
    expect(() => hhi([[10], ["ACME"]])).toThrow(
      excelError("#VALUE!", "exposures must hold numbers; row 2 holds “ACME”."),
    );
  });
});

describe("CREDIT.TOPSHARE", () => {
  it("is the share of the n largest positive exposures, top 10 by default", () => {
    expect(topShare([[20], [50], [30]], 2)).toBe(0.8);
    expect(topShare([Array.from({ length: 20 }, () => 5)], null)).toBe(0.5);
  });

  it("gives #NUM! for n below 1 or fractional", () => {
    expect(() => topShare([[1], [2]], 0)).toThrow(excelError("#NUM!", "n must be greater than zero."));
    expect(() => topShare([[1], [2]], 2.5)).toThrow(excelError("#NUM!", "n must be a whole number."));
  });
});
