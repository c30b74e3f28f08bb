import { buildScorecard, type ScorecardData } from "../../../src/core/modelling/scorecardBuilder";
import { scorecardSheet } from "../../helpers/scorecardSheet";
import { mulberry32 } from "../../../src/core/modelling/trainTestSplit";
import { parseScorecard, scoreOnScorecard } from "../../../src/core/scoring/scorecard";

/**
 * 2,000 synthetic applicants: `years` (numeric, lower risk when higher), `region` (categorical, north riskier),
 * `noise` (0/1, unrelated), `years_copy` (= years + small noise: correlated), `constant`, `empty` (all blank),
 * `single` (one category) and `segment` with a rare category; target `default` as 1/0.
 */
function synthetic(): ScorecardData {
  const random = mulberry32(11);
  const columns = ["id", "years", "region", "noise", "years_copy", "constant", "empty", "single", "segment", "default"];
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const years = Math.floor(random() * 20);
    const region = ["north", "south", "east"][Math.floor(random() * 3)];
    const eta = -0.5 - 0.15 * years + (region === "north" ? 1 : 0);
    const bad = random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    const segment = i % 100 === 0 ? "rare" : i % 2 ? "A" : "B";
    return [`C${i}`, years, region, Math.floor(random() * 2), years + random() * 0.5, 7, "", "only", segment, bad];
  });
  return { columns, rows };
}

