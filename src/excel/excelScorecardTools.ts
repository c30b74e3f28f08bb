/** Going back to the built-in model inside Excel: the workbook's Scorecard set aside under a new name. */
import { retirePlan, type RetirePlan } from "../workbook/scoringModel";
import type { ExcelRun } from "./excelHost";

/**
 * Renames every table and sheet the review would read as the Scorecard (Scorecard, 评分卡) as `retirePlan` says, so
 * the next review scores with the built-in model and the user's scorecard stays in the workbook. All renames go in
 * one sync: Excel applies them together or reports the failure. Returns what was renamed (empty when nothing was).
 *
 * Syncs: 2 — the names; the renames.
 * @example await retireScorecard(run) // { tables: [{ from: "Scorecard", to: "Scorecard_retired" }], sheets: [...] }
 */
export async function retireScorecard(run: ExcelRun): Promise<RetirePlan> {
  return run(async (context) => {
    const { tables, worksheets } = context.workbook;
    tables.load("items/name");
    worksheets.load("items/name");
    await context.sync();
    const plan = retirePlan(
      tables.items.map((t) => ({ name: t.name })),
      worksheets.items.map((w) => w.name),
    );
    for (const { from, to } of plan.tables) tables.getItem(from).name = to;
    for (const { from, to } of plan.sheets) worksheets.getItem(from).name = to;
    if (plan.tables.length + plan.sheets.length > 0) await context.sync();
    return plan;
  });
}
