import fc from "fast-check";
import { herfindahlIndex, topShare } from "../../../src/core/portfolio/concentration";

describe("herfindahlIndex", () => {
  // U.S. Department of Justice, "Herfindahl-Hirschman Index" (https://www.justice.gov/atr/herfindahl-hirschman-index):
  // four firms with shares of 30, 30, 20 and 20 percent: 30² + 30² + 20² + 20² = 2,600, i.e. 0.26 with fractions.
  it("reproduces the Department of Justice example: 2,600 points = 0.26", () => {
    expect(herfindahlIndex([300_000, 300_000, 200_000, 200_000])).toBe(0.26);
  });

  it("is 1 for a single customer and 1/n for n equal ones", () => {
    expect(herfindahlIndex([1_234.56])).toBe(1);
    expect(herfindahlIndex([5, 5, 5, 5])).toBe(0.25);
  });

  it("leaves out zero and negative exposures (credit balances) from the shares and the total", () => {
    expect(herfindahlIndex([30, 30, 20, 20, 0, -50])).toBe(0.26);
  });

  it("gives #DIV/0! when no exposure is positive", () => {
    expect(() => herfindahlIndex([0, -10])).toThrow(
      expect.objectContaining({ kind: "div0", code: "noPositiveExposure" }),
    );
    expect(() => herfindahlIndex([])).toThrow(expect.objectContaining({ kind: "div0" }));
  });

  it("neither overflows on huge exposures nor underflows on tiny ones", () => {
    expect(herfindahlIndex([1e308, 1e308])).toBe(0.5);
    expect(herfindahlIndex([5e-324, 5e-324])).toBe(0.5);
    expect(herfindahlIndex([1e300, 1e-300])).toBe(1);
    // A single subnormal exposure: the total must scale like the exposure itself (found by the property below).
    expect(herfindahlIndex([5e-324])).toBe(1);
    expect(herfindahlIndex([1e308, 1e308, 1e308])).toBeCloseTo(1 / 3, 15);
  });

  it("property: lies in [1/n, 1] for n positive exposures", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { maxLength: 60 }), (exposures) => {
        const n = exposures.filter((e) => e > 0).length;
        fc.pre(n > 0);
        const h = herfindahlIndex(exposures);
        expect(h).toBeLessThanOrEqual(1);
        expect(h).toBeGreaterThanOrEqual(1 / n - 1e-12);
      }),
    );
  });
});

describe("topShare", () => {
  it("is the share of the n largest positive exposures", () => {
    expect(topShare([20, 50, 0, 30], 2)).toBe(0.8);
    expect(topShare([20, 50, 30], 1)).toBe(0.5);
  });

  it("takes the top 10 by default", () => {
    expect(topShare(Array.from({ length: 12 }, () => 100))).toBeCloseTo(10 / 12, 15);
  });

  it("is 1 when there are n or fewer positive exposures", () => {
    expect(topShare([20, 50, 30])).toBe(1);
    expect(topShare([20, 50, -30], 2)).toBe(1);
  });

  it("leaves out negative exposures from the total", () => {
    expect(topShare([60, 20, 20, -100], 1)).toBe(0.6);
  });

  it("sums exactly: 0.3 of 0.1 + 0.2 + 0.3 is one half", () => {
    expect(topShare([0.1, 0.2, 0.3], 1)).toBe(0.5);
  });

  it("gives #NUM! for n that is not a whole number ≥ 1 and #DIV/0! with no positive exposure", () => {
    expect(() => topShare([1, 2], 0)).toThrow(expect.objectContaining({ kind: "num", code: "argumentNotPositive" }));
    expect(() => topShare([1, 2], 1.5)).toThrow(expect.objectContaining({ kind: "num", code: "argumentNotInteger" }));
    expect(() => topShare([0], 1)).toThrow(expect.objectContaining({ kind: "div0" }));
  });

  it("property: lies in (0, 1] and never falls as n grows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 45 }),
        (exposures, n) => {
          fc.pre(exposures.some((e) => e > 0));
          const share = topShare(exposures, n);
          expect(share).toBeGreaterThan(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(topShare(exposures, n + 1)).toBeGreaterThanOrEqual(share);
        },
      ),
    );
  });
});
