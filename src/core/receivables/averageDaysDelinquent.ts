/** Average days delinquent: how many days of DSO are due to late payment rather than to the terms. */
import { div0Error, numError } from "../errors";
import { money } from "../money";

/**
 * Average days delinquent: DSO minus best possible DSO.
 *
 * ADD = DSO − BPDSO = (receivables − current receivables) ÷ credit sales × days, computed in one exact step so
 * that it is not the difference of two rounded figures. It is negative only when overdue credit notes exceed
 * overdue invoices.
 *
 * Source: Credit Research Foundation's definition (ADD = DSO − BPDSO), e.g.
 * http://waycalculator.com/finance/Average-Days-Delinquent-Calculator.php ("ADD = 7 (DSO) − 3 (BPDSO) = 4 days").
 *
 * @param receivables all open receivables at the end of the period (currency)
 * @param currentReceivables the part of them not yet due (currency)
 * @param creditSales credit sales of the period (currency), not zero
 * @param days days in the period (default 365), greater than zero
 * @throws CreditError div0 when credit sales are zero; num when days ≤ 0
 * @example averageDaysDelinquent(1_500_000, 1_000_000, 9_125_000) // 20 (DSO 60 − BPDSO 40)
 */
export function averageDaysDelinquent(
  receivables: number,
  currentReceivables: number,
  creditSales: number,
  days = 365,
): number {
  if (!(days > 0)) throw numError("argumentNotPositive", { argument: "days" });
  if (creditSales === 0) throw div0Error("denominatorZero", { argument: "credit_sales" });
  return money(receivables).minus(currentReceivables).div(creditSales).times(days).toNumber();
}
