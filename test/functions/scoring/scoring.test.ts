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
import { setFunctionsLanguage } from "../../../src/functions/excelErrors";

/** Excel hands an omitted optional range over as null (the TypeScript signature says `any[][]`, for the metadata). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const omitted = null as unknown as any[][];

const code = (c: string, message?: string | RegExp) =>
  expect.objectContaining(
    message === undefined
      ? { code: c }
      : { code: c, message: typeof message === "string" ? message : expect.stringMatching(message) },
  );

describe("CREDIT.ZSCORE", () => {
  // https://wizedu.com/questions/366502/calculate-the-z-score-of-the-firm-that-has-the : ratios 0.34, 0.15, 0.00,
  // 0.80, 1.6 give Z = 2.70 (1.2×0.34 + 1.4×0.15 + 0.6×0.8 + 1.6 = 2.698).
  it("public model by default, from ratios over assets and liabilities of 1", () => {
    expect(zscore(0.34, 0.15, 0, 0.8, 1.6, 1, 1)).toBeCloseTo(2.698, 10);
    expect(zscore(340, 150, 0, 800, 1600, 1000, 1000, "PUBLIC")).toBeCloseTo(2.698, 10);
  });

  it("private, nonmfg and em; sales may be blank for the models without a sales term", () => {
    expect(zscore(0.34, 0.15, 0, 0.8, 1.6, 1, 1, "private")).toBeCloseTo(2.30363, 10);
    expect(zscore(0.34, 0.15, 0, 0.8, null, 1, 1, "nonmfg")).toBeCloseTo(3.5594, 10);
    expect(zscore(0.34, 0.15, 0, 0.8, "", 1, 1, "em")).toBeCloseTo(6.8094, 10);
  });

  it("blank sales for public or private is #VALUE! naming sales", () => {
    expect(() => zscore(0.34, 0.15, 0, 0.8, null, 1, 1)).toThrow(code("#VALUE!", "sales is required."));
  });

  it("an unknown model is #VALUE! listing the four", () => {
    expect(() => zscore(1, 1, 1, 1, 1, 1, 1, "zeta")).toThrow(
      code("#VALUE!", "model must be one of: public, private, nonmfg, em."),
    );
  });

  it("zero total assets is #DIV/0!, negative liabilities #NUM!", () => {
    expect(() => zscore(1, 1, 1, 1, 1, 0, 1)).toThrow(code("#DIV/0!"));
    expect(() => zscore(1, 1, 1, 1, 1, 1, -1)).toThrow(code("#NUM!"));
  });
});

describe("CREDIT.ZZONE", () => {
  it("Grey on and between the cut-offs, Safe above, Distress below", () => {
    expect(zzone(2.698, null)).toBe("Grey");
    expect(zzone(1.81, null)).toBe("Grey");
    expect(zzone(3, null)).toBe("Safe");
    expect(zzone(1.2, "private")).toBe("Distress");
    expect(zzone(6.8094, "em")).toBe("Safe");
  });

  it("text z is #VALUE!", () => {
    expect(() => zzone("high", null)).toThrow(code("#VALUE!", "z must be a number."));
  });
});

describe("CREDIT.POINTS and CREDIT.PD (Siddiqi 2006: 600 at 50:1, PDO 20)", () => {
  it("PD 1/101 (odds 100:1) is 620 points; 600 points is PD 1/51", () => {
    expect(points(1 / 101, null, null, null)).toBeCloseTo(620, 9);
    expect(pd(600, null, null, null)).toBeCloseTo(1 / 51, 15);
    expect(pd(620, 600, 50, 20)).toBeCloseTo(1 / 101, 15);
  });

  it("takes other scalings: 300 at 30:1 with PDO 20 gives 320 at 60:1", () => {
    expect(points(1 / 61, 300, 30, 20)).toBeCloseTo(320, 9);
  });

  it("PD outside (0, 1) or a non-positive PDO is #NUM!", () => {
    expect(() => points(0, null, null, null)).toThrow(code("#NUM!"));
    expect(() => points(1, null, null, null)).toThrow(code("#NUM!"));
    expect(() => pd(600, 600, 50, 0)).toThrow(code("#NUM!"));
    expect(() => pd(600, 600, -1, 20)).toThrow(code("#NUM!"));
  });
});

const card = [
  ["Factor", "From", "To", "Category", "Points"],
  ["Years Trading", null, 2, null, 10],
  ["Years Trading", 2, 5, null, 25],
  ["Years Trading", 5, null, null, 40],
  ["Years Trading", null, null, "(missing)", 15],
  ["Country", null, null, "DE", 30],
  ["Country", null, null, "CN", 25],
  ["Current Ratio", null, 1, null, 5],
  ["Current Ratio", 1, null, null, 20],
];

describe("CREDIT.SCORE and CREDIT.SCOREDETAIL on a scorecard", () => {
  const names = [["Years Trading", "Country", "Current Ratio"]];

  it("totals the matched points: 25 + 30 + 20 = 75", () => {
    expect(score(names, [[3, "de", 1.4]], card, null)).toBe(75);
  });

  it("spills factor, value, bin, points, reason", () => {
    expect(scoreDetail(names, [[3, "de", 1.4]], card, null)).toEqual([
      ["Years Trading", 3, "[2, 5)", 25, 15],
      ["Country", "de", "DE", 30, 0],
      ["Current Ratio", 1.4, "[1, +∞)", 20, 0],
    ]);
  });

  it("names across and values down are read side by side; a blank value takes the (missing) row", () => {
    expect(score(names, [[""], ["CN"], [0.5]], card, null)).toBe(15 + 25 + 5);
    expect(scoreDetail(names, [["", "CN", 0.5]], card, null)[0]).toEqual(["Years Trading", "", "(missing)", 15, 25]);
  });

  it("no matching row is #N/A naming the factor", () => {
    expect(() => score(names, [[3, "FR", 1]], card, null)).toThrow(
      code("#N/A", "Country: the value “FR” matches no row of the scorecard."),
    );
  });

  it("a bad scorecard row is #VALUE! naming the row", () => {
    const bad = [...card, ["Country", null, null, null, 3]];
    expect(() => score(names, [[3, "DE", 1]], bad, null)).toThrow(
      code("#VALUE!", "scorecard row 10: give a From/To range or a Category."),
    );
  });

  it("mismatched ranges are #VALUE!", () => {
    expect(() => score(names, [[3, "DE"]], card, null)).toThrow(
      code("#VALUE!", "factor_values must have the same number of rows and columns as factor_names."),
    );
  });
});

describe("CREDIT.SCORE and CREDIT.SCOREDETAIL without a scorecard (built-in model)", () => {
  it("reweights the present factors: Small, external 70 and 0 days beyond terms → (25×70 + 35×100) ÷ 60 = 87.5", () => {
    expect(score([["External Score", "Days Beyond Terms"]], [[70, 0]], omitted, "Small")).toBe(87.5);
  });

  it("uses the Mid weights by default and accepts Chinese names and zones", () => {
    // Mid: (15×60 + 15×50) ÷ 30 = 55
    expect(score([["外部评分"], ["Z值区间"]], [[60], ["灰色"]], omitted, null)).toBe(55);
  });

  it("spills the contribution of each factor and lists the missing ones", () => {
    const rows = scoreDetail([["External Score", "Days Beyond Terms"]], [[70, 0]], omitted, "Small");
    expect(rows[0]).toEqual([
      "External Score",
      70,
      "0–100",
      expect.closeTo((70 * 25) / 60, 10),
      expect.closeTo((30 * 25) / 60, 10),
    ]);
    expect(rows[1]).toEqual(["Days Beyond Terms", 0, "≤ 0", expect.closeTo((100 * 35) / 60, 10), 0]);
    expect(rows.slice(2).map((r) => [r[0], r[2], r[3]])).toEqual(
      ["Years Trading", "Current Ratio", "Debt Ratio", "Altman Zone", "Profitability", "Annual Revenue"].map((n) => [
        n,
        "(missing: reweighted)",
        0,
      ]),
    );
  });

  it("an unknown factor or segment is #VALUE!; no values at all #N/A", () => {
    expect(() => score([["Colour"]], [[1]], omitted, null)).toThrow(
      code("#VALUE!", /“Colour” is not a factor of the built-in model/),
    );
    expect(() => score([["External Score"]], [[1]], omitted, "Huge")).toThrow(
      code("#VALUE!", "segment must be one of: Large, Mid, Small."),
    );
    expect(() => score([["External Score"]], [[""]], omitted, null)).toThrow(code("#N/A"));
    expect(() => score([["Altman Zone"]], [[2.5]], omitted, null)).toThrow(code("#VALUE!"));
    expect(() => score([["External Score"]], [["high"]], omitted, null)).toThrow(
      code("#VALUE!", "factor_values must hold numbers; row 1 holds “high”."),
    );
  });

  it("messages follow the display language", () => {
    setFunctionsLanguage("zh-CN");
    try {
      expect(() => score([["External Score"]], [[""]], omitted, null)).toThrow(
        code("#N/A", "内置模型的因子都没有值，无法评分。"),
      );
    } finally {
      setFunctionsLanguage("en");
    }
  });
});

describe("CREDIT.GRADE", () => {
  it("default bands A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35, E below", () => {
    expect([80, 72, 50, 35, 34.9].map((s) => grade(s, omitted))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("an entirely blank grade table means the policy's bands", () => {
    expect(
      grade(72, [
        ["", ""],
        [null, null],
      ]),
    ).toBe("B");
  });

  it("a grade table of minimum score and grade, any order, header optional", () => {
    const table = [
      ["Min score", "Grade"],
      [500, "Medium"],
      [600, "High"],
      [0, "Low"],
    ];
    expect(grade(550, table)).toBe("Medium");
    expect(grade(600, table)).toBe("High");
  });

  it("below the lowest minimum is #N/A; a one-column table #VALUE!; a text minimum #VALUE! naming the row", () => {
    expect(() => grade(-1, [[0, "Low"]])).toThrow(code("#N/A"));
    expect(() => grade(1, [[0], [1]])).toThrow(
      code("#VALUE!", "grade_table must have two columns: minimum score, grade."),
    );
    expect(() =>
      grade(1, [
        [0, "Low"],
        ["x", "High"],
      ]),
    ).toThrow(code("#VALUE!", "grade_table must hold numbers; row 2 holds “x”."));
  });
});

describe("CREDIT.LIMIT (default policy)", () => {
  it("need = 100,000 × (60 + 30) ÷ 30 = 300,000", () => {
    expect(limit(100_000, 60, "B", null, null, null, null, null)).toBe(300_000);
  });

  it("capped by 15 % of net worth 1,500,000 for grade B = 225,000", () => {
    expect(limit(100_000, 60, "b", 1_500_000, null, null, null, null)).toBe(225_000);
  });

  it("insured 150,000 + 10,000; +50 % on a current 100,000; 10,000 for a 3-month customer", () => {
    expect(limit(100_000, 60, "B", null, null, 150_000, null, null)).toBe(160_000);
    expect(limit(100_000, 60, "B", null, null, null, 100_000, null)).toBe(150_000);
    expect(limit(100_000, 60, "B", null, null, null, null, 3)).toBe(10_000);
  });

  it("grade E gets 0; an unknown or blank grade is #VALUE!; negative sales #NUM!", () => {
    expect(limit(100_000, 60, "E", null, null, null, null, null)).toBe(0);
    expect(() => limit(100_000, 60, "Z", null, null, null, null, null)).toThrow(
      code("#VALUE!", "grade must be one of the policy grades: A, B, C, D, E."),
    );
    expect(() => limit(100_000, 60, null, null, null, null, null, null)).toThrow(code("#VALUE!", "grade is required."));
    expect(() => limit(-1, 60, "A", null, null, null, null, null)).toThrow(code("#NUM!"));
  });
});

describe("CREDIT.COLLECTIONSTAGE", () => {
  it("ladder by days past due, adjusted by grade", () => {
    expect(collectionStage(0, null, null)).toBe("No action");
    expect(collectionStage(10, null, null)).toBe("Reminder");
    expect(collectionStage(45, "C", null)).toBe("Demand letter");
    expect(collectionStage(45, "E", null)).toBe("Stop supply");
    expect(collectionStage(120, "A", false)).toBe("Agency / legal");
  });

  it("disputed items go to dispute handling, never escalated", () => {
    expect(collectionStage(120, "E", true)).toBe("Dispute handling");
    expect(collectionStage(120, "E", "TRUE")).toBe("Dispute handling");
  });

  it("in Chinese when Excel's language is Chinese", () => {
    setFunctionsLanguage("zh-CN");
    try {
      expect(collectionStage(45, "C", null)).toBe("催款函");
    } finally {
      setFunctionsLanguage("en");
    }
  });

  it("text days or a non-boolean disputed is #VALUE!", () => {
    expect(() => collectionStage("late", null, null)).toThrow(code("#VALUE!", "days_past_due must be a number."));
    expect(() => collectionStage(5, null, "maybe")).toThrow(code("#VALUE!", "disputed must be TRUE or FALSE."));
  });
});
