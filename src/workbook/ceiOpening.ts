/** Data issues the review itself finds in its input: CEI's opening receivables, ledger against ReviewHistory. */
import { isoFromSerial } from "../core/dates";
import type { Review } from "../core/portfolio/reviewTypes";
import type { DataIssue } from "./dataIssues";
import type { RawTable } from "./ports";
import { HISTORY_SCHEMA, headerOf } from "./schema";

/**
 * One data issue when CEI's opening receivables from the ledger and from ReviewHistory differ by more than the
 * policy's tolerance (`kpis.ceiOpening.differs`): the ledger's figure is used, and the history's Exposure rows of the
 * previous review are what to check. It stands on the history's header row (it is about that review's rows, not one
 * of them); none when the two agree or only one of them exists.
 * @param history the ReviewHistory table read, for the sheet it is on
 * @example ceiOpeningIssues(review, historyTable)[0]?.code // "issueCeiOpeningDiffers"
 */
export function ceiOpeningIssues(review: Review, history: RawTable | undefined): DataIssue[] {
  const opening = review.kpis.ceiOpening;
  const since = review.kpis.ceiSince;
  if (!opening?.differs || opening.ledger === undefined || opening.history === undefined || since === undefined)
    return [];
  return [
    {
      sheet: history?.sheet ?? HISTORY_SCHEMA.name,
      row: history ? history.firstDataRow - 1 : 1,
      column: headerOf(HISTORY_SCHEMA, "exposure"),
      value: String(opening.history),
      action: "repaired",
      code: "issueCeiOpeningDiffers",
      params: { date: isoFromSerial(since), receivables: opening.ledger, amount: opening.history },
    },
  ];
}
