/** One scorecard build through the ports: read a table, build, write the sheets; errors as CreditErrors. */
import { CreditError } from "../../src/core/errors";
import { buildScorecard } from "../../src/core/modelling/scorecardBuilder";
import type { WorkbookLayout } from "../../src/workbook/layout";
import type { RawTable, ReviewSink, WorkbookSource } from "../../src/workbook/ports";
import type { ScorecardBuild } from "../../src/core/modelling/scorecardBuilder";
import type { WorkbookTableInfo } from "../../src/workbook/ports";
import {
  outcomeColumn,
  runScorecardBuild,
  scorecardConcerns,
  scorecardConcernText,
  scorecardData,
  trainingTables,
  type ScorecardStage,
} from "../../src/workbook/runScorecardBuild";
import { CUSTOMERS_SCHEMA } from "../../src/workbook/schema";
import { germanCreditRows } from "../fixtures/germanCredit";

const [header, ...rows] = germanCreditRows();

/** The German credit data as a table of a workbook, with a blank spacer row in the middle. */
const applicants: RawTable = {
  name: "Applicants",
  sheet: "Data",
  headers: header.map(String),
  rows: [...rows.slice(0, 500), header.map(() => null), ...rows.slice(500)],
  firstDataRow: 2,
};

function sourceOf(...tables: RawTable[]): WorkbookSource {
  return { readTable: async (name) => tables.find((t) => t.name === name) };
}

function recordingSink(): ReviewSink & { written: WorkbookLayout[] } {
  const written: WorkbookLayout[] = [];
  return { written, write: async (layout) => void written.push(layout) };
}

describe("runScorecardBuild", () => {
  it("reads the table, builds as the engine does, and writes the layout, reporting each stage", async () => {
    const sink = recordingSink();
    const stages: ScorecardStage[] = [];
    const outcome = await runScorecardBuild(sourceOf(applicants), sink, {
      table: "Applicants",
      target: "creditability",
      seed: 11,
      onStage: (stage) => void stages.push(stage),
    });
    expect(stages).toEqual(["read", "build", "write"]);
    expect(outcome.rows).toBe(1000); // the spacer row is not an applicant
    const direct = buildScorecard(scorecardData(header, rows), { target: "creditability", seed: 11 });
    expect(outcome.build.table).toEqual(direct.table);
    expect(outcome.build.test.auc).toBe(direct.test.auc);
    expect(sink.written).toEqual([outcome.layout]);
    expect(outcome.layout.sheets.map((s) => s.name)).toEqual(["Scorecard", "Scorecard Report"]);
  });

  it("takes the scaling, the exclusions and the locale", async () => {
    const outcome = await runScorecardBuild(sourceOf(applicants), undefined, {
      table: "Applicants",
      target: "creditability",
      exclude: ["status_of_existing_checking_account"],
      scaling: { basePoints: 500, baseOdds: 20, pdo: 40 },
      locale: "zh-CN",
    });
    expect(outcome.build.variables.map((v) => v.variable)).not.toContain("status_of_existing_checking_account");
    expect(outcome.build.scaling).toMatchObject({ basePoints: 500, baseOdds: 20, pdo: 40 });
    expect(outcome.layout.sheets[0].tables[0].columns[0].header).toBe("因子");
  });

  it.each([
    ["a table the workbook does not have", { table: "Nowhere", target: "creditability" }, "errorTableMissing"],
    ["a target column the table does not have", { table: "Applicants", target: "defaulted" }, "builderTargetMissing"],
    ["a target column holding other values", { table: "Applicants", target: "purpose" }, "outcomeNotRecognised"],
  ])("throws a CreditError for %s, and writes nothing", async (_, options, code) => {
    const sink = recordingSink();
    const run = runScorecardBuild(sourceOf(applicants), sink, options);
    await expect(run).rejects.toBeInstanceOf(CreditError);
    await expect(run).rejects.toMatchObject({ code });
    expect(sink.written).toEqual([]);
  });

  it("throws a CreditError when the target holds one class only", async () => {
    const oneClass: RawTable = { ...applicants, rows: rows.filter((r) => r[r.length - 1] === "good") };
    await expect(
      runScorecardBuild(sourceOf(oneClass), undefined, { table: "Applicants", target: "creditability" }),
    ).rejects.toMatchObject({
      code: "builderNoBads",
    });
  });
});

