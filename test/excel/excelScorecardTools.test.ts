/**
 * Going back to the built-in model inside Excel (fake host): the Scorecard the builder wrote is renamed, the review
 * then reads no Scorecard, and nothing the user made is deleted or changed.
 */
import { serialFromIso } from "../../src/core/dates";
import { retireScorecard } from "../../src/excel/excelScorecardTools";
import { ExcelPaneHost } from "../../src/taskpane/excelPaneHost";
import { runScorecardBuild } from "../../src/workbook/runScorecardBuild";
import { scoringModel } from "../../src/workbook/scoringModel";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { germanCreditRows } from "../fixtures/germanCredit";

const [header, ...rows] = germanCreditRows();

describe("retireScorecard (fake Excel)", () => {
  it("names the builder's Scorecard with its date and test AUC, then renames it so the built-in model scores", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Applicants", [
      header,
      ...rows.map((r) => r.map((v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v))),
    ]);
    const host = new ExcelPaneHost(excel.run);
    const builtOn = serialFromIso("2026-12-03")!;
    const outcome = await runScorecardBuild(host.source(), host.sink(), {
      table: "Applicants",
      target: "creditability",
      builtOn,
    });
    expect(outcome.written).toBe(true);
    // read back through Excel: the report's test AUC and date are what the build gave
    await expect(scoringModel(host.source())).resolves.toEqual({
      kind: "workbook",
      sheet: "Scorecard",
      factors: outcome.build.selected.length,
      builtOn,
      testAuc: outcome.build.test.auc,
    });
    const before = excel.sheetValues("Scorecard");

    await expect(host.retireScorecard()).resolves.toEqual({
      tables: [{ from: "Scorecard", to: "Scorecard_retired" }],
      sheets: [{ from: "Scorecard", to: "Scorecard (retired)" }],
    });
    expect([...excel.sheetNames()].sort()).toEqual(["Applicants", "Scorecard (retired)", "Scorecard Report"]);
    expect(excel.sheetValues("Scorecard (retired)")).toEqual(before); // renamed, not changed
    expect(excel.tables().map((t) => t.name)).toContain("Scorecard_retired");
    await expect(scoringModel(host.source())).resolves.toEqual({ kind: "builtIn" });
  });

  it("renames a Scorecard table on the user's own sheet, and leaves that sheet's name and cells alone", async () => {
    const excel = new FakeExcel();
    const grid = [
      ["Factor", "From", "To", "Category", "Points"],
      ["Years Trading", null, 5, null, 10],
      ["Years Trading", 5, null, null, 30],
    ];
    excel.addSheet("Model", grid);
    excel.addTable("Model", "Scorecard");
    excel.addSheet("Old", [["Factor", "From", "To", "Category", "Points"]]);
    excel.addTable("Old", "Scorecard_retired");
    await expect(scoringModel(new ExcelPaneHost(excel.run).source())).resolves.toMatchObject({ kind: "workbook" });

    const plan = await retireScorecard(excel.run);
    // a table is already named Scorecard_retired, so this one takes the next free name
    expect(plan).toEqual({ tables: [{ from: "Scorecard", to: "Scorecard_retired2" }], sheets: [] });
    expect(excel.sheetNames()).toEqual(["Model", "Old"]);
    expect(excel.sheetValues("Model")).toEqual(grid);
    await expect(scoringModel(new ExcelPaneHost(excel.run).source())).resolves.toEqual({ kind: "builtIn" });
  });

  it("does nothing, in one sync, when there is no Scorecard", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers", [["Customer ID"], ["C1"]]);
    excel.resetCounters();
    await expect(retireScorecard(excel.run)).resolves.toEqual({ tables: [], sheets: [] });
    expect(excel.sheetNames()).toEqual(["Customers"]);
    expect(excel.syncs).toHaveLength(1); // the names only
  });
});
