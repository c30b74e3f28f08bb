/**
 * The sheets' words, one catalogue per language (en.ts, zh-CN.ts), looked up by code: what the review and the
 * scorecard builder write into cells and headers. Placeholders are filled by the one formatter, `format`.
 */
import { format, type Locale, type MessageParams } from "../../core/messages";
import { sheetLabelsEn } from "./en";
import { sheetLabelsZh } from "./zh-CN";

export type SheetLabelCode = keyof typeof sheetLabelsEn;

/** Each language's catalogue. */
export const SHEET_LABELS: Readonly<Record<Locale, Readonly<Record<SheetLabelCode, string>>>> = {
  en: sheetLabelsEn,
  "zh-CN": sheetLabelsZh,
};

/**
 * A sheet label in a locale, its `{name}` placeholders filled from `params`.
 * @example sheetLabel("labelColGrade", "zh-CN") // "等级"
 * @example sheetLabel("labelReviewTitle", "en", { asOf: "2026-06-30" }) // "Credit review as of 2026-06-30"
 */
export function sheetLabel(code: SheetLabelCode, locale: Locale, params: MessageParams = {}): string {
  return format(SHEET_LABELS[locale][code], params);
}

/**
 * A label in both languages, English first: the names a sheet written in either edition may carry.
 * @example labelInEveryLanguage("labelColScore") // ["Score", "评分"]
 */
export function labelInEveryLanguage(code: SheetLabelCode): string[] {
  return [sheetLabelsEn[code], sheetLabelsZh[code]];
}
