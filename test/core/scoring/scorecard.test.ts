import {
  parseScorecard,
  scoreNamedValues,
  scoreOnScorecard,
  valuesOutsideBins,
  type ScoreValue,
} from "../../../src/core/scoring/scorecard";

// A small application scorecard in the layout of Siddiqi (2006), ch. 6, exhibit "scorecard format":
// one row per attribute, its points; score = Σ points of the attributes the applicant has.
const table: ScoreValue[][] = [
  ["Factor", "From", "To", "Category", "Points"],
  ["Years Trading", null, 2, null, 10],
  ["Years Trading", 2, 5, null, 25],
  ["Years Trading", 5, null, null, 40],
  ["Years Trading", null, null, "(missing)", 15],
  ["Country", null, null, "DE", 30],
  ["Country", null, null, "CN", 25],
  ["Country", null, null, "Other", 5],
  ["Current Ratio", null, 1, null, 5],
  ["Current Ratio", 1, null, null, 20],
];

describe("parseScorecard", () => {
  it("reads an English header and groups rows by factor, keeping the best points", () => {
    const card = parseScorecard(table);
    expect(card.factors.map((f) => [f.name, f.bins.length, f.best])).toEqual([
      ["Years Trading", 4, 40],
      ["Country", 3, 30],
      ["Current Ratio", 2, 20],
    ]);
  });

  it("reads a Chinese header with the columns in another order", () => {
    const card = parseScorecard([
      ["分值", "因子", "类别", "下限", "上限"],
      [12, "行业", "制造", null, null],
      [3, "行业", "零售", null, null],
    ]);
    expect(card.factors[0]).toEqual(expect.objectContaining({ name: "行业", best: 12 }));
    expect(scoreOnScorecard(card, () => "零售").total).toBe(3);
  });

  it("reads a table without a header in the order Factor, From, To, Category, Points", () => {
    const card = parseScorecard(table.slice(1));
    expect(card.factors).toHaveLength(3);
  });

  it("skips blank rows", () => {
    const card = parseScorecard([...table.slice(0, 3), [null, "", null, null, null], ...table.slice(3)]);
    expect(card.factors[0].bins).toHaveLength(4);
  });

  it("names the row of each kind of bad row", () => {
    const bad = (row: ScoreValue[]) => () => parseScorecard([table[0], table[1], row]);
    expect(bad([null, 1, 2, null, 5])).toThrow(
      expect.objectContaining({ code: "scorecardFactorBlank", params: { row: 3 } }),
    );
    expect(bad(["X", "one", 2, null, 5])).toThrow(
      expect.objectContaining({
        code: "scorecardNotNumber",
        params: expect.objectContaining({ row: 3, column: "From" }),
      }),
    );
    expect(bad(["X", 1, 2, null, "many"])).toThrow(
      expect.objectContaining({ code: "scorecardNotNumber", params: expect.objectContaining({ column: "Points" }) }),
    );
    expect(bad(["X", 2, 2, null, 5])).toThrow(
      expect.objectContaining({ code: "scorecardRangeOrder", params: { row: 3, from: 2, to: 2 } }),
    );
    expect(bad(["X", null, null, null, 5])).toThrow(expect.objectContaining({ code: "scorecardNoBin" }));
    expect(bad(["X", 1, null, "cat", 5])).toThrow(expect.objectContaining({ code: "scorecardRangeAndCategory" }));
    expect(bad(["Years Trading", 1, 3, null, 5])).toThrow(
      expect.objectContaining({ code: "scorecardOverlap", params: { row: 3, factor: "Years Trading", other: 2 } }),
    );
  });

  it("rejects a repeated category of a factor, case-insensitively", () => {
    expect(() =>
      parseScorecard([
        ["Country", null, null, "DE", 1],
        ["country", null, null, "de", 2],
      ]),
    ).toThrow(
      expect.objectContaining({
        code: "scorecardDuplicateCategory",
        params: expect.objectContaining({ row: 2, other: 1 }),
      }),
    );
  });

  it("ranges that only touch ([0, 2) and [2, 5)) do not overlap", () => {
    expect(() =>
      parseScorecard([
        ["A", 0, 2, null, 1],
        ["A", 2, 5, null, 2],
      ]),
    ).not.toThrow();
  });

  it("rejects a header missing a column, a table too narrow, and an empty table", () => {
    expect(() => parseScorecard([["Factor", "From", "To", "Points"]])).toThrow(
      expect.objectContaining({
        code: "scorecardHeaderMissing",
        params: expect.objectContaining({ column: "Category" }),
      }),
    );
    expect(() => parseScorecard([["A", 1, 2, 3]])).toThrow(
      expect.objectContaining({ code: "scorecardShape", params: { columns: 4 } }),
    );
    expect(() => parseScorecard([table[0]])).toThrow(expect.objectContaining({ code: "scorecardEmpty" }));
    expect(() => parseScorecard([])).toThrow(expect.objectContaining({ code: "scorecardShape" }));
  });
});

