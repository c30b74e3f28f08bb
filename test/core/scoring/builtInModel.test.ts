import {
  builtInInputFromCustomer,
  builtInScore,
  factorScore,
  factorValues,
  segmentArgument,
  type BuiltInInput,
} from "../../../src/core/scoring/builtInModel";
import { BUILT_IN_FACTORS, builtInFactorByName } from "../../../src/core/scoring/builtInFactors";
import { defaultPolicy } from "../../../src/core/policy/creditPolicy";
import { parsePolicy } from "../../../src/core/policy/parsePolicy";

// Worked example (Mid segment, default weights 10/15/10/10/15/10/25/5, all factors present):
// years 12 → 100, external 60 → 60, current ratio 1.3 → 70, debt ratio 0.5 → 80, Altman Grey → 50,
// EBIT/TA 0.04 → 55, days beyond terms 10 → 65, revenue 20M → 65.
// (10×100 + 15×60 + 10×70 + 10×80 + 15×50 + 10×55 + 25×65 + 5×65) ÷ 100 = 6650 ÷ 100 = 66.5.
const full = {
  yearsTrading: 12,
  externalScore: 60,
  currentRatio: 1.3,
  debtRatio: 0.5,
  altmanZone: "Grey" as const,
  profitability: 0.04,
  daysBeyondTerms: 10,
  annualRevenue: 20_000_000,
};

describe("factorScore", () => {
  it("higher-is-better bands include their lower end: current ratio 1.2 is in 1.2–1.5", () => {
    expect(factorScore("currentRatio", 1.2)).toEqual({ score: 70, band: "1.2–1.5" });
    expect(factorScore("currentRatio", 0.5)).toEqual({ score: 10, band: "< 0.8" });
    expect(factorScore("currentRatio", 9)).toEqual({ score: 100, band: "≥ 2" });
  });

  it("lower-is-better bands include their upper end: debt ratio 0.5 is still ≤ 0.5", () => {
    expect(factorScore("debtRatio", 0.5)).toEqual({ score: 80, band: "0.3–0.5" });
    expect(factorScore("debtRatio", 1.2)).toEqual({ score: 0, band: "> 1" });
    expect(factorScore("daysBeyondTerms", -3)).toEqual({ score: 100, band: "≤ 0" });
  });

  it("external score is used as is, clamped to 0–100; Altman zones score 100 / 50 / 0", () => {
    expect(factorScore("externalScore", 130).score).toBe(100);
    expect(factorScore("externalScore", -5).score).toBe(0);
    expect(["Safe", "Grey", "Distress"].map((z) => factorScore("altmanZone", z as "Safe").score)).toEqual([100, 50, 0]);
  });

  it("losses score lowest on profitability", () => {
    expect(factorScore("profitability", -0.2).score).toBe(10);
  });
});

describe("builtInScore", () => {
  it("the worked example scores 66.5 for a Mid customer, nothing missing, no manual review", () => {
    const r = builtInScore(full, "Mid");
    expect(r.score).toBe(66.5);
    expect(r.missing).toEqual([]);
    expect(r.manualReview).toBe(false);
    expect(r.factors.reduce((s, f) => s + f.weight, 0)).toBeCloseTo(1, 12);
    expect(r.factors.find((f) => f.factor === "daysBeyondTerms")).toEqual(
      expect.objectContaining({ score: 65, weight: 0.25, points: 16.25, reason: 8.75 }),
    );
  });

  it("weights differ by segment: the same customer scores differently as Large and Small", () => {
    // Large 5/15/10/15/20/15/15/5: (500 + 900 + 700 + 1200 + 1000 + 825 + 975 + 325) ÷ 100 = 64.25
    expect(builtInScore(full, "Large").score).toBe(64.25);
    // Small 15/25/5/5/5/5/35/5: (1500 + 1500 + 350 + 400 + 250 + 275 + 2275 + 325) ÷ 100 = 68.75
    expect(builtInScore(full, "small").score).toBe(68.75);
  });

  it("a blank or unknown segment uses the policy's default segment (Mid) and says so", () => {
    const r = builtInScore(full, "Enterprise");
    expect(r).toEqual(expect.objectContaining({ score: 66.5, segment: "Mid", segmentKnown: false }));
    expect(builtInScore(full, "大型").segment).toBe("Large");
  });

  it("missing factors are reweighted among the present ones and reported; thin data → manual review", () => {
    // Small: (25×70 + 35×100) ÷ (25 + 35) = 5250 ÷ 60 = 87.5
    const r = builtInScore({ externalScore: 70, daysBeyondTerms: 0 }, "Small");
    expect(r.score).toBe(87.5);
    expect(r.missing).toEqual([
      "yearsTrading",
      "currentRatio",
      "debtRatio",
      "altmanZone",
      "profitability",
      "annualRevenue",
    ]);
    expect(r.manualReview).toBe(true);
    expect(r.manualReviewReasons).toEqual(["thinData"]);
  });

  it("NaN and infinite values count as missing", () => {
    expect(builtInScore({ ...full, currentRatio: NaN, debtRatio: Infinity }, "Mid").missing).toEqual([
      "currentRatio",
      "debtRatio",
    ]);
  });

  it("strategic accounts are flagged for manual review whatever the data", () => {
    expect(builtInScore(full, "Mid", defaultPolicy, { strategic: true }).manualReviewReasons).toEqual(["strategic"]);
  });

  it("no factor at all gives no score", () => {
    const r = builtInScore({}, "Mid");
    expect(r.score).toBeUndefined();
    expect(r.manualReviewReasons).toEqual(["thinData"]);
  });

  it("a factor weighted 0 by the policy neither counts nor is reported missing", () => {
    const { policy } = parsePolicy([["Mid weight Annual Revenue", 0]]);
    const r = builtInScore({ externalScore: 50, annualRevenue: 1e9 }, "Mid", policy);
    expect(r.score).toBe(50);
    expect(r.missing).not.toContain("annualRevenue");
  });

  it("the score stays within 0–100 for extreme values", () => {
    const worst = builtInScore(
      {
        yearsTrading: -5,
        externalScore: -1e9,
        currentRatio: 0,
        debtRatio: 1e9,
        altmanZone: "Distress",
        profitability: -1e9,
        daysBeyondTerms: 1e9,
        annualRevenue: 0,
      },
      "Mid",
    );
    expect(worst.score).toBe(Math.round(((10 * 10 + 10 * 10 + 10 * 10 + 5 * 20) / 100) * 100) / 100);
    expect(
      builtInScore({
        yearsTrading: 1e9,
        externalScore: 1e9,
        currentRatio: 1e9,
        debtRatio: 0,
        altmanZone: "Safe",
        profitability: 1e9,
        daysBeyondTerms: -1e9,
        annualRevenue: 1e15,
      }).score,
    ).toBe(100);
  });
});

