/** The contract's tables under their Chinese names, the workbook's language, and which language the review writes. */
import { serialFromIso } from "../../src/core/dates";
import {
  CONTRACT_TABLE_NAMES,
  ContractTableSource,
  contractTableNames,
  workbookLocale,
} from "../../src/workbook/contractTables";
import type { RawCell, RawTable, WorkbookSource } from "../../src/workbook/ports";
import { REVIEW_SHEETS_ZH } from "../../src/workbook/reviewLayout";
import { runWorkbookReview } from "../../src/workbook/runWorkbookReview";

const AS_OF = serialFromIso("2026-06-30")!;

function table(sheet: string, headers: readonly string[], rows: (readonly RawCell[])[]): RawTable {
  return { name: sheet, sheet, headers, rows, firstDataRow: 2 };
}

/** A source holding tables by sheet name, recording what was asked for. */
function sourceOf(...tables: RawTable[]): WorkbookSource & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    readTable: async (name) => {
      asked.push(name);
      return tables.find((t) => t.sheet === name);
    },
  };
}

const zhCustomers = table("客户", ["客户编号", "客户名称", "信用额度", "付款期限"], [["C1", "甲公司", 1000, 30]]);
const zhInvoices = table(
  "发票",
  ["发票编号", "客户编号", "发票日期", "到期日", "金额", "未结金额"],
  [["I1", "C1", AS_OF - 40, AS_OF - 10, 500, 500]],
);
const enCustomers = table(
  "Customers",
  ["Customer ID", "Customer Name", "Credit Limit", "Payment Terms"],
  [["C1", "Acme", 1000, 30]],
);
const enInvoices = table(
  "Invoices",
  ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
  [["I1", "C1", AS_OF - 40, AS_OF - 10, 500, 500]],
);

describe("contract table names", () => {
  it("every contract table has a Chinese name, looked up after the English one", () => {
    expect(contractTableNames("Customers")).toEqual(["Customers", "客户"]);
    expect(Object.values(CONTRACT_TABLE_NAMES).map((n) => n["zh-CN"])).toEqual([
      "客户",
      "发票",
      "信用政策",
      "评分卡",
      "评审历史",
    ]);
    expect(contractTableNames("Applicants")).toEqual(["Applicants"]);
  });

  it("finds a table under its Chinese name and returns it under the contract name, on its own sheet", async () => {
    const source = new ContractTableSource(sourceOf(zhCustomers));
    const found = await source.readTable("Customers");
    expect(found).toMatchObject({ name: "Customers", sheet: "客户" });
    expect(await source.readTable("Invoices")).toBeUndefined();
  });

  it("prefers the English name when a workbook has both", async () => {
    const found = await new ContractTableSource(sourceOf(zhCustomers, enCustomers)).readTable("Customers");
    expect(found?.sheet).toBe("Customers");
  });
});

describe("workbookLocale", () => {
  it("is Chinese for a Chinese sheet name or mostly Chinese headers, else says nothing", () => {
    expect(workbookLocale(zhCustomers)).toBe("zh-CN");
    expect(workbookLocale({ ...enCustomers, sheet: "客户" })).toBe("zh-CN");
    expect(workbookLocale({ ...zhCustomers, sheet: "Customers" })).toBe("zh-CN");
    expect(workbookLocale(enCustomers)).toBeUndefined();
    // One Chinese header among English ones does not make a Chinese workbook.
    expect(
      workbookLocale({ ...enCustomers, headers: ["客户编号", "Customer Name", "Credit Limit", "Payment Terms"] }),
    ).toBeUndefined();
    expect(workbookLocale(undefined)).toBeUndefined();
  });
});

describe("the review's language", () => {
  const sheetNames = async (source: WorkbookSource, options: Parameters<typeof runWorkbookReview>[2]) => {
    const result = await runWorkbookReview(source, undefined, options);
    if (result.kind !== "reviewed") throw new Error("not reviewed");
    return {
      names: result.outcome.layout.sheets.map((s) => s.name),
      locale: result.outcome.locale,
      history: result.outcome.layout.historyAppend,
    };
  };

  it("a Chinese workbook gets Chinese sheets, titles and history headers, whatever the pane's language", async () => {
    const { names, locale, history } = await sheetNames(sourceOf(zhCustomers, zhInvoices), {
      asOf: AS_OF,
      defaultLocale: "en",
    });
    expect(locale).toBe("zh-CN");
    expect(names).toEqual([
      REVIEW_SHEETS_ZH.summary,
      REVIEW_SHEETS_ZH.review,
      REVIEW_SHEETS_ZH.aging,
      REVIEW_SHEETS_ZH.alerts,
      REVIEW_SHEETS_ZH.collections,
      REVIEW_SHEETS_ZH.dataIssues,
    ]);
    expect(history.sheetName).toBe("评审历史");
    expect(history.aliases).toEqual(["ReviewHistory"]);
    expect(history.columns[0].header).toBe("评审日期");
  });

  it("an English workbook follows the default (the pane's language), English when there is none", async () => {
    expect((await sheetNames(sourceOf(enCustomers, enInvoices), { asOf: AS_OF })).names[0]).toBe("Summary");
    expect(
      (await sheetNames(sourceOf(enCustomers, enInvoices), { asOf: AS_OF, defaultLocale: "zh-CN" })).names[0],
    ).toBe("概览");
  });

  it("the user's pick (the pane's switch, --lang) wins over the workbook", async () => {
    const { names, locale } = await sheetNames(sourceOf(zhCustomers, zhInvoices), { asOf: AS_OF, locale: "en" });
    expect(locale).toBe("en");
    expect(names[0]).toBe("Summary");
  });

  it("data issues point at the Chinese sheet the row is on", async () => {
    const bad = table("发票", zhInvoices.headers, [...zhInvoices.rows, ["I2", "C9", AS_OF - 5, AS_OF + 25, 100, 100]]);
    const result = await runWorkbookReview(sourceOf(zhCustomers, bad), undefined, { asOf: AS_OF });
    if (result.kind !== "reviewed") throw new Error("not reviewed");
    expect(result.outcome.issues.map((i) => i.sheet)).toEqual(["发票"]);
  });
});
