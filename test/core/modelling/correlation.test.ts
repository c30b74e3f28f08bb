import { pearson } from "../../../src/core/modelling/correlation";

describe("Pearson correlation", () => {
  // Hand example: x = 1, 2, 3; y = 2, 4, 7. Centred: x −1, 0, 1; y −2.333, −0.333, 2.667.
  // Σxy = 5, Σx² = 2, Σy² = 12.667 → r = 5 ÷ √25.333 = 0.99340.
  it("is the covariance over the product of the standard deviations", () => {
    expect(pearson([1, 2, 3], [2, 4, 7])).toBeCloseTo(0.9934, 4);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it("is 0 for a constant column instead of 0 ÷ 0", () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(pearson([], [])).toBe(0);
  });
});
