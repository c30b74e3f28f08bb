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
// Receivables, provisions, concentration (issue 3)
import { dateArg, numberListArg, alignedListsArg, numbersAt } from "./arguments";
import { functionsLocale } from "./excelErrors";
import { bucketLimitsArg, moneyCell, monthlySalesArg, openItemsArg, optionalNumber } from "./receivablesArguments";
import { dsoCountback as coreDsoCountback } from "../core/receivables/dsoCountback";
import { bestPossibleDso as coreBestPossibleDso } from "../core/receivables/bestPossibleDso";
import { averageDaysDelinquent as coreAverageDaysDelinquent } from "../core/receivables/averageDaysDelinquent";
import { collectionEffectiveness as coreCollectionEffectiveness } from "../core/receivables/collectionEffectiveness";
import { daysPastDue as coreDaysPastDue } from "../core/receivables/daysPastDue";
import { agingBuckets as coreAgingBuckets, agingBucketLabel as coreAgingBucketLabel } from "../core/receivables/aging";
import { provisionMatrix as coreProvisionMatrix } from "../core/provisions/provisionMatrix";
import {
  expectedCreditLoss as coreExpectedCreditLoss,
  expectedLoss as coreExpectedLoss,
} from "../core/provisions/expectedLoss";
import { herfindahlIndex as coreHerfindahlIndex, topShare as coreTopShare } from "../core/portfolio/concentration";

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

// ── Receivables (issue 3): countback DSO, BPDSO, ADD, CEI, days past due, aging ──

/**
 * Days sales outstanding by the countback (exhaustion) method: receivables walked back against monthly sales.
 * @customfunction DSOCOUNTBACK
 * @param receivables Open receivables at the end of the latest month (currency).
 * @param monthly_sales Credit sales per month, oldest first, latest last (currency).
 * @param [days_in_month] Days of each month: one number (default 30) or a range the shape of monthly_sales.
 * @returns Countback DSO (days).
 * @helpurl https://localhost:3000/functions.html#credit-dsocountback
 */
export function dsoCountback(receivables: Cell | null, monthly_sales: any[][], days_in_month?: any[][]): number {
  return excelResult(() => {
    const r = numberArg(receivables, "receivables");
    const { sales, days } = monthlySalesArg(monthly_sales, days_in_month ?? null);
    return coreDsoCountback(r, sales, days);
  });
}

/**
 * Best possible DSO: not-yet-due receivables ÷ credit sales × days.
 * @customfunction BPDSO
 * @param current_receivables Open receivables not yet due at the end of the period (currency).
 * @param credit_sales Credit sales of the same period (currency).
 * @param [days] Days in the period; default 365.
 * @returns Best possible days sales outstanding (days).
 * @helpurl https://localhost:3000/functions.html#credit-bpdso
 */
export function bpdso(current_receivables: Cell | null, credit_sales: Cell | null, days?: Cell | null): number {
  return excelResult(() =>
    coreBestPossibleDso(
      numberArg(current_receivables, "current_receivables"),
      numberArg(credit_sales, "credit_sales"),
      optionalNumberArg(days ?? null, "days", 365),
    ),
  );
}

/**
 * Average days delinquent: DSO − best possible DSO.
 * @customfunction ADD
 * @param receivables All open receivables at the end of the period (currency).
 * @param current_receivables The part of them not yet due (currency).
 * @param credit_sales Credit sales of the same period (currency).
 * @param [days] Days in the period; default 365.
 * @returns Average days delinquent (days).
 * @helpurl https://localhost:3000/functions.html#credit-add
 */
export function add(
  receivables: Cell | null,
  current_receivables: Cell | null,
  credit_sales: Cell | null,
  days?: Cell | null,
): number {
  return excelResult(() =>
    coreAverageDaysDelinquent(
      numberArg(receivables, "receivables"),
      numberArg(current_receivables, "current_receivables"),
      numberArg(credit_sales, "credit_sales"),
      optionalNumberArg(days ?? null, "days", 365),
    ),
  );
}

/**
 * Collection effectiveness index: (B + S − E) ÷ (B + S − Ecur), as a fraction.
 * @customfunction CEI
 * @param beginning_receivables Receivables at the start of the period (currency).
 * @param credit_sales Credit sales of the period (currency).
 * @param ending_receivables Receivables at the end of the period (currency).
 * @param ending_current_receivables The part of ending receivables not yet due (currency).
 * @param [months] Months in the period (whole number); when given, credit_sales ÷ months is used.
 * @returns Collection effectiveness (fraction, 1 = 100 %).
 * @helpurl https://localhost:3000/functions.html#credit-cei
 */
export function cei(
  beginning_receivables: Cell | null,
  credit_sales: Cell | null,
  ending_receivables: Cell | null,
  ending_current_receivables: Cell | null,
  months?: Cell | null,
): number {
  return excelResult(() =>
    coreCollectionEffectiveness(
      numberArg(beginning_receivables, "beginning_receivables"),
      numberArg(credit_sales, "credit_sales"),
      numberArg(ending_receivables, "ending_receivables"),
      numberArg(ending_current_receivables, "ending_current_receivables"),
      optionalNumber(months ?? null, "months"),
    ),
  );
}

/**
 * Days past due: max(0, as_of − due_date).
 * @customfunction DAYSPASTDUE
 * @param due_date Due date (date).
 * @param as_of Date to measure at (date).
 * @returns Days past due (days; 0 when not yet due).
 * @helpurl https://localhost:3000/functions.html#credit-dayspastdue
 */
export function daysPastDue(due_date: Cell | null, as_of: Cell | null): number {
  return excelResult(() => coreDaysPastDue(dateArg(due_date, "due_date"), dateArg(as_of, "as_of")));
}

