/**
 * The one table of CreditPolicy settings: where each lives in the policy (a path), how its value is read (a kind),
 * which settings are checked together (a group), and its names and meaning (the policy catalogue, ./i18n).
 */
import { InternalError } from "../errors";
import type { Locale, MessageParams } from "../messages";
import { BUILT_IN_FACTORS, BUILT_IN_FACTOR_DEFINITIONS, nameKey } from "../scoring/builtInFactors";
import { DECISION_CONDITIONS, GRADES, LADDER_STAGES, SEGMENTS, type CreditPolicy, type Grade } from "./creditPolicy";
import { policyText, type PolicyTextKey } from "./i18n";

/**
 * How a setting's value is read: `number` any number; `nonNegative` ≥ 0; `positive` > 0; `integer` whole ≥ 0;
 * `fraction` 0–1 (text "20%" = 0.2); `rate` ≥ 0 with % allowed (an increase may exceed 100 %); `grade` one of A–E;
 * `gradeList` grades separated by commas ("none" / "无" = empty); `segment` Large/Mid/Small; `text` any text;
 * `action` stop / reduce / keep (停止 / 降额 / 维持); `level` an approval level, 1 (the first) to 4.
 */
export type SettingKind =
  | "number"
  | "nonNegative"
  | "positive"
  | "integer"
  | "fraction"
  | "rate"
  | "grade"
  | "gradeList"
  | "segment"
  | "text"
  | "action"
  | "level";

export type SettingValue = number | string | readonly string[];

/** A deep-writable copy of the policy that parsePolicy fills in. */
export type PolicyDraft = {
  -readonly [K in keyof CreditPolicy]: CreditPolicy[K] extends readonly (infer E)[]
    ? { -readonly [P in keyof E]: E[P] }[]
    : CreditPolicy[K] extends object
      ? {
          -readonly [P in keyof CreditPolicy[K]]: CreditPolicy[K][P] extends object
            ? { -readonly [Q in keyof CreditPolicy[K][P]]: CreditPolicy[K][P][Q] }
            : CreditPolicy[K][P];
        }
      : CreditPolicy[K];
};

/**
 * Where a setting's value lives in a CreditPolicy: property names and array positions from the top, e.g.
 * `["limits", "netWorthShareByGrade", "A"]` or `["decisions", 0, "action"]` (the decision table is kept in the
 * order of DECISION_CONDITIONS).
 */
export type PolicyPath = readonly (string | number)[];

export interface PolicySetting {
  /** The readable English name written in the Setting column. */
  readonly key: string;
  /** The Chinese name, accepted as a synonym. */
  readonly zh: string;
  /** Further accepted spellings. */
  readonly synonyms: readonly string[];
  readonly kind: SettingKind;
  /** Settings checked together by validatePolicy; a failed check restores the whole group's defaults. */
  readonly group: string;
  /** Where the value lives in the policy. */
  readonly path: PolicyPath;
  /** What the setting does, for docs/credit-policy.md and the pane's policy editor. */
  readonly meaning: string;
  /** The same in Chinese. */
  readonly meaningZh: string;
  /** The setting's value in a policy (read at `path`). */
  readonly get: (policy: CreditPolicy) => SettingValue;
  /** Writes a value at `path` into a draft (a list is copied). */
  readonly set: (draft: PolicyDraft, value: SettingValue) => void;
}

/** One row of the table: catalogue keys of the name and meaning, their placeholders per language, path, kind, group. */
interface SettingRow {
  readonly name: PolicyTextKey;
  readonly meaning: PolicyTextKey;
  readonly params?: Readonly<Record<Locale, MessageParams>>;
  readonly path: PolicyPath;
  readonly kind: SettingKind;
  readonly group: string;
  readonly synonyms?: readonly string[];
}

