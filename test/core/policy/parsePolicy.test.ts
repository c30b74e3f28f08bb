import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPolicy, GRADES } from "../../../src/core/policy/creditPolicy";
import { parsePolicy } from "../../../src/core/policy/parsePolicy";
import { POLICY_SETTINGS, policySettingByName } from "../../../src/core/policy/policySettings";
import { validatePolicy } from "../../../src/core/policy/validatePolicy";
import { nameKey } from "../../../src/core/scoring/builtInFactors";

describe("defaultPolicy", () => {
  it("holds the documented defaults of docs/architecture.md §Shared definitions", () => {
    expect(defaultPolicy.gradeBands.map((b) => [b.grade, b.minScore])).toEqual([
      ["A", 80],
      ["B", 65],
      ["C", 50],
      ["D", 35],
      ["E", -Infinity],
    ]);
    expect(defaultPolicy.limits).toEqual(
      expect.objectContaining({ needBufferDays: 30, newCustomerMonths: 6, maxIncrease: 0.5 }),
    );
    expect(defaultPolicy.bucketLimits).toEqual([30, 60, 90]);
    expect(defaultPolicy.pdScaling).toEqual({ basePoints: 600, baseOdds: 50, pdo: 20 });
    expect(defaultPolicy.worstGrade).toBe("E");
  });

  it("is consistent", () => {
    expect(validatePolicy(defaultPolicy)).toEqual([]);
  });

  it("each segment's built-in weights add up to 100", () => {
    for (const w of Object.values(defaultPolicy.segmentWeights))
      expect(Object.values(w).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe("the settings table", () => {
  it("has a distinct English key and Chinese name for every setting", () => {
    const names = POLICY_SETTINGS.flatMap((s) => [s.key, s.zh, ...s.synonyms].map(nameKey));
    expect(new Set(names).size).toBe(names.length);
    for (const s of POLICY_SETTINGS) expect(/[\u4e00-\u9fff]/.test(s.zh)).toBe(true);
  });

  it("reads back every default through its own setting", () => {
    for (const s of POLICY_SETTINGS) expect(policySettingByName(s.zh)).toBe(s);
    expect(policySettingByName("grade a MIN score")?.key).toBe("Grade A min score");
    expect(policySettingByName("A级最低分")?.get(defaultPolicy)).toBe(80);
  });
});

describe("parsePolicy", () => {
  it("no rows → the defaults, no problems", () => {
    expect(parsePolicy([])).toEqual({ policy: defaultPolicy, problems: [] });
  });

  it("reads English and Chinese names, text numbers and percentages, and skips a header row", () => {
    const { policy, problems } = parsePolicy([
      ["Setting", "Value"],
      ["Grade A min score", 85],
      ["新客户额度", "5,000"],
      ["Max increase per review", "100%"],
      ["working capital SHARE", 0.25],
      ["快速通道等级", "A，B，C"],
      ["Worst grade", "d"],
      ["Default segment", "小型"],
      ["Approval level 2 name", "Head of credit"],
    ]);
    expect(problems).toEqual([]);
    expect(policy.gradeBands[0]).toEqual({ grade: "A", minScore: 85 });
    expect(policy.limits.newCustomerLimit).toBe(5000);
    expect(policy.limits.maxIncrease).toBe(1);
    expect(policy.limits.workingCapitalShare).toBe(0.25);
    expect(policy.fastTrackGrades).toEqual(["A", "B", "C"]);
    expect(policy.worstGrade).toBe("D");
    expect(policy.defaultSegment).toBe("Small");
    expect(policy.approvalLevels[1].name).toBe("Head of credit");
  });

  it("reads a decimal comma and other ledger formats as the ledger's amounts are read, never by dropping the comma", () => {
    // "0,5" used to lose its comma and read as 5: a working-capital share of 500 %.
    const { policy, problems } = parsePolicy([
      ["working capital share", "0,5"],
      ["新客户额度", "1.5万"],
      ["Max increase per review", "12,5%"],
    ]);
    expect(problems).toEqual([]);
    expect(policy.limits.workingCapitalShare).toBe(0.5);
    expect(policy.limits.newCustomerLimit).toBe(15000);
    expect(policy.limits.maxIncrease).toBe(0.125);
  });

  it("does not change the shared defaults", () => {
    parsePolicy([
      ["Grade A min score", 90],
      ["Large weight Years Trading", 50],
    ]);
    expect(defaultPolicy.gradeBands[0].minScore).toBe(80);
    expect(defaultPolicy.segmentWeights.Large.yearsTrading).toBe(5);
  });

  it("a Chinese header row after blank rows is skipped too", () => {
    expect(
      parsePolicy([
        [null, null],
        ["设置项", "值"],
        ["LGD", "40%"],
      ]).problems,
    ).toEqual([]);
  });

  it("an unknown setting is ignored and reported with its row", () => {
    const { policy, problems } = parsePolicy([["Colour of the sky", "blue"]], 2);
    expect(policy).toEqual(defaultPolicy);
    expect(problems).toEqual([
      {
        row: 2,
        setting: "Colour of the sky",
        code: "policyUnknownSetting",
        params: { row: 2, setting: "Colour of the sky" },
      },
    ]);
  });

  it("a bad value keeps the default and says what was expected", () => {
    const { policy, problems } = parsePolicy([
      ["Rounding step", 0],
      ["Concentration cap", 1.5],
      ["Worst grade", "F"],
      ["Reminder from days", 1.5],
      ["Default segment", "Huge"],
      ["Base odds", "lots"],
    ]);
    expect(policy).toEqual(defaultPolicy);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [1, "policyBadPositive"],
      [2, "policyBadFraction"],
      [3, "policyBadGrade"],
      [4, "policyBadInteger"],
      [5, "policyBadSegment"],
      [6, "policyBadPositive"],
    ]);
    expect(problems[0].params).toEqual(
      expect.objectContaining({ setting: "Rounding step", value: "0", fallback: "1000" }),
    );
  });

  it("a blank value keeps the default without a problem; a repeated setting takes the later value and is reported", () => {
    const { policy, problems } = parsePolicy([
      ["LGD", null],
      ["Score floor", 30],
      ["评分下限", 40],
    ]);
    expect(policy.lgd).toBe(0.45);
    expect(policy.earlyWarning.scoreFloor).toBe(40);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 3,
        code: "policyDuplicateSetting",
        params: expect.objectContaining({ firstRow: 2 }),
      }),
    ]);
  });

  it("fast track can be switched off with none / 无", () => {
    expect(parsePolicy([["Fast track grades", "none"]]).policy.fastTrackGrades).toEqual([]);
    expect(parsePolicy([["快速通道等级", "无"]]).policy.fastTrackGrades).toEqual([]);
  });

  it("grade bands that do not fall from A to D restore all four defaults and report it", () => {
    const { policy, problems } = parsePolicy([
      ["Grade A min score", 60],
      ["Grade C min score", 52],
    ]);
    expect(policy.gradeBands).toEqual(defaultPolicy.gradeBands);
    expect(problems).toEqual([{ code: "policyBandsOrder", params: {} }]);
  });

  it("a ladder out of order, all-zero weights, rising approval and bucket limits are checked too", () => {
    const { policy, problems } = parsePolicy([
      ["Phone from days", 40],
      ...Object.keys(defaultPolicy.segmentWeights.Small).map(
        (f) => [`Small weight ${f.replace(/([A-Z])/g, " $1")}`, 0] as [string, number],
      ),
      ["Approval level 2 up to", 10_000],
      ["Aging bucket 2 limit", 20],
      ["Large weight Altman Zone", 99],
    ]);
    expect(problems.map((p) => p.code).sort()).toEqual(
      ["policyApprovalOrder", "policyBucketsOrder", "policyLadderOrder", "policyWeightsZero"].sort(),
    );
    expect(policy.collection.fromDays).toEqual(defaultPolicy.collection.fromDays);
    expect(policy.segmentWeights.Small).toEqual(defaultPolicy.segmentWeights.Small);
    expect(policy.segmentWeights.Large.altmanZone).toBe(99);
    expect(policy.approvalLevels).toEqual(defaultPolicy.approvalLevels);
    expect(policy.bucketLimits).toEqual([30, 60, 90]);
  });

  it("every setting accepts its own default value back without a problem", () => {
    const rows = POLICY_SETTINGS.map((s) => {
      const v = s.get(defaultPolicy);
      return [s.key, Array.isArray(v) ? v.join(",") : v] as [string, string | number];
    });
    const { policy, problems } = parsePolicy(rows);
    expect(problems).toEqual([]);
    expect(policy).toEqual(defaultPolicy);
    expect(GRADES).toHaveLength(5);
  });
});

