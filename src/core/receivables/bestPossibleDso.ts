/** Best possible DSO: the DSO the ledger would show if every customer paid on its due date. */
import { div0Error, numError } from "../errors";
import { money } from "../money";

/**
 * Best possible days sales outstanding: the part of DSO that the payment terms themselves explain.
 *
 * BPDSO = current (not yet due) receivables ÷ credit sales × days in the period.
 *
 * Source: the Credit Research Foundation's DSO family (DSO, best possible DSO, average days delinquent), e.g.
 * Apruve, "What is best possible days sales outstanding?"
 * (https://apruve.com/faq/what-is-best-possible-days-sales-outstanding): current receivables ÷ total credit sales
 * × number of days. Current receivables are those not yet due on the as-of date: the not-yet-due bucket of
 * `agingBuckets`.
 *
 * @param currentReceivables open receivables not yet due at the end of the period (currency)
 * @param creditSales credit sales of the period (currency), not zero
 * @param days days in the period (default 365), greater than zero
 * @throws CreditError div0 when credit sales are zero; num when days ≤ 0
 * @example bestPossibleDso(1_000_000, 9_125_000) // 40
 */
export function bestPossibleDso(currentReceivables: number, creditSales: number, days = 365): number {
  if (!(days > 0)) throw numError("argumentNotPositive", { argument: "days" });
  if (creditSales === 0) throw div0Error("denominatorZero", { argument: "credit_sales" });
  return money(currentReceivables).div(creditSales).times(days).toNumber();
}
