/** The one table of CreditPolicy settings: English key, Chinese synonym, value kind, and where each lives in the policy. */
import { BUILT_IN_FACTORS, BUILT_IN_FACTOR_DEFINITIONS, nameKey } from "../scoring/builtInFactors";
import {
  GRADES,
  LADDER_STAGES,
  SEGMENTS,
  type CreditPolicy,
  type Grade,
  type LadderStage,
  type Segment,
} from "./creditPolicy";

/**
 * How a setting's value is read: `number` any number; `nonNegative` ≥ 0; `positive` > 0; `integer` whole ≥ 0;
 * `fraction` 0–1 (text "20%" = 0.2); `rate` ≥ 0 with % allowed (an increase may exceed 100 %); `grade` one of A–E;
 * `gradeList` grades separated by commas ("none" / "无" = empty); `segment` Large/Mid/Small; `text` any text.
 */
export type SettingKind =
  "number" | "nonNegative" | "positive" | "integer" | "fraction" | "rate" | "grade" | "gradeList" | "segment" | "text";

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
  /** What the setting does, for docs/credit-policy.md and the pane's policy editor. */
  readonly meaning: string;
  /** The same in Chinese. */
  readonly meaningZh: string;
  readonly get: (policy: CreditPolicy) => SettingValue;
  readonly set: (draft: PolicyDraft, value: SettingValue) => void;
}

const SEGMENT_ZH: Record<Segment, string> = { Large: "大型客户", Mid: "中型客户", Small: "小型客户" };
const STAGE_NAMES: Record<LadderStage, { key: string; zh: string; synonyms: string[] }> = {
  reminder: { key: "Reminder from days", zh: "提醒起始天数", synonyms: [] },
  phone: { key: "Phone from days", zh: "电话催收起始天数", synonyms: ["Phone call from days"] },
  letter: { key: "Letter from days", zh: "催款函起始天数", synonyms: ["Demand letter from days"] },
  stopSupply: { key: "Stop supply from days", zh: "停止供货起始天数", synonyms: [] },
  agency: {
    key: "Agency from days",
    zh: "委外催收起始天数",
    synonyms: ["Legal from days", "Agency/legal from days", "法律程序起始天数"],
  },
};
const LOSS_RATE_NAMES = [
  { key: "Loss rate not due", zh: "未到期损失率", synonyms: ["Loss rate current"] },
  { key: "Loss rate 1-30", zh: "1-30天损失率", synonyms: ["Loss rate bucket 1"] },
  { key: "Loss rate 31-60", zh: "31-60天损失率", synonyms: ["Loss rate bucket 2"] },
  { key: "Loss rate 61-90", zh: "61-90天损失率", synonyms: ["Loss rate bucket 3"] },
  { key: "Loss rate over 90", zh: "90天以上损失率", synonyms: ["Loss rate over last bucket"] },
];

function setting(
  key: string,
  zh: string,
  kind: SettingKind,
  group: string,
  [meaning, meaningZh]: readonly [string, string],
  get: PolicySetting["get"],
  set: PolicySetting["set"],
  synonyms: readonly string[] = [],
): PolicySetting {
  return { key, zh, synonyms, kind, group, meaning, meaningZh, get, set };
}

