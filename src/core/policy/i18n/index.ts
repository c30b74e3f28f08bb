/** The CreditPolicy settings' names and meanings, one catalogue per language (en.ts, zh-CN.ts). */
import { format, type Locale, type MessageParams } from "../../messages";
import { policyEn } from "./en";
import { policyZhCN } from "./zh-CN";

export type PolicyTextKey = keyof typeof policyEn;

const catalogues: Record<Locale, Record<PolicyTextKey, string>> = { en: policyEn, "zh-CN": policyZhCN };

/**
 * A policy text in a locale, with `{name}` placeholders filled by the project's one formatter.
 * @example policyText("gradeMinScore", "zh-CN", { grade: "A" }) // "A级最低分"
 */
export function policyText(key: PolicyTextKey, locale: Locale, params: MessageParams = {}): string {
  return format(catalogues[locale][key], params);
}
