/**
 * The contract's tables under their Chinese names (客户, 发票, …), and the language a workbook is written in, which
 * the review's own sheets follow unless the user picks one (the pane's language switch, the CLI's `--lang`).
 */
import type { Locale } from "../core/messages";
import { headerSchema, withHeaderRow } from "./headerRow";
import type { RawTable, WorkbookSource } from "./ports";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA, POLICY_TABLE, SCORECARD_TABLE } from "./schema";

/** Each contract table's name in each language: a workbook may use either for the table or its sheet. */
export const CONTRACT_TABLE_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  [CUSTOMERS_SCHEMA.name]: { en: CUSTOMERS_SCHEMA.name, "zh-CN": "客户" },
  [INVOICES_SCHEMA.name]: { en: INVOICES_SCHEMA.name, "zh-CN": "发票" },
  [POLICY_TABLE]: { en: POLICY_TABLE, "zh-CN": "信用政策" },
  [SCORECARD_TABLE]: { en: SCORECARD_TABLE, "zh-CN": "评分卡" },
  [HISTORY_SCHEMA.name]: { en: HISTORY_SCHEMA.name, "zh-CN": "评审历史" },
};

/**
 * The names a contract table is looked up by, English first: a workbook holding both reads the English one.
 * @example contractTableNames("Customers") // ["Customers", "客户"]
 */
export function contractTableNames(name: string): readonly string[] {
  const names = CONTRACT_TABLE_NAMES[name];
  return names ? [names.en, names["zh-CN"]] : [name];
}

/** A contract table's name in a locale (the name the review writes it under, for ReviewHistory). */
export function contractTableName(name: string, locale: Locale): string {
  return CONTRACT_TABLE_NAMES[name]?.[locale] ?? name;
}

/**
 * A source that finds a contract table under either language's name. The table comes back under its contract
 * name (so mappings and messages key on one name); `sheet` stays the sheet it was found on. Customers, Invoices
 * and ReviewHistory come back re-based on their header row when title rows sit above it (see withHeaderRow), so
 * every host's sheets and CSV files are read alike and the column mapping step sees the real headers.
 * @throws CreditError when a title sits where the header should be and no header is found below it
 */
export class ContractTableSource implements WorkbookSource {
  readonly contractNames = true;
  constructor(private readonly inner: WorkbookSource) {}

  async readTable(name: string): Promise<RawTable | undefined> {
    for (const candidate of contractTableNames(name)) {
      const found = await this.inner.readTable(candidate);
      if (!found) continue;
      const table = candidate === name ? found : { ...found, name };
      const schema = headerSchema(name);
      return schema ? withHeaderRow(table, schema) : table;
    }
    return undefined;
  }
}

/** A source that already finds tables under either name (`contractNames`) is used as it is, else wrapped once. */
export function withContractNames(source: WorkbookSource & { readonly contractNames?: boolean }): WorkbookSource {
  return source.contractNames ? source : new ContractTableSource(source);
}

const HAN = /\p{Script=Han}/u;

/**
 * The language a workbook is written in, judged from its Customers table: Chinese when the table or its sheet has
 * a Chinese name, or when most of its non-blank headers are Chinese; otherwise undefined (English headers are
 * the contract's default, so they say nothing about who reads the workbook).
 * @example workbookLocale({ name: "Customers", sheet: "客户", headers: ["客户编号"], … }) // "zh-CN"
 */
export function workbookLocale(customers: RawTable | undefined): Locale | undefined {
  if (!customers) return undefined;
  if (HAN.test(customers.sheet)) return "zh-CN";
  const headers = customers.headers.map((h) => String(h ?? "").trim()).filter((h) => h !== "");
  const chinese = headers.filter((h) => HAN.test(h)).length;
  return headers.length > 0 && chinese * 2 > headers.length ? "zh-CN" : undefined;
}
