/**
 * The CREDIT.* custom functions. Each is an exported top-level function with JSDoc that the metadata plugin turns
 * into functions.json; each coerces its Excel arguments, calls the engine in src/core, and maps errors.
 * Keep sections by area; do not put logic here.
 *
 * Typing rules of the metadata generator (it resolves no type aliases on their own):
 * - a scalar argument is typed `Cell | null` (a union, which it registers as `any`, so our code, not Excel,
 *   checks the type and can name the argument in the message);
 * - a range argument is typed `any[][]` (registered as a matrix) and read with the helpers in ./arguments;
 * - a spilled result is typed `any[][]`; a single result `number`, `string` or `boolean`.
 * - `@helpurl https://localhost:3000/functions.html#credit-<name>`: the production build rewrites the host.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { numberArg, optionalNumberArg, type Cell } from "./arguments";
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
 * @helpurl https://localhost:3000/functions.html#credit-dso
 */
export function dso(receivables: Cell | null, credit_sales: Cell | null, days?: Cell | null): number {
  return excelResult(() =>
    coreDso(
      numberArg(receivables, "receivables"),
      numberArg(credit_sales, "credit_sales"),
      optionalNumberArg(days ?? null, "days", 365),
    ),
  );
}
