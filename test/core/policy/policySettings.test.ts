/**
 * The settings table as a specification: each setting names one place in the policy (its path), writing a value
 * there is read back by that setting and by no other, and no two settings share a name or a place.
 */
import { clonePolicy } from "../../../src/core/policy/parsePolicy";
import { defaultPolicy, type CreditPolicy } from "../../../src/core/policy/creditPolicy";
import {
  POLICY_SETTINGS,
  policySettingByName,
  type PolicySetting,
  type SettingValue,
} from "../../../src/core/policy/policySettings";
import { policyEn } from "../../../src/core/policy/i18n/en";
import { policyZhCN } from "../../../src/core/policy/i18n/zh-CN";

/** A value of the setting's kind that differs from `v` (the default), so a write is seen. */
function otherValue(s: PolicySetting, v: SettingValue): SettingValue {
  switch (s.kind) {
    case "fraction":
    case "rate":
      return v === 0.5 ? 0.25 : 0.5;
    case "level":
      return v === 4 ? 1 : 4;
    case "grade":
      return v === "A" ? "B" : "A";
    case "gradeList":
      return ["C", "E"]; // no default list is C, E (fast track A, B; escalate D)
    case "segment":
      return v === "Large" ? "Small" : "Large";
    case "action":
      return v === "stop" ? "keep" : "stop";
    case "text":
      return `${String(v)} (acting)`;
    default:
      return (v as number) + 1;
  }
}

/** Every setting's value in a policy, by key. */
const values = (policy: CreditPolicy) => Object.fromEntries(POLICY_SETTINGS.map((s) => [s.key, s.get(policy)]));

describe("the policy settings table", () => {
  it("has 120 settings", () => {
    // 4 grade bands + worst grade + 3 segments × 8 weights + default segment + min factors
    // + need buffer + 5 net-worth shares + working capital, uninsured, 2 new-customer, max increase, rounding
    // + 4 approval names + 3 thresholds + fast track + 3 buckets + 5 loss rates + 5 ladder days + 5 shifts
    // + 3 early warnings + 3 PD scaling + 5 PDs + LGD + 21 decisions + warning cut, reduce tolerance, no increase
    // + 3 temporary + 4 blacklist + escalate + 3 approval levels + 2 disputes + CEI tolerance + scorecard AUC
    // = 5 + 24 + 2 + 1 + 5 + 6 + 7 + 1 + 3 + 5 + 5 + 5 + 3 + 3 + 5 + 1 + 21 + 3 + 3 + 4 + 1 + 3 + 2 + 1 + 1 = 120
    expect(POLICY_SETTINGS).toHaveLength(120);
  });

  it("gives no two settings the same key or the same path", () => {
    const keys = POLICY_SETTINGS.map((s) => s.key);
    const paths = POLICY_SETTINGS.map((s) => s.path.join("."));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("reads each default at the setting's path", () => {
    expect(policySettingByName("Net worth share grade B")?.path).toEqual(["limits", "netWorthShareByGrade", "B"]);
    expect(policySettingByName("Net worth share grade B")?.get(defaultPolicy)).toBe(0.15);
    expect(policySettingByName("Action if blacklisted")?.get(defaultPolicy)).toBe("stop");
    expect(policySettingByName("Approval level 4 name")?.get(defaultPolicy)).toBe("Credit committee");
    for (const s of POLICY_SETTINGS)
      expect({ key: s.key, found: s.get(defaultPolicy) !== undefined }).toEqual({
        key: s.key,
        found: true,
      });
  });

  it("round-trips every path: a value set is read back by its setting, and every other setting keeps its default", () => {
    const defaults = values(defaultPolicy);
    for (const s of POLICY_SETTINGS) {
      const draft = clonePolicy(defaultPolicy);
      const written = otherValue(s, s.get(defaultPolicy));
      s.set(draft, written);
      const after = values(draft as CreditPolicy);
      expect({ key: s.key, value: after[s.key] }).toEqual({ key: s.key, value: written });
      expect({ ...after, [s.key]: defaults[s.key] }).toEqual(defaults);
    }
  });

  it("copies a list it is given, so a later change to the caller's list does not reach the policy", () => {
    const draft = clonePolicy(defaultPolicy);
    const grades = ["C"];
    policySettingByName("Fast track grades")!.set(draft, grades);
    grades.push("D");
    expect(draft.fastTrackGrades).toEqual(["C"]);
  });
});

describe("the policy catalogue (src/core/policy/i18n)", () => {
  it("fills a setting's names and meaning from both languages", () => {
    const weight = policySettingByName("Large weight Altman Zone")!;
    expect([weight.key, weight.zh]).toEqual(["Large weight Altman Zone", "大型客户权重 Z值区间"]);
    expect(weight.meaningZh).toBe("内置模型中大型客户的Z值区间权重");
    const decision = policySettingByName("Action if over limit")!;
    expect(decision.meaning).toBe("action when exposure is above the limit in force: stop, reduce or keep");
    expect(decision.meaningZh).toBe("敞口超过现行额度时的措施：停止、降额或维持");
  });

  it("has the same placeholders in each Chinese text as in its English twin", () => {
    const placeholders = (t: string) => (t.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(policyEn) as (keyof typeof policyEn)[]) {
      expect({ key, zh: placeholders(policyZhCN[key]) }).toEqual({ key, zh: placeholders(policyEn[key]) });
    }
  });
});
