/**
 * Totals and subtotal rows: reports end with 合计 / 总计 / 小计 / Total lines and Excel tables keep a totals row
 * (docs/reliability.md §Ledgers as credit teams export them). Read as data, such a row becomes a customer carrying
 * the summed credit limit, or an invoice that doubles the receivables; the review leaves it out and says so.
 */
import type { RawCell } from "./ports";

/**
 * English labels: Total, Totals, Grand total, Subtotal, Sub-total, Sum, alone, or followed by a colon, a bracket,
 * "for …" / "of …", or words holding a digit (`Total 2026`, `Subtotal C001`). A label followed by plain words is a
 * name (`Total Quality Logistics`, `Sum Ltd`), not a totals row.
 */
const ENGLISH =
  /^(?:grand\s*|sub-?\s*)?totals?(?:$|\s*[:：(（]|\s+(?:for|of)\b|\s+\S*\d)|^sum(?:$|\s*[:：(（]|\s+(?:for|of)\b|\s+\S*\d)/i;
/** Chinese labels, alone or leading: 合计, 总计, 小计, 汇总 (Chinese Excel's totals-row label), 累计, 本页合计. */
const CHINESE = /^\s*(?:本页|本月|总)?(?:合\s*计|总\s*计|小\s*计|汇\s*总|累\s*计)/;

/** First characters a totals label can start with, so ordinary ids are passed over without a regex. */
function mayStartLabel(code: number): boolean {
  // T, t, S, s, G, g, or anything beyond ASCII (Chinese labels; a leading space).
  return (
    code === 84 ||
    code === 116 ||
    code === 83 ||
    code === 115 ||
    code === 71 ||
    code === 103 ||
    code > 127 ||
    code === 32
  );
}

/**
 * The label when the cell marks a totals or subtotal row, else undefined. Looked for in the id and name columns and the
 * first column; a company named "Total Energies" stays a customer (see ENGLISH).
 * @example totalsLabel("合计：") // "合计："
 * @example totalsLabel("TOT-0042") // undefined
 */
export function totalsLabel(value: RawCell): string | undefined {
  if (typeof value !== "string" || value.length === 0 || !mayStartLabel(value.charCodeAt(0))) return undefined;
  const text = value.trim();
  return ENGLISH.test(text) || CHINESE.test(text) ? text : undefined;
}

/** An Excel table's totals row inside a table read whole: its sheet row, and the Excel table's own name. */
export interface TotalsRow {
  readonly row: number;
  readonly table: string;
}

/** The schema keys whose cells may carry a totals label: ids and names. */
export const LABEL_KEYS = ["id", "customerId", "name", "customerName"] as const;
