import { mulberry32, stratifiedSplit } from "../../../src/core/modelling/trainTestSplit";
import type { Outcome } from "../../../src/core/modelling/outcome";

describe("mulberry32", () => {
  // The reference implementation (Tommy Ettinger, https://gist.github.com/tommyettinger/46a874533244883189143505d203312c)
  // gives 0.6011037519201636 as the first draw for seed 42.
  it("draws the reference sequence for a seed", () => {
    const next = mulberry32(42);
    expect([next(), next(), next()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });
});

describe("stratified train/test split", () => {
  const outcomes: Outcome[] = Array.from({ length: 1000 }, (_, i) => (i % 10 < 3 ? 1 : 0));

  it("keeps the bad rate in both sets: 700 goods and 300 bads split 70/30 → 490 + 210 and 210 + 90", () => {
    const { train, test } = stratifiedSplit(outcomes, 0.7, 1);
    expect([train.length, test.length]).toEqual([700, 300]);
    expect(train.filter((i) => outcomes[i] === 1)).toHaveLength(210);
    expect(test.filter((i) => outcomes[i] === 1)).toHaveLength(90);
  });

  it("puts every row in exactly one set", () => {
    const { train, test } = stratifiedSplit(outcomes, 0.7, 1);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual(outcomes.map((_, i) => i));
  });

  it("is the same for the same seed and differs for another", () => {
    expect(stratifiedSplit(outcomes, 0.7, 7)).toEqual(stratifiedSplit(outcomes, 0.7, 7));
    expect(stratifiedSplit(outcomes, 0.7, 7).test).not.toEqual(stratifiedSplit(outcomes, 0.7, 8).test);
  });
});
