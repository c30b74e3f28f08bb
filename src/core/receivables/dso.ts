/** Days sales outstanding, the standard (period-average) method. */
import { div0Error, numError } from "../errors";
import { money } from "../money";

/**
 * Days sales outstanding: how many days of credit sales are still unpaid.
 *
 * DSO = receivables ÷ credit sales × days in the period.
 *
 * Source: the standard definition (e.g. Credit Research Foundation, "DSO" in its Glossary of credit terms):
 * ending trade receivables over credit sales of the period, scaled to the period's days. The review uses the
 * trailing 365 days of credit sales and 365 days.
 *
 * @param receivables open trade receivables at the end of the period (currency)
 * @param creditSales credit sales of the period (currency), must not be zero
 * @param days days in the period (default 365), greater than zero
 * @example dso(1_500_000, 9_125_000, 365) // 60
 * @throws CreditError div0 when credit sales are zero; num when days ≤ 0
 */
export function dso(receivables: number, creditSales: number, days = 365): number {
  if (!(days > 0)) throw numError("argumentNotPositive", { argument: "days" });
  if (creditSales === 0) throw div0Error("denominatorZero", { argument: "credit_sales" });
  return money(receivables).div(creditSales).times(days).toNumber();
}