describe("builtInInputFromCustomer", () => {
  it("derives the ratios from the Customers columns and takes payment behaviour and Altman from the review", () => {
    const input = builtInInputFromCustomer(
      {
        id: "C1",
        name: "Acme",
        segment: "Mid",
        strategic: false,
        blacklisted: false,
        currentAssets: 600,
        currentLiabilities: 400,
        totalAssets: 2000,
        totalLiabilities: 1200,
        ebit: 100,
        yearsTrading: 7,
        externalScore: 66,
        annualRevenue: 5e6,
      },
      { daysBeyondTerms: 3, altmanZone: "Safe" },
    );
    expect(input).toEqual({
      yearsTrading: 7,
      externalScore: 66,
      currentRatio: 1.5,
      debtRatio: 0.6,
      altmanZone: "Safe",
      profitability: 0.05,
      daysBeyondTerms: 3,
      annualRevenue: 5e6,
    });
  });

  it("leaves a ratio out when its denominator is zero or missing", () => {
    const input = builtInInputFromCustomer({
      id: "C",
      name: "",
      segment: "",
      strategic: false,
      blacklisted: false,
      currentAssets: 5,
      currentLiabilities: 0,
      totalLiabilities: 3,
    });
    expect(input.currentRatio).toBeUndefined();
    expect(input.debtRatio).toBeUndefined();
  });
});

describe("factor and segment names", () => {
  it("accepts English, Chinese and synonyms in any case and spacing", () => {
    expect(
      ["years trading", "经营年限", "DBT", "Payment Behaviour", "资产负债率", "z zone"].map(builtInFactorByName),
    ).toEqual(["yearsTrading", "yearsTrading", "daysBeyondTerms", "daysBeyondTerms", "debtRatio", "altmanZone"]);
    expect(builtInFactorByName("colour")).toBeUndefined();
  });

  it("segmentArgument: blank → default, known names, else #VALUE! listing the options", () => {
    expect(segmentArgument(undefined)).toBe("Mid");
    expect(segmentArgument("LARGE")).toBe("Large");
    expect(() => segmentArgument("Huge")).toThrow(
      expect.objectContaining({ kind: "value", params: { options: "Large, Mid, Small" } }),
    );
  });
});

describe("factorValues", () => {
  it("reads every factor of the model, in the model's order (BUILT_IN_FACTORS)", () => {
    const input: BuiltInInput = {
      yearsTrading: 1,
      externalScore: 2,
      currentRatio: 3,
      debtRatio: 4,
      altmanZone: "Grey",
      profitability: 6,
      daysBeyondTerms: 7,
      annualRevenue: 8,
    };
    expect(factorValues(input)).toEqual(BUILT_IN_FACTORS.map((f) => input[f]));
    expect(factorValues({})).toEqual(BUILT_IN_FACTORS.map(() => undefined));
  });
});