/** Catalogue keys whose meaning is the key followed by `Meaning` (`worstGrade` → `worstGradeMeaning`). */
type NamedKey = { [K in PolicyTextKey]: `${K}Meaning` extends PolicyTextKey ? K : never }[PolicyTextKey];

/** A row whose meaning is its name's `…Meaning` twin. */
function row(
  name: NamedKey,
  path: PolicyPath,
  kind: SettingKind,
  group: string,
  extra: Pick<SettingRow, "params" | "synonyms"> = {},
): SettingRow {
  return { name, meaning: `${name}Meaning`, path, kind, group, ...extra };
}

/** The same placeholders in both languages. */
function both(params: MessageParams): Record<Locale, MessageParams> {
  return { en: params, "zh-CN": params };
}

/** A row per grade, its grade in the name and meaning. */
function perGrade(name: NamedKey, path: (grade: Grade) => PolicyPath, kind: SettingKind, group: string): SettingRow[] {
  return GRADES.map((grade) => row(name, path(grade), kind, group, { params: both({ grade }) }));
}

const SEGMENT_TEXT = { Large: "segmentLarge", Mid: "segmentMid", Small: "segmentSmall" } as const;

/** The built-in model's weights: a row per segment and factor, names in each language. */
function weightRows(): SettingRow[] {
  return SEGMENTS.flatMap((segment) =>
    BUILT_IN_FACTORS.map((factor) => {
      const def = BUILT_IN_FACTOR_DEFINITIONS[factor];
      const params = {
        en: { segment: policyText(SEGMENT_TEXT[segment], "en"), factor: def.name },
        "zh-CN": { segment: policyText(SEGMENT_TEXT[segment], "zh-CN"), factor: def.zh },
      };
      return row("segmentWeight", ["segmentWeights", segment, factor], "nonNegative", `weights:${segment}`, { params });
    }),
  );
}

/** The approval authority: each level's name, then (all but the last, which approves anything) its threshold. */
function approvalRows(): SettingRow[] {
  return [0, 1, 2, 3].flatMap((i) => {
    const params = both({ level: i + 1 });
    const name = row("approvalLevelName", ["approvalLevels", i, "name"], "text", "approvalNames", { params });
    const upTo = row("approvalLevelUpTo", ["approvalLevels", i, "upTo"], "positive", "approval", { params });
    return i < 3 ? [name, upTo] : [name];
  });
}

const LOSS_RATES: readonly { name: PolicyTextKey; synonym: string }[] = [
  { name: "lossRateNotDue", synonym: "Loss rate current" },
  { name: "lossRate1to30", synonym: "Loss rate bucket 1" },
  { name: "lossRate31to60", synonym: "Loss rate bucket 2" },
  { name: "lossRate61to90", synonym: "Loss rate bucket 3" },
  { name: "lossRateOver90", synonym: "Loss rate over last bucket" },
];

const LADDER: Readonly<Record<(typeof LADDER_STAGES)[number], { name: PolicyTextKey; synonyms: string[] }>> = {
  reminder: { name: "ladderReminder", synonyms: [] },
  phone: { name: "ladderPhone", synonyms: ["Phone call from days"] },
  letter: { name: "ladderLetter", synonyms: ["Demand letter from days"] },
  stopSupply: { name: "ladderStopSupply", synonyms: [] },
  agency: { name: "ladderAgency", synonyms: ["Legal from days", "Agency/legal from days", "法律程序起始天数"] },
};

/** Aging buckets, their loss rates, the collection ladder and its grade shifts. */
function agingAndCollectionRows(): SettingRow[] {
  return [
    ...[0, 1, 2].map((i) =>
      row("bucketLimit", ["bucketLimits", i], "positive", "buckets", { params: both({ bucket: i + 1 }) }),
    ),
    ...LOSS_RATES.map(({ name, synonym }, i) => ({
      name,
      meaning: "lossRateMeaning" as const,
      params: both({ bucket: i + 1 }),
      path: ["lossRates", i],
      kind: "fraction" as const,
      group: "lossRates",
      synonyms: [synonym],
    })),
    ...LADDER_STAGES.map((stage) => ({
      ...LADDER[stage],
      meaning: "ladderMeaning" as const,
      path: ["collection", "fromDays", stage],
      kind: "integer" as const,
      group: "ladder",
    })),
    ...perGrade("collectionShift", (g) => ["collection", "gradeShiftDays", g], "number", "collectionShift"),
  ];
}

