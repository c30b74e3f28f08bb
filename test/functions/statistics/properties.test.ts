import fc from "fast-check";
import type { Cell } from "../../../src/functions/arguments";
import { auc, gini, iv, ks, psi, woe } from "../../../src/functions/functions";
import { ValueOrExcelError } from "../../helpers/valueOrExcelError";

// Whatever Excel hands over — numbers, text, blanks, booleans, NaN, huge values, ranges of other shapes — a
// statistic returns a finite value or throws the runtime's CustomFunctions.Error, never a plain JS error.

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.double(),
  fc.constantFrom(0, 1, -1, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("good", "bad", "GOOD", "坏", "好", "TRUE", "", " ", "1", "0", "1e400"),
  fc.boolean(),
  fc.constant(null),
);
const outcomeCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.constantFrom<Cell>(0, 1, "good", "bad", true, false, "坏", "好"), weight: 8 },
  { arbitrary: anyCell, weight: 1 },
);
const valueCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 5 }), weight: 4 },
  { arbitrary: fc.constantFrom<Cell>("a", "b", "C", null), weight: 2 },
  { arbitrary: anyCell, weight: 2 },
);
const column = (cell: fc.Arbitrary<Cell>, n: number) =>
  fc.array(fc.array(cell, { minLength: 1, maxLength: 1 }), { minLength: n, maxLength: n });
// Same-shaped columns mostly (so the property reaches the statistics), now and then any two grids.
const pair = fc.oneof(
  {
    arbitrary: fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(column(valueCell, n), column(outcomeCell, n))),
    weight: 5,
  },
  {
    arbitrary: fc.tuple(
      fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 5 }),
      fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 5 }),
    ),
    weight: 1,
  },
);
const scoreCell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.integer({ min: -5, max: 5 }), weight: 12 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 4 },
  { arbitrary: anyCell, weight: 1 },
);
const scorePair = fc.oneof(
  {
    arbitrary: fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(column(scoreCell, n), column(outcomeCell, n))),
    weight: 5,
  },
  { arbitrary: pair, weight: 1 },
);
const optional = fc.option(anyCell, { nil: null });

const calls = new ValueOrExcelError();

describe("the statistics never throw a plain error", () => {
  it.each([
    ["WOE", pair, (v: Cell[][], o: Cell[][]) => woe(v, o)],
    ["AUC", scorePair, (v: Cell[][], o: Cell[][], x: Cell) => auc(v, o, x)],
    ["GINI", scorePair, (v: Cell[][], o: Cell[][], x: Cell) => gini(v, o, x)],
    ["KS", scorePair, (v: Cell[][], o: Cell[][]) => ks(v, o)],
    ["IV", scorePair, (v: Cell[][], o: Cell[][], x: Cell) => iv(v, o, x)],
    ["PSI", scorePair, (v: Cell[][], o: Cell[][]) => psi(v, o)],
  ] as const)("%s", (name, arbitrary, call) => {
    fc.assert(
      fc.property(arbitrary, optional, ([v, o], x) => calls.check(name, () => call(v, o, x))),
      { numRuns: 400 },
    );
  });

  it("returned values often enough to test the arithmetic, not only the argument checks", () => {
    for (const name of ["WOE", "AUC", "GINI", "KS", "IV"])
      expect({ name, some: calls.valuesOf(name) > 20 }).toEqual({ name, some: true });
  });
});

describe("invariants", () => {
  const scored = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.constantFrom(0, 1)), { minLength: 2, maxLength: 50 })
    .filter((rows) => rows.some((r) => r[1] === 0) && rows.some((r) => r[1] === 1));

  it("IV ≥ 0, AUC in [0, 1], GINI = 2·AUC − 1, KS in [0, 1], PSI ≥ 0", () => {
    fc.assert(
      fc.property(scored, (rows) => {
        const s = rows.map((r) => [r[0]]);
        const o = rows.map((r) => [r[1]]);
        const a = auc(s, o, null);
        expect(iv(s, o, null)).toBeGreaterThanOrEqual(0);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        expect(gini(s, o, null)).toBeCloseTo(2 * a - 1, 12);
        expect(ks(s, o)).toBeLessThanOrEqual(1);
        expect(
          psi(
            s.map((x) => [x[0] + 1]),
            o.map((x) => [x[0] + 1]),
          ),
        ).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
