/** How a table's header is compared with the names a contract accepts for a column. */

/**
 * A currency named in brackets after a header, `Credit Limit (USD)`, `金额（元）`: the column is the same column. A unit
 * that scales the figures (`金额（万元）`, amounts in 10,000s) is not a currency and stays, so it matches nothing.
 */
const CURRENCY_SUFFIX = /\s*[(（]\s*(?:[A-Z]{3}|元|[$€£¥￥])\s*[)）]\s*$/;

/**
 * A header reduced to what matching compares: lower case (Unicode-aware), without a bracketed currency at its end,
 * spaces, underscores, the full-width space or the punctuation exports decorate headers with (`.` `:` `：` `-` `*` `#`
 * and brackets), so `Customer ID`, `customer_id`, `CUSTOMERID`, `Cust. No.` / `Cust No`, `Credit Limit (USD)` and
 * `客户 编号` all match their names.
 * @example normalizeHeader(" Due  Date: ") // "duedate"
 */
export function normalizeHeader(header: unknown): string {
  return String(header ?? "")
    .replace(CURRENCY_SUFFIX, "")
    .toLowerCase()
    .replace(/[\s_\u3000.:：\-*#()（）]+/g, "");
}
