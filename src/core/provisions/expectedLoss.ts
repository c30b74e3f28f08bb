/** Expected loss: PD × LGD × EAD for one exposure, and Σ amount × loss rate over groups of exposures. */
import { numError, valueError } from "../errors";
import { money, type Money, ZERO } from "../money";

/** Checks that a probability or rate is a number in [0, 1]. */
export function checkUnitInterval(value: number, argument: string): void {
  if (!(value >= 0 && value <= 1)) throw numError("argumentOutOfRange", { argument, min: 0, max: 1 });
}

/**
 * Expected loss of one exposure: EL = PD × LGD × EAD, multiplied exactly (decimal).
 *
 * Source: Basel Framework CRE35.2–35.3 (https://www.bis.org/basel_framework/chapter/CRE/35.htm): EL = PD × LGD,
 * and the EL amount = EL × EAD; the same in the EU's CRR Art. 158. E.g. PD 2 %, LGD 45 % (the foundation-IRB
 * senior unsecured LGD), EAD 1,000,000 → 9,000.
 *
 * @param pd probability of default over the horizon, a fraction in [0, 1]
 * @param lgd loss given default, a fraction of the exposure in [0, 1]
 * @param ead exposure at default (currency), not negative
 * @throws CreditError num when PD or LGD is outside [0, 1] or EAD is negative
 * @example expectedLoss(0.02, 0.45, 1_000_000).toNumber() // 9000
 */
export function expectedLoss(pd: number, lgd: number, ead: number): Money {
  checkUnitInterval(pd, "pd");
  checkUnitInterval(lgd, "lgd");
  if (!(ead >= 0)) throw numError("argumentNegative", { argument: "ead" });
  return money(pd).times(lgd).times(ead);
}

/**
 * Expected credit loss of groups of exposures (e.g. aging buckets): ECL = Σ amountᵢ × rateᵢ, exact.
 * A negative amount (a bucket of net credit notes) contributes a negative loss: the groups are netted as given.
 *
 * Source: IFRS 9 B5.5.35 and Illustrative Example 12 (IE74–IE77): the loss allowance is the sum over groups of
 * the gross carrying amount × its expected loss rate.
 *
 * @param amounts the amount of each group (currency)
 * @param rates the loss rate of each group, a fraction in [0, 1], same length
 * @throws CreditError value when the lengths differ; num when a rate is outside [0, 1]
 * @example expectedCreditLoss([15_000_000, 7_500_000], [0.003, 0.016]).toNumber() // 165000
 */
export function expectedCreditLoss(amounts: ReadonlyArray<number | Money>, rates: readonly number[]): Money {
  if (amounts.length !== rates.length) {
    throw valueError("argumentShapeMismatch", { argument: "loss_rates", other: "bucket_amounts" });
  }
  for (const rate of rates) checkUnitInterval(rate, "loss_rates");
  let total = ZERO;
  for (let i = 0; i < amounts.length; i++) total = total.plus(money(amounts[i]).times(rates[i]));
  return total;
}
