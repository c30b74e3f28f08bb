/**
 * The workbook data contract (docs/architecture.md §Workbook contract): table names, their columns and the header
 * synonyms, English and Chinese.
 */
import type { RawTable } from "./ports";
import { normalizeHeader } from "../core/headers";
import { CUSTOMER_COLUMN_NAMES, CUSTOMER_ID_SYNONYMS, type CustomerColumn } from "../core/portfolio/customerColumns";

export type { CustomerColumn };
export { normalizeHeader };
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

/** The Customers table: its columns' names are the engine's one list (core/portfolio/customerColumns.ts). */
export const CUSTOMERS_SCHEMA: TableSchema<CustomerColumn> = {
  name: "Customers",
  columns: [
    { key: "id", ...CUSTOMER_COLUMN_NAMES.id, required: true, figure: true },
    { key: "name", ...CUSTOMER_COLUMN_NAMES.name, figure: true },
    { key: "segment", ...CUSTOMER_COLUMN_NAMES.segment, figure: true },
    { key: "country", ...CUSTOMER_COLUMN_NAMES.country },
    { key: "creditLimit", ...CUSTOMER_COLUMN_NAMES.creditLimit, kind: "number", figure: true },
    { key: "insuredLimit", ...CUSTOMER_COLUMN_NAMES.insuredLimit, kind: "number", figure: true },
    { key: "paymentTerms", ...CUSTOMER_COLUMN_NAMES.paymentTerms, kind: "number", figure: true },
    { key: "annualRevenue", ...CUSTOMER_COLUMN_NAMES.annualRevenue, kind: "number" },
    { key: "totalAssets", ...CUSTOMER_COLUMN_NAMES.totalAssets, kind: "number" },
    { key: "totalLiabilities", ...CUSTOMER_COLUMN_NAMES.totalLiabilities, kind: "number" },
    { key: "currentAssets", ...CUSTOMER_COLUMN_NAMES.currentAssets, kind: "number" },
    { key: "currentLiabilities", ...CUSTOMER_COLUMN_NAMES.currentLiabilities, kind: "number" },
    { key: "retainedEarnings", ...CUSTOMER_COLUMN_NAMES.retainedEarnings, kind: "number" },
    { key: "ebit", ...CUSTOMER_COLUMN_NAMES.ebit, kind: "number" },
    { key: "equity", ...CUSTOMER_COLUMN_NAMES.equity, kind: "number" },
    { key: "yearsTrading", ...CUSTOMER_COLUMN_NAMES.yearsTrading, kind: "number" },
    { key: "externalScore", ...CUSTOMER_COLUMN_NAMES.externalScore, kind: "number" },
    { key: "strategic", ...CUSTOMER_COLUMN_NAMES.strategic, kind: "flag", figure: true },
    { key: "blacklisted", ...CUSTOMER_COLUMN_NAMES.blacklisted, kind: "flag", figure: true },
    { key: "temporaryLimit", ...CUSTOMER_COLUMN_NAMES.temporaryLimit, kind: "number", figure: true },
    { key: "temporaryLimitExpiry", ...CUSTOMER_COLUMN_NAMES.temporaryLimitExpiry, kind: "date", figure: true },
    { key: "temporaryLimitReason", ...CUSTOMER_COLUMN_NAMES.temporaryLimitReason },
    { key: "blacklistDate", ...CUSTOMER_COLUMN_NAMES.blacklistDate, kind: "date", figure: true },
    { key: "blacklistReason", ...CUSTOMER_COLUMN_NAMES.blacklistReason },
    { key: "writtenOff", ...CUSTOMER_COLUMN_NAMES.writtenOff, kind: "number", figure: true },
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
 * Invoices, with the headers of the exports credit teams bring: Kingdee K/3 Cloud 应收单
 * (单据编号, 业务日期, 到期日, 价税合计), JD Edwards F03B11 (单据号, 发票日期, 总金额, 未结金额), Oracle Receivables
 * aging (TRX_NUMBER, DUE_DATE, AMT_DUE_REMAINING), SAP FBL5N (Document Number, Document Date, Net due date, Clearing
 * date, Amount in local currency), Business Central (balanceDue) and generic Chinese AR listings (单据日期, 应收金额,
 * 已收金额 / 已核销金额, 未收金额 / 未核销金额 / 余额). An open amount is read from its own column or as amount − paid
 * amount; with neither, nor a paid date, the ledger is a list of open items, which the review says (issue 14).
 * The exports themselves: docs/reliability.md §Ledgers as credit teams export them.
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
    for (const [i, header] of normalized.entries()) {
      const rank = ranks.get(header);
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
