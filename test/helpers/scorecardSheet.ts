/** The Scorecard sheet a build writes, as the rows CREDIT.SCORE and the review read back from the workbook. */
import type { ScorecardBuild } from "../../src/core/modelling/scorecardBuilder";
import type { LayoutValue } from "../../src/workbook/layout";
import { scorecardLayout } from "../../src/workbook/scorecardLayout";

/**
 * The header and rows of the `Scorecard` table that `scorecardLayout` lays out for `build` (in English): the path a
 * built scorecard takes to CREDIT.SCORE, so tests score through it rather than through a copy of the table format.
 */
export function scorecardSheet(build: ScorecardBuild): LayoutValue[][] {
  const [table] = scorecardLayout(build, { source: "test", target: "bad", seed: 1 }).sheets[0].tables;
  return [table.columns.map((c) => c.header), ...table.rows.map((row) => [...row])];
}
