/** User-facing message texts, one catalogue per language, looked up by code: errors, data issues, alerts. */
import { en } from "./en";
import { zhCN } from "./zh-CN";

export type Locale = "en" | "zh-CN";
export type MessageCode = keyof typeof en;
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Record<Locale, Record<MessageCode, string>> = { en, "zh-CN": zhCN };

/** The locale for an Office or browser language tag: any `zh…` tag is Simplified Chinese, everything else English. */
export function localeFromLanguage(tag: string | undefined | null): Locale {
  return tag && /^zh\b/i.test(tag) ? "zh-CN" : "en";
}

/** Placeholders that hold money: shown with thousands separators and two decimals (6778.4 → "6,778.40"). */
const MONEY_PARAMS: ReadonlySet<string> = new Set([
  "amount",
  "base",
  "cap",
  "exposure",
  "limit",
  "receivables",
  "total",
  "writtenOff",
]);

function paramText(name: string, value: string | number, locale: Locale): string {
  if (typeof value !== "number" || !MONEY_PARAMS.has(name) || !Number.isFinite(value)) return String(value);
  return value.toLocaleString(locale === "zh-CN" ? "zh-CN" : "en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/**
 * Fills `{name}` placeholders in a template from `params`; a placeholder with no parameter stays as written.
 * The one placeholder formatter of the project: engine messages, sheet labels, the pane and the CLI all use it.
 * @example format("{count} customers", { count: 3 }) // "3 customers"
 */
export function format(template: string, params: MessageParams = {}): string {
  return templateParts(template)
    .map((part) =>
      typeof part === "string"
        ? part
        : Object.prototype.hasOwnProperty.call(params, part.name)
          ? String(params[part.name])
          : part.text,
    )
    .join("");
}

/** A piece of a template: its literal text, or a `{name}` placeholder (with the text it was written as). */
export type TemplatePart = string | { readonly name: string; readonly text: string };

/**
 * A template split into literal text and `{name}` placeholders, in order: what `format` fills with text, and
 * what the pane fills with elements (a count that is a link) when a placeholder is not plain text.
 * @example templateParts("{count} over limit") // [{ name: "count", text: "{count}" }, " over limit"]
 */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name === undefined ? part : { name, text: part };
    });
}

/**
 * The text of a message in a locale, with `{name}` placeholders filled from `params` (money placeholders
 * such as `{exposure}` with thousands separators).
 * @example formatMessage("argumentNotNumber", { argument: "days" }, "en") // "days must be a number."
 */
export function formatMessage(code: MessageCode, params: MessageParams = {}, locale: Locale = "en"): string {
  const template = catalogues[locale][code] ?? en[code];
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, paramText(name, value, locale)]),
  );
  return format(template, shown);
}
