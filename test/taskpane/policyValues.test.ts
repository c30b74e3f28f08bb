import {
  defaultPolicy,
  parsePolicy,
  policySettingByName,
  POLICY_SETTINGS,
  type PolicySetting,
} from "../../src/core/policy";
import {
  cellForFieldText,
  defaultText,
  differsFromDefault,
  fieldText,
  groupBySection,
  isInvalidFieldText,
  isPercentKind,
  matchesSetting,
  percentText,
  readFieldText,
  sameSettingValue,
  sectionOf,
  settingNames,
} from "../../src/taskpane/policyValues";

const setting = (name: string): PolicySetting => {
  const s = policySettingByName(name);
  if (!s) throw new Error(`no setting ${name}`);
  return s;
};
const LGD = setting("LGD"); // fraction, default 0.45
const LOSS_NOT_DUE = setting("Loss rate not due"); // fraction, default 0.005
const MAX_INCREASE = setting("Max increase per review"); // rate, default 0.5
const NEW_CUSTOMER_LIMIT = setting("New customer limit"); // nonNegative, default 10000
const FAST_TRACK = setting("Fast track grades"); // gradeList, default A, B
const BLACKLISTED = setting("Action if blacklisted"); // action, default stop

describe("shares are shown and typed as percentages", () => {
  it("treats exactly the fraction and rate kinds as percentages", () => {
    expect(isPercentKind("fraction")).toBe(true);
    expect(isPercentKind("rate")).toBe(true);
    for (const kind of ["number", "nonNegative", "positive", "integer", "grade", "gradeList", "text"] as const) {
      expect(isPercentKind(kind)).toBe(false);
    }
  });

  it("shows a share as its percentage without binary noise", () => {
    expect(percentText(0.25)).toBe("25");
    expect(percentText(0.005)).toBe("0.5"); // 0.005 × 100
    expect(percentText(0.07)).toBe("7"); // 0.07 × 100 is 7.000000000000001 in binary
    expect(percentText(1.5)).toBe("150");
    expect(percentText(0)).toBe("0");
  });

  it("shows each field in its own form: shares in percent, other values as the sheet writes them", () => {
    expect(fieldText(LGD, 0.45)).toBe("45");
    expect(fieldText(NEW_CUSTOMER_LIMIT, 15000)).toBe("15000");
    expect(fieldText(FAST_TRACK, ["A", "B"])).toBe("A, B");
    expect(defaultText(LOSS_NOT_DUE)).toBe("0.5%");
    expect(defaultText(NEW_CUSTOMER_LIMIT)).toBe("10000");
  });

  it("reads a typed percentage, with or without the sign, as the share", () => {
    expect(readFieldText("fraction", "25")).toBe(0.25);
    expect(readFieldText("fraction", " 25 % ")).toBe(0.25);
    expect(readFieldText("fraction", "25％")).toBe(0.25); // full-width sign, as a Chinese keyboard types it
    expect(readFieldText("fraction", "0,5")).toBe(0.005); // decimal comma: 0.5 % = 0.005
    expect(readFieldText("rate", "150")).toBe(1.5); // an increase may exceed 100 %
  });

  it("rejects a percentage outside the setting's range, and blank or non-numbers", () => {
    expect(readFieldText("fraction", "101")).toBeUndefined(); // 1.01 is above a fraction's 1
    expect(readFieldText("fraction", "-5")).toBeUndefined();
    expect(readFieldText("rate", "-1")).toBeUndefined();
    expect(readFieldText("fraction", "")).toBeUndefined();
    expect(readFieldText("fraction", "%")).toBeUndefined();
    expect(readFieldText("fraction", "lots")).toBeUndefined();
  });

  it("reads other kinds as the CreditPolicy sheet does", () => {
    expect(readFieldText("nonNegative", "15000")).toBe(15000);
    expect(readFieldText("nonNegative", "lots")).toBeUndefined();
    expect(readFieldText("action", "停止")).toBe("stop");
    expect(readFieldText("gradeList", "b, a")).toEqual(["B", "A"]);
  });

  it("writes a share as its fraction, numbers as numbers, anything else as typed", () => {
    expect(cellForFieldText("fraction", "25")).toBe(0.25);
    expect(cellForFieldText("nonNegative", " 15000 ")).toBe(15000);
    expect(cellForFieldText("action", "停止")).toBe("停止");
    expect(cellForFieldText("nonNegative", "lots")).toBe("lots");
  });

  it("round-trips: what the editor writes for a field the sheet reader reads back as the same share", () => {
    // "Loss rate 1-30" typed as 4 % → the sheet holds 0.04 → the policy's second loss rate is 0.04.
    const { policy, problems } = parsePolicy([["Loss rate 1-30", cellForFieldText("fraction", "4")]]);
    expect(problems).toEqual([]);
    expect(policy.lossRates[1]).toBe(0.04);
    // And every setting's default, shown in its field and read back, is that default.
    for (const s of POLICY_SETTINGS) {
      const value = readFieldText(s.kind, fieldText(s, s.get(defaultPolicy)));
      expect([s.key, value !== undefined && sameSettingValue(value, s.get(defaultPolicy))]).toEqual([s.key, true]);
    }
  });

  it("flags as invalid only text that is neither blank nor readable", () => {
    expect(isInvalidFieldText(LGD, "")).toBe(false);
    expect(isInvalidFieldText(LGD, "45")).toBe(false);
    expect(isInvalidFieldText(LGD, "145")).toBe(true);
  });
});

