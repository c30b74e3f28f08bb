/** The workbook data contract (DESIGN.md §4): table names, their columns and the header synonyms, English and Chinese. */
import type { RawTable } from "./ports";
import { labelInEveryLanguage, type SheetLabelCode } from "./labels";
import { sheetLabelsEn } from "./labels/en";

/** One column of a contract table: the key the parser uses, whether the table is unusable without it, its synonyms. */
export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** The canonical English header, used in data issues and in the files the review writes. */
  readonly header: string;
  readonly required?: boolean;
  /** Other accepted headers (English and Chinese); matched like the canonical one, case- and space-insensitively. */
  readonly synonyms: readonly string[];
  /** What the column holds (text when not given): lets a reader type cells early; the parser checks them anyway. */
  readonly kind?: "number" | "date" | "flag";
  /**
   * Headers that may hold the column but may as well hold another (`Amount Due`: the invoice's amount, or what is
   * still due?). A hint is never read on its own word: the pane asks, the command line reports it (see columnMapping).
   */
  readonly hints?: readonly string[];
  /** The column changes a figure of the review: the pane's mapping step lists it, found or not (issue 14). */
  readonly figure?: boolean;
}

export interface TableSchema<K extends string = string> {
  /** Contract name: the Excel table (ListObject) or sheet the review reads. */
  readonly name: string;
  readonly columns: readonly ColumnSpec<K>[];
}

/**
 * Customer-id headers, English and Chinese, with the ones common ERP exports use (see shared FIELD-GUIDE.md): SAP FBL5N
 * `Account` / `Customer` (KUNNR), Oracle `CUSTOMER_NUMBER`, Business Central `customerNumber`, JD Edwards 地址号,
 * generic Chinese AR listings 客户编码.
 */
