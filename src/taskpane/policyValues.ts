/**
 * The policy editor's rules, apart from React: what a setting's field shows and what its text means (shares in
 * percent), whether a value differs from the default policy, which settings a search finds, and the editor's
 * sections. Values are read by the engine's own reader (readSettingValue), so the pane and the CreditPolicy sheet
 * accept the same spellings.
 */
import {
  defaultPolicy,
  formatSettingValue,
  readSettingValue,
  type CreditPolicy,
  type PolicySetting,
  type SettingKind,
  type SettingValue,
} from "../core/policy";
import type { Locale } from "./i18n";

/** Kinds that hold a share (0.25 = 25 %): the editor shows and takes them as percentages. */
const PERCENT_KINDS: ReadonlySet<SettingKind> = new Set<SettingKind>(["fraction", "rate"]);

/** Whether a setting of this kind is entered as a percentage ("25" for 0.25). */
export function isPercentKind(kind: SettingKind): boolean {
  return PERCENT_KINDS.has(kind);
}

/**
 * A share as the percentage a user types, to 12 significant digits so that binary noise does not show.
 * @example percentText(0.25) // "25"
 * @example percentText(0.07) // "7" (not 7.000000000000001)
 */
export function percentText(share: number): string {
  return String(Number((share * 100).toPrecision(12)));
}

/** What a setting's field shows for a value: a percentage for shares, otherwise the sheet's own form. */
export function fieldText(setting: PolicySetting, value: SettingValue): string {
  return isPercentKind(setting.kind) && typeof value === "number" && Number.isFinite(value)
    ? percentText(value)
    : formatSettingValue(value);
}

/** A setting's default as the field shows it, with the percent sign for shares ("25%"), for hints. */
export function defaultText(setting: PolicySetting, defaults: CreditPolicy = defaultPolicy): string {
  const text = fieldText(setting, setting.get(defaults));
  return isPercentKind(setting.kind) ? `${text}%` : text;
}

/**
 * The value a field's text stands for, or undefined when it does not fit the setting (blank included). A share is
 * typed as a percentage, with or without the sign: "25" and "25%" are 0.25, "0,5" is 0.005 (decimal comma), read
 * by readSettingValue as the text "25%" so that the sheet's range checks apply (a fraction is 0–100 %).
 */
export function readFieldText(kind: SettingKind, text: string): SettingValue | undefined {
  if (!isPercentKind(kind)) return readSettingValue(kind, text);
  const bare = text
    .trim()
    .replace(/[%％]$/, "")
    .trim();
  return bare === "" ? undefined : readSettingValue(kind, `${bare}%`);
}

/** What the editor writes in the Value column for a field's text: the number it reads as, otherwise the text. */
export function cellForFieldText(kind: SettingKind, text: string): number | string {
  const value = readFieldText(kind, text);
  return typeof value === "number" ? value : text.trim();
}

/** Two setting values are the same: numbers to 12 significant digits, grade lists as sets, text exactly. */
export function sameSettingValue(a: SettingValue, b: SettingValue): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && [...a].sort().join(",") === [...b].sort().join(",");
  }
  return a === b;
}

/**
 * Whether a field's text differs from the setting's default. Blank is "not set", so the default: not changed.
 * Text that does not fit the setting is changed (the default would not be used as typed).
 * @example differsFromDefault(lgdSetting, "45") // false: the default LGD is 0.45
 */
export function differsFromDefault(setting: PolicySetting, text: string, defaults: CreditPolicy = defaultPolicy) {
  if (text.trim() === "") return false;
  const value = readFieldText(setting.kind, text);
  return value === undefined || !sameSettingValue(value, setting.get(defaults));
}

/** Whether a field's text is wrong for its setting: not blank and not readable as its kind. */
export function isInvalidFieldText(setting: PolicySetting, text: string): boolean {
  return text.trim() !== "" && readFieldText(setting.kind, text) === undefined;
}

/** The setting's name in the pane's language, and in the other one. */
export function settingNames(setting: PolicySetting, locale: Locale): { name: string; other: string } {
  return locale === "zh-CN" ? { name: setting.zh, other: setting.key } : { name: setting.key, other: setting.zh };
}

/**
 * Whether a setting answers a search: every word of the query (any case) is found in its English or Chinese name,
 * another accepted spelling, or its meaning in the pane's language. A blank query finds everything.
 * @example matchesSetting(lgdSetting, "loss default", "en") // true: both words are in "loss given default …"
 */
export function matchesSetting(setting: PolicySetting, query: string, locale: Locale): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const meaning = locale === "zh-CN" ? setting.meaningZh : setting.meaning;
  const text = [setting.key, setting.zh, ...setting.synonyms, meaning].join("\n").toLowerCase();
  return words.every((w) => text.includes(w));
}

/** The editor's sections, in the order shown. */
export const POLICY_SECTIONS = [
  "grades",
  "model",
  "limits",
  "temporary",
  "approval",
  "provisions",
  "collection",
  "warnings",
  "decisions",
  "blacklist",
  "disputes",
  "pd",
  "data",
  "other",
] as const;
export type PolicySection = (typeof POLICY_SECTIONS)[number];

/** Which section each settings group (PolicySetting.group, before any ":") is shown in. */
const SECTION_OF_GROUP: Readonly<Record<string, PolicySection>> = {
  gradeBands: "grades",
  worstGrade: "grades",
  weights: "model",
  defaultSegment: "model",
  minFactors: "model",
  minScorecardAuc: "model",
  limits: "limits",
  temporaryLimits: "temporary",
  approvalNames: "approval",
  approval: "approval",
  approvalRules: "approval",
  fastTrackGrades: "approval",
  buckets: "provisions",
  lossRates: "provisions",
  ladder: "collection",
  collectionShift: "collection",
  earlyWarning: "warnings",
  decisions: "decisions",
  blacklist: "blacklist",
  disputes: "disputes",
  pdScaling: "pd",
  pdByGrade: "pd",
  lgd: "pd",
  ceiOpeningTolerance: "data",
};

/** The section a setting is shown in; a group the editor does not know yet goes to "other". */
export function sectionOf(setting: PolicySetting): PolicySection {
  return SECTION_OF_GROUP[setting.group.split(":")[0]] ?? "other";
}

/** Settings by section, sections in POLICY_SECTIONS order and settings in the table's order; empty sections left out. */
export function groupBySection(settings: readonly PolicySetting[]): [PolicySection, PolicySetting[]][] {
  return POLICY_SECTIONS.map((section): [PolicySection, PolicySetting[]] => [
    section,
    settings.filter((s) => sectionOf(s) === section),
  ]).filter(([, list]) => list.length > 0);
}
