/** Collection effectiveness index: what was collected out of what was available to collect in a period. */
import { div0Error, numError } from "../errors";
import { money, type Money } from "../money";

/**
 * Collection effectiveness index (CEI), as a fraction (1 = everything collectable was collected).
 *
 * CEI = (B + S − E) ÷ (B + S − Ecur), with B beginning receivables, S credit sales, E ending total receivables,
 * Ecur ending current (not yet due) receivables. With `months`, S is the credit sales of the whole period and
 * S ÷ months (the monthly average) is used instead: the Credit Research Foundation's form for a period of N months.
 * Without `months`, S is used as given (one month, or a whole year measured as one period).
 *
 * Source: CreditGuru, "Collection Effectiveness Index (CEI)"
 * (http://www.creditguru.com/index.php/collection-management/collection-metrics/collection-effectiveness-index-cei):
 * Jan–Mar, B 6,200, S 10,890, N 3, E 6,340, Ecur 3,590 → (6,200 + 3,630 − 6,340) ÷ (6,200 + 3,630 − 3,590) = 55.9 %.
 *
 * @param beginning receivables at the start of the period (currency), not negative
 * @param creditSales credit sales of the period (currency), not negative
 * @param ending receivables at the end of the period (currency), not negative
 * @param endingCurrent the part of `ending` not yet due (currency), not negative
 * @param months months in the period, a whole number ≥ 1; omit to use `creditSales` as it is
 * @throws CreditError num for a negative input, months that are not a whole number ≥ 1, or current receivables
 *   above what was available; div0 when B + S − Ecur is zero
 * @example collectionEffectiveness(6_200, 10_890, 6_340, 3_590, 3) // 0.5592948717948718
 */
export function collectionEffectiveness(
  beginning: number,
  creditSales: number,
  ending: number,
  endingCurrent: number,
  months?: number,
): number {
  const inputs: ReadonlyArray<readonly [string, number]> = [
    ["beginning_receivables", beginning],
    ["credit_sales", creditSales],
    ["ending_receivables", ending],
    ["ending_current_receivables", endingCurrent],
  ];
  for (const [argument, value] of inputs) if (!(value >= 0)) throw numError("argumentNegative", { argument });
  let sales: Money = money(creditSales);
  if (months !== undefined) {
    if (!Number.isInteger(months)) throw numError("argumentNotInteger", { argument: "months" });
    if (months < 1) throw numError("argumentNotPositive", { argument: "months" });
    sales = sales.div(months);
  }
  const available = money(beginning).plus(sales);
  const denominator = available.minus(endingCurrent);
  if (denominator.isZero()) {
    throw div0Error("denominatorZero", {
      argument: "beginning_receivables + credit_sales − ending_current_receivables",
    });
  }
  if (denominator.isNegative()) throw numError("ceiNothingToCollect");
  return available.minus(ending).div(denominator).toNumber();
}
