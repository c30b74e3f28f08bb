/** Exact money: decimal.js for products and rates, and an exact integer-cent accumulator for long sums. */
import Decimal from "decimal.js";

/** An amount of money held exactly. Convert to a JavaScript number only at the edge (a cell, JSON). */
export type Money = Decimal;

export { Decimal };

/** Exact money from a number or decimal text. `money(0.1).plus(0.2)` is exactly 0.3. */
export function money(value: number | string | Decimal): Money {
  return new Decimal(value);
}

/** Zero, shared. */
export const ZERO: Money = new Decimal(0);

/** Σ values, exactly. */
export function sumMoney(values: Iterable<number | Decimal>): Money {
  const acc = new MoneySum();
  for (const v of values) acc.add(v);
  return acc.total();
}

/**
 * A number that is a short decimal fraction, as a whole numerator over a power of ten (0.45 → 45 ÷ 100), when it
 * has at most `maxPlaces` decimals and both parts are safe integers; otherwise undefined. Lets rates such as PDs,
 * LGDs and shares be multiplied as integers, exactly, instead of through decimal.js.
 * @example shortDecimal(0.025) // { numerator: 25, scale: 1000 }
 */
export function shortDecimal(value: number, maxPlaces = 9): { numerator: number; scale: number } | undefined {
  let scale = 1;
  for (let d = 0; d <= maxPlaces; d++, scale *= 10) {
    const numerator = Math.round(value * scale);
    if (numerator / scale === value && Number.isSafeInteger(numerator)) return { numerator, scale };
  }
  return undefined;
}

/**
 * An exact running total that stays fast on a million rows. Amounts that are whole cents (what ledgers hold)
 * are added as integer cents in a double, which is exact while the total stays below 2^53 cents (±90 trillion);
 * anything else (sub-cent amounts, Decimal inputs, a total that would overflow) goes into a decimal.js remainder.
 * Why not decimal.js for every addition: it is ~50× slower, and summing cents as integers is already exact.
 */
export class MoneySum {
  private cents = 0;
  private rest: Decimal | null = null;
  private n = 0;

  /** Adds one amount. NaN and ±Infinity are refused: they are data errors, not money. */
  add(amount: number | Decimal): this {
    this.n += 1;
    if (typeof amount === "number") {
      if (!Number.isFinite(amount)) throw new RangeError(`Not an amount of money: ${amount}`);
      const c = Math.round(amount * 100);
      const next = this.cents + c;
      if (c / 100 === amount && Number.isSafeInteger(next)) {
        this.cents = next;
        return this;
      }
    }
    this.rest = (this.rest ?? new Decimal(0)).plus(amount);
    return this;
  }

  /** Adds another running total. */
  addSum(other: MoneySum): this {
    const next = this.cents + other.cents;
    if (Number.isSafeInteger(next)) this.cents = next;
    else this.rest = (this.rest ?? new Decimal(0)).plus(new Decimal(other.cents).div(100));
    if (other.rest) this.rest = (this.rest ?? new Decimal(0)).plus(other.rest);
    this.n += other.n;
    return this;
  }

  /** How many amounts were added. */
  get count(): number {
    return this.n;
  }

  /** The exact total. */
  total(): Money {
    const c = new Decimal(this.cents).div(100);
    return this.rest ? c.plus(this.rest) : c;
  }

  /** The total as a number (exact to the cent below 2^53 cents). */
  toNumber(): number {
    return this.rest ? this.total().toNumber() : this.cents / 100;
  }
}
