/** `credit-desk review --lang`: the language of the review sheets, the printed summary and the errors. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultSampleTables } from "../../src/sample/samplePortfolio";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "credit-desk-cli-lang-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ZH_SAMPLE = join(__dirname, "../../assets/sample-portfolio.zh-CN.xlsx");

const run = (...argv: string[]) => runCli(argv);

/**
 * The sample's open receivables, from its tables: Σ open amount of the 4,000 generated invoice rows, plus the bad
 * rows the data contract keeps ("1,234.50" read from text, 650 with its due date filled, 300 with the open amount
 * capped at the amount, C-NEG's 2,000 and the formula-looking customer's 50: 4,234.50).
 */
const SAMPLE_OPEN = (() => {
  const rows = defaultSampleTables()
    .invoices.rows.filter((r) => /^INV\d{6}$/.test(String(r[0])))
    .slice(0, 4000);
  const cents = rows.reduce((s, r) => s + Math.round((r[5] as number) * 100), 0) + 423_450;
  return cents / 100;
})();
const shown = SAMPLE_OPEN.toLocaleString("en-US", { minimumFractionDigits: 2 }).replace(/[.,]/g, "\\$&");

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("credit-desk review --lang", () => {
  jest.setTimeout(30000);

  it("a Chinese workbook is reviewed in Chinese by default: sheets, summary, JSON language; keys stay English", async () => {
    const out = join(dir, "zh.xlsx"),
      json = join(dir, "zh.json");
    const r = await run("review", ZH_SAMPLE, "--as-of", "2026-06-30", "--out", out, "--json", json);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`Credit Desk 评审：${ZH_SAMPLE}，基准日 2026-06-30`);
    expect(r.out.join("\n")).toMatch(new RegExp(`应收账款余额\\s+${shown}`));
    expect(await sheetNames(out)).toEqual(["概览", "信用评审", "账龄", "预警", "催收", "数据问题", "评审历史"]);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary.language).toBe("zh-CN");
    expect(summary).toHaveProperty("openReceivables", SAMPLE_OPEN);
    expect(summary.aging).toHaveProperty("d90plus");
  });

  it("--lang en overrides the workbook's language", async () => {
    const out = join(dir, "en.xlsx");
    const r = await run("review", ZH_SAMPLE, "--as-of", "2026-06-30", "--out", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(new RegExp(`Open receivables\\s+${shown}`));
    expect(await sheetNames(out)).toEqual([
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "ReviewHistory",
    ]);
  });

  it("--lang zh-CN on an English CSV folder; errors come in that language too", async () => {
    const folder = join(dir, "csv");
    mkdirSync(folder);
    writeFileSync(join(folder, "customers.csv"), "Customer ID\nC1\n");
    writeFileSync(join(folder, "invoices.csv"), "Invoice ID,Customer ID,Invoice Date,Amount\nI1,C1,2026-06-01,10\n");
    const r = await run("review", folder, "--as-of=2026-06-30", "--lang=zh-CN");
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toContain("未写入文件");
    writeFileSync(
      join(folder, "invoices.csv"),
      "Invoice ID,Customer ID,Invoice Date,Amount,Currency\nI1,C1,2026-06-01,10,EUR\nI2,C1,2026-06-01,10,USD\n",
    );
    const failed = await run("review", folder, "--as-of", "2026-06-30", "--lang", "zh-CN");
    expect(failed.code).toBe(2);
    expect(failed.err[0]).toMatch(/^credit-desk: .*[\u4e00-\u9fff]/);
  });

  it("rejects a language it does not have, and --help documents the option", async () => {
    const r = await run("review", ZH_SAMPLE, "--lang", "fr");
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['credit-desk: --lang must be en or zh-CN, not "fr"']);
    const help = await run("review", "--help");
    expect(help.out.join("\n")).toContain("--lang en|zh-CN");
  });
});
