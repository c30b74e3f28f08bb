/** Days past due of one open item: how late it is on the as-of date, never negative. */
import { daysBetween, type SerialDate } from "../dates";

/**
 * Days past due: how many days after its due date an item still open on `asOf` is.
 *
 * DPD = max(0, asOf − dueDate), counted on Excel serials, so it equals `MAX(0, DAYS(as_of, due_date))`.
 * An item due on the as-of date itself, or later, is not past due (0).
 *
 * Source: the usual aging convention (e.g. Basel "days past due" and IFRS 9 B5.5.37: an amount is past due
 * when the counterparty has failed to pay when contractually due); the day it falls due counts as on time.
 *
 * @param dueDate the contractual due date (serial)
 * @param asOf the date the ledger is aged at (serial)
 * @example daysPastDue(46173, 46203) // 30 (due 2026-05-31, as of 2026-06-30)
 * @example daysPastDue(46210, 46203) // 0 (not yet due)
 */
export function daysPastDue(dueDate: SerialDate, asOf: SerialDate): number {
  return Math.max(0, daysBetween(dueDate, asOf));
}
