/**
 * One list of Customers column names (src/core/portfolio/customerColumns.ts) for the workbook reader and for the
 * review's customer assessment. Before it, the workbook listed headers and synonyms per column (schema.ts) while
 * the engine found a scorecard factor's column by the field's own name only (core/scoring/customerFactors.ts), and
 * the built-in factors kept their own, different synonyms for the columns they read. The names below are the two
 * sets as they were, written out: every one must be accepted by both, and read the same column.
 */
import { factorSource, scorecardLookup } from "../../src/core/scoring/customerFactors";
import { builtInInputFromCustomer } from "../../src/core/scoring/builtInModel";
import { parseScorecard } from "../../src/core/scoring/scorecard";
import type { Customer } from "../../src/core/portfolio/model";
import { customerColumnNamed } from "../../src/workbook/scorecardFactors";
import { CUSTOMERS_SCHEMA, mapColumns, type CustomerColumn } from "../../src/workbook/schema";

/** The workbook reader's Customers names before: header, key and synonyms of each column but the id. */
const WORKBOOK_BEFORE: Readonly<Record<Exclude<CustomerColumn, "id">, readonly string[]>> = {
  name: [
    "Customer Name",
    "name",
    "Name",
    "Customer",
    "Company",
    "客户名称",
    "客户",
    "公司名称",
    "Customer Name 1",
    "Name 1",
    "单位名称",
  ],
  segment: ["Segment", "segment", "Customer Type", "Size", "Size Segment", "细分", "客户类型", "客户规模", "客户细分"],
  country: ["Country", "country", "Country Code", "国家", "国家/地区", "国家地区"],
  creditLimit: [
    "Credit Limit",
    "creditLimit",
    "Limit",
    "Current Limit",
    "信用额度",
    "授信额度",
    "Credit Line",
    "信用限额",
  ],
  insuredLimit: ["Insured Limit", "insuredLimit", "Insurance Limit", "Credit Insurance Limit", "投保额度", "保险额度"],
  paymentTerms: [
    "Payment Terms",
    "paymentTerms",
    "Terms",
    "Terms Days",
    "Payment Terms Days",
    "付款期限",
    "账期",
    "付款天数",
    "Credit Days",
    "信用期",
    "信用天数",
  ],
  annualRevenue: ["Annual Revenue", "annualRevenue", "Revenue", "Sales", "Turnover", "年收入", "营业收入", "年销售额"],
  totalAssets: ["Total Assets", "totalAssets", "总资产", "资产总额"],
  totalLiabilities: ["Total Liabilities", "totalLiabilities", "总负债", "负债总额"],
  currentAssets: ["Current Assets", "currentAssets", "流动资产"],
  currentLiabilities: ["Current Liabilities", "currentLiabilities", "流动负债"],
  retainedEarnings: ["Retained Earnings", "retainedEarnings", "留存收益"],
  ebit: ["EBIT", "ebit", "Operating Profit", "息税前利润"],
  equity: ["Equity", "equity", "Book Equity", "Net Worth", "Shareholders Equity", "所有者权益", "净资产", "股东权益"],
  yearsTrading: ["Years Trading", "yearsTrading", "Years in Business", "Years", "经营年限", "成立年限"],
  externalScore: ["External Score", "externalScore", "Bureau Score", "外部评分", "外部信用评分"],
  strategic: ["Strategic", "strategic", "Strategic Account", "战略客户"],
  blacklisted: ["Blacklisted", "blacklisted", "Blacklist", "Black List", "黑名单"],
  temporaryLimit: [
    "Temporary Limit",
    "temporaryLimit",
    "Temp Limit",
    "Temporary Credit Limit",
    "Seasonal Limit",
    "临时额度",
    "临时信用额度",
    "临时授信额度",
    "Temp Credit Limit",
    "临时信用限额",
  ],
  temporaryLimitExpiry: [
    "Temporary Limit Expiry",
    "temporaryLimitExpiry",
    "Temp Limit Expiry",
    "Temporary Limit Expiry Date",
    "Temporary Limit Until",
    "临时额度到期日",
    "临时额度截止日",
    "Temporary Limit Valid Until",
    "Temporary Limit End Date",
    "Temp Limit Expiry Date",
    "临时额度到期日期",
    "临时额度截止日期",
    "临时额度有效期至",
    "临时额度失效日期",
  ],
  temporaryLimitReason: [
    "Temporary Limit Reason",
    "temporaryLimitReason",
    "Temp Limit Reason",
    "临时额度原因",
    "临时额度事由",
    "临时额度说明",
  ],
  blacklistDate: [
    "Blacklist Date",
    "blacklistDate",
    "Blacklisted On",
    "Date Blacklisted",
    "列入黑名单日期",
    "黑名单日期",
    "Blacklisted Date",
    "加入黑名单日期",
  ],
  blacklistReason: [
    "Blacklist Reason",
    "blacklistReason",
    "列入黑名单原因",
    "黑名单原因",
    "Reason Blacklisted",
    "黑名单事由",
  ],
  writtenOff: [
    "Written Off",
    "writtenOff",
    "Write-off",
    "Written Off Amount",
    "Bad Debt Written Off",
    "坏账核销",
    "坏账核销金额",
    "核销坏账",
    "Write-off Amount",
    "Bad Debt Write-off",
    "已核销坏账",
  ],
};

