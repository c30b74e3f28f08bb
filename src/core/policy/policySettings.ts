/** The one table of CreditPolicy settings: English key, Chinese synonym, value kind, and where each lives in the policy. */
import { BUILT_IN_FACTORS, BUILT_IN_FACTOR_DEFINITIONS, nameKey } from "../scoring/builtInFactors";
import {
  DECISION_CONDITIONS,
  GRADES,
  LADDER_STAGES,
  SEGMENTS,
  type CreditPolicy,
  type DecisionCondition,
  type Grade,
  type LadderStage,
  type RuleAction,
  type Segment,
} from "./creditPolicy";

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
/** The decision table's rows as the CreditPolicy sheet names them: "Action if …" and its Chinese name. */
const DECISION_NAMES: Record<DecisionCondition, { key: string; zh: string; meaning: string; meaningZh: string }> = {
  blacklisted: {
    key: "Action if blacklisted",
    zh: "黑名单客户措施",
    meaning: "the customer is on the blacklist",
    meaningZh: "客户在黑名单上",
  },
  listRecommended: {
    key: "Action if blacklist recommended",
    zh: "建议列入黑名单措施",
    meaning: "the review recommends listing (write-off, agency stage or long overdue)",
    meaningZh: "评审建议列入黑名单（坏账核销、委外催收或长期逾期）",
  },
  worstGrade: {
    key: "Action if worst grade",
    zh: "最差等级措施",
    meaning: "the customer is in the worst grade",
    meaningZh: "客户处于最差等级",
  },
  collectionStop: {
    key: "Action if collection stop",
    zh: "催收停止供货措施",
    meaning: "the collection ladder is at stop supply or later",
    meaningZh: "催收阶梯已到停止供货或更后阶段",
  },
  zeroLimitWithExposure: {
    key: "Action if zero limit with exposure",
    zh: "零额度有敞口措施",
    meaning: "the credit rules give a limit of 0 while money is owed",
    meaningZh: "信用规则额度为 0 但仍有欠款",
  },
  scoreBelowFloor: {
    key: "Action if score below floor",
    zh: "评分低于下限措施",
    meaning: "the score is below the score floor",
    meaningZh: "评分低于评分下限",
  },
  scoreDrop: {
    key: "Action if score drop",
    zh: "评分下降措施",
    meaning: "the score fell by at least the score-drop alert since the last review",
    meaningZh: "评分较上次评审下降达到预警值",
  },
  gradeDowngrade: {
    key: "Action if grade downgrade",
    zh: "等级下调措施",
    meaning: "the grade is worse than at the last review",
    meaningZh: "等级比上次评审差",
  },
  overLimitOverdue: {
    key: "Action if over limit with overdue",
    zh: "超额度且逾期措施",
    meaning: "exposure is above the limit in force and some of it is overdue",
    meaningZh: "敞口超过现行额度且有逾期",
  },
  seriouslyLate: {
    key: "Action if seriously late",
    zh: "严重逾期措施",
    meaning: "an undisputed item is past the second aging limit (60 days)",
    meaningZh: "有未争议款项逾期超过第二个账龄分段（60 天）",
  },
  zDistress: {
    key: "Action if Z distress",
    zh: "Z值困境区措施",
    meaning: "Altman Z is in the distress zone",
    meaningZh: "Altman Z 值处于困境区",
  },
  limitBreachesPolicy: {
    key: "Action if limit breaches policy",
    zh: "额度违反政策措施",
    meaning: "the credit limit in force is above a cap of the policy",
    meaningZh: "现行信用额度高于政策上限",
  },
  limitAboveRecommended: {
    key: "Action if limit above rules",
    zh: "额度高于规则措施",
    meaning: "the credit limit in force is above the credit rules' limit",
    meaningZh: "现行信用额度高于信用规则额度",
  },
  temporaryLimitExpired: {
    key: "Action if temporary limit expired",
    zh: "临时额度到期措施",
    meaning: "a temporary limit has expired with exposure above the base limit",
    meaningZh: "临时额度已到期且敞口高于基础额度",
  },
  disputeEscalation: {
    key: "Action if dispute escalated",
    zh: "争议升级措施",
    meaning: "a dispute is older than the dispute escalation days",
    meaningZh: "争议超过争议升级天数",
  },
  overLimit: {
    key: "Action if over limit",
    zh: "超额度措施",
    meaning: "exposure is above the limit in force",
    meaningZh: "敞口超过现行额度",
  },
  concentration: {
    key: "Action if concentration",
    zh: "集中度超限措施",
    meaning: "the customer's share of exposure is above the concentration cap",
    meaningZh: "客户敞口占比超过集中度上限",
  },
  temporaryLimitExpiring: {
    key: "Action if temporary limit expiring",
    zh: "临时额度即将到期措施",
    meaning: "a temporary limit expires within the expiry warning days",
    meaningZh: "临时额度在到期预警天数内到期",
  },
  overdueItems: {
    key: "Action if overdue items",
    zh: "有逾期款项措施",
    meaning: "an undisputed item is past due",
    meaningZh: "有未争议款项逾期",
  },
  openDisputes: {
    key: "Action if open disputes",
    zh: "有未决争议措施",
    meaning: "a disputed item is past due",
    meaningZh: "有争议款项逾期",
  },
  weakGrade: {
    key: "Action if weak grade",
    zh: "等级偏弱措施",
    meaning: "the grade is the no-increase grade or worse",
    meaningZh: "等级为不予提额等级或更差",
  },
};