describe("scoreOnScorecard", () => {
  const card = parseScorecard(table);
  const customer = (v: Record<string, ScoreValue>) => (f: string) => v[f];

  it("sums the matched points and explains each factor: 25 + 30 + 20 = 75", () => {
    const r = scoreOnScorecard(card, customer({ "Years Trading": 3, Country: "de", "Current Ratio": 1.4 }));
    expect(r.total).toBe(75);
    expect(r.detail).toEqual([
      { factor: "Years Trading", value: 3, bin: "[2, 5)", points: 25, reason: 15 },
      { factor: "Country", value: "de", bin: "DE", points: 30, reason: 0 },
      { factor: "Current Ratio", value: 1.4, bin: "[1, +∞)", points: 20, reason: 0 },
    ]);
  });

  it("From is inclusive and To exclusive: 2 falls in [2, 5), 5 in [5, +∞), 0.999 in (-∞, 1)", () => {
    const r = scoreOnScorecard(card, customer({ "Years Trading": 2, Country: "CN", "Current Ratio": 0.999 }));
    expect(r.detail.map((d) => d.bin)).toEqual(["[2, 5)", "CN", "(-∞, 1)"]);
    expect(scoreOnScorecard(card, customer({ "Years Trading": 5, Country: "CN", "Current Ratio": 1 })).total).toBe(
      40 + 25 + 20,
    );
  });

  it("a blank value matches the (missing) row", () => {
    const r = scoreOnScorecard(card, customer({ Country: "Other", "Current Ratio": 2 }));
    expect(r.detail[0]).toEqual({ factor: "Years Trading", value: null, bin: "(missing)", points: 15, reason: 25 });
  });

  it("a value with no row is #N/A naming the factor: blank without a (missing) row, unknown category", () => {
    expect(() => scoreOnScorecard(card, customer({ "Years Trading": 1, Country: "FR", "Current Ratio": 2 }))).toThrow(
      expect.objectContaining({ kind: "na", code: "scoreNoBin", params: { factor: "Country", value: "FR" } }),
    );
    expect(() => scoreOnScorecard(card, customer({ "Years Trading": 1, Country: "DE" }))).toThrow(
      expect.objectContaining({ kind: "na", params: { factor: "Current Ratio", value: "(blank)" } }),
    );
  });

  it("numeric text matches a numeric bin; TRUE/FALSE match a category TRUE/FALSE", () => {
    expect(
      scoreOnScorecard(card, customer({ "Years Trading": "7", Country: "DE", "Current Ratio": "0.5" })).total,
    ).toBe(40 + 30 + 5);
    const flags = parseScorecard([
      ["Guarantee", null, null, "TRUE", 20],
      ["Guarantee", null, null, "false", 0],
    ]);
    expect(scoreOnScorecard(flags, () => true).total).toBe(20);
    expect(scoreOnScorecard(flags, () => false).total).toBe(0);
  });

  it("a number matches a category written as that number when no range fits", () => {
    const codes = parseScorecard([
      ["Region", null, null, "1", 9],
      ["Region", null, null, "2", 3],
    ]);
    expect(scoreOnScorecard(codes, () => 2).total).toBe(3);
  });
});

describe("valuesOutsideBins", () => {
  const card = parseScorecard(table);

  it("lists each value no bin of its factor takes, in table order, a blank one as null", () => {
    // Country has no (missing) row; FR is no category; Current Ratio −0.5 is in (-∞, 1), so it scores.
    const values: Record<string, ScoreValue> = { "Years Trading": 3, Country: "FR", "Current Ratio": -0.5 };
    expect(valuesOutsideBins(card, (f) => values[f]).map((o) => [o.factor.name, o.value])).toEqual([["Country", "FR"]]);
    expect(valuesOutsideBins(card, () => undefined).map((o) => [o.factor.name, o.value])).toEqual([
      ["Country", null],
      ["Current Ratio", null],
    ]);
  });

  it("is empty when every value has its bin, as scoreOnScorecard then scores", () => {
    const values: Record<string, ScoreValue> = { "Years Trading": 5, Country: "cn", "Current Ratio": 1 };
    expect(valuesOutsideBins(card, (f) => values[f])).toEqual([]);
    expect(scoreOnScorecard(card, (f) => values[f]).total).toBe(40 + 25 + 20);
  });
});

describe("scoreNamedValues", () => {
  const card = parseScorecard(table);

  it("matches names case- and space-insensitively, and an unnamed factor counts as blank", () => {
    const r = scoreNamedValues(card, [
      { name: "country", value: "DE", position: 1 },
      { name: "CURRENT RATIO", value: 3, position: 2 },
    ]);
    expect(r.total).toBe(15 + 30 + 20);
  });

  it("a name not in the scorecard is #N/A; a name twice is #VALUE! with both positions", () => {
    expect(() => scoreNamedValues(card, [{ name: "Colour", value: "red", position: 1 }])).toThrow(
      expect.objectContaining({ kind: "na", code: "scoreUnknownFactor", params: { factor: "Colour" } }),
    );
    expect(() =>
      scoreNamedValues(card, [
        { name: "Country", value: "DE", position: 1 },
        { name: "country ", value: "CN", position: 3 },
      ]),
    ).toThrow(expect.objectContaining({ kind: "value", params: { factor: "country", first: 1, second: 3 } }));
  });
});
