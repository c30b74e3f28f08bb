/** Checked reads of arrays for the indexes the engine knows are in range (noUncheckedIndexedAccess). */
import { InternalError } from "./errors";

/**
 * Element `i` of an array the caller knows holds it. A miss is a bug of the engine, never the user's data, so it
 * throws an InternalError instead of letting `undefined` travel on.
 * @example at([10, 20], 1) // 20
 */
export function at<T>(array: ArrayLike<T>, i: number): T {
  const value = array[i];
  if (value === undefined) throw new InternalError(`index ${i} outside an array of ${array.length}`);
  return value;
}

/**
 * The elements of `array` at `indexes`, in their order; every index must be in range (see `at`).
 * @example pick(["a", "b", "c"], [2, 0]) // ["c", "a"]
 */
export function pick<T>(array: ArrayLike<T>, indexes: readonly number[]): T[] {
  return indexes.map((i) => at(array, i));
}