/** The decision table: a row per condition, the condition's text filled into the shared meaning. */
function decisionRows(): SettingRow[] {
  return DECISION_CONDITIONS.map((condition, i) => ({
    name: `decision_${condition}` as const,
    meaning: "decisionMeaning",
    params: {
      en: { condition: policyText(`when_${condition}`, "en") },
      "zh-CN": { condition: policyText(`when_${condition}`, "zh-CN") },
    },
    path: ["decisions", i, "action"],
    kind: "action",
    group: "decisions",
  }));
}

/** Every row, in the order of docs/credit-policy.md. */
const SETTING_ROWS: readonly SettingRow[] = [
  ...GRADES.slice(0, -1).map((grade, i) =>
    row("gradeMinScore", ["gradeBands", i, "minScore"], "number", "gradeBands", {
      params: both({ grade }),
      synonyms: [`Grade ${grade} minimum score`],
    }),
  ),
  row("worstGrade", ["worstGrade"], "grade", "worstGrade"),
  ...weightRows(),
  row("defaultSegment", ["defaultSegment"], "segment", "defaultSegment"),
  row("minFactors", ["minFactors"], "integer", "minFactors"),
  row("needBufferDays", ["limits", "needBufferDays"], "nonNegative", "limits"),
  ...perGrade("netWorthShare", (g) => ["limits", "netWorthShareByGrade", g], "fraction", "limits"),
  row("workingCapitalShare", ["limits", "workingCapitalShare"], "fraction", "limits"),
  row("uninsuredTolerance", ["limits", "uninsuredTolerance"], "nonNegative", "limits"),
  row("newCustomerMonths", ["limits", "newCustomerMonths"], "nonNegative", "limits"),
  row("newCustomerLimit", ["limits", "newCustomerLimit"], "nonNegative", "limits"),
  row("maxIncrease", ["limits", "maxIncrease"], "rate", "limits"),
  row("roundingStep", ["limits", "roundingStep"], "positive", "limits"),
  ...approvalRows(),
  row("fastTrackGrades", ["fastTrackGrades"], "gradeList", "fastTrackGrades"),
  ...agingAndCollectionRows(),
  row("scoreDrop", ["earlyWarning", "scoreDrop"], "nonNegative", "earlyWarning"),
  row("scoreFloor", ["earlyWarning", "scoreFloor"], "number", "earlyWarning"),
  row("concentrationCap", ["earlyWarning", "concentrationCap"], "fraction", "earlyWarning"),
  row("basePoints", ["pdScaling", "basePoints"], "number", "pdScaling"),
  row("baseOdds", ["pdScaling", "baseOdds"], "positive", "pdScaling"),
  row("pdo", ["pdScaling", "pdo"], "positive", "pdScaling", { synonyms: ["Points to double the odds"] }),
  ...perGrade("pdByGrade", (g) => ["pdByGrade", g], "fraction", "pdByGrade"),
  row("lgd", ["lgd"], "fraction", "lgd", { synonyms: ["Loss given default"] }),
  ...decisionRows(),
  row("warningCut", ["limits", "warningCut"], "fraction", "limits"),
  row("reduceTolerance", ["limits", "reduceTolerance"], "fraction", "limits"),
  row("noIncreaseFromGrade", ["limits", "noIncreaseFromGrade"], "grade", "limits"),
  row("temporaryMaxUplift", ["temporaryLimits", "maxUplift"], "rate", "temporaryLimits"),
  row("temporaryMaxDays", ["temporaryLimits", "maxDays"], "integer", "temporaryLimits"),
  row("temporaryWarningDays", ["temporaryLimits", "expiryWarningDays"], "integer", "temporaryLimits"),
  row("blacklistAfterDays", ["blacklist", "listAfterDays"], "integer", "blacklist"),
  row("blacklistReleaseMonths", ["blacklist", "releaseMonths"], "integer", "blacklist"),
  row("blacklistReleaseMinGrade", ["blacklist", "releaseMinGrade"], "grade", "blacklist"),
  row("probationMonths", ["blacklist", "probationMonths"], "integer", "blacklist"),
  row("escalateGrades", ["approval", "escalateGrades"], "gradeList", "approvalRules"),
  row("strategicLevel", ["approval", "strategicLevel"], "level", "approval"),
  row("overrideLevel", ["approval", "overrideLevel"], "level", "approval"),
  row("temporaryLevel", ["approval", "temporaryLevel"], "level", "approval"),
  row("disputeEscalationDays", ["disputes", "escalationDays"], "integer", "disputes"),
  row("insurerNotificationDays", ["disputes", "insurerNotificationDays"], "integer", "disputes"),
  row("ceiOpeningTolerance", ["ceiOpeningTolerance"], "fraction", "ceiOpeningTolerance"),
  // An AUC is read as a number (0.6), not a share: the editor shows it as typed; validatePolicy keeps it in 0.5–1.
  row("minScorecardAuc", ["minScorecardAuc"], "positive", "minScorecardAuc", {
    synonyms: ["Min scorecard AUC", "Scorecard minimum AUC"],
  }),
];

