/** Aging of open receivables: buckets by days past due, their exact totals and their labels. */
import { at } from "../arrays";
import { daysBetween, type SerialDate } from "../dates";
import { numError, valueError } from "../errors";
import { formatMessage, type Locale } from "../messages";
import { MoneySum, type Money } from "../money";

/** The catalogue's default bucket limits in days past due: 1–30, 31–60, 61–90, then over 90. */
export const DEFAULT_BUCKET_LIMITS: readonly number[] = Object.freeze([30, 60, 90]);

/**
 * Checks bucket limits: at least one, each a whole number of days greater than zero, strictly increasing.
 * @throws CreditError value when there are none; num when one is not a positive whole number or they do not increase
 * @example checkBucketLimits([30, 60, 90]) // passes
 */
export function checkBucketLimits(limits: readonly number[], argument = "bucket_limits"): void {
  if (limits.length === 0) throw valueError("argumentEmpty", { argument });
  limits.forEach((limit, k) => {
    if (!Number.isInteger(limit)) throw numError("argumentNotInteger", { argument });
    if (limit <= 0) throw numError("argumentNotPositive", { argument });
    if (k > 0 && limit <= at(limits, k - 1)) throw numError("argumentNotIncreasing", { argument });
  });
}

/** How many buckets the limits make: not yet due, one per limit, and over the last limit. */
export function bucketCount(limits: readonly number[] = DEFAULT_BUCKET_LIMITS): number {
  return limits.length + 2;
}

/**
 * The bucket of an item `daysPastDue` days late (as-of − due date, which may be negative).
 *
 * 0 = not yet due (dpd ≤ 0); k (1…limits.length) = dpd ≤ limits[k−1] and over the limit before it;
 * limits.length + 1 = over the last limit. So with 30/60/90: 0 not due, 1 = 1–30, 2 = 31–60, 3 = 61–90, 4 = 90+.
 * The limits are trusted here (see `checkBucketLimits`): this runs once per invoice.
 *
 * Source: docs/architecture.md §Shared definitions (a bucket holds dpd ≤ its limit), the usual aged-debtors layout.
 * @example bucketIndex(30, [30, 60, 90]) // 1 (the 1–30 bucket)
 * @example bucketIndex(91, [30, 60, 90]) // 4 (over 90)
 */
export function bucketIndex(daysPastDue: number, limits: readonly number[] = DEFAULT_BUCKET_LIMITS): number {
  if (daysPastDue <= 0) return 0;
  const n = limits.length;
  for (let k = 0; k < n; k++) if (daysPastDue <= at(limits, k)) return k + 1;
  return n + 1;
}

/**
 * Ages open items into buckets by days past due on `asOf`, and totals each bucket exactly.
 *
 * dpd = asOf − dueDate (Excel serials); the item's open amount goes to `bucketIndex(dpd, limits)`. Credit notes
 * (negative amounts) are netted in their own bucket. Totals are exact (integer cents, decimal beyond), so the
 * buckets add up to the total of the open amounts to the cent. Returns `bucketCount(limits)` totals, not yet due
 * first.
 *
 * Source: docs/architecture.md §Shared definitions, `CREDIT.AGING` (the aged-debtors report of trade-credit practice).
 * @param dueDates due date of each item (serials)
 * @param openAmounts open amount of each item, same length (currency; negative for a credit note)
 * @param asOf the date aged at (serial)
 * @param limits bucket limits in days past due (default 30, 60, 90)
 * @throws CreditError value when the lengths differ or an amount is not a finite number; num for bad limits
 * @example agingBuckets([46203, 46173, 46112], [100, 0.1, 0.2], 46203).map(Number) // [100, 0.1, 0, 0, 0.2]
 */
export function agingBuckets(
  dueDates: ArrayLike<number>,
  openAmounts: ArrayLike<number>,
  asOf: SerialDate,
  limits: readonly number[] = DEFAULT_BUCKET_LIMITS,
): Money[] {
  checkBucketLimits(limits);
  if (dueDates.length !== openAmounts.length) {
    throw valueError("argumentShapeMismatch", { argument: "open_amounts", other: "due_dates" });
  }
  const sums: MoneySum[] = [];
  for (let k = 0; k < bucketCount(limits); k++) sums.push(new MoneySum());
  const n = dueDates.length;
  const last = limits.length;
  const whole = Math.floor(asOf);
  for (let i = 0; i < n; i++) {
    const amount = at(openAmounts, i);
    if (!Number.isFinite(amount)) {
      throw valueError("argumentNotNumberAt", { argument: "open_amounts", row: i + 1, value: String(amount) });
    }
    const dpd = whole - Math.floor(at(dueDates, i));
    // bucketIndex, inlined: this loop is the hot path of CREDIT.AGING and of the review.
    let k: number;
    if (dpd <= 0) k = 0;
    else {
      k = last + 1;
      for (let j = 0; j < last; j++) {
        if (dpd <= at(limits, j)) {
          k = j + 1;
          break;
        }
      }
    }
    at(sums, k).add(amount);
  }
  return sums.map((s) => s.total());
}

/**
 * The label of bucket `index` for these limits, in `locale`: "Not due", "1-30", "31-60", "61-90", "90+" with the
 * defaults (Chinese: 未到期, 1-30 天 …, 90 天以上). A bucket one day wide shows that day alone.
 * @example bucketLabel(4, [30, 60, 90], "en") // "90+"
 * @example bucketLabel(1, [30, 60, 90], "zh-CN") // "1-30 天"
 */
export function bucketLabel(
  index: number,
  limits: readonly number[] = DEFAULT_BUCKET_LIMITS,
  locale: Locale = "en",
): string {
  if (!Number.isInteger(index) || index < 0 || index > limits.length + 1) {
    throw new RangeError(`No bucket ${index} for ${limits.length} limits`);
  }
  if (index === 0) return formatMessage("agingLabelNotDue", {}, locale);
  if (index === limits.length + 1) return formatMessage("agingLabelOver", { days: at(limits, index - 2) }, locale);
  const from = index === 1 ? 1 : at(limits, index - 2) + 1;
  const to = at(limits, index - 1);
  return from === to
    ? formatMessage("agingLabelDay", { day: to }, locale)
    : formatMessage("agingLabelRange", { from, to }, locale);
}

/**
 * The bucket label of one item: its days past due on `asOf`, bucketed and labelled.
 * @example agingBucketLabel(46173, 46203) // "1-30" (30 days past due)
 */
export function agingBucketLabel(
  dueDate: SerialDate,
  asOf: SerialDate,
  limits: readonly number[] = DEFAULT_BUCKET_LIMITS,
  locale: Locale = "en",
): string {
  checkBucketLimits(limits);
  return bucketLabel(bucketIndex(daysBetween(dueDate, asOf), limits), limits, locale);
}