/** The customer assessment's names before: the built-in factors' id, name, Chinese name and synonyms … */
const BUILT_IN_BEFORE: Readonly<Record<string, readonly string[]>> = {
  yearsTrading: ["yearsTrading", "Years Trading", "经营年限", "years in business", "成立年限"],
  externalScore: ["externalScore", "External Score", "外部评分", "bureau score", "外部信用评分"],
  currentRatio: ["currentRatio", "Current Ratio", "流动比率"],
  debtRatio: ["debtRatio", "Debt Ratio", "资产负债率", "leverage", "负债率"],
  altmanZone: ["altmanZone", "Altman Zone", "Z值区间", "z zone", "altman", "z区间"],
  profitability: [
    "profitability",
    "Profitability",
    "资产收益率",
    "return on assets",
    "roa",
    "ebit / total assets",
    "盈利能力",
  ],
  daysBeyondTerms: [
    "daysBeyondTerms",
    "Days Beyond Terms",
    "超期天数",
    "payment behaviour",
    "payment behavior",
    "dbt",
    "付款表现",
  ],
  annualRevenue: [
    "annualRevenue",
    "Annual Revenue",
    "年营业收入",
    "size",
    "revenue",
    "sales",
    "规模",
    "年收入",
    "营业收入",
  ],
};

/** … and the Customers fields by their own names. */
const OWN_FIELDS_BEFORE: readonly string[] = [
  "name",
  "segment",
  "country",
  "creditLimit",
  "insuredLimit",
  "paymentTerms",
  "annualRevenue",
  "totalAssets",
  "totalLiabilities",
  "currentAssets",
  "currentLiabilities",
  "retainedEarnings",
  "ebit",
  "equity",
  "yearsTrading",
  "externalScore",
  "strategic",
  "blacklisted",
];

/** The built-in factors read straight from one Customers column: each takes every name of its column. */
const COLUMN_FACTORS: ReadonlySet<string> = new Set(["yearsTrading", "externalScore", "annualRevenue"]);

/** What a name must resolve to: a built-in factor by its earlier names, a column-backed factor, else the field. */
function expectedSource(name: string, column?: string) {
  const builtIn = Object.keys(BUILT_IN_BEFORE).find((f) =>
    BUILT_IN_BEFORE[f].some(
      (n) => n.toLowerCase().replace(/[\s_-]+/g, "") === name.toLowerCase().replace(/[\s_-]+/g, ""),
    ),
  );
  if (builtIn) return { builtIn };
  if (column && COLUMN_FACTORS.has(column)) return { builtIn: column };
  return { field: column };
}

describe("one list of Customers column names for the workbook reader and the customer assessment", () => {
  const workbookNames = Object.entries(WORKBOOK_BEFORE).flatMap(([column, names]) =>
    names.map((name) => [name, column]),
  );

  it("reads every header the workbook accepted before as the same column", () => {
    for (const [name, column] of workbookNames) {
      const { map } = mapColumns(CUSTOMERS_SCHEMA, [name]);
      expect({ name, column: map[column as CustomerColumn] }).toEqual({ name, column: 0 });
    }
  });

  it("resolves every name either accepted before to the same source in both", () => {
    const union: [string, string | undefined][] = [
      ...workbookNames.map(([name, column]): [string, string] => [name, column]),
      ...Object.values(BUILT_IN_BEFORE).flatMap((names) => names.map((name): [string, undefined] => [name, undefined])),
      ...OWN_FIELDS_BEFORE.map((name): [string, string] => [name, name]),
    ];
    expect(union.length).toBe(163 + 47 + 18); // 24 columns: 163 names; 8 factors: 47 names; 18 own field names
    for (const [name, column] of union) {
      const assessment = factorSource(name); // as scorecardLookup resolves a factor the reader did not
      const workbook = factorSource(name, customerColumnNamed); // as the workbook reader resolves it
      expect({ name, assessment }).toEqual({ name, assessment: expectedSource(name, column) });
      expect({ name, workbook }).toEqual({ name, workbook: assessment });
    }
  });

  it("lets the customer assessment read a column by a Chinese or ERP header it did not know before", () => {
    const customer: Customer = {
      id: "C1",
      name: "Acme",
      segment: "Mid",
      creditLimit: 50_000,
      paymentTerms: 45,
      equity: 120_000,
      annualRevenue: 3_000_000,
      strategic: false,
      blacklisted: false,
    };
    const card = parseScorecard([
      ["信用额度", 0, null, null, 10], // before: only "Credit Limit" / "creditLimit"
      ["账期", 0, null, null, 10],
      ["Net Worth", 0, null, null, 10],
      ["Turnover", 0, null, null, 10],
    ]);
    const valueOf = scorecardLookup(card)(customer, builtInInputFromCustomer(customer));
    expect(["信用额度", "账期", "Net Worth", "Turnover"].map(valueOf)).toEqual([50_000, 45, 120_000, 3_000_000]);
  });
});
