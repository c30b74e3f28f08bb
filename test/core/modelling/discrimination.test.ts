import fc from "fast-check";
import { auc, gini, ks } from "../../../src/core/modelling/discrimination";
import type { Outcome } from "../../../src/core/modelling/outcome";

/** The definition itself, O(n²): P(good > bad) + ½ P(good = bad) over all good–bad pairs. */
function pairwiseAuc(scores: number[], outcomes: Outcome[]): number {
  let wins = 0;
  let pairs = 0;
  for (let g = 0; g < scores.length; g++) {
    if (outcomes[g] !== 0) continue;
    for (let b = 0; b < scores.length; b++) {
      if (outcomes[b] !== 1) continue;
      pairs++;
      wins += scores[g] > scores[b] ? 1 : scores[g] === scores[b] ? 0.5 : 0;
    }
  }
  return wins / pairs;
}

const sample = fc
  .array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.constantFrom<Outcome>(0, 1)), { minLength: 2, maxLength: 60 })
  .filter((rows) => rows.some((r) => r[1] === 0) && rows.some((r) => r[1] === 1));

describe("AUC", () => {
  // Hand example: scores 1, 2, 3, 4 for bad, good, bad, good. Good–bad pairs: (2,1) ✓ (2,3) ✗ (4,1) ✓ (4,3) ✓ → 3/4.
  it("is the share of good–bad pairs the score orders right", () => {
    expect(auc([1, 2, 3, 4], [1, 0, 1, 0])).toBe(0.75);
  });

  it("counts a tie between a good and a bad as one half", () => {
    // goods at 1 and 2, bad at 1: pairs (1,1) tie ½, (2,1) ✓ → 1.5 / 2
    expect(auc([1, 1, 2], [1, 0, 0])).toBe(0.75);
    expect(auc([7, 7, 7, 7], [0, 1, 0, 1])).toBe(0.5);
  });

  it("reverses for a score where higher means riskier", () => {
    expect(auc([1, 2, 3, 4], [1, 0, 1, 0], false)).toBe(0.25);
    expect(auc([0.9, 0.1], [1, 0], false)).toBe(1);
  });

  it("equals the pairwise definition on any sample with both classes (ranking in O(n log n))", () => {
    fc.assert(
      fc.property(sample, (rows) => {
        const s = rows.map((r) => r[0]);
        const o = rows.map((r) => r[1]);
        expect(auc(s, o)).toBeCloseTo(pairwiseAuc(s, o), 12);
      }),
    );
  });

  it("one class only → #DIV/0!", () => {
    expect(() => auc([1, 2], [0, 0])).toThrow(expect.objectContaining({ kind: "div0", code: "outcomesNoBads" }));
    expect(() => auc([1, 2], [1, 1])).toThrow(expect.objectContaining({ kind: "div0", code: "outcomesNoGoods" }));
  });
});

describe("Gini", () => {
  it("is 2 · AUC − 1", () => {
    expect(gini([1, 2, 3, 4], [1, 0, 1, 0])).toBe(0.5);
    expect(gini([1, 2], [1, 0])).toBe(1);
    expect(gini([1, 2], [0, 1])).toBe(-1);
  });
});

describe("KS", () => {
  it("is 1 when every bad scores below every good", () => {
    expect(ks([1, 2, 3, 4], [1, 1, 0, 0])).toBe(1);
  });

  // Hand example: scores 10, 20, 30, 40 for bad, good, bad, good. After 10: F_bad ½, F_good 0 (½);
  // after 20: ½, ½ (0); after 30: 1, ½ (½); after 40: 1, 1 (0). KS = ½.
  it("is the largest gap between the cumulative distributions of bads and goods", () => {
    expect(ks([10, 20, 30, 40], [1, 0, 1, 0])).toBe(0.5);
  });

  it("moves tied scores together, so a constant score has KS 0", () => {
    expect(ks([5, 5, 5, 5], [1, 0, 1, 0])).toBe(0);
  });

  it("lies in [0, 1] and does not depend on the direction of the score", () => {
    fc.assert(
      fc.property(sample, (rows) => {
        const s = rows.map((r) => r[0]);
        const o = rows.map((r) => r[1]);
        const k = ks(s, o);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThanOrEqual(1);
        expect(
          ks(
            s.map((x) => -x),
            o,
          ),
        ).toBeCloseTo(k, 12);
      }),
    );
  });
});
