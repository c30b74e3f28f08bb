import fc from "fast-check";
import type { Cell } from "../../../src/functions/arguments";
import {
  collectionStage,
  grade,
  limit,
  pd,
  points,
  score,
  scoreDetail,
  zscore,
  zzone,
} from "../../../src/functions/functions";
import { ValueOrExcelError } from "../../helpers/valueOrExcelError";

// Whatever Excel hands over, a scoring function returns a value or throws the runtime's CustomFunctions.Error:
// never a plain JavaScript error, never NaN or Infinity in a cell.

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, -0, 1, 0.5, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("A", "b", "E", "public", "EM", "Safe", "灰色", "12.5", " 7 ", "TRUE", "", "(missing)", "1e400"),
  fc.boolean(),
  fc.constant(null),
);
// Plausible amounts, scores and grades most of the time, so the properties reach the engine and not only the checks.
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.integer({ min: -100_000_000, max: 1_000_000_000 }).map((c) => c / 100), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 100 }), weight: 2 },
  { arbitrary: fc.constantFrom("A", "B", "C", "D", "E"), weight: 1 },
  { arbitrary: anyCell, weight: 3 },
);
const optionalCell = fc.option(cell, { nil: null });
const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
const factorName = fc.constantFrom(
  "Years Trading",
  "External Score",
  "Current Ratio",
  "Debt Ratio",
  "Altman Zone",
  "Profitability",
  "Days Beyond Terms",
  "Annual Revenue",
  "Country",
  "资产负债率",
  "Colour",
);
const namesAndValues = fc.integer({ min: 0, max: 6 }).chain((n) =>
  fc.tuple(
    fc.array(factorName, { minLength: n, maxLength: n }).map((r) => [r as Cell[]]),
    fc.array(cell, { minLength: n, maxLength: n }).map((r) => [r]),
  ),
);
const scorecardRows = fc
  .array(
    fc.tuple(
      factorName,
      fc.option(fc.integer({ min: -5, max: 50 }), { nil: null }),
      fc.option(fc.integer({ min: -5, max: 50 }), { nil: null }),
      fc.option(fc.constantFrom("DE", "CN", "(missing)", "Safe"), { nil: null }),
      cell,
    ),
    { maxLength: 8 },
  )
  .map((rows) => rows.map((r) => [...r] as Cell[]));

// Built-in factors with numbers of any size (NaN and ±Infinity included) and a known segment: the arithmetic path.
const builtInValues = fc
  .subarray(
    [
      "Years Trading",
      "External Score",
      "Current Ratio",
      "Debt Ratio",
      "Profitability",
      "Days Beyond Terms",
      "Annual Revenue",
    ],
    {
      minLength: 1,
    },
  )
  .chain((names) =>
    fc.tuple(
      fc.constant([names as Cell[]] as Cell[][]),
      fc
        .array(fc.oneof(fc.double(), fc.integer()), { minLength: names.length, maxLength: names.length })
        .map((r) => [r as Cell[]]),
      fc.constantFrom<Cell>(null, "Large", "mid", "小型"),
    ),
  );

const calls = new ValueOrExcelError();

const runs = { numRuns: 300 };

