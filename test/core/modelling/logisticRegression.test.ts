import { fitLogistic } from "../../../src/core/modelling/logisticRegression";

// With one binary predictor the maximum-likelihood fit reproduces each group's log-odds exactly (the model is
// saturated): intercept = logit of the x = 0 group, slope = the log odds ratio (Agresti, Categorical Data
// Analysis, 3rd ed., §5.1: for a 2×2 table, β = ln of the odds ratio).
describe("logistic regression by IRLS", () => {
  it("recovers the log odds ratio of a 2 × 2 table: odds 1:3 at x = 0, 3:1 at x = 1 → β = 2 ln 3", () => {
    const x = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = [0, 0, 0, 1, 0, 1, 1, 1];
    const m = fitLogistic(x, y, { ridge: 0 });
    expect(m.converged).toBe(true);
    expect(m.intercept).toBeCloseTo(-Math.log(3), 10);
    expect(m.coefficients[0]).toBeCloseTo(2 * Math.log(3), 10);
    expect(m.iterations).toBeLessThan(10);
  });

  it("with no predictors gives the logit of the event rate", () => {
    const m = fitLogistic([[], [], [], [], []], [1, 0, 0, 0, 0], { ridge: 0 });
    expect(m.intercept).toBeCloseTo(Math.log(1 / 4), 12);
  });

  it("a tiny ridge barely moves a well-posed fit", () => {
    const x = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = [0, 0, 0, 1, 0, 1, 1, 1];
    expect(fitLogistic(x, y).coefficients[0]).toBeCloseTo(2 * Math.log(3), 2);
  });

  it("the ridge keeps coefficients finite under perfect separation and with a constant or duplicated column", () => {
    const separated = fitLogistic([[0], [0], [1], [1]], [0, 0, 1, 1]);
    expect(Number.isFinite(separated.coefficients[0])).toBe(true);
    expect(separated.coefficients[0]).toBeGreaterThan(5);
    const collinear = fitLogistic(
      [
        [1, 1, 5],
        [2, 2, 5],
        [3, 3, 5],
        [4, 4, 5],
        [2, 2, 5],
        [3, 3, 5],
      ],
      [0, 0, 1, 1, 1, 0],
    );
    expect(collinear.coefficients.every(Number.isFinite)).toBe(true);
    // duplicated columns share the effect equally
    expect(collinear.coefficients[0]).toBeCloseTo(collinear.coefficients[1], 6);
  });
});