describe("scorecardData", () => {
  it("trims headers, writes dates as ISO days, and leaves out rows blank from end to end", () => {
    expect(
      scorecardData(
        [" id ", "opened", null],
        [
          [1, new Date(Date.UTC(2024, 1, 29)), "x"],
          [null, "  ", undefined],
          [2, null, "y"],
        ],
      ),
    ).toEqual({
      columns: ["id", "opened", ""],
      rows: [
        [1, "2024-02-29", "x"],
        [2, null, "y"],
      ],
    });
  });
});

describe("outcomeColumn", () => {
  it.each([
    [["id", "income", "Defaulted", "region"], "Defaulted"],
    [["status", "duration", "creditability"], "creditability"],
    [["客户编号", "收入", "是否违约"], "是否违约"],
    [["Payment Terms", "Years Trading", "bad_flag"], "bad_flag"],
    [["x", "Good/Bad", "bad"], "Good/Bad"], // the first outcome name wins
    [["x", "GOOD_BAD"], "GOOD_BAD"],
    [["x", "好坏"], "好坏"],
    [["x", "坏客户"], "坏客户"],
    [["x", " Target "], " Target "],
  ])("%j → %s", (headers, expected) => {
    expect(outcomeColumn(headers)).toBe(expected);
  });

  it.each([
    [["a", "b", "c"]], // no longer the last column
    [["Bad Debt Provision", "Default Terms", "Badge"]], // words inside other names are not outcomes
    [["", " "]],
  ])("names no outcome in %j", (headers) => {
    expect(outcomeColumn(headers)).toBeUndefined();
  });

  it("names no outcome in the Customers table of the contract: Blacklisted and Written Off are the review's own flags", () => {
    expect(outcomeColumn(CUSTOMERS_SCHEMA.columns.map((c) => c.header))).toBeUndefined();
    expect(outcomeColumn(CUSTOMERS_SCHEMA.columns.flatMap((c) => c.synonyms))).toBeUndefined();
  });
});

describe("trainingTables", () => {
  const info = (name: string, sheet: string, rows = 10): WorkbookTableInfo => ({
    name,
    sheet,
    kind: name === sheet ? "sheet" : "table",
    rows,
    headers: ["a"],
  });

  it("leaves out the review's tables and sheets in both languages and the builder's own", () => {
    const listed = [
      info("Customers", "Customers"),
      info("Invoices", "Invoices"),
      info("Summary_Actions", "Summary"),
      info("CreditReview_Customers", "Credit Review"),
      info("Aging_Buckets", "Aging"),
      info("Alerts_List", "Alerts"),
      info("Collections_Worklist", "Collections"),
      info("Data_Issues", "Data Issues"),
      info("ReviewHistory", "ReviewHistory"),
      info("Alerts_List", "预警"),
      info("Aging_Top10", "账龄"),
      info("Summary_Actions", "概览"),
      info("CreditReview_Customers", "信用评审"),
      info("Collections_Worklist", "催收"),
      info("Data_Issues", "数据问题"),
      info("评审历史", "评审历史"),
      info("Scorecard", "Scorecard"),
      info("ScorecardReport_Variables", "Scorecard Report"),
      info("Applicants", "Data"),
    ];
    expect(trainingTables(listed).map((t) => t.name)).toEqual(["Customers", "Invoices", "Applicants"]);
  });

  it("leaves out the builder's tables wherever they sit, and tables without rows", () => {
    expect(
      trainingTables([info("ScorecardReport_Validation", "Model"), info("Empty", "Empty", 0), info("X", "Y", 1)]),
    ).toEqual([info("X", "Y", 1)]);
  });
});

