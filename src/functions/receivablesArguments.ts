/** Argument readers shared by the receivables, provision and concentration functions (open items, limits, rates). */
import type { SerialDate } from "../core/dates";
import { numError } from "../core/errors";
import type { Money } from "../core/money";
import { DEFAULT_BUCKET_LIMITS } from "../core/receivables/aging";
import {
  alignedListsArg,
  datesAt,
  gridArg,
  isBlank,
  numberArg,
  numberListArg,
  numbersAt,
  optionalNumberArg,
  type Cell,
  type Grid,
} from "./arguments";

/** Open items read side by side: due dates and open amounts of the same shape, blank positions skipped. */
export function openItemsArg(
  dueDates: Cell | Grid,
  openAmounts: Cell | Grid,
): { dueDates: SerialDate[]; openAmounts: number[] } {
  const { columns, rows } = alignedListsArg([
    ["due_dates", dueDates],
    ["open_amounts", openAmounts],
  ]);
  return { dueDates: datesAt(columns[0], rows, "due_dates"), openAmounts: numbersAt(columns[1], rows, "open_amounts") };
}

/** Bucket limits: omitted or blank gives 30, 60, 90; otherwise a list of numbers (checked by the engine). */
export function bucketLimitsArg(value: Cell | Grid | undefined): readonly number[] {
  const limits = numberListArg(value ?? null, "bucket_limits");
  return limits.length === 0 ? DEFAULT_BUCKET_LIMITS : limits;
}

/** An optional number argument that has no default: `undefined` when omitted or blank. */
export function optionalNumber(value: Cell | undefined, argument: string): number | undefined {
  const v = value ?? null;
  return isBlank(v) ? undefined : numberArg(v, argument);
}

/**
 * Monthly sales, oldest first, and the days of each month: `days_in_month` omitted or one cell is the days of
 * every month (default 30); a larger range must have the shape of `monthly_sales` and is read beside it.
 */
export function monthlySalesArg(
  monthlySales: Cell | Grid,
  daysInMonth: Cell | Grid | undefined,
): { sales: number[]; days: number | number[] } {
  const daysGrid = gridArg(daysInMonth ?? null);
  const oneCell = daysGrid.length === 0 || (daysGrid.length === 1 && daysGrid[0].length === 1);
  if (oneCell) {
    const days = daysGrid.length === 0 ? 30 : optionalNumberArg(daysGrid[0][0], "days_in_month", 30);
    return { sales: numberListArg(monthlySales, "monthly_sales"), days };
  }
  const { columns, rows } = alignedListsArg([
    ["monthly_sales", monthlySales],
    ["days_in_month", daysGrid],
  ]);
  return { sales: numbersAt(columns[0], rows, "monthly_sales"), days: numbersAt(columns[1], rows, "days_in_month") };
}

/** Money for a cell: a finite number, else #NUM! (a total beyond what a double holds). */
export function moneyCell(value: Money): number {
  const n = value.toNumber();
  if (!Number.isFinite(n)) throw numError("resultNotFinite");
  return n;
}
