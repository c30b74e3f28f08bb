/** The blacklist with conditional release (黑名单制度，但保留条件解除机制): listing, release, probation. */
import { at } from "../arrays";
import type { SerialDate } from "../dates";
import type { BlacklistRules } from "../policy/creditPolicy";
import type { CustomerId, HistoryRow } from "./model";
import type { BlacklistStatus } from "./reviewTypes";

/** What the blacklist rules read of one customer at the review date. */
export interface BlacklistFacts {
  readonly blacklisted: boolean;
  /** When it was listed: the Blacklist Date column, else the first review that saw it listed. */
  readonly listedSince?: SerialDate;
  /** Whole months from `listedSince` to the review date. */
  readonly monthsListed?: number;
  readonly exposure: number;
  /** The grade's rank (0 = best) and the rank the release needs at least. */
  readonly gradeRank: number;
  readonly releaseGradeRank: number;
  readonly writtenOff?: number;
  /** Largest days past due of undisputed open items. */
  readonly maxDaysPastDueUndisputed: number;
  /** The undisputed collection stage is the ladder's last (agency / legal). */
  readonly atAgencyStage: boolean;
  /** Released (listed in an earlier review, not now) within the probation months. */
  readonly onProbation: boolean;
}

/**
 * The customer's blacklist status:
 * - listed customers are `eligible-for-release` when every release condition holds — listed for at least the release
 *   months, debts settled (nothing open, so nothing overdue), grade at least the release grade — else `listed`;
 * - others get `list` (a recommendation to list) after a write-off, at the agency/legal stage, or with an undisputed
 *   item at least the listing days past due; else `probation` within the probation months after a release; else none.
 * Release itself is a person's decision: clearing the Blacklisted flag.
 * @example blacklistStatus({ blacklisted: true, monthsListed: 18, exposure: 0, gradeRank: 0, releaseGradeRank: 1, … }, rules) // "eligible-for-release"
 */
export function blacklistStatus(f: BlacklistFacts, rules: BlacklistRules): BlacklistStatus | undefined {
  if (f.blacklisted) {
    const releasable =
      f.monthsListed !== undefined &&
      f.monthsListed >= rules.releaseMonths &&
      f.exposure <= 0 &&
      f.gradeRank <= f.releaseGradeRank;
    return releasable ? "eligible-for-release" : "listed";
  }
  if ((f.writtenOff ?? 0) > 0 || f.atAgencyStage || f.maxDaysPastDueUndisputed >= rules.listAfterDays) return "list";
  return f.onProbation ? "probation" : undefined;
}

/** A customer's listing as ReviewHistory shows it: the first review that saw it listed, the date it was seen released. */
export interface ListingHistory {
  /** The first review date of the last run of listed rows. */
  readonly listedSince?: SerialDate;
  /** The first review after the last listed row (the release was noticed then); undefined when the last row is listed. */
  readonly releasedBy?: SerialDate;
  /** True when some row before as-of shows the customer listed. */
  readonly everListed: boolean;
  /** The status of the last listed row: `eligible-for-release` when the release conditions held then. */
  readonly lastListedStatus: string;
}

const LISTED = new Set(["listed", "eligible-for-release"]);

/**
 * Per customer ever shown listed, its listing as told by its ReviewHistory rows dated before as-of (a row without a
 * status is a review that saw the customer neither listed nor recommended for listing).
 * @example listingHistory(history, asOf).get("C0042")?.releasedBy
 */
export function listingHistory(history: readonly HistoryRow[], asOf: SerialDate): Map<CustomerId, ListingHistory> {
  const listed = new Set<CustomerId>();
  for (const row of history)
    if (row.reviewDate < asOf && LISTED.has(row.blacklistStatus ?? "")) listed.add(row.customerId);
  const rows = new Map<CustomerId, HistoryRow[]>();
  for (const row of history) {
    if (row.reviewDate >= asOf || !listed.has(row.customerId)) continue;
    const list = rows.get(row.customerId);
    if (list) list.push(row);
    else rows.set(row.customerId, [row]);
  }
  const out = new Map<CustomerId, ListingHistory>();
  for (const [id, list] of rows) {
    list.sort((a, b) => a.reviewDate - b.reviewDate);
    const isListed = (row: HistoryRow | undefined): boolean => LISTED.has(row?.blacklistStatus ?? "");
    let last = -1;
    list.forEach((row, k) => {
      if (isListed(row)) last = k;
    });
    let first = last;
    while (first > 0 && isListed(list[first - 1])) first--;
    const lastListed = at(list, last);
    out.set(id, {
      listedSince: at(list, first).reviewDate,
      releasedBy: list[last + 1]?.reviewDate,
      everListed: true,
      lastListedStatus: lastListed.blacklistStatus ?? "",
    });
  }
  return out;
}
