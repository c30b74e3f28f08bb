/**
 * Going back to the built-in model in the browser pane (Node here): the Scorecard of the .xlsx held in memory is
 * renamed, the review then reads none, and the download carries the renamed sheet.
 */
import ExcelJS from "exceljs";
import { BrowserPaneHost } from "../../src/taskpane/browserHost";
import { runScorecardBuild } from "../../src/workbook/runScorecardBuild";
import { scoringModel } from "../../src/workbook/scoringModel";
import { germanCreditRows } from "../fixtures/germanCredit";

async function germanXlsx(): Promise<Uint8Array> {
  const [header, ...rows] = germanCreditRows();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Applicants");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("BrowserPaneHost.retireScorecard", () => {
  jest.setTimeout(60_000);

  it("renames the Scorecard sheet and table; the review then scores with the built-in model", async () => {
    const host = await BrowserPaneHost.open(await germanXlsx(), "german.xlsx");
    const outcome = await runScorecardBuild(host.source(), host.sink(), {
      table: "Applicants",
      target: "creditability",
    });
    expect(outcome.written).toBe(true);
    await expect(scoringModel(host.source())).resolves.toMatchObject({
      kind: "workbook",
      testAuc: outcome.build.test.auc,
    });

    await expect(host.retireScorecard()).resolves.toEqual({
      tables: [{ from: "Scorecard", to: "Scorecard_retired" }],
      sheets: [{ from: "Scorecard", to: "Scorecard (retired)" }],
    });
    await expect(scoringModel(host.source())).resolves.toEqual({ kind: "builtIn" });
    // the table is still there, under its new name, with the points the build gave
    const kept = await host.source().readTable("Scorecard_retired");
    expect(kept?.sheet).toBe("Scorecard (retired)");
    expect(kept?.rows).toHaveLength(outcome.build.table.length);

    const downloaded = new ExcelJS.Workbook();
    await downloaded.xlsx.load(await host.reviewFile()!.arrayBuffer());
    expect(downloaded.worksheets.map((w) => w.name)).toEqual(["Scorecard (retired)", "Scorecard Report", "Applicants"]);

    // a second time there is nothing left to rename
    await expect(host.retireScorecard()).resolves.toEqual({ tables: [], sheets: [] });
  });
});
