/** Reads a CreditPolicy table (Setting, Value rows) into a policy, keeping the default and reporting each bad row. */
import { isBlankCell, readNumber, shownCell, type Cell } from "../cells";
import type { MessageCode, MessageParams } from "../messages";
import { nameKey } from "../scoring/builtInFactors";
import { defaultPolicy, GRADES, segmentFromText, type CreditPolicy, type RuleAction } from "./creditPolicy";
import {
  policySettingByName,
  POLICY_SETTINGS,
  type PolicyDraft,
  type PolicySetting,
  type SettingValue,
} from "./policySettings";
import { validatePolicy } from "./validatePolicy";

/** One thing wrong with the policy table; `row` is the 1-based row of the table (header included, when given). */
export interface PolicyProblem {
  readonly row?: number;
  readonly setting?: string;
  readonly code: MessageCode;
  readonly params: MessageParams;
}

export interface ParsedPolicy {
  readonly policy: CreditPolicy;
  readonly problems: readonly PolicyProblem[];
}

/** A value cell as a table hands it over. */
/** A CreditPolicy table cell: the one cell type (core/cells.ts). */
export type PolicyCell = Cell;

/** A deep copy of a policy that can be written to (Infinity and -Infinity survive, unlike a JSON round trip). */
export function clonePolicy(policy: CreditPolicy): PolicyDraft {
  return {
    ...policy,
    gradeBands: policy.gradeBands.map((b) => ({ ...b })),
    segmentWeights: {
      Large: { ...policy.segmentWeights.Large },
      Mid: { ...policy.segmentWeights.Mid },
      Small: { ...policy.segmentWeights.Small },
    },
    limits: { ...policy.limits, netWorthShareByGrade: { ...policy.limits.netWorthShareByGrade } },
    approvalLevels: policy.approvalLevels.map((l) => ({ ...l })),
    fastTrackGrades: [...policy.fastTrackGrades],
    bucketLimits: [...policy.bucketLimits],
    lossRates: [...policy.lossRates],
    collection: {
      fromDays: { ...policy.collection.fromDays },
      gradeShiftDays: { ...policy.collection.gradeShiftDays },
    },
    earlyWarning: { ...policy.earlyWarning },
    pdScaling: { ...policy.pdScaling },
    pdByGrade: { ...policy.pdByGrade },
    decisions: policy.decisions.map((r) => ({ ...r })),
    temporaryLimits: { ...policy.temporaryLimits },
    blacklist: { ...policy.blacklist },
    approval: { ...policy.approval, escalateGrades: [...policy.approval.escalateGrades] },
    disputes: { ...policy.disputes },
  } as PolicyDraft;
}

const HEADER_SETTING = new Set(["setting", "settings", "设置", "设置项", "参数", "项目"].map(nameKey));

const isBlank = isBlankCell;

const shown = (v: PolicyCell): string => shownCell(v, 40);

/** Shown form of a default value in a message. */
export function formatSettingValue(v: SettingValue): string {
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "∞";
  if (typeof v === "string") return v;
  return v.length ? v.join(", ") : "none";
}

/**
 * A setting's number, read as a ledger's amounts are (`50,000`, `1.5万`, `0,5` with a decimal comma), and a percentage
 * (`20%`) as its fraction where the setting takes one. Policy cells once lost their commas (`0,5` read as 5).
 */
function numberOf(v: PolicyCell, percentAllowed: boolean): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  const percent = percentAllowed && /[%％]\s*$/.test(v);
  const reading = readNumber(percent ? v.trim().slice(0, -1) : v);
  if (reading.kind !== "number" && reading.kind !== "fromText") return undefined;
  return percent ? reading.value / 100 : reading.value;
}

const BAD_CODE: Record<PolicySetting["kind"], MessageCode> = {
  number: "policyBadNumber",
  nonNegative: "policyBadNonNegative",
  positive: "policyBadPositive",
  integer: "policyBadInteger",
  fraction: "policyBadFraction",
  rate: "policyBadRate",
  grade: "policyBadGrade",
  gradeList: "policyBadGradeList",
  segment: "policyBadSegment",
  text: "policyBadText",
  action: "policyBadAction",
  level: "policyBadLevel",
};

/** The action names a CreditPolicy cell may hold, English and Chinese. */
const ACTION_NAMES: ReadonlyMap<string, RuleAction> = new Map([
  ...(["stop", "停止", "停止赊销", "停止供货"] as const).map((n) => [n, "stop"] as const),
  ...(["reduce", "cut", "降额", "降低", "降低额度"] as const).map((n) => [n, "reduce"] as const),
  ...(["keep", "hold", "维持", "保持", "维持额度"] as const).map((n) => [n, "keep"] as const),
]);