describe("values changed from the default policy", () => {
  it("compares numbers to 12 significant digits, grade lists as sets, text exactly", () => {
    expect(sameSettingValue(0.07, 7 / 100)).toBe(true);
    expect(sameSettingValue(0.1 + 0.2, 0.3)).toBe(true); // 0.30000000000000004
    expect(sameSettingValue(0.3, 0.31)).toBe(false);
    expect(sameSettingValue(["B", "A"], ["A", "B"])).toBe(true);
    expect(sameSettingValue(["A"], ["A", "B"])).toBe(false);
    expect(sameSettingValue("stop", "reduce")).toBe(false);
  });

  it("marks a value that differs from the default, whatever its spelling", () => {
    expect(differsFromDefault(LGD, "45")).toBe(false); // 45 % = the default 0.45
    expect(differsFromDefault(LGD, "45%")).toBe(false);
    expect(differsFromDefault(LGD, "50")).toBe(true);
    expect(differsFromDefault(MAX_INCREASE, "50")).toBe(false); // default 0.5
    expect(differsFromDefault(NEW_CUSTOMER_LIMIT, "15000")).toBe(true); // default 10000
    expect(differsFromDefault(FAST_TRACK, "b, a")).toBe(false); // the same grades as A, B
    expect(differsFromDefault(BLACKLISTED, "停止")).toBe(false); // stop, in Chinese
  });

  it("takes a blank field as the default and unreadable text as changed", () => {
    expect(differsFromDefault(LGD, "  ")).toBe(false);
    expect(differsFromDefault(LGD, "lots")).toBe(true);
  });

  it("finds no change in the default policy's own fields", () => {
    const changed = POLICY_SETTINGS.filter((s) => differsFromDefault(s, fieldText(s, s.get(defaultPolicy))));
    expect(changed.map((s) => s.key)).toEqual([]);
  });
});

describe("search", () => {
  it("finds a setting by its name in either language, any case", () => {
    expect(matchesSetting(LGD, "lgd", "en")).toBe(true);
    expect(matchesSetting(LGD, "违约损失率", "en")).toBe(true); // the Chinese name from the English pane
    expect(matchesSetting(LGD, "LGD", "zh-CN")).toBe(true); // the English name from the Chinese pane
    expect(matchesSetting(LGD, "Loss given default", "en")).toBe(true); // an accepted spelling
  });

  it("finds a setting by its meaning in the pane's language, every word anywhere", () => {
    // LGD's meaning: "loss given default for expected loss" / "计算预期损失用的违约损失率".
    expect(matchesSetting(LGD, "expected loss", "en")).toBe(true);
    expect(matchesSetting(LGD, "loss expected", "en")).toBe(true);
    expect(matchesSetting(LGD, "预期损失", "zh-CN")).toBe(true);
    expect(matchesSetting(LGD, "expected profit", "en")).toBe(false);
  });

  it("finds everything for a blank query and the loss rates for 'loss rate'", () => {
    expect(POLICY_SETTINGS.filter((s) => matchesSetting(s, "   ", "en")).length).toBe(POLICY_SETTINGS.length);
    const found = POLICY_SETTINGS.filter((s) => matchesSetting(s, "Loss rate", "en")).map((s) => s.key);
    // The five aging buckets' loss rates; no other name or meaning says "loss rate".
    expect(found).toEqual([
      "Loss rate not due",
      "Loss rate 1-30",
      "Loss rate 31-60",
      "Loss rate 61-90",
      "Loss rate over 90",
    ]);
  });

  it("names a setting in the pane's language first", () => {
    expect(settingNames(LGD, "en")).toEqual({ name: "LGD", other: "违约损失率" });
    expect(settingNames(LGD, "zh-CN")).toEqual({ name: "违约损失率", other: "LGD" });
  });
});

describe("sections", () => {
  it("puts each setting in the section of its group", () => {
    expect(sectionOf(setting("Grade A min score"))).toBe("grades");
    expect(sectionOf(setting("Large weight Years Trading"))).toBe("model"); // group weights:Large
    expect(sectionOf(LOSS_NOT_DUE)).toBe("provisions");
    expect(sectionOf(setting("Temporary limit max days"))).toBe("temporary");
    expect(sectionOf(setting("Escalate grades"))).toBe("approval");
    expect(sectionOf(BLACKLISTED)).toBe("decisions");
    expect(sectionOf(setting("CEI opening tolerance"))).toBe("data");
    expect(sectionOf({ ...LGD, group: "somethingNew" })).toBe("other");
  });

  it("groups settings in section order and keeps every setting once", () => {
    const sections = groupBySection(POLICY_SETTINGS);
    expect(sections[0][0]).toBe("grades");
    expect(sections.map(([s]) => s)).not.toContain("other"); // every group of today's table has a named section
    expect(sections.flatMap(([, list]) => list).length).toBe(POLICY_SETTINGS.length);
    expect(groupBySection([LGD, LOSS_NOT_DUE])).toEqual([
      ["provisions", [LOSS_NOT_DUE]],
      ["pd", [LGD]],
    ]);
  });
});