describe("scorecardConcerns", () => {
  /** A build with only what the guard reads: the test AUC and the rows per score band. */
  const build = (auc: number, bands: [number, number][]) =>
    ({
      test: { auc },
      distribution: bands.map(([trainCount, testCount]) => ({ trainCount, testCount })),
    }) as unknown as ScorecardBuild;

  it("has none for a test AUC at the minimum and more than one band", () => {
    expect(
      scorecardConcerns(
        build(0.6, [
          [5, 2],
          [5, 3],
        ]),
        0.6,
      ),
    ).toEqual([]);
  });

  it("names an AUC below the minimum, and an AUC that is not a number (a test set of one class)", () => {
    expect(
      scorecardConcerns(
        build(0.599, [
          [5, 2],
          [5, 3],
        ]),
        0.6,
      ),
    ).toEqual([{ kind: "lowAuc", auc: 0.599, minimum: 0.6 }]);
    expect(
      scorecardConcerns(
        build(NaN, [
          [5, 2],
          [5, 3],
        ]),
        0.6,
      ),
    ).toEqual([{ kind: "lowAuc", auc: NaN, minimum: 0.6 }]);
  });

  it("names one score band: bands without rows do not count", () => {
    expect(
      scorecardConcerns(
        build(0.8, [
          [0, 0],
          [10, 4],
          [0, 0],
        ]),
        0.6,
      ),
    ).toEqual([{ kind: "oneBand" }]);
  });

  it("says them in both languages", () => {
    expect(scorecardConcernText({ kind: "lowAuc", auc: 0.5, minimum: 0.6 }, "en")).toBe(
      "test AUC 0.500 is below the minimum 0.600 (CreditPolicy: Minimum scorecard AUC)",
    );
    expect(scorecardConcernText({ kind: "lowAuc", auc: 0.5, minimum: 0.6 }, "zh-CN")).toBe(
      "测试集 AUC 0.500 低于最低要求 0.600（信用政策：评分卡最低AUC）",
    );
    expect(scorecardConcernText({ kind: "oneBand" }, "zh-CN")).toBe("所有客户都落在同一个分数段，评分卡无法区分客户");
  });
});

describe("runScorecardBuild guards the workbook", () => {
  // 300 customers: x = "r" for every 20th (all bad), "a" for the rest, of whom every 7th not already "r" is bad.
  // Category "a" holds goods and bads alike, so however the rows are split, the test set has bads and goods tied
  // on the same score: its AUC is below 1, and a policy minimum of 1 must stop the build.
  const rare: RawTable = {
    name: "Rare",
    sheet: "Rare",
    headers: ["x", "bad"],
    rows: Array.from({ length: 300 }, (_, i) => [i % 20 === 0 ? "r" : "a", i % 20 === 0 || i % 7 === 0 ? 1 : 0]),
    firstDataRow: 2,
  };
  const strict = { table: "Rare", target: "bad", minimumAuc: 1 };

  it("does not write a build with concerns, and says why", async () => {
    const sink = recordingSink();
    const stages: ScorecardStage[] = [];
    const outcome = await runScorecardBuild(sourceOf(rare), sink, { ...strict, onStage: (s) => void stages.push(s) });
    expect(outcome.build.test.auc).toBeLessThan(1);
    expect(outcome.concerns).toEqual([{ kind: "lowAuc", auc: outcome.build.test.auc, minimum: 1 }]);
    expect(outcome.written).toBe(false);
    expect(sink.written).toEqual([]);
    expect(stages).toEqual(["read", "build"]); // no write stage
  });

  it("writes it when forced", async () => {
    const forced = recordingSink();
    const outcome = await runScorecardBuild(sourceOf(rare), forced, { ...strict, force: true });
    expect(outcome.concerns).toHaveLength(1);
    expect(outcome.written).toBe(true);
    expect(forced.written).toEqual([outcome.layout]);
  });

  it("does not write without a sink, whatever the concerns", async () => {
    const outcome = await runScorecardBuild(sourceOf(rare), undefined, { ...strict, force: true });
    expect(outcome.written).toBe(false);
  });

  it("writes a good build at once, with its build date in the report", async () => {
    const outcome = await runScorecardBuild(sourceOf(applicants), recordingSink(), {
      table: "Applicants",
      target: "creditability",
      builtOn: 46359,
    });
    expect(outcome.concerns).toEqual([]);
    expect(outcome.written).toBe(true);
    const validation = outcome.layout.sheets[1].tables.find((t) => t.name === "ScorecardReport_Validation")!;
    expect(validation.rows.map((r) => r[7])).toEqual([46359, 46359]);
  });
});
