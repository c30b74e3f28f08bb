/** The IFRS 9 simplified-approach provision matrix: aging buckets × a loss rate per bucket. */
import { at } from "../arrays";
import { valueError } from "../errors";
import type { SerialDate } from "../dates";
import { money, type Money, ZERO } from "../money";
import { agingBuckets, bucketCount, checkBucketLimits, DEFAULT_BUCKET_LIMITS } from "../receivables/aging";
import { checkUnitInterval } from "./expectedLoss";

/**
 * Checks a provision matrix's loss rates: one per bucket of `limits`, not yet due first (so limits + 2 of them),
 * each a fraction in [0, 1].
 * @throws CreditError value for the wrong count; num for a rate outside [0, 1]
 */
export function checkLossRates(lossRates: readonly number[], limits: readonly number[] = DEFAULT_BUCKET_LIMITS): void {
  const expected = bucketCount(limits);
  if (lossRates.length !== expected) throw valueError("lossRatesCount", { expected, actual: lossRates.length });
  for (const rate of lossRates) checkUnitInterval(rate, "loss_rates");
}

/**
 * The provision of each bucket: bucket total × its loss rate, exact. Buckets and rates are aligned, not yet due
 * first; a bucket of net credit notes gives a negative provision (it is netted, as the aging nets it).
 * @throws CreditError value when the counts differ; num for a rate outside [0, 1]
 * @example provisionByBucket([money(15_000_000), money(7_500_000)], [0.003, 0.016]).map(Number) // [45000, 120000]
 */
export function provisionByBucket(bucketTotals: readonly Money[], lossRates: readonly number[]): Money[] {
  if (bucketTotals.length !== lossRates.length) {
    throw valueError("lossRatesCount", { expected: bucketTotals.length, actual: lossRates.length });
  }
  for (const rate of lossRates) checkUnitInterval(rate, "loss_rates");
  return bucketTotals.map((total, k) => total.times(money(at(lossRates, k))));
}

/**
 * Loss allowance by the provision matrix: age the open items (as `agingBuckets`), then Σ bucket total × its
 * loss rate, exactly.
 *
 * Source: IFRS 9 B5.5.35 (a provision matrix as a practical expedient for trade receivables under the
 * simplified approach, 5.5.15) and its Illustrative Example 12, IE74–IE77
 * (https://www.ifrs.org/issued-standards/list-of-standards/ifrs-9-financial-instruments/): Company M, CU 30 m of
 * receivables aged current 15 m, 1–30 days 7.5 m, 31–60 days 4 m, 61–90 days 2.5 m, over 90 days 1 m, at
 * 0.3 %, 1.6 %, 3.6 %, 6.6 %, 10.6 % → 45,000 + 120,000 + 144,000 + 165,000 + 106,000 = CU 580,000.
 *
 * @param dueDates due date of each open item (serials)
 * @param openAmounts open amount of each item (currency; credit notes negative)
 * @param lossRates one rate per bucket, not yet due first (limits + 2 of them), fractions in [0, 1]
 * @param asOf the date aged at (serial)
 * @param limits bucket limits in days past due (default 30, 60, 90)
 * @example provisionMatrix([46203, 46100], [1000, 500], [0.01, 0.02, 0.05, 0.1, 0.5], 46203).toNumber() // 260
 */
export function provisionMatrix(
  dueDates: ArrayLike<number>,
  openAmounts: ArrayLike<number>,
  lossRates: readonly number[],
  asOf: SerialDate,
  limits: readonly number[] = DEFAULT_BUCKET_LIMITS,
): Money {
  checkBucketLimits(limits);
  checkLossRates(lossRates, limits);
  const buckets = agingBuckets(dueDates, openAmounts, asOf, limits);
  return provisionByBucket(buckets, lossRates).reduce((sum, p) => sum.plus(p), ZERO);
}