describe("scoring functions never throw a plain error", () => {
  afterAll(() => {
    for (const name of [
      "ZSCORE",
      "ZZONE",
      "POINTS",
      "PD",
      "SCORE",
      "SCOREDETAIL",
      "GRADE",
      "LIMIT",
      "COLLECTIONSTAGE",
    ]) {
      expect({ name, someValues: calls.valuesOf(name) > 0 }).toEqual({ name, someValues: true });
    }
  });

  it("CREDIT.ZSCORE and CREDIT.ZZONE", () => {
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 7, maxLength: 7 }),
        optionalCell,
        fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
        fc.constantFrom(null, "public", "Private", "NONMFG", "em"),
        (a, model, x, ta, tl, knownModel) => {
          calls.check("ZSCORE", () => zscore(a[0], a[1], a[2], a[3], a[4], a[5], a[6], model));
          calls.check("ZSCORE", () => zscore(x[0], x[1], x[2], x[3], x[4], ta, tl, knownModel));
          calls.check("ZZONE", () => zzone(a[0], model));
        },
      ),
      runs,
    );
  });

  it("CREDIT.POINTS and CREDIT.PD", () => {
    fc.assert(
      fc.property(
        cell,
        optionalCell,
        optionalCell,
        optionalCell,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, b, o, p, prob) => {
          calls.check("POINTS", () => points(x, b, o, p));
          calls.check("POINTS", () => points(prob, null, null, null));
          calls.check("PD", () => pd(x, b, o, p));
        },
      ),
      runs,
    );
  });

  it("CREDIT.SCORE and CREDIT.SCOREDETAIL, with and without a scorecard, also on mismatched ranges", () => {
    fc.assert(
      fc.property(
        namesAndValues,
        fc.option(scorecardRows, { nil: null }),
        optionalCell,
        grid,
        builtInValues,
        ([names, vals], card, segment, other, [plainNames, plainValues, plainSegment]) => {
          calls.check("SCORE", () => score(names, vals, card as Cell[][], segment));
          calls.check("SCOREDETAIL", () => scoreDetail(names, vals, card as Cell[][], segment));
          calls.check("SCORE", () => score(names, other, null as unknown as Cell[][], segment));
          calls.check("SCORE", () => score(plainNames, plainValues, null as unknown as Cell[][], plainSegment));
          calls.check("SCOREDETAIL", () =>
            scoreDetail(plainNames, plainValues, null as unknown as Cell[][], plainSegment),
          );
        },
      ),
      runs,
    );
  });

  it("CREDIT.GRADE with and without a grade table", () => {
    fc.assert(
      fc.property(cell, fc.option(grid, { nil: null }), (s, table) => {
        calls.check("GRADE", () => grade(s, null as unknown as Cell[][]));
        calls.check("GRADE", () => grade(s, table as Cell[][]));
      }),
      runs,
    );
  });

  it("CREDIT.LIMIT", () => {
    fc.assert(
      fc.property(
        cell,
        cell,
        cell,
        fc.array(optionalCell, { minLength: 5, maxLength: 5 }),
        fc.double({ min: 0, max: 1e300, noNaN: true }),
        fc.constantFrom<Cell>("A", "b", "C", "d", "E"),
        fc.array(fc.option(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { nil: null }), {
          minLength: 2,
          maxLength: 2,
        }),
        (sales, terms, g, o, hugeSales, knownGrade, balance) => {
          calls.check("LIMIT", () => limit(sales, terms, g, o[0], o[1], o[2], o[3], o[4]));
          calls.check("LIMIT", () => limit(hugeSales, 60, knownGrade, balance[0], balance[1], null, null, null));
        },
      ),
      runs,
    );
  });

  it("CREDIT.COLLECTIONSTAGE", () => {
    fc.assert(
      fc.property(cell, optionalCell, optionalCell, (d, g, disputed) => {
        calls.check("COLLECTIONSTAGE", () => collectionStage(d, g, disputed));
      }),
      runs,
    );
  });
});

describe("CREDIT.LIMIT invariant", () => {
  it("is never negative, never above the need or any cap that applies, and a multiple of 1,000", () => {
    const amount = fc.integer({ min: 0, max: 1e11 }).map((c) => c / 100);
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 0, max: 180 }),
        fc.constantFrom("A", "B", "C", "D", "E"),
        fc.option(fc.integer({ min: -1e10, max: 1e10 }), { nil: null }),
        fc.option(fc.integer({ min: -1e10, max: 1e10 }), { nil: null }),
        fc.option(amount, { nil: null }),
        fc.option(amount, { nil: null }),
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
        (sales, terms, g, netWorth, wc, insured, current, months) => {
          const l = limit(sales, terms, g, netWorth, wc, insured, current, months);
          const share: Record<string, number> = { A: 0.2, B: 0.15, C: 0.1, D: 0.05, E: 0 };
          expect(l).toBeGreaterThanOrEqual(0);
          expect(l % 1000).toBe(0);
          expect(l).toBeLessThanOrEqual((sales * (terms + 30)) / 30 + 1e-6);
          if (netWorth !== null) expect(l).toBeLessThanOrEqual(Math.max(0, netWorth * share[g]) + 1e-6);
          if (wc !== null) expect(l).toBeLessThanOrEqual(Math.max(0, wc * 0.2) + 1e-6);
          if (insured !== null) expect(l).toBeLessThanOrEqual(insured + 10_000);
          if (current !== null && current > 0) expect(l).toBeLessThanOrEqual(current * 1.5 + 1e-6);
          if (months !== null && months < 6) expect(l).toBeLessThanOrEqual(10_000);
          if (g === "E") expect(l).toBe(0);
        },
      ),
      runs,
    );
  });
});
