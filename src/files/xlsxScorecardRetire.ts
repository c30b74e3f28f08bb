/** Going back to the built-in model on an .xlsx held in memory (the browser pane): the Scorecard set aside. */
import type ExcelJS from "exceljs";
import { retirePlan, type RetirePlan } from "../workbook/scoringModel";

/** An ExcelJS table as the worksheet keeps it: the model carries the name written to the file. */
interface HeldTable {
  table: { name: string; displayName?: string };
}

/**
 * Renames, in the workbook given, every table and sheet the review would read as the Scorecard, as `retirePlan`
 * says (tables are re-keyed on their sheet, as ExcelJS looks them up by name). Returns the plan applied.
 * @example retireXlsxScorecard(workbook).sheets // [{ from: "Scorecard", to: "Scorecard (retired)" }]
 */
export function retireXlsxScorecard(workbook: ExcelJS.Workbook): RetirePlan {
  const held = workbook.worksheets.flatMap((ws) =>
    (ws.getTables() as unknown as HeldTable[]).map((t) => ({ ws, held: t, name: t.table.name })),
  );
  const plan = retirePlan(
    held,
    workbook.worksheets.map((ws) => ws.name),
  );
  for (const { from, to } of plan.tables) {
    const found = held.find((t) => t.name === from)!;
    const tables = (found.ws as unknown as { tables: Record<string, HeldTable> }).tables;
    delete tables[from];
    found.held.table.name = to;
    found.held.table.displayName = to;
    tables[to] = found.held;
  }
  for (const { from, to } of plan.sheets) workbook.getWorksheet(from)!.name = to;
  return plan;
}