/** A number setting of a nested policy section, in one line. */
function numberSetting<S extends "temporaryLimits" | "blacklist" | "disputes" | "approval">(
  section: S,
  field: keyof CreditPolicy[S] & string,
  key: string,
  zh: string,
  kind: SettingKind,
  meaning: readonly [string, string],
): PolicySetting {
  return setting(
    key,
    zh,
    kind,
    section,
    meaning,
    (p) => (p[section] as unknown as Record<string, SettingValue>)[field],
    (d, v) => {
      (d[section] as unknown as Record<string, SettingValue>)[field] = v;
    },
  );
}

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
      [
        "largest rise over the current limit per review (50 %: up to 1.5 × the limit)",
        "每次评审相对现有额度的最大增幅（50%：最多为现有额度的 1.5 倍）",
      ],
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
  // Decisions
  DECISION_CONDITIONS.forEach((condition, i) => {
    const n = DECISION_NAMES[condition];
    out.push(
      setting(
        n.key,
        n.zh,
        "action",
        "decisions",
        [`action when ${n.meaning}: stop, reduce or keep`, `${n.meaningZh}时的措施：停止、降额或维持`],
        (p) => p.decisions.find((r) => r.condition === condition)?.action ?? "keep",
        (d, v) => {
          d.decisions[i] = { condition, action: v as RuleAction };
        },
      ),
    );
  });
  out.push(
    setting(
      "Warning cut",
      "预警降额比例",
      "fraction",
      "limits",
      [
        "a reduce for a warning cuts the limit in force by this share (the credit rules' limit when lower)",
        "因预警降额时，现行额度按此比例下调（信用规则额度更低时取其值）",
      ],
      (p) => p.limits.warningCut,
      (d, v) => {
        d.limits.warningCut = v as number;
      },
    ),
    setting(
      "Reduce tolerance",
      "降额容忍度",
      "fraction",
      "limits",
      [
        "the limit in force may be above the credit rules' limit by this share of itself before the review cuts it",
        "现行额度高于信用规则额度、但差额不超过现行额度的此比例时，不予降额",
      ],
      (p) => p.limits.reduceTolerance,
      (d, v) => {
        d.limits.reduceTolerance = v as number;
      },
    ),
    setting(
      "No increase from grade",
      "不予提额等级",
      "grade",
      "limits",
      [
        "customers in this grade or worse are not given more (the weak-grade row)",
        "该等级及更差等级的客户不予提高额度（等级偏弱一行）",
      ],
      (p) => p.limits.noIncreaseFromGrade,
      (d, v) => {
        d.limits.noIncreaseFromGrade = v as Grade;
      },
    ),
    numberSetting("temporaryLimits", "maxUplift", "Temporary limit max uplift", "临时额度最大增幅", "rate", [
      "largest temporary limit over the credit limit without a higher approval (50 %: up to 1.5 × the limit)",
      "无需更高审批的临时额度相对信用额度的最大增幅（50%：最多为信用额度的 1.5 倍）",
    ]),
    numberSetting("temporaryLimits", "maxDays", "Temporary limit max days", "临时额度最长天数", "integer", [
      "longest a temporary limit may still run (expiry − review date) without a higher approval",
      "无需更高审批的临时额度最长剩余天数（到期日 − 评审日）",
    ]),
    numberSetting(
      "temporaryLimits",
      "expiryWarningDays",
      "Temporary limit warning days",
      "临时额度到期预警天数",
      "integer",
      ["warn when a temporary limit expires within this many days", "临时额度在此天数内到期时预警"],
    ),
    numberSetting("blacklist", "listAfterDays", "Blacklist after days past due", "逾期列入黑名单天数", "integer", [
      "recommend listing when an undisputed item is this many days past due (also after a write-off or at the agency stage)",
      "未争议款项逾期达到此天数时建议列入黑名单（坏账核销或委外催收时亦然）",
    ]),
    numberSetting("blacklist", "releaseMonths", "Blacklist release months", "黑名单解除月数", "integer", [
      "months on the blacklist before release can be considered",
      "列入黑名单满此月数后方可考虑解除",
    ]),
    numberSetting("blacklist", "releaseMinGrade", "Blacklist release min grade", "黑名单解除最低等级", "grade", [
      "the grade (or better) a listed customer needs for release",
      "解除黑名单所需的最低等级",
    ]),
    numberSetting("blacklist", "probationMonths", "Probation months", "考察期月数", "integer", [
      "months after a release during which the new-customer limit caps the limit",
      "解除黑名单后按新客户额度封顶的月数",
    ]),
    setting(
      "Escalate grades",
      "升级审批等级",
      "gradeList",
      "approvalRules",
      ["limits of these grades are approved one level higher", "这些等级的额度由高一级审批"],
      (p) => p.approval.escalateGrades,
      (d, v) => {
        d.approval.escalateGrades = [...(v as Grade[])];
      },
    ),
    numberSetting("approval", "strategicLevel", "Strategic approval level", "战略客户审批级别", "level", [
      "the lowest approval level (1–4) for a strategic account's limit",
      "战略客户额度的最低审批级别（1–4）",
    ]),
    numberSetting("approval", "overrideLevel", "Override approval level", "越权额度审批级别", "level", [
      "the lowest approval level (1–4) for a limit in force above the last recommendation",
      "现行额度高于上次建议额度时的最低审批级别（1–4）",
    ]),
    numberSetting("approval", "temporaryLevel", "Temporary limit approval level", "临时额度审批级别", "level", [
      "the lowest approval level (1–4) for a temporary limit beyond policy (it also goes one level above its amount's)",
      "超出政策的临时额度的最低审批级别（1–4；并比其金额所需高一级）",
    ]),
    numberSetting("disputes", "escalationDays", "Dispute escalation days", "争议升级天数", "integer", [
      "escalate a dispute once its oldest item is more than this many days past due",
      "争议款项逾期超过此天数即升级处理",
    ]),
    numberSetting("disputes", "insurerNotificationDays", "Insurer notification days", "保险通知期限天数", "integer", [
      "disputed items further past due than this leave insured cover (not notified to the insurer in time)",
      "逾期超过此天数的争议款项不再计入保险保障（未及时通知保险人）",
    ]),
    setting(
      "CEI opening tolerance",
      "CEI期初差异容忍度",
      "fraction",
      "ceiOpeningTolerance",
      [
        "CEI's opening receivables from the ledger and from ReviewHistory may differ by this share before a data issue",
        "账簿与评审历史得出的 CEI 期初应收差异超过此比例时记为数据问题",
      ],
      (p) => p.ceiOpeningTolerance,
      (d, v) => {
        d.ceiOpeningTolerance = v as number;
      },
    ),
    setting(
      "Minimum scorecard AUC",
      "评分卡最低AUC",
      // An AUC is read as a number (0.6), not a share: the editor shows it as typed; validatePolicy keeps it in 0.5–1.
      "positive",
      "minScorecardAuc",
      [
        "a built scorecard whose test AUC is below this (0.5–1) is written only after confirming",
        "新建评分卡的测试集 AUC 低于此值（0.5–1）时，须确认后才写入",
      ],
      (p) => p.minScorecardAuc,
      (d, v) => {
        d.minScorecardAuc = v as number;
      },
      ["Min scorecard AUC", "Scorecard minimum AUC"],
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