type Node = Record<string | number, unknown>;

/**
 * The value at `path` in a policy (or a draft).
 * @example valueAtPath(defaultPolicy, ["limits", "netWorthShareByGrade", "B"]) // 0.15
 */
function valueAtPath(policy: CreditPolicy | PolicyDraft, path: PolicyPath): SettingValue {
  return path.reduce<unknown>((node, step) => (node as Node)[step], policy) as SettingValue;
}

/** Writes `value` at `path` in a draft; a list is copied so the draft never shares it with the caller. */
function setAtPath(draft: PolicyDraft, path: PolicyPath, value: SettingValue): void {
  const last = path.at(-1);
  if (last === undefined) throw new InternalError("a policy setting has an empty path");
  const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Node)[step], draft) as Node;
  parent[last] = Array.isArray(value) ? [...value] : value;
}

/** A row of the table as a setting: names and meanings from the catalogue, get and set by its path. */
function settingOf(r: SettingRow): PolicySetting {
  const text = (key: PolicyTextKey, locale: Locale) => policyText(key, locale, r.params?.[locale]);
  return {
    key: text(r.name, "en"),
    zh: text(r.name, "zh-CN"),
    synonyms: r.synonyms ?? [],
    kind: r.kind,
    group: r.group,
    path: r.path,
    meaning: text(r.meaning, "en"),
    meaningZh: text(r.meaning, "zh-CN"),
    get: (policy) => valueAtPath(policy, r.path),
    set: (draft, value) => setAtPath(draft, r.path, value),
  };
}

/** Every policy setting, in the order of docs/credit-policy.md. */
export const POLICY_SETTINGS: readonly PolicySetting[] = SETTING_ROWS.map(settingOf);

const BY_NAME: ReadonlyMap<string, PolicySetting> = new Map(
  POLICY_SETTINGS.flatMap((s) => [s.key, s.zh, ...s.synonyms].map((n) => [nameKey(n), s] as const)),
);

/**
 * The setting a name refers to: its English key or Chinese name, any case and spacing.
 * @example policySettingByName("a级最低分")?.key // "Grade A min score"
 */
export function policySettingByName(name: string): PolicySetting | undefined {
  return BY_NAME.get(nameKey(name));
}
