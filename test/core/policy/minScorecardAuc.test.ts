/** The policy's Minimum scorecard AUC: read in English or Chinese, kept between 0.5 and 1. */
import { defaultPolicy } from "../../../src/core/policy/creditPolicy";
import { parsePolicy } from "../../../src/core/policy/parsePolicy";

describe("Minimum scorecard AUC", () => {
  it("is 0.6 by default: a weak but useful ranking", () => {
    expect(defaultPolicy.minScorecardAuc).toBe(0.6);
  });

  it("is read under its English and its Chinese name", () => {
    expect(parsePolicy([["Minimum scorecard AUC", 0.7]]).policy.minScorecardAuc).toBe(0.7);
    expect(parsePolicy([["评分卡最低AUC", "0.65"]]).policy.minScorecardAuc).toBe(0.65);
  });

  it("keeps the default and says so below 0.5 (worse than a coin toss) or above 1", () => {
    for (const value of [0.4, 1.2]) {
      const parsed = parsePolicy([["Minimum scorecard AUC", value]]);
      expect(parsed.policy.minScorecardAuc).toBe(0.6);
      expect(parsed.problems.length).toBeGreaterThan(0);
    }
    const low = parsePolicy([["Minimum scorecard AUC", 0.4]]);
    expect(low.problems.map((p) => p.code)).toContain("policyMinAucRange");
  });
});
