/**
 * The Chinese sample (assets/sample-portfolio.zh-CN.xlsx): the English sample's data under Chinese sheet names and
 * headers, reviewed to the same figures — every KPI of the CLI's JSON summary, the data issues and the alerts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { defaultSampleTables } from "../../src/sample/samplePortfolio";
import { chineseSampleTables } from "../../src/sample/samplePortfolioZh";
import { tempDir } from "../helpers/tempDir";

const ROOT = join(__dirname, "../..");
const EN = join(ROOT, "assets/sample-portfolio.xlsx");
const ZH = join(ROOT, "assets/sample-portfolio.zh-CN.xlsx");
const dir = tempDir("credit-desk-zh-sample-");

async function summaryOf(file: string, name: string, ...extra: string[]): Promise<Record<string, unknown>> {
  const json = join(dir, `${name}.json`);
  const err: string[] = [];
  const code = await main(["review", file, "--as-of", "2026-06-30", "--json", json, ...extra], {
    stdout: () => undefined,
    stderr: (l) => err.push(l),
  });
  expect(err).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(readFileSync(json, "utf8")) as Record<string, unknown>;
}

jest.setTimeout(60000);

describe("chineseSampleTables", () => {
  const en = defaultSampleTables();
  const zh = chineseSampleTables(en);

  it("Chinese table names and headers, the contract's Chinese synonyms", () => {
    expect([zh.customers.name, zh.invoices.name, zh.creditPolicy?.name, zh.reviewHistory?.name]).toEqual([
      "客户",
      "发票",
      "信用政策",
      "评审历史",
    ]);
    expect(zh.customers.headers.slice(0, 3)).toEqual(["客户编号", "客户名称", "细分"]);
    expect(zh.invoices.headers.slice(0, 4)).toEqual(["发票编号", "客户编号", "发票日期", "到期日"]);
    expect(zh.reviewHistory?.headers[0]).toBe("评审日期");
    expect(zh.creditPolicy?.headers).toEqual(["设置项", "值"]);
    expect(zh.creditPolicy?.rows.find((r) => r[1] === 15000)?.[0]).toBe("新客户额度");
  });

  it("flags as 是/否 and segments as 大型/中型/小型; ids, amounts and dates unchanged", () => {
    const strategic = en.customers.headers.indexOf("Strategic");
    const segment = en.customers.headers.indexOf("Segment");
    expect(new Set(zh.customers.rows.map((r) => r[strategic]))).toEqual(new Set(["是", "否", "maybe"]));
    expect(new Set(zh.customers.rows.map((r) => r[segment]))).toEqual(new Set(["大型", "中型", "小型"]));
    expect(zh.invoices.rows.map((r) => r.slice(0, 7))).toEqual(en.invoices.rows.map((r) => r.slice(0, 7)));
    // History: the same rows, with actions and blacklist statuses in the words the Chinese review writes.
    const words = (row: readonly unknown[]) => row.slice(-2);
    expect(zh.reviewHistory?.rows.map((r) => r.slice(0, -2))).toEqual(
      en.reviewHistory?.rows.map((r) => r.slice(0, -2)),
    );
    const chinese = [
      "上调额度",
      "维持额度",
      "下调额度",
      "停止赊销",
      "黑名单中",
      "建议列入黑名单",
      "可解除黑名单",
      "解除后观察期",
    ];
    const zhWords = zh.reviewHistory!.rows.flatMap(words).filter((w) => w !== null);
    expect(zhWords.length).toBe(en.reviewHistory!.rows.flatMap(words).filter((w) => w !== null).length);
    expect(zhWords.filter((w) => !chinese.includes(w as string))).toEqual([]);
  });

  it("its policy writes approval levels and the decision table's actions in Chinese", () => {
    const value = (zhName: string) => zh.creditPolicy?.rows.find((r) => r[0] === zhName)?.[1];
    expect([value("审批级别1名称"), value("审批级别4名称")]).toEqual(["信用专员", "信用委员会"]);
    expect([value("黑名单客户措施"), value("评分下降措施"), value("超额度措施")]).toEqual(["停止", "降额", "维持"]);
  });
});

describe("assets/sample-portfolio.zh-CN.xlsx", () => {
  it("is the generator's output: Chinese sheets with the same rows as the English sample", async () => {
    const [en, zh] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await en.xlsx.readFile(EN);
    await zh.xlsx.readFile(ZH);
    expect(zh.worksheets.map((w) => w.name)).toEqual(["客户", "发票", "信用政策", "评审历史"]);
    expect(zh.worksheets.map((w) => w.actualRowCount)).toEqual(en.worksheets.map((w) => w.actualRowCount));
    const tables = chineseSampleTables(defaultSampleTables());
    expect(zh.getWorksheet("客户")!.getRow(1).values).toEqual([undefined, ...tables.customers.headers]);
  });

  it("reviews to the English sample's figures: every key of the JSON summary", async () => {
    const en = await summaryOf(EN, "en");
    const zh = await summaryOf(ZH, "zh");
    expect(en.language).toBe("en");
    expect(zh.language).toBe("zh-CN");
    const { language: _en, ...enFigures } = en;
    const { language: _zh, ...zhFigures } = zh;
    expect(zhFigures).toEqual(enFigures);
    // One per deliberately bad row, two for the rows that are wrong twice: customers — a duplicate id, a missing id, a
    // negative limit, "maybe" as a flag (4); invoices — "1,234.50" and "1,234.50" read from text (2), 31/02/2026, a
    // duplicate id, an unknown customer, open > amount, a future invoice, two due dates filled, "n/a", an open amount
    // missing with a paid date, a credit note's open sign (12): 16.
    expect(zh.dataIssues).toBe(16);
    expect(zh.alerts).toBeGreaterThan(0);
  });
});
