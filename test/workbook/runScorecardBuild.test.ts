/** One scorecard build through the ports: read a table, build, write the sheets; errors as CreditErrors. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CreditError } from "../../src/core/errors";
import { buildScorecard } from "../../src/core/modelling/scorecardBuilder";
import { parseCsv } from "../../src/files/csv";
import type { WorkbookLayout } from "../../src/workbook/layout";
import type { RawTable, ReviewSink, WorkbookSource } from "../../src/workbook/ports";
import {
  guessTarget,
  runScorecardBuild,
  scorecardData,
  type ScorecardStage,
} from "../../src/workbook/runScorecardBuild";

const [header, ...rows] = parseCsv(readFileSync(join(__dirname, "../fixtures/germancredit.csv"), "utf8"));

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

describe("guessTarget", () => {
  it.each([
    [["id", "income", "Defaulted", "region"], "Defaulted"],
    [["status", "duration", "creditability"], "creditability"],
    [["客户编号", "收入", "是否违约"], "是否违约"],
    [["Payment Terms", "Years Trading", "bad_flag"], "bad_flag"],
    [["a", "b", "c", ""], "c"],
  ])("%j → %s", (headers, expected) => {
    expect(guessTarget(headers)).toBe(expected);
  });

  it("is undefined without headers", () => {
    expect(guessTarget(["", " "])).toBeUndefined();
  });
});
