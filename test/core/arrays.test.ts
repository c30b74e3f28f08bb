import { at, pick } from "../../src/core/arrays";
import { InternalError } from "../../src/core/errors";

describe("at: an element the engine knows is there", () => {
  it("reads arrays, typed arrays and strings by position", () => {
    expect(at([10, 20, 30], 2)).toBe(30);
    expect(at(new Float64Array([1.5, 2.5]), 0)).toBe(1.5);
    expect(at("AB", 1)).toBe("B");
  });

  it("keeps falsy elements: 0, an empty string and null are values", () => {
    expect(at([0], 0)).toBe(0);
    expect(at([""], 0)).toBe("");
    expect(at([null], 0)).toBeNull();
  });

  it("throws an InternalError, naming the index and the length, for a position outside the array", () => {
    expect(() => at([1, 2], 2)).toThrow(InternalError);
    expect(() => at([1, 2], -1)).toThrow("Internal error: index -1 outside an array of 2");
    expect(() => at(new Int32Array(0), 0)).toThrow(InternalError);
  });
});

describe("pick: the elements at some positions, in their order", () => {
  it("follows the order of the positions, repeats included", () => {
    expect(pick(["a", "b", "c"], [2, 0, 2])).toEqual(["c", "a", "c"]);
    expect(pick([1, 2, 3], [])).toEqual([]);
  });

  it("throws an InternalError for a position outside the array", () => {
    expect(() => pick(["a"], [0, 1])).toThrow(InternalError);
  });
});