/** The value of a cell for a setting's kind, or undefined when it does not fit. */
export function readSettingValue(kind: PolicySetting["kind"], v: PolicyCell): SettingValue | undefined {
  switch (kind) {
    case "number":
      return numberOf(v, false);
    case "nonNegative": {
      const n = numberOf(v, false);
      return n !== undefined && n >= 0 ? n : undefined;
    }
    case "positive": {
      const n = numberOf(v, false);
      return n !== undefined && n > 0 ? n : undefined;
    }
    case "integer": {
      const n = numberOf(v, false);
      return n !== undefined && n >= 0 && Number.isInteger(n) ? n : undefined;
    }
    case "fraction": {
      const n = numberOf(v, true);
      return n !== undefined && n >= 0 && n <= 1 ? n : undefined;
    }
    case "rate": {
      const n = numberOf(v, true);
      return n !== undefined && n >= 0 ? n : undefined;
    }
    case "grade": {
      if (typeof v !== "string") return undefined;
      const g = v.trim().toUpperCase().replace(/级$/, "");
      return (GRADES as readonly string[]).includes(g) ? g : undefined;
    }
    case "gradeList": {
      if (typeof v !== "string") return undefined;
      const t = v.trim();
      if (/^(none|无|-)$/i.test(t)) return [];
      const parts = t
        .split(/[,，;；、\s]+/)
        .filter((p) => p !== "")
        .map((p) => p.toUpperCase().replace(/级$/, ""));
      if (parts.length === 0 || !parts.every((p) => (GRADES as readonly string[]).includes(p))) return undefined;
      return [...new Set(parts)];
    }
    case "segment":
      return typeof v === "string" ? segmentFromText(v) : undefined;
    case "action":
      return typeof v === "string" ? ACTION_NAMES.get(v.trim().toLowerCase()) : undefined;
    case "level": {
      const n = numberOf(v, false);
      return n !== undefined && Number.isInteger(n) && n >= 1 && n <= defaultPolicy.approvalLevels.length
        ? n
        : undefined;
    }
    case "text":
      if (typeof v === "string") return v.trim();
      if (typeof v === "number" && Number.isFinite(v)) return String(v);
      return undefined;
  }
}

/**
 * Reads the CreditPolicy table: one `[setting, value]` row per setting, in any order, names in English or
 * Chinese (any case and spacing; see POLICY_SETTINGS). Anything not given keeps its default.
 *
 * Never throws: an unknown setting is ignored and reported; a value that does not fit its setting keeps the
 * default and is reported; a repeated setting takes the later value and is reported; a blank value keeps the
 * default silently (a blank cell is "not set"). After reading, validatePolicy checks the rules that span
 * settings (grade bands falling, ladder days rising …); a failed check restores that group's defaults.
 *
 * @param rows the table's rows; an optional header row `Setting | Value` (or 设置项 | 值) first is skipped
 * @param firstRow the sheet row number of `rows[0]`, for messages (default 1)
 * @example parsePolicy([["Grade A min score", 85], ["新客户额度", "5000"]]).policy.limits.newCustomerLimit // 5000
 */
export function parsePolicy(rows: readonly (readonly PolicyCell[])[], firstRow = 1): ParsedPolicy {
  const draft = clonePolicy(defaultPolicy);
  const problems: PolicyProblem[] = [];
  const seen = new Map<PolicySetting, number>();
  let started = false;
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const name = cells[0];
    const value = cells[1];
    if (isBlank(name) && isBlank(value)) return;
    const first = !started;
    started = true;
    if (first && typeof name === "string" && HEADER_SETTING.has(nameKey(name))) return;
    const s = typeof name === "string" || typeof name === "number" ? policySettingByName(String(name)) : undefined;
    if (!s) {
      problems.push({ row, setting: shown(name), code: "policyUnknownSetting", params: { row, setting: shown(name) } });
      return;
    }
    if (isBlank(value) && s.kind !== "gradeList") return;
    const earlier = seen.get(s);
    if (earlier !== undefined) {
      problems.push({
        row,
        setting: s.key,
        code: "policyDuplicateSetting",
        params: { row, setting: s.key, firstRow: earlier },
      });
    }
    seen.set(s, row);
    const v = isBlank(value) ? [] : readSettingValue(s.kind, value);
    if (v === undefined) {
      problems.push({
        row,
        setting: s.key,
        code: BAD_CODE[s.kind],
        params: {
          row,
          setting: s.key,
          value: shown(value),
          fallback: formatSettingValue(s.get(defaultPolicy)),
          grades: GRADES.join(", "),
        },
      });
      return;
    }
    s.set(draft, v);
  });
  let policy = draft as CreditPolicy;
  const invalid = validatePolicy(policy);
  if (invalid.length > 0) {
    const groups = new Set(invalid.map((p) => p.group));
    const repaired = clonePolicy(policy);
    for (const s of POLICY_SETTINGS) if (groups.has(s.group)) s.set(repaired, s.get(defaultPolicy));
    policy = repaired as CreditPolicy;
    for (const p of invalid) problems.push({ code: p.code, params: p.params });
  }
  return { policy, problems };
}
