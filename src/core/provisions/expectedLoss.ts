/** Expected loss: PD × LGD × EAD for one exposure, and Σ amount × loss rate over groups of exposures. */
import { at } from "../arrays";
import { numError, valueError } from "../errors";
import { Decimal, money, shortDecimal, type Money, ZERO } from "../money";

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
 * Σ PD × LGD × EAD over many exposures (the review's portfolio expected loss), exact and without decimal.js in the
 * common case. Each product is taken as whole numbers: PD and LGD as short decimals (0.025 = 25 ÷ 1000) and EAD in
 * whole cents, so PD × LGD × EAD = (p × l × cents) ÷ (scale_p × scale_l × 100) with an integer numerator. Numerators
 * of one scale are summed as safe integers (exact); the total divides each scale's sum once, in decimal. A product
 * whose parts are not short decimals or whole cents, or whose numerator would pass 2^53, goes through
 * `expectedLoss` (decimal) instead. Each `add` returns that exposure's EL as a number: the integer quotient, which
 * IEEE division rounds correctly, so it equals `expectedLoss(pd, lgd, ead).toNumber()`.
 * @example new ExpectedLossSum().add(0.02, 0.45, 1_000_000) // 9000
 */
/** Amounts below this (2^46 ≈ 70 trillion) are told apart to the cent by a double. */
const CENT_EXACT_LIMIT = 2 ** 46;

export class ExpectedLossSum {
  private readonly numerators = new Map<number, number>();
  private rest: Decimal | null = null;
  private readonly ratios = new Map<number, { numerator: number; scale: number } | undefined>();

  /** Adds PD × LGD × EAD (the same checks as `expectedLoss`) and returns it as a number. */
  add(pd: number, lgd: number, ead: number): number {
    checkUnitInterval(pd, "pd");
    checkUnitInterval(lgd, "lgd");
    if (!(ead >= 0)) throw numError("argumentNegative", { argument: "ead" });
    const p = this.ratio(pd),
      l = this.ratio(lgd);
    const cents = Math.round(ead * 100);
    // Below 2^46 cents' worth, each amount has one whole-cent reading (above it, neighbouring cents share a double).
    if (p && l && ead < CENT_EXACT_LIMIT && cents / 100 === ead) {
      const rate = p.numerator * l.numerator;
      const numerator = rate * cents;
      const scale = p.scale * l.scale * 100;
      if (Number.isSafeInteger(numerator) && Number.isSafeInteger(scale)) {
        const sum = (this.numerators.get(scale) ?? 0) + numerator;
        if (Number.isSafeInteger(sum)) this.numerators.set(scale, sum);
        else this.addRest(new Decimal(numerator).div(scale));
        return numerator / scale;
      }
    }
    const exact = expectedLoss(pd, lgd, ead);
    this.addRest(exact);
    return exact.toNumber();
  }

  /** The exact total. */
  total(): Money {
    let total = this.rest ?? ZERO;
    for (const [scale, numerator] of this.numerators) total = total.plus(new Decimal(numerator).div(scale));
    return total;
  }

  private addRest(amount: Decimal): void {
    this.rest = (this.rest ?? ZERO).plus(amount);
  }

  /** PDs repeat (one per grade), so their ratios are kept. */
  private ratio(rate: number): { numerator: number; scale: number } | undefined {
    if (this.ratios.has(rate)) return this.ratios.get(rate);
    const r = shortDecimal(rate);
    if (this.ratios.size < 1024) this.ratios.set(rate, r);
    return r;
  }
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
  for (let i = 0; i < amounts.length; i++) total = total.plus(money(at(amounts, i)).times(at(rates, i)));
  return total;
}
