import fc from "fast-check";
import { gradePd, pdToPoints, pointsToPd, scalingConstants } from "../../../src/core/scoring/pdScaling";
import { defaultPolicy } from "../../../src/core/policy/creditPolicy";

// Siddiqi, Credit Risk Scorecards (Wiley 2006), ch. 6: 600 points at 50:1 good:bad, PDO 20 →
// factor = 20 / ln 2 = 28.8539, offset = 600 − 28.8539 × ln 50 = 487.123, and 100:1 scores 620.
describe("scalingConstants", () => {
  it("gives Siddiqi's factor 28.8539 and offset 487.123", () => {
    const { factor, offset } = scalingConstants({ basePoints: 600, baseOdds: 50, pdo: 20 });
    expect(factor).toBeCloseTo(28.8539, 4);
    expect(offset).toBeCloseTo(487.123, 3);
  });

  it("refuses base odds or PDO that are not positive (#NUM!)", () => {
    expect(() => scalingConstants({ basePoints: 600, baseOdds: 0, pdo: 20 })).toThrow(
      expect.objectContaining({ kind: "num" }),
    );
    expect(() => scalingConstants({ basePoints: 600, baseOdds: 50, pdo: -20 })).toThrow(
      expect.objectContaining({ kind: "num" }),
    );
  });
});

describe("pdToPoints", () => {
  it("600 points at 50:1 (PD 1/51) and 620 at 100:1 (PD 1/101)", () => {
    expect(pdToPoints(1 / 51)).toBeCloseTo(600, 9);
    expect(pdToPoints(1 / 101)).toBeCloseTo(620, 9);
    expect(pdToPoints(1 / 26)).toBeCloseTo(580, 9); // 25:1 is half the odds: 20 points less
  });

  it("other scalings: 300 points at 30:1 with PDO 20 gives 320 at 60:1 and 340 at 120:1", () => {
    // https://ketchbrookanalytics.github.io/KAscore/reference/odds.html (tgt_points 300, tgt_odds 30, pxo 20)
    const s = { basePoints: 300, baseOdds: 30, pdo: 20 };
    expect(pdToPoints(1 / 61, s)).toBeCloseTo(320, 9);
    expect(pdToPoints(1 / 121, s)).toBeCloseTo(340, 9);
  });

  it("PD of exactly 0 or 1 (or outside) has no finite points: #NUM!", () => {
    for (const pd of [0, 1, -0.1, 1.5, NaN])
      expect(() => pdToPoints(pd)).toThrow(expect.objectContaining({ kind: "num" }));
  });
});

describe("pointsToPd", () => {
  it("is the inverse: 600 → 1/51, 620 → 1/101, 640 → 1/201", () => {
    expect(pointsToPd(600)).toBeCloseTo(1 / 51, 15);
    expect(pointsToPd(620)).toBeCloseTo(1 / 101, 15);
    expect(pointsToPd(640)).toBeCloseTo(1 / 201, 15);
  });

  it("tends to 0 for huge scores and 1 for very low ones, never outside [0, 1]", () => {
    expect(pointsToPd(1e6)).toBe(0);
    expect(pointsToPd(-1e6)).toBe(1);
  });

  it("round-trips with pdToPoints for any PD and scaling", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (pd, basePoints, baseOdds, pdo) => {
          const s = { basePoints, baseOdds, pdo };
          expect(pointsToPd(pdToPoints(pd, s), s)).toBeCloseTo(pd, 6);
        },
      ),
    );
  });

  it("more points never mean a higher PD", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (p, d) => {
          expect(pointsToPd(p + d)).toBeLessThanOrEqual(pointsToPd(p));
        },
      ),
    );
  });
});

describe("gradePd", () => {
  it("reads the policy's PD of a grade, any case; undefined for an unknown grade", () => {
    expect(gradePd("c", defaultPolicy.pdByGrade)).toBe(0.025);
    expect(gradePd("Z", defaultPolicy.pdByGrade)).toBeUndefined();
  });
});