describe("docs/credit-policy.md", () => {
  it("lists every setting with its English and Chinese name", () => {
    const docs = readFileSync(join(__dirname, "../../../docs/credit-policy.md"), "utf8");
    // Table rows as trimmed cells, so the check holds however Prettier pads the columns.
    const rows = docs
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .map((line) => line.split("|").map((cell) => cell.trim()));
    const listed = (key: string, zh: string) => rows.some((cells) => cells[1] === key && cells[2] === zh);
    for (const s of POLICY_SETTINGS) {
      expect({ setting: s.key, listed: listed(s.key, s.zh) }).toEqual({
        setting: s.key,
        listed: true,
      });
    }
  });
});

describe("the meaning of each setting, as the policy editor shows it", () => {
  it("is given in English and in Chinese for every setting", () => {
    for (const s of POLICY_SETTINGS) {
      expect({
        setting: s.key,
        english: /[a-z]/i.test(s.meaning),
        chinese: /[\u4e00-\u9fff]/.test(s.meaningZh),
      }).toEqual({
        setting: s.key,
        english: true,
        chinese: true,
      });
    }
  });

  it("names the segment and the factor in Chinese for the built-in model's weights", () => {
    const weight = POLICY_SETTINGS.find((s) => s.key === "Small weight Current Ratio");
    expect(weight?.meaningZh).toBe("内置模型中小型客户的流动比率权重");
  });
});