const CUSTOMER_ID_SYNONYMS = [
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

export const CUSTOMERS_SCHEMA: TableSchema<CustomerColumn> = {
  name: "Customers",
  columns: [
    { key: "id", header: "Customer ID", required: true, figure: true, synonyms: CUSTOMER_ID_SYNONYMS },
    {
      key: "name",
      header: "Customer Name",
      figure: true,
      synonyms: [
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
    },
    {
      key: "segment",
      header: "Segment",
      figure: true,
      synonyms: ["Customer Type", "Size", "Size Segment", "细分", "客户类型", "客户规模", "客户细分"],
    },
    { key: "country", header: "Country", synonyms: ["Country Code", "国家", "国家/地区", "国家地区"] },
    {
      key: "creditLimit",
      header: "Credit Limit",
      kind: "number",
      figure: true,
      synonyms: ["Limit", "Current Limit", "信用额度", "授信额度", "Credit Line", "信用限额"],
    },
    {
      key: "insuredLimit",
      header: "Insured Limit",
      kind: "number",
      figure: true,
      synonyms: ["Insurance Limit", "Credit Insurance Limit", "投保额度", "保险额度"],
    },
    {
      key: "paymentTerms",
      header: "Payment Terms",
      kind: "number",
      figure: true,
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
    {
      key: "annualRevenue",
      header: "Annual Revenue",
      kind: "number",
      synonyms: ["Revenue", "Sales", "Turnover", "年收入", "营业收入", "年销售额"],
    },
    { key: "totalAssets", header: "Total Assets", kind: "number", synonyms: ["总资产", "资产总额"] },
    { key: "totalLiabilities", header: "Total Liabilities", kind: "number", synonyms: ["总负债", "负债总额"] },
    { key: "currentAssets", header: "Current Assets", kind: "number", synonyms: ["流动资产"] },
    { key: "currentLiabilities", header: "Current Liabilities", kind: "number", synonyms: ["流动负债"] },
    { key: "retainedEarnings", header: "Retained Earnings", kind: "number", synonyms: ["留存收益"] },
    { key: "ebit", header: "EBIT", kind: "number", synonyms: ["Operating Profit", "息税前利润"] },
    {
      key: "equity",
      header: "Equity",
      kind: "number",
      synonyms: ["Book Equity", "Net Worth", "Shareholders Equity", "所有者权益", "净资产", "股东权益"],
    },
    {
      key: "yearsTrading",
      header: "Years Trading",
      kind: "number",
      synonyms: ["Years in Business", "Years", "经营年限", "成立年限"],
    },
    {
      key: "externalScore",
      header: "External Score",
      kind: "number",
      synonyms: ["Bureau Score", "外部评分", "外部信用评分"],
    },
    { key: "strategic", header: "Strategic", kind: "flag", figure: true, synonyms: ["Strategic Account", "战略客户"] },
    {
      key: "blacklisted",
      header: "Blacklisted",
      kind: "flag",
      figure: true,
      synonyms: ["Blacklist", "Black List", "黑名单"],
    },
    {
      key: "temporaryLimit",
      header: "Temporary Limit",
      kind: "number",
      figure: true,
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
    {
      key: "temporaryLimitExpiry",
      header: "Temporary Limit Expiry",
      kind: "date",
      figure: true,
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
    {
      key: "temporaryLimitReason",
      header: "Temporary Limit Reason",
      synonyms: ["Temp Limit Reason", "临时额度原因", "临时额度事由", "临时额度说明"],
    },
    {
      key: "blacklistDate",
      header: "Blacklist Date",
      kind: "date",
      figure: true,
      synonyms: [
        "Blacklisted On",
        "Date Blacklisted",
        "列入黑名单日期",
        "黑名单日期",
        "Blacklisted Date",
        "加入黑名单日期",
      ],
    },
    {
      key: "blacklistReason",
      header: "Blacklist Reason",
      synonyms: ["列入黑名单原因", "黑名单原因", "Reason Blacklisted", "黑名单事由"],
    },
    {
      key: "writtenOff",
      header: "Written Off",
      kind: "number",
      figure: true,
      // Not 核销金额 alone: in a Chinese ledger 核销 is also the clearing of an invoice against a payment.
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
  ],
};

export type InvoiceColumn =
  | "id"
  | "customerId"
  | "customerName"
  | "invoiceDate"
  | "dueDate"
  | "amount"
  | "openAmount"
  | "paidAmount"
  | "paidDate"
  | "disputed"
  | "currency"
  | "fxRate";

/**
 * Invoices, with the headers of the exports credit teams bring (shared FIELD-GUIDE.md): Kingdee K/3 Cloud 应收单
 * (单据编号, 业务日期, 到期日, 价税合计), JD Edwards F03B11 (单据号, 发票日期, 总金额, 未结金额), Oracle Receivables
 * aging (TRX_NUMBER, DUE_DATE, AMT_DUE_REMAINING), SAP FBL5N (Document Number, Document Date, Net due date, Clearing
 * date, Amount in local currency), Business Central (balanceDue) and generic Chinese AR listings (单据日期, 应收金额,
 * 已收金额 / 已核销金额, 未收金额 / 未核销金额 / 余额). An open amount is read from its own column or as amount − paid
 * amount; with neither, nor a paid date, the ledger is a list of open items, which the review says (issue 14).
 */
export const INVOICES_SCHEMA: TableSchema<InvoiceColumn> = {
  name: "Invoices",
  columns: [
    {
      key: "id",
      header: "Invoice ID",
      required: true,
      figure: true,
      synonyms: [
        "Invoice No",
        "Invoice Number",
        "Document No",
        "Invoice",
        "发票编号",
        "发票号",
        "发票号码",
        "单据编号",
        "Invoice No.",
        "Document Number",
        "Document No.",
        "TRX_NUMBER",
        "Transaction Number",
        "BELNR",
        "单据号",
        "单号",
      ],
    },
    {
      key: "customerId",
      header: "Customer ID",
      required: true,
      figure: true,
      synonyms: [...CUSTOMER_ID_SYNONYMS, "Customer", "CUSTOMER_NUMBER", "客户"],
    },
    // Read only when there is no Customers table: the customers are then made from the invoices (issue 14).
    {
      key: "customerName",
      header: "Customer Name",
      synonyms: ["Name", "Company", "客户名称", "单位名称", "Customer Name 1", "Name 1"],
    },
    {
      key: "invoiceDate",
      header: "Invoice Date",
      required: true,
      kind: "date",
      figure: true,
      synonyms: [
        "Date",
        "Document Date",
        "发票日期",
        "开票日期",
        "Invoice Dt",
        "TRX_DATE",
        "Transaction Date",
        "业务日期",
        "单据日期",
        "BLDAT",
      ],
    },
    {
      key: "dueDate",
      header: "Due Date",
      kind: "date",
      figure: true,
      synonyms: ["到期日", "到期日期", "Due", "Net Due Date", "DUE_DATE", "Payment Due Date", "应收日期", "FAEDT"],
    },
    {
      key: "amount",
      header: "Amount",
      required: true,
      kind: "number",
      figure: true,
      synonyms: [
        "Invoice Amount",
        "Gross Amount",
        "金额",
        "发票金额",
        "Original Amount",
        "Invoice Total",
        "AMT_DUE_ORIGINAL",
        "Amount in local currency",
        "Amount in LC",
        "DMBTR",
        "价税合计",
        "总金额",
        "应收金额",
        "单据金额",
      ],
      hints: ["Amount Due"],
    },
    {
      key: "openAmount",
      header: "Open Amount",
      kind: "number",
      figure: true,
      synonyms: [
        "Open",
        "Outstanding",
        "Balance",
        "Amount Open",
        "未结金额",
        "未付金额",
        "余额",
        "Open Balance",
        "Outstanding Amount",
        "Balance Due",
        "Remaining Amount",
        "Amount Remaining",
        "AMT_DUE_REMAINING",
        "Amount Due Remaining",
        "未收金额",
        "未核销金额",
        "应收余额",
      ],
      hints: ["Amount Due", "Due Amount", "应收"],
    },
    {
      key: "paidAmount",
      header: "Paid Amount",
      kind: "number",
      figure: true,
      hints: ["Paid"],
      synonyms: [
        "Amount Paid",
        "Received Amount",
        "Amount Received",
        "Payments",
        "已收金额",
        "已核销金额",
        "已付金额",
        "收款金额",
        "已收款",
      ],
    },
    {
      key: "paidDate",
      header: "Paid Date",
      kind: "date",
      figure: true,
      synonyms: [
        "Payment Date",
        "Date Paid",
        "付款日期",
        "收款日期",
        "Paid On",
        "Clearing Date",
        "AUGDT",
        "核销日期",
        "Receipt Date",
      ],
    },
    {
      key: "disputed",
      header: "Disputed",
      kind: "flag",
      figure: true,
      synonyms: ["Dispute", "In Dispute", "争议", "是否争议", "Dispute Flag", "有争议"],
    },
    {
      key: "currency",
      header: "Currency",
      figure: true,
      synonyms: ["Ccy", "币种", "货币", "币别", "Currency Code", "Document Currency"],
    },
    { key: "fxRate", header: "FX Rate", kind: "number", synonyms: ["Exchange Rate", "Rate", "汇率"] },
  ],
};

export type HistoryColumn =
  | "reviewDate"
  | "customerId"
  | "score"
  | "grade"
  | "exposure"
  | "creditLimit"
  | "recommendedLimit"
  | "maxDaysPastDue"
  | "zZone"
  | "blacklistStatus"
  | "action";

/** Both languages' label for a catalogue code, so a history written in either edition reads back. */
function labels(code: SheetLabelCode): string[] {
  return labelInEveryLanguage(code);
}

/** ReviewHistory as the review writes it (headers from the message catalogue) and reads it back. */
export const HISTORY_SCHEMA: TableSchema<HistoryColumn> = {
  name: "ReviewHistory",
  columns: [
    {
      key: "reviewDate",
      header: sheetLabelsEn.labelColReviewDate,
      required: true,
      kind: "date",
      synonyms: labels("labelColReviewDate"),
    },
    { key: "customerId", header: sheetLabelsEn.labelColCustomerId, required: true, synonyms: CUSTOMER_ID_SYNONYMS },
    { key: "score", header: sheetLabelsEn.labelColScore, kind: "number", synonyms: labels("labelColScore") },
    { key: "grade", header: sheetLabelsEn.labelColGrade, synonyms: labels("labelColGrade") },
    { key: "exposure", header: sheetLabelsEn.labelColExposure, kind: "number", synonyms: labels("labelColExposure") },
    {
      key: "creditLimit",
      header: sheetLabelsEn.labelColCreditLimit,
      kind: "number",
      synonyms: labels("labelColCreditLimit"),
    },
    {
      key: "recommendedLimit",
      header: sheetLabelsEn.labelColRecommendedLimit,
      kind: "number",
      synonyms: labels("labelColRecommendedLimit"),
    },
    { key: "maxDaysPastDue", header: sheetLabelsEn.labelColMaxDpd, kind: "number", synonyms: labels("labelColMaxDpd") },
    { key: "zZone", header: sheetLabelsEn.labelColZZone, synonyms: labels("labelColZZone") },
    // Written as labels in the review's language, read back as codes (decisionLabels); absent from older histories.
    {
      key: "blacklistStatus",
      header: sheetLabelsEn.labelColBlacklistStatus,
      synonyms: labels("labelColBlacklistStatus"),
    },
    { key: "action", header: sheetLabelsEn.labelColCreditAction, synonyms: labels("labelColCreditAction") },
  ],
};

const HAN = /\p{Script=Han}/u;

/**
 * A column's name for people reading `locale`: its canonical header, or in Chinese the first Chinese name the schema
 * accepts for it (the name the sample's Chinese edition uses).
 * @example localHeader(INVOICES_SCHEMA.columns[5], "zh-CN") // "未结金额"
 */
export function localHeader(column: ColumnSpec, locale: "en" | "zh-CN"): string {
  return locale === "zh-CN" ? (column.synonyms.find((s) => HAN.test(s)) ?? column.header) : column.header;
}

/** Optional tables read as they are and handed to their own parsers (policy, scorecard). */
export const POLICY_TABLE = "CreditPolicy";
export const SCORECARD_TABLE = "Scorecard";

/**
 * A currency named in brackets after a header, `Credit Limit (USD)`, `金额（元）`: the column is the same column. A unit
 * that scales the figures (`金额（万元）`, amounts in 10,000s) is not a currency and stays, so it matches nothing.
 */
const CURRENCY_SUFFIX = /\s*[(（]\s*(?:[A-Z]{3}|元|[$€£¥￥])\s*[)）]\s*$/;

/**
 * A header reduced to what matching compares: lower case (Unicode-aware), without a bracketed currency at its end,
 * spaces, underscores, the full-width space or the punctuation exports decorate headers with (`.` `:` `：` `-` `*` `#`
 * and brackets), so `Customer ID`, `customer_id`, `CUSTOMERID`, `Cust. No.` / `Cust No`, `Credit Limit (USD)` and
 * `客户 编号` all match their names.
 * @example normalizeHeader(" Due  Date: ") // "duedate"
 */
export function normalizeHeader(header: unknown): string {
  return String(header ?? "")
    .replace(CURRENCY_SUFFIX, "")
    .toLowerCase()
    .replace(/[\s_\u3000.:：\-*#()（）]+/g, "");
}

/** Where each schema column sits in a table: 0-based column index, or -1 when the table lacks it. */
export type ColumnMap<K extends string> = Readonly<Record<K, number>>;

/** A column's names by strength: its canonical header first, then its key, then its synonyms in their listed order. */
function namesByRank(column: ColumnSpec): Map<string, number> {
  const ranks = new Map<string, number>();
  [column.header, column.key, ...column.synonyms].forEach((name, rank) => {
    const key = normalizeHeader(name);
    if (!ranks.has(key)) ranks.set(key, rank);
  });
  return ranks;
}

/**
 * Maps a table's headers onto a schema. Each column, in the schema's order, takes the header that names it most
 * strongly (its canonical header over a synonym, an earlier synonym over a later one), so a column the user mapped
 * (renamed to the canonical header) wins over a synonym elsewhere in the table. Unknown headers are ignored (kept in
 * the table, never read); hints are not read here (see columnMapping's `resolveColumns`). Returns the map and the
 * required columns that are missing.
 * @example mapColumns(INVOICES_SCHEMA, ["发票编号", "Customer ID", ...]).map.id // 0
 */
export function mapColumns<K extends string>(
  schema: TableSchema<K>,
  headers: readonly unknown[],
): { map: ColumnMap<K>; missing: ColumnSpec<K>[] } {
  const normalized = headers.map(normalizeHeader);
  const map = {} as Record<K, number>;
  const missing: ColumnSpec<K>[] = [];
  const taken = new Set<number>();
  for (const column of schema.columns) {
    const ranks = namesByRank(column);
    let found = -1;
    let best = Infinity;
    for (let i = 0; i < normalized.length; i++) {
      const rank = ranks.get(normalized[i]);
      if (rank !== undefined && rank < best && !taken.has(i)) [found, best] = [i, rank];
    }
    if (found >= 0) taken.add(found);
    map[column.key] = found;
    if (found < 0 && column.required) missing.push(column);
  }
  return { map, missing };
}

/**
 * The kind of each column of a table's headers, by position, for the columns the schema knows.
 * @example columnKinds(INVOICES_SCHEMA, ["Invoice ID", "Amount"]) // Map { 1 => "number" }
 */
export function columnKinds<K extends string>(
  schema: TableSchema<K>,
  headers: readonly unknown[],
): Map<number, "number" | "date" | "flag"> {
  const { map } = mapColumns(schema, headers);
  const kinds = new Map<number, "number" | "date" | "flag">();
  for (const column of schema.columns) if (column.kind && map[column.key] >= 0) kinds.set(map[column.key], column.kind);
  return kinds;
}

/** The canonical header of a column, for data issues. */
export function headerOf<K extends string>(schema: TableSchema<K>, key: K): string {
  return schema.columns.find((c) => c.key === key)?.header ?? key;
}

/** Headers of a table as one short line, for error messages: line breaks and control characters become spaces. */
export function headersLine(table: RawTable): string {
  const line = table.headers.map((h) => String(h ?? "").replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")).join(", ");
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