/**
 * Aging of open items: spills one row of totals, not yet due, then one bucket per limit, then over the last limit.
 * @customfunction AGING
 * @param due_dates Due date of each open item (dates).
 * @param open_amounts Open amount of each item, same shape as due_dates (currency; credit notes negative).
 * @param as_of Date to age at (date).
 * @param [bucket_limits] Upper limits of the overdue buckets in days past due, increasing; default 30, 60, 90.
 * @returns One row: not yet due, each bucket, over the last limit (currency).
 * @helpurl https://localhost:3000/functions.html#credit-aging
 */
export function aging(due_dates: any[][], open_amounts: any[][], as_of: Cell | null, bucket_limits?: any[][]): any[][] {
  return excelResult(() => {
    const items = openItemsArg(due_dates, open_amounts);
    const asOf = dateArg(as_of, "as_of");
    const limits = bucketLimitsArg(bucket_limits ?? null);
    return [coreAgingBuckets(items.dueDates, items.openAmounts, asOf, limits).map(moneyCell)];
  });
}

/**
 * The aging bucket label of one item: "Not due", "1-30", "31-60", "61-90" or "90+" with the default limits.
 * @customfunction AGINGBUCKET
 * @param due_date Due date (date).
 * @param as_of Date to age at (date).
 * @param [bucket_limits] Upper limits of the overdue buckets in days past due, increasing; default 30, 60, 90.
 * @returns The bucket label (text).
 * @helpurl https://localhost:3000/functions.html#credit-agingbucket
 */
export function agingBucket(due_date: Cell | null, as_of: Cell | null, bucket_limits?: any[][]): string {
  return excelResult(() =>
    coreAgingBucketLabel(
      dateArg(due_date, "due_date"),
      dateArg(as_of, "as_of"),
      bucketLimitsArg(bucket_limits ?? null),
      functionsLocale(),
    ),
  );
}

// ── Provisions and expected loss (issue 3) ──

/**
 * Provision matrix (IFRS 9 simplified approach): Σ aging bucket total × its loss rate.
 * @customfunction PROVISION
 * @param due_dates Due date of each open item (dates).
 * @param open_amounts Open amount of each item, same shape as due_dates (currency).
 * @param loss_rates One loss rate per bucket, not yet due first (fractions 0–1; limits + 2 of them).
 * @param as_of Date to age at (date).
 * @param [bucket_limits] Upper limits of the overdue buckets in days past due, increasing; default 30, 60, 90.
 * @returns Loss allowance (currency).
 * @helpurl https://localhost:3000/functions.html#credit-provision
 */
export function provision(
  due_dates: any[][],
  open_amounts: any[][],
  loss_rates: any[][],
  as_of: Cell | null,
  bucket_limits?: any[][],
): number {
  return excelResult(() => {
    const items = openItemsArg(due_dates, open_amounts);
    const rates = numberListArg(loss_rates, "loss_rates");
    const asOf = dateArg(as_of, "as_of");
    const limits = bucketLimitsArg(bucket_limits ?? null);
    return moneyCell(coreProvisionMatrix(items.dueDates, items.openAmounts, rates, asOf, limits));
  });
}

/**
 * Expected credit loss of groups of exposures: Σ amount × loss rate, exact.
 * @customfunction ECL
 * @param bucket_amounts Amount of each group, e.g. aging buckets (currency).
 * @param loss_rates Loss rate of each group, same shape (fractions 0–1).
 * @returns Expected credit loss (currency).
 * @helpurl https://localhost:3000/functions.html#credit-ecl
 */
export function ecl(bucket_amounts: any[][], loss_rates: any[][]): number {
  return excelResult(() => {
    const { columns, rows } = alignedListsArg([
      ["bucket_amounts", bucket_amounts],
      ["loss_rates", loss_rates],
    ]);
    const amounts = numbersAt(columns[0], rows, "bucket_amounts");
    const rates = numbersAt(columns[1], rows, "loss_rates");
    return moneyCell(coreExpectedCreditLoss(amounts, rates));
  });
}

/**
 * Expected loss of one exposure: PD × LGD × EAD.
 * @customfunction EL
 * @param pd Probability of default (fraction 0–1).
 * @param lgd Loss given default (fraction 0–1).
 * @param ead Exposure at default (currency).
 * @returns Expected loss (currency).
 * @helpurl https://localhost:3000/functions.html#credit-el
 */
export function el(pd: Cell | null, lgd: Cell | null, ead: Cell | null): number {
  return excelResult(() =>
    moneyCell(coreExpectedLoss(numberArg(pd, "pd"), numberArg(lgd, "lgd"), numberArg(ead, "ead"))),
  );
}

// ── Concentration (issue 3) ──

/**
 * Herfindahl–Hirschman index of the positive exposures: Σ share², shares as fractions (0–1).
 * @customfunction HHI
 * @param exposures Exposure per customer (currency); zero and negative ones are left out.
 * @returns HHI (fraction, from 1/n to 1).
 * @helpurl https://localhost:3000/functions.html#credit-hhi
 */
export function hhi(exposures: any[][]): number {
  return excelResult(() => coreHerfindahlIndex(numberListArg(exposures, "exposures")));
}

/**
 * Share of the n largest positive exposures in the positive total.
 * @customfunction TOPSHARE
 * @param exposures Exposure per customer (currency); zero and negative ones are left out.
 * @param [n] How many of the largest to take; default 10.
 * @returns Share (fraction 0–1).
 * @helpurl https://localhost:3000/functions.html#credit-topshare
 */
export function topShare(exposures: any[][], n?: Cell | null): number {
  return excelResult(() => coreTopShare(numberListArg(exposures, "exposures"), optionalNumberArg(n ?? null, "n", 10)));
}
