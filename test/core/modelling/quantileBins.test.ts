import { binIndex, quantileCuts } from "../../../src/core/modelling/quantileBins";

describe("quantile cut points", () => {
  it("splits eight values into four bins of two", () => {
    expect(quantileCuts([8, 7, 6, 5, 4, 3, 2, 1], 4)).toEqual([3, 5, 7]);
  });

  it("drops a cut that ties with the previous one or with the minimum", () => {
    expect(quantileCuts([1, 1, 1, 1, 1, 2], 3)).toEqual([]); // positions 2 and 4 both hold 1, the minimum
    expect(quantileCuts([1, 2, 2, 2, 2, 3], 3)).toEqual([2]);
  });

  it("gives no cut for one value or for one bin", () => {
    expect(quantileCuts([42], 5)).toEqual([]);
    expect(quantileCuts([1, 2, 3], 1)).toEqual([]);
    expect(quantileCuts([], 4)).toEqual([]);
  });

  it("puts a value on a cut point in the bin above it (From ≤ v < To)", () => {
    expect([0, 2.9, 3, 4.99, 5, 7, 1e9].map((v) => binIndex([3, 5, 7], v))).toEqual([0, 0, 1, 1, 2, 3, 3]);
    expect(binIndex([], 123)).toBe(0);
  });
});