describe("scorecard builder", () => {
  const data = synthetic();
  const build = buildScorecard(data, { target: "default", exclude: ["id"] });
  const flags = (v: string) => build.variables.find((x) => x.variable === v)!.flags.map((f) => f.kind);

  it("selects the informative variables and flags the rest", () => {
    expect(build.selected).toContain("region");
    expect(build.selected.filter((v) => v === "years" || v === "years_copy")).toHaveLength(1);
    expect(flags("noise")).toContain("weak");
    expect(flags("constant")).toContain("weak");
    expect(flags("empty")).toEqual(expect.arrayContaining(["noValues", "weak"]));
    expect(flags("single")).toContain("weak");
    expect(build.variables.some((v) => v.variable === "id")).toBe(false);
  });

  it("keeps the higher-IV variable of a correlated pair (|r| > 0.7 on WOE)", () => {
    const copy = build.variables.find((v) => v.variable === "years_copy")!;
    const years = build.variables.find((v) => v.variable === "years")!;
    const kept = years.iv >= copy.iv ? years : copy;
    const dropped = kept === years ? copy : years;
    expect(kept.selected).toBe(true);
    expect(dropped.selected).toBe(false);
    expect(dropped.flags).toEqual([expect.objectContaining({ kind: "correlated", with: kept.variable })]);
  });

  it("writes numeric bins From ≤ v < To with open ends blank, categories one row each, and a (missing) row", () => {
    const rows = scorecardSheet(build);
    expect(rows[0]).toEqual(["Factor", "From", "To", "Category", "Points"]);
    const years = rows.filter((r) => r[0] === "years" || r[0] === "years_copy");
    expect(years[0][1]).toBeNull();
    expect(years.find((r) => r[3] === "(missing)")).toBeDefined();
    const region = rows.filter((r) => r[0] === "region").map((r) => r[3]);
    expect(region.sort()).toEqual(["(missing)", "east", "north", "south"]);
    expect(rows.slice(1).every((r) => Number.isInteger(r[4]))).toBe(true);
  });

  it("its own scores equal the table's, row by row", () => {
    const card = parseScorecard(scorecardSheet(build));
    data.rows.forEach((row, i) => {
      expect(scoreOnScorecard(card, (f) => row[data.columns.indexOf(f)]).total).toBe(build.scores[i]);
    });
  });

  it("rounds to the decimals asked, and the scores still agree with the table", () => {
    const b = buildScorecard(data, { target: "default", exclude: ["id"], pointsDecimals: 2 });
    const card = parseScorecard(scorecardSheet(b));
    expect(b.table.some((r) => !Number.isInteger(r.points))).toBe(true);
    data.rows.slice(0, 200).forEach((row, i) => {
      expect(scoreOnScorecard(card, (f) => row[data.columns.indexOf(f)]).total).toBe(b.scores[i]);
    });
  });

  it("follows the analyst's overrides", () => {
    const b = buildScorecard(data, {
      target: "default",
      exclude: ["id", "years_copy"],
      overrides: { years: { cuts: [5, 10, 15] }, region: { groups: [["south", "east"]] } },
    });
    const years = b.table.filter((r) => r.factor === "years" && r.category === undefined).map((r) => [r.from, r.to]);
    expect(years).toEqual([
      [undefined, 5],
      [5, 10],
      [10, 15],
      [15, undefined],
    ]);
    const region = b.table.filter((r) => r.factor === "region");
    expect(region.find((r) => r.category === "south")!.points).toBe(region.find((r) => r.category === "east")!.points);
  });

  it("writes a numeric factor left with one range as two rows split at 0, since a row needs a From or a To", () => {
    // `filed` is 1 or blank, and only its blanks tell: one numeric range plus the (missing) bin
    const random = mulberry32(5);
    const rows = Array.from({ length: 600 }, () => {
      const filed = random() < 0.5;
      return [filed ? 1 : null, random() < (filed ? 0.15 : 0.45) ? 1 : 0];
    });
    const b = buildScorecard({ columns: ["filed", "y"], rows }, { target: "y" });
    const filed = b.table.filter((r) => r.factor === "filed");
    expect(filed.map((r) => [r.from, r.to, r.category])).toEqual([
      [undefined, 0, undefined],
      [0, undefined, undefined],
      [undefined, undefined, "(missing)"],
    ]);
    expect(filed[0].points).toBe(filed[1].points);
    expect(filed[0].points).toBeGreaterThan(filed[2].points);
  });

  it("one class only → #DIV/0! naming the target", () => {
    const rows = data.rows.map((r) => [...r.slice(0, 9), 0]);
    expect(() => buildScorecard({ columns: data.columns, rows }, { target: "default" })).toThrow(
      expect.objectContaining({
        kind: "div0",
        code: "builderNoBads",
        params: expect.objectContaining({ argument: "default" }),
      }),
    );
  });

  it("a target value that is neither good nor bad → #VALUE! naming the line of the file", () => {
    const rows = data.rows.map((r, i) => (i === 4 ? [...r.slice(0, 9), "maybe"] : r));
    expect(() => buildScorecard({ columns: data.columns, rows }, { target: "default" })).toThrow(
      expect.objectContaining({ kind: "value", message: expect.stringContaining("default row 6: “maybe”") }),
    );
  });

  it("no such target column, no rows, an override of an unknown column → #VALUE!", () => {
    expect(() => buildScorecard(data, { target: "defaulted" })).toThrow(
      expect.objectContaining({ code: "builderTargetMissing" }),
    );
    expect(() => buildScorecard({ columns: data.columns, rows: [] }, { target: "default" })).toThrow(
      expect.objectContaining({ code: "builderNoRows" }),
    );
    expect(() => buildScorecard(data, { target: "default", overrides: { nope: { cuts: [1] } } })).toThrow(
      expect.objectContaining({ code: "builderOverrideUnknown" }),
    );
    expect(() => buildScorecard(data, { target: "default", overrides: { years: { cuts: [5, 3] } } })).toThrow(
      expect.objectContaining({ code: "builderOverrideCuts" }),
    );
  });

  it("nothing informative → #NUM! saying every IV is below the minimum", () => {
    const columns = ["noise", "y"];
    const random = mulberry32(3);
    const rows = Array.from({ length: 400 }, () => [Math.floor(random() * 3), random() < 0.3 ? 1 : 0]);
    expect(() => buildScorecard({ columns, rows }, { target: "y", minIv: 0.5 })).toThrow(
      expect.objectContaining({ kind: "num", code: "builderNothingSelected" }),
    );
  });

  it("too few rows of a class to fit → #NUM!", () => {
    const rows = [
      [1, 1],
      [2, 1],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 0],
    ];
    expect(() => buildScorecard({ columns: ["x", "y"], rows }, { target: "y" })).toThrow(
      expect.objectContaining({ kind: "num", code: "builderTooFewOfClass" }),
    );
  });

  it("a category met only in the test rows scores at average risk; one the data never had → #N/A naming the factor", () => {
    const rows = data.rows.map((r, i) => (i === 1999 ? [...r.slice(0, 2), "west", ...r.slice(3)] : r));
    const b = buildScorecard({ columns: data.columns, rows }, { target: "default", exclude: ["id"] });
    const card = parseScorecard(scorecardSheet(b));
    const valueOf = (over: string) => (f: string) => (f === "region" ? over : rows[0][data.columns.indexOf(f)]);
    // in training "west" is a rare category pooled with others; in the test rows it gets a WOE-0 bin: a row either way
    expect(b.table.some((r) => r.factor === "region" && r.category === "west")).toBe(true);
    expect(() => scoreOnScorecard(card, valueOf("atlantis"))).toThrow(
      expect.objectContaining({ kind: "na", message: expect.stringContaining("region") }),
    );
  });
});
