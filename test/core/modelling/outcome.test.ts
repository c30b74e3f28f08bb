import { outcomeOf, outcomesOf } from "../../../src/core/modelling/outcome";

describe("outcomes", () => {
  it("reads bad as 1, TRUE, “bad” in any case and 坏", () => {
    expect([1, true, "bad", " BAD ", "Bad", "坏", "1", "TRUE"].map(outcomeOf)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("reads good as 0, FALSE, “good” in any case and 好", () => {
    expect([0, false, "good", "GOOD", "好", "0", "false"].map(outcomeOf)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("recognises nothing else: 2, 0.5, NaN, “defaulted”, blank", () => {
    expect([2, 0.5, NaN, "defaulted", "", null, undefined].map(outcomeOf)).toEqual(new Array(7).fill(undefined));
  });

  it("names the row of the first value that is not an outcome", () => {
    expect(() => outcomesOf(["good", "bad", "late"], [4, 5, 6], "outcomes")).toThrow(
      expect.objectContaining({ kind: "value", message: expect.stringContaining("outcomes row 6: “late”") }),
    );
  });
});
