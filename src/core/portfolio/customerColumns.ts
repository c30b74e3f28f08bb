/**
 * The Customers table's column names: each column's canonical English header and the other headers accepted for it,
 * English and Chinese, with the ones common ERP exports use. The one list: the workbook contract
 * (src/workbook/schema.ts) reads Customers headers by it, and the engine finds the Customers field a scorecard
 * factor names by it (`customerFieldNamed`), so a factor matches a column exactly when a header of that name would.
 */
import { normalizeHeader } from "../headers";

/** The Customers table's columns, by the key the parser uses (a Customer field). */
export type CustomerColumn =
  | "id"
  | "name"
  | "segment"
  | "country"
  | "creditLimit"
  | "insuredLimit"
  | "paymentTerms"
  | "annualRevenue"
  | "totalAssets"
  | "totalLiabilities"
  | "currentAssets"
  | "currentLiabilities"
  | "retainedEarnings"
  | "ebit"
  | "equity"
  | "yearsTrading"
  | "externalScore"
  | "strategic"
  | "blacklisted"
  | "temporaryLimit"
  | "temporaryLimitExpiry"
  | "temporaryLimitReason"
  | "blacklistDate"
  | "blacklistReason"
  | "writtenOff";

/** A column's canonical header and its other accepted headers (matched like the header, any case and spacing). */
export interface ColumnNames {
  readonly header: string;
  readonly synonyms: readonly string[];
}

/**
 * Customer-id headers, English and Chinese, with the ones common ERP exports use: SAP FBL5N `Account` / `Customer`
 * (KUNNR), Oracle `CUSTOMER_NUMBER`, Business Central `customerNumber`, JD Edwards 地址号, generic Chinese AR listings
 * 客户编码. The invoices' and the review history's customer-id columns accept them too.
 */
export const CUSTOMER_ID_SYNONYMS: readonly string[] = [
  "CustomerID",
  "Cust ID",
  "Customer No",
  "Customer Number",
  "Customer Code",
  "Account",
  "Account No",
  "客户编号",
  "客户代码",
  "客户ID",
  "客户号",
  "Customer No.",
  "Cust No",
  "Account Number",
  "Debtor",
  "Debtor No",
  "KUNNR",
  "客户编码",
  "地址号",
];

/** Every Customers column's names, in the contract's order. */
export const CUSTOMER_COLUMN_NAMES: Readonly<Record<CustomerColumn, ColumnNames>> = {
  id: { header: "Customer ID", synonyms: CUSTOMER_ID_SYNONYMS },
  name: {
    header: "Customer Name",
    synonyms: ["Name", "Customer", "Company", "客户名称", "客户", "公司名称", "Customer Name 1", "Name 1", "单位名称"],
  },
  segment: {
    header: "Segment",
    synonyms: ["Customer Type", "Size", "Size Segment", "细分", "客户类型", "客户规模", "客户细分"],
  },
  country: { header: "Country", synonyms: ["Country Code", "国家", "国家/地区", "国家地区"] },
  creditLimit: {
    header: "Credit Limit",
    synonyms: ["Limit", "Current Limit", "信用额度", "授信额度", "Credit Line", "信用限额"],
  },
  insuredLimit: {
    header: "Insured Limit",
    synonyms: ["Insurance Limit", "Credit Insurance Limit", "投保额度", "保险额度"],
  },
  paymentTerms: {
    header: "Payment Terms",
    synonyms: [
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
  },
  annualRevenue: {
    header: "Annual Revenue",
    synonyms: ["Revenue", "Sales", "Turnover", "年收入", "营业收入", "年销售额"],
  },
  totalAssets: { header: "Total Assets", synonyms: ["总资产", "资产总额"] },
  totalLiabilities: { header: "Total Liabilities", synonyms: ["总负债", "负债总额"] },
  currentAssets: { header: "Current Assets", synonyms: ["流动资产"] },
  currentLiabilities: { header: "Current Liabilities", synonyms: ["流动负债"] },
  retainedEarnings: { header: "Retained Earnings", synonyms: ["留存收益"] },
  ebit: { header: "EBIT", synonyms: ["Operating Profit", "息税前利润"] },
  equity: {
    header: "Equity",
    synonyms: ["Book Equity", "Net Worth", "Shareholders Equity", "所有者权益", "净资产", "股东权益"],
  },
  yearsTrading: { header: "Years Trading", synonyms: ["Years in Business", "Years", "经营年限", "成立年限"] },
  externalScore: { header: "External Score", synonyms: ["Bureau Score", "外部评分", "外部信用评分"] },
  strategic: { header: "Strategic", synonyms: ["Strategic Account", "战略客户"] },
  blacklisted: { header: "Blacklisted", synonyms: ["Blacklist", "Black List", "黑名单"] },
  temporaryLimit: {
    header: "Temporary Limit",
    synonyms: [
      "Temp Limit",
      "Temporary Credit Limit",
      "Seasonal Limit",
      "临时额度",
      "临时信用额度",
      "临时授信额度",
      "Temp Credit Limit",
      "临时信用限额",
    ],
  },
  temporaryLimitExpiry: {
    header: "Temporary Limit Expiry",
    synonyms: [
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
  },
  temporaryLimitReason: {
    header: "Temporary Limit Reason",
    synonyms: ["Temp Limit Reason", "临时额度原因", "临时额度事由", "临时额度说明"],
  },
  blacklistDate: {
    header: "Blacklist Date",
    synonyms: [
      "Blacklisted On",
      "Date Blacklisted",
      "列入黑名单日期",
      "黑名单日期",
      "Blacklisted Date",
      "加入黑名单日期",
    ],
  },
  blacklistReason: {
    header: "Blacklist Reason",
    synonyms: ["列入黑名单原因", "黑名单原因", "Reason Blacklisted", "黑名单事由"],
  },
  // Not 核销金额 alone: in a Chinese ledger 核销 is also the clearing of an invoice against a payment.
  writtenOff: {
    header: "Written Off",
    synonyms: [
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
  },
};

/** A Customers column other than the id: the columns a scorecard factor can read. */
export type CustomerFieldColumn = Exclude<CustomerColumn, "id">;

const FIELD_BY_NAME: ReadonlyMap<string, CustomerFieldColumn> = (() => {
  const byName = new Map<string, CustomerFieldColumn>();
  for (const [key, names] of Object.entries(CUSTOMER_COLUMN_NAMES) as [CustomerColumn, ColumnNames][]) {
    if (key === "id") continue;
    for (const name of [names.header, key, ...names.synonyms]) {
      const normal = normalizeHeader(name);
      if (!byName.has(normal)) byName.set(normal, key);
    }
  }
  return byName;
})();

/**
 * The Customers column (not the id) a name names: its canonical header, its key or one of its synonyms, compared as
 * headers are compared (`normalizeHeader`); the first column in the contract's order wins.
 * @example customerFieldNamed("客户细分") // "segment"
 * @example customerFieldNamed("Credit Limit (USD)") // "creditLimit"
 */
export function customerFieldNamed(name: string): CustomerFieldColumn | undefined {
  return FIELD_BY_NAME.get(normalizeHeader(name));
}
