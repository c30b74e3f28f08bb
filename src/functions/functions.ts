/**
 * The CREDIT.* custom functions. Each is an exported top-level function with JSDoc that the metadata plugin turns
 * into functions.json; each coerces its Excel arguments, calls the engine in src/core, and maps errors.
 * Keep sections by area; do not put logic here.
 */
import { numberArg, optionalNumberArg, type Cell, type Grid } from "./arguments";
import { excelResult } from "./excelErrors";
import { dso as coreDso } from "../core/receivables/dso";

// ── Receivables: DSO family, days past due, aging ──

/**
 * Days sales outstanding: receivables ÷ credit sales × days.
 * @customfunction DSO
 * @param receivables Open trade receivables at the end of the period (currency).
 * @param credit_sales Credit sales of the same period (currency).
 * @param [days] Days in the period; default 365.
 * @returns Days sales outstanding (days).
 * @helpurl https://localhost:3000/docs/functions.html#credit-dso
 */
export function dso(receivables: Cell | Grid, credit_sales: Cell | Grid, days?: Cell | Grid): number {
  return excelResult(() =>
    coreDso(
      numberArg(receivables, "receivables"),
      numberArg(credit_sales, "credit_sales"),
      optionalNumberArg(days ?? null, "days", 365),
    ),
  );
}