function buildSettings(): PolicySetting[] {
  const out: PolicySetting[] = [];
  // Grades
  GRADES.slice(0, -1).forEach((g, i) => {
    out.push(
      setting(
        `Grade ${g} min score`,
        `${g}级最低分`,
        "number",
        "gradeBands",
        [`lowest score that earns grade ${g}`, `获得 ${g} 级的最低分`],
        (p) => p.gradeBands[i].minScore,
        (d, v) => {
          d.gradeBands[i].minScore = v as number;
        },
        [`Grade ${g} minimum score`],
      ),
    );
  });
  out.push(
    setting(
      "Worst grade",
      "最差等级",
      "grade",
      "worstGrade",
      ["this grade and worse get a limit of 0 (cash in advance)", "该等级及更差等级的额度为 0（款到发货）"],
      (p) => p.worstGrade,
      (d, v) => {
        d.worstGrade = v as Grade;
      },
    ),
  );
  // Built-in model
  for (const s of SEGMENTS) {
    for (const f of BUILT_IN_FACTORS) {
      const def = BUILT_IN_FACTOR_DEFINITIONS[f];
      out.push(
        setting(
          `${s} weight ${def.name}`,
          `${SEGMENT_ZH[s]}权重 ${def.zh}`,
          "nonNegative",
          `weights:${s}`,
          [`built-in model weight of ${def.name} for ${s} customers`, `内置模型中${SEGMENT_ZH[s]}的${def.zh}权重`],
          (p) => p.segmentWeights[s][f],
          (d, v) => {
            d.segmentWeights[s][f] = v as number;
          },
        ),
      );
    }
  }
  out.push(
    setting(
      "Default segment",
      "默认客户群",
      "segment",
      "defaultSegment",
      ["weights used when a customer's segment is blank or unknown", "客户群为空或无法识别时采用的权重"],
      (p) => p.defaultSegment,
      (d, v) => {
        d.defaultSegment = v as Segment;
      },
    ),
    setting(
      "Min factors for automatic score",
      "自动评分最少因子数",
      "integer",
      "minFactors",
      [
        "fewer built-in factors with values than this → manual review (thin data)",
        "有值的内置因子少于此数 → 人工审核（数据不足）",
      ],
      (p) => p.minFactors,
      (d, v) => {
        d.minFactors = v as number;
      },
    ),
  );
  // Limits
  out.push(
    setting(
      "Need buffer days",
      "需求缓冲天数",
      "nonNegative",
      "limits",
      ["need = monthly sales × (terms + this) ÷ 30", "需求额度 = 月销售额 × (账期 + 此天数) ÷ 30"],
      (p) => p.limits.needBufferDays,
      (d, v) => {
        d.limits.needBufferDays = v as number;
      },
    ),
  );
  for (const g of GRADES) {
    out.push(
      setting(
        `Net worth share grade ${g}`,
        `${g}级净资产比例`,
        "fraction",
        "limits",
        [`cap for grade ${g} as a share of net worth`, `${g} 级额度上限占净资产的比例`],
        (p) => p.limits.netWorthShareByGrade[g],
        (d, v) => {
          d.limits.netWorthShareByGrade[g] = v as number;
        },
      ),
    );
  }
  out.push(
    setting(
      "Working capital share",
      "营运资金比例",
      "fraction",
      "limits",
      ["cap as a share of working capital", "额度上限占营运资金的比例"],
      (p) => p.limits.workingCapitalShare,
      (d, v) => {
        d.limits.workingCapitalShare = v as number;
      },
    ),
    setting(
      "Uninsured tolerance",
      "非保险容忍额",
      "nonNegative",
      "limits",
      ["with an insured limit, cap = insured limit + this", "有保险额度时，上限 = 保险额度 + 此金额"],
      (p) => p.limits.uninsuredTolerance,
      (d, v) => {
        d.limits.uninsuredTolerance = v as number;
      },
    ),
    setting(
      "New customer months",
      "新客户月数",
      "nonNegative",
      "limits",
      ["a customer known for fewer months is a new customer", "合作月数少于此数的客户视为新客户"],
      (p) => p.limits.newCustomerMonths,
      (d, v) => {
        d.limits.newCustomerMonths = v as number;
      },
    ),
    setting(
      "New customer limit",
      "新客户额度",
      "nonNegative",
      "limits",
      ["the largest limit for a new customer", "新客户的最高额度"],
      (p) => p.limits.newCustomerLimit,
      (d, v) => {
        d.limits.newCustomerLimit = v as number;
      },
    ),
    setting(
      "Max increase per review",
      "每次评审最大增幅",
      "rate",
      "limits",
      ["largest rise over the current limit per review (0.5 = +50 %)", "每次评审相对现有额度的最大增幅（0.5 = +50%）"],
      (p) => p.limits.maxIncrease,
      (d, v) => {
        d.limits.maxIncrease = v as number;
      },
    ),
    setting(
      "Rounding step",
      "取整步长",
      "positive",
      "limits",
      ["the limit is rounded down to a multiple of this", "额度向下取整到此数的倍数"],
      (p) => p.limits.roundingStep,
      (d, v) => {
        d.limits.roundingStep = v as number;
      },
    ),
  );
  // Approval authority
  for (let i = 0; i < 4; i++) {
    out.push(
      setting(
        `Approval level ${i + 1} name`,
        `审批级别${i + 1}名称`,
        "text",
        "approvalNames",
        [`who approves at level ${i + 1}`, `第 ${i + 1} 级审批人`],
        (p) => p.approvalLevels[i].name,
        (d, v) => {
          d.approvalLevels[i].name = v as string;
        },
      ),
    );
    if (i < 3) {
      out.push(
        setting(
          `Approval level ${i + 1} up to`,
          `审批级别${i + 1}上限`,
          "positive",
          "approval",
          [`largest limit level ${i + 1} may approve`, `第 ${i + 1} 级可审批的最高额度`],
          (p) => p.approvalLevels[i].upTo,
          (d, v) => {
            d.approvalLevels[i].upTo = v as number;
          },
        ),
      );
    }
  }
  out.push(
    setting(
      "Fast track grades",
      "快速通道等级",
      "gradeList",
      "fastTrackGrades",
      ["limits of these grades are approved one level lower", "这些等级的额度由低一级审批"],
      (p) => p.fastTrackGrades,
      (d, v) => {
        d.fastTrackGrades = [...(v as Grade[])];
      },
    ),
  );
  // Aging and provisions
  for (let i = 0; i < 3; i++) {
    out.push(
      setting(
        `Aging bucket ${i + 1} limit`,
        `账龄分段${i + 1}上限`,
        "positive",
        "buckets",
        [`upper days past due of overdue bucket ${i + 1}`, `逾期账龄分段 ${i + 1} 的逾期天数上限`],
        (p) => p.bucketLimits[i],
        (d, v) => {
          d.bucketLimits[i] = v as number;
        },
      ),
    );
  }
  LOSS_RATE_NAMES.forEach((n, i) => {
    out.push(
      setting(
        n.key,
        n.zh,
        "fraction",
        "lossRates",
        [
          `provision rate of aging bucket ${i + 1} (not yet due first)`,
          `账龄分段 ${i + 1} 的拨备率（第 1 段为未到期）`,
        ],
        (p) => p.lossRates[i],
        (d, v) => {
          d.lossRates[i] = v as number;
        },
        n.synonyms,
      ),
    );
  });
  // Collections
  for (const s of LADDER_STAGES) {
    const n = STAGE_NAMES[s];
    out.push(
      setting(
        n.key,
        n.zh,
        "integer",
        "ladder",
        [
          `days past due (after the grade shift) from which this collection stage applies`,
          "逾期天数（按等级调整后）达到此数即进入该催收阶段",
        ],
        (p) => p.collection.fromDays[s],
        (d, v) => {
          d.collection.fromDays[s] = v as number;
        },
        n.synonyms,
      ),
    );
  }
  for (const g of GRADES) {
    out.push(
      setting(
        `Collection shift grade ${g}`,
        `${g}级催收调整天数`,
        "number",
        "collectionShift",
        [
          `days added to days past due of grade ${g} customers before reading the ladder`,
          `对照催收阶梯前，${g} 级客户逾期天数加上的天数`,
        ],
        (p) => p.collection.gradeShiftDays[g],
        (d, v) => {
          d.collection.gradeShiftDays[g] = v as number;
        },
      ),
    );
  }
  // Early warnings
  out.push(
    setting(
      "Score drop alert",
      "评分下降预警",
      "nonNegative",
      "earlyWarning",
      ["alert when the score fell by at least this since the last review", "评分较上次评审下降至少此分数时预警"],
      (p) => p.earlyWarning.scoreDrop,
      (d, v) => {
        d.earlyWarning.scoreDrop = v as number;
      },
    ),
    setting(
      "Score floor",
      "评分下限",
      "number",
      "earlyWarning",
      ["alert when the score is below this", "评分低于此值时预警"],
      (p) => p.earlyWarning.scoreFloor,
      (d, v) => {
        d.earlyWarning.scoreFloor = v as number;
      },
    ),
    setting(
      "Concentration cap",
      "集中度上限",
      "fraction",
      "earlyWarning",
      ["alert when one customer's share of exposure is above this", "单一客户敞口占比高于此值时预警"],
      (p) => p.earlyWarning.concentrationCap,
      (d, v) => {
        d.earlyWarning.concentrationCap = v as number;
      },
    ),
  );
  // PD
  out.push(
    setting(
      "Base points",
      "基准分",
      "number",
      "pdScaling",
      ["scorecard points at the base odds", "基准好坏比对应的评分卡分数"],
      (p) => p.pdScaling.basePoints,
      (d, v) => {
        d.pdScaling.basePoints = v as number;
      },
    ),
    setting(
      "Base odds",
      "基准好坏比",
      "positive",
      "pdScaling",
      ["good:bad odds at the base points (50 = 50:1)", "基准分对应的好坏比（50 = 50:1）"],
      (p) => p.pdScaling.baseOdds,
      (d, v) => {
        d.pdScaling.baseOdds = v as number;
      },
    ),
    setting(
      "PDO",
      "翻倍分数",
      "positive",
      "pdScaling",
      ["points to double the odds", "好坏比翻倍所需的分数"],
      (p) => p.pdScaling.pdo,
      (d, v) => {
        d.pdScaling.pdo = v as number;
      },
      ["Points to double the odds"],
    ),
  );
  for (const g of GRADES) {
    out.push(
      setting(
        `PD grade ${g}`,
        `${g}级违约概率`,
        "fraction",
        "pdByGrade",
        [`one-year probability of default of grade ${g} (built-in model)`, `${g} 级一年期违约概率（内置模型）`],
        (p) => p.pdByGrade[g],
        (d, v) => {
          d.pdByGrade[g] = v as number;
        },
      ),
    );
  }
  out.push(
    setting(
      "LGD",
      "违约损失率",
      "fraction",
      "lgd",
      ["loss given default for expected loss", "计算预期损失用的违约损失率"],
      (p) => p.lgd,
      (d, v) => {
        d.lgd = v as number;
      },
      ["Loss given default"],
    ),
  );
  return out;
}

/** Every policy setting, in the order of docs/credit-policy.md. */
export const POLICY_SETTINGS: readonly PolicySetting[] = buildSettings();

const BY_NAME: ReadonlyMap<string, PolicySetting> = (() => {
  const m = new Map<string, PolicySetting>();
  for (const s of POLICY_SETTINGS) for (const n of [s.key, s.zh, ...s.synonyms]) m.set(nameKey(n), s);
  return m;
})();

/**
 * The setting a name refers to: its English key or Chinese name, any case and spacing.
 * @example policySettingByName("a级最低分")?.key // "Grade A min score"
 */
export function policySettingByName(name: string): PolicySetting | undefined {
  return BY_NAME.get(nameKey(name));
}
