/** Number formats for the pane, by locale: money with separators, days with one decimal, shares as percent. */
import type { Locale } from "./i18n";

const cache = new Map<string, Intl.NumberFormat>();
function fmt(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "zh-CN" ? "zh-CN" : "en-US", options);
    cache.set(key, f);
  }
  return f;
}

/** 1234567.891 → "1,234,567.89". */
export function formatMoney(value: number, locale: Locale): string {
  return fmt(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Large amounts compactly for KPI tiles: 1234567 → "1.23M" (en) / "123.46万" (zh). */
export function formatMoneyShort(value: number, locale: Locale): string {
  return fmt(locale, { notation: "compact", maximumFractionDigits: 2 }).format(value);
}

export function formatDays(value: number, locale: Locale): string {
  return fmt(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value: number, locale: Locale): string {
  return fmt(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return fmt(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
