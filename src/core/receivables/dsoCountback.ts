/** Days sales outstanding by the countback (exhaustion) method: receivables walked back against monthly sales. */
import { at } from "../arrays";
import { numError, valueError } from "../errors";
import { money, sumMoney, ZERO } from "../money";

/**
 * Countback DSO: how many days of the most recent sales the receivables represent.
 *
 * Walk back from the latest month (the last element of `monthlySales`, which is oldest first): while the
 * receivables left are at least the month's sales, add the month's days and subtract its sales; then add
 * days × remaining ÷ sales for the month that is only partly outstanding, and stop. A month with no sales inside
 * the walk adds its full days (nothing of it can be outstanding, so the receivables are older), which also
 * means no division by zero. Subtractions are exact (decimal).
 *
 * Source: the countback or "working back" method used by UK credit managers and by Nestlé (Credit Today,
 * "Why you should switch to the countback method to calculate DSO",
 * https://academy.highako.com/why-you-should-switch-to-the-countback-method-to-calculate-dso); worked example:
 * receivables 212,000 against sales 70,000, 80,000, 100,000 at 30 days a month give 60 + 30 × 32/70 = 73.71 days
 * (https://support.benjipays.com/support/solutions/articles/150000179580).
 *
 * @param receivables open receivables at the end of the latest month (currency), not negative
 * @param monthlySales credit sales per month, oldest first, latest last (currency), none negative
 * @param daysInMonth days of every month (default 30), or the days of each month aligned with `monthlySales`
 * @throws CreditError value when there are no months or `daysInMonth` has another length; num for negative
 *   receivables or sales, days ≤ 0, or receivables beyond all the months given
 * @example dsoCountback(212_000, [70_000, 80_000, 100_000]) // 73.71428571428571
 */
export function dsoCountback(
  receivables: number,
  monthlySales: readonly number[],
  daysInMonth: number | readonly number[] = 30,
): number {
  const months = monthlySales.length;
  if (months === 0) throw valueError("argumentEmpty", { argument: "monthly_sales" });
  if (typeof daysInMonth !== "number" && daysInMonth.length !== months) {
    throw valueError("argumentShapeMismatch", { argument: "days_in_month", other: "monthly_sales" });
  }
  const daysOf = (m: number): number => (typeof daysInMonth === "number" ? daysInMonth : at(daysInMonth, m));
  if (!(receivables >= 0)) throw numError("argumentNegative", { argument: "receivables" });
  for (let m = 0; m < months; m++) {
    if (!(at(monthlySales, m) >= 0)) throw numError("argumentNegative", { argument: "monthly_sales" });
    if (!(daysOf(m) > 0)) throw numError("argumentNotPositive", { argument: "days_in_month" });
  }

  let left = money(receivables);
  let days = ZERO;
  for (let m = months - 1; m >= 0 && left.greaterThan(0); m--) {
    const sales = at(monthlySales, m);
    if (left.greaterThanOrEqualTo(sales)) {
      days = days.plus(daysOf(m));
      left = left.minus(sales);
    } else {
      // 0 ≤ left < sales here, so sales > 0.
      days = days.plus(left.times(daysOf(m)).div(sales));
      left = ZERO;
    }
  }
  if (left.greaterThan(0)) {
    throw numError("countbackBeyondMonths", { receivables, total: sumMoney(monthlySales).toNumber() });
  }
  return days.toNumber();
}
