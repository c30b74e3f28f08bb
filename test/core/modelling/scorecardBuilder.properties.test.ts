import fc from "fast-check";
import { CreditError } from "../../../src/core/errors";
import type { RawValue } from "../../../src/core/modelling/binning";
import { buildScorecard } from "../../../src/core/modelling/scorecardBuilder";
import { scorecardSheet } from "../../helpers/scorecardSheet";
import { parseScorecard, scoreOnScorecard } from "../../../src/core/scoring/scorecard";

// Whatever the data, the builder either gives a scorecard whose table parses and reproduces its scores, or
// stops with a CreditError (one class only, too few rows, nothing informative) — never anything else.
const cell: fc.Arbitrary<RawValue> = fc.oneof(
  { arbitrary: fc.integer({ min: -3, max: 3 }), weight: 4 },
  { arbitrary: fc.constantFrom<RawValue>("a", "B", "b", "c", "", null, " 2 ", "1e3", "坏"), weight: 2 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 1 },
);
const column = fc.oneof(
  fc.constant<"numeric" | "text" | "mixed">("numeric"),
  fc.constant<"numeric" | "text" | "mixed">("text"),
  fc.constant<"numeric" | "text" | "mixed">("mixed"),
);
const dataset = fc
  .tuple(fc.array(column, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 150 }))
  .chain(([kinds, n]) =>
    fc
      .array(
        fc.tuple(
          fc.tuple(
            ...kinds.map((k) =>
              k === "numeric"
                ? fc.oneof(fc.integer({ min: 0, max: 9 }), fc.constant(null))
                : k === "text"
                  ? fc.constantFrom("x", "y", "Z", "z", "")
                  : cell,
            ),
          ),
          fc.constantFrom<RawValue>(0, 1, "good", "bad", 1, 0),
        ),
        { minLength: n, maxLength: n },
      )
      .map((rows) => ({
        columns: [...kinds.map((_, j) => `v${j}`), "target"],
        rows: rows.map(([values, y]) => [...(values as RawValue[]), y]),
      })),
  );

describe("scorecard builder on arbitrary data", () => {
  it("builds a table that reproduces its own scores, or throws a CreditError", () => {
    let built = 0;
    fc.assert(
      fc.property(dataset, (data) => {
        let build;
        try {
          build = buildScorecard(data, { target: "target", minIv: 0 });
        } catch (error) {
          expect(error).toBeInstanceOf(CreditError);
          return;
        }
        built++;
        const card = parseScorecard(scorecardSheet(build));
        data.rows.forEach((row, i) => {
          expect(scoreOnScorecard(card, (f) => row[data.columns.indexOf(f)]).total).toBe(build.scores[i]);
        });
      }),
      { numRuns: 150 },
    );
    expect(built).toBeGreaterThan(20);
  });
});
