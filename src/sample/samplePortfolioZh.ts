/**
 * The sample portfolio's Chinese edition (assets/sample-portfolio.zh-CN.xlsx): the same rows under Chinese table
 * names, headers and setting names, with flags and segments in the Chinese words the contract reads (是/否, 大型).
 * It must review to the same figures as the English sample; only the words change.
 */
import { policySettingByName } from "../core/policy";
import {
  actionFromLabel,
  actionLabel,
  blacklistStatusFromLabel,
  blacklistStatusLabel,
} from "../workbook/decisionLabels";
import { CONTRACT_TABLE_NAMES } from "../workbook/contractTables";
import { historyHeader } from "../workbook/reviewWords";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA, localHeader, type TableSchema } from "../workbook/schema";
import { SAMPLE_REASONS, type SampleCell, type SampleTable, type SampleTables } from "./samplePortfolio";

/** A contract header's Chinese name: the first Chinese synonym the schema accepts for that column. */
function chineseHeader(schema: TableSchema, header: string): string {
  const column = schema.columns.find((c) => c.header === header);
  return column ? localHeader(column, "zh-CN") : header;
}

const SEGMENTS_ZH: Readonly<Record<string, string>> = { Large: "大型", Mid: "中型", Small: "小型" };

/** The sample's temporary-limit and blacklist reasons in Chinese (free text, shown as written). */
const REASONS_ZH: Readonly<Record<string, string>> = {
  [SAMPLE_REASONS.peakSeason]: "旺季订单",
  [SAMPLE_REASONS.projectOrder]: "大型项目订单",
  [SAMPLE_REASONS.stockBuild]: "年末备货",
  [SAMPLE_REASONS.paymentDefault]: "付款违约",
  [SAMPLE_REASONS.insolvency]: "破产程序",
  [SAMPLE_REASONS.settledDefault]: "付款违约，已结清",
};

const reason = (v: SampleCell): SampleCell => (typeof v === "string" ? (REASONS_ZH[v] ?? v) : v);

const flag = (v: SampleCell): SampleCell => (v === true ? "是" : v === false ? "否" : v);

/** Each cell of the columns picked by header, rewritten. */
function rewriteColumns(
  table: SampleTable,
  rewrite: Readonly<Record<string, (v: SampleCell) => SampleCell>>,
): SampleCell[][] {
  const at = table.headers.map((h) => rewrite[h]);
  return table.rows.map((row) => row.map((v, c) => (at[c] ? at[c]!(v) : v)));
}

/** The default approval levels and the decision table's actions as a Chinese credit policy writes them. */
const POLICY_VALUES_ZH: Readonly<Record<string, string>> = {
  "Credit analyst": "信用专员",
  "Credit manager": "信用经理",
  "Finance director": "财务总监",
  "Credit committee": "信用委员会",
  stop: "停止",
  reduce: "降额",
  keep: "维持",
};

/** A policy row's value in Chinese where the value is words (approval level names, actions); numbers as they are. */
function policyValue(v: SampleCell): SampleCell {
  return typeof v === "string" ? (POLICY_VALUES_ZH[v] ?? v) : v;
}

/** A history cell holding an action or a blacklist status, as the Chinese review writes it. */
function historyWord(v: SampleCell): SampleCell {
  if (typeof v !== "string" || v === "") return v;
  const action = actionFromLabel(v);
  if (action) return actionLabel(action, "zh-CN");
  const status = blacklistStatusFromLabel(v);
  return status ? blacklistStatusLabel(status, "zh-CN") : v;
}

function zhName(contract: string): string {
  return CONTRACT_TABLE_NAMES[contract]?.["zh-CN"] ?? contract;
}

/**
 * The Chinese edition of sample tables: 客户, 发票, 信用政策, 评审历史 with Chinese headers; TRUE/FALSE flags as
 * 是/否, segments as 大型/中型/小型, temporary-limit and blacklist reasons in Chinese, policy settings under their
 * Chinese names. Ids, names, amounts and dates are
 * unchanged, so both editions review to the same figures. The Altman zones of the history stay Safe/Grey/Distress:
 * they are codes the review compares with, as `CREDIT.ZZONE` returns them.
 * @example chineseSampleTables(defaultSampleTables()).customers.headers[0] // "客户编号"
 */
export function chineseSampleTables(tables: SampleTables): SampleTables {
  const { customers, invoices, creditPolicy, reviewHistory } = tables;
  return {
    customers: {
      ...customers,
      name: zhName(CUSTOMERS_SCHEMA.name),
      headers: customers.headers.map((h) => chineseHeader(CUSTOMERS_SCHEMA, h)),
      rows: rewriteColumns(customers, {
        Segment: (v) => (typeof v === "string" ? (SEGMENTS_ZH[v] ?? v) : v),
        Strategic: flag,
        Blacklisted: flag,
        "Temporary Limit Reason": reason,
        "Blacklist Reason": reason,
      }),
    },
    invoices: {
      ...invoices,
      name: zhName(INVOICES_SCHEMA.name),
      headers: invoices.headers.map((h) => chineseHeader(INVOICES_SCHEMA, h)),
      rows: rewriteColumns(invoices, { Disputed: flag }),
    },
    creditPolicy: creditPolicy && {
      ...creditPolicy,
      name: zhName(creditPolicy.name),
      headers: ["设置项", "值"],
      rows: creditPolicy.rows.map(([setting, value, ...rest]) => [
        (typeof setting === "string" && policySettingByName(setting)?.zh) || setting,
        policyValue(value),
        ...rest,
      ]),
    },
    reviewHistory: reviewHistory && {
      ...reviewHistory,
      name: zhName(HISTORY_SCHEMA.name),
      headers: reviewHistory.headers.map((h) => {
        const key = HISTORY_SCHEMA.columns.find((c) => c.header === h)?.key;
        return key ? historyHeader(key, "zh-CN") : h;
      }),
      rows: rewriteColumns(reviewHistory, {
        [HISTORY_SCHEMA.columns.find((c) => c.key === "action")!.header]: historyWord,
        [HISTORY_SCHEMA.columns.find((c) => c.key === "blacklistStatus")!.header]: historyWord,
      }),
    },
  };
}