describe("decisions, temporary limits, blacklist, approval and disputes in the CreditPolicy table (issue 15)", () => {
  it("a decision row takes stop / reduce / keep in English or Chinese; the rest of the table keeps its defaults", () => {
    const { policy, problems } = parsePolicy([
      ["评分下降措施", "停止"],
      ["Action if concentration", "Reduce"],
      ["Temporary limit max uplift", "30%"],
      ["黑名单解除最低等级", "C级"],
      ["Strategic approval level", 4],
      ["Escalate grades", "C, D"],
      ["争议升级天数", 30],
    ]);
    expect(problems).toEqual([]);
    const action = (c: string) => policy.decisions.find((r) => r.condition === c)?.action;
    expect([action("scoreDrop"), action("concentration"), action("blacklisted"), action("overLimit")]).toEqual([
      "stop",
      "reduce",
      "stop",
      "keep",
    ]);
    expect(policy.decisions.map((r) => r.condition)).toEqual(defaultPolicy.decisions.map((r) => r.condition));
    expect(policy.temporaryLimits).toEqual({ maxUplift: 0.3, maxDays: 92, expiryWarningDays: 14 });
    expect(policy.blacklist.releaseMinGrade).toBe("C");
    expect(policy.approval).toEqual({
      escalateGrades: ["C", "D"],
      strategicLevel: 4,
      overrideLevel: 2,
      temporaryLevel: 2,
    });
    expect(policy.disputes.escalationDays).toBe(30);
    // The default policy object is never written to.
    expect(defaultPolicy.decisions.find((r) => r.condition === "scoreDrop")?.action).toBe("reduce");
  });

  it("an action other than stop / reduce / keep, or an approval level outside 1–4, keeps the default and says so", () => {
    const { policy, problems } = parsePolicy([
      ["Action if score drop", "increase"],
      ["Override approval level", 5],
    ]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [1, "policyBadAction"],
      [2, "policyBadLevel"],
    ]);
    expect(policy.decisions.find((r) => r.condition === "scoreDrop")?.action).toBe("reduce");
    expect(policy.approval.overrideLevel).toBe(2);
  });
});
