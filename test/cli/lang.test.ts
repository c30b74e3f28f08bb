/** `credit-desk review --lang`: the language of the review sheets, the printed summary and the errors. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "credit-desk-cli-lang-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ZH_SAMPLE = join(__dirname, "../../assets/sample-portfolio.zh-CN.xlsx");

const run = (...argv: string[]) => runCli(argv);

/**
 * A small Chinese ledger whose figures are worked out by hand (as of 2026-06-30):
 *   F1  K1  due 2026-05-31  1,000.00 open    30 days overdue
 *   F2  K1  due 2026-07-10  2,500.50 open    not due
 *   F3  K2  due 2026-05-01    800.00 paid    (open 0)
 *   F4  K2  due 2026-03-31  1,200.00 of which 300.25 still open, 91 days overdue
 * Open receivables 1,000.00 + 2,500.50 + 0 + 300.25 = 3,800.75; overdue 1,000.00 + 300.25 = 1,300.25.
 */
const LEDGER = join(dir, "ledger.zh-CN.xlsx");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("客户").addRows([
    ["客户编号", "客户名称", "信用额度"],
    ["K1", "甲公司", 50000],
    ["K2", "乙公司", 20000],
  ]);
  wb.addWorksheet("发票").addRows([
    ["发票编号", "客户编号", "发票日期", "到期日", "金额", "未结金额", "付款日期"],
    ["F1", "K1", day("2026-05-01"), day("2026-05-31"), 1000, 1000, null],
    ["F2", "K1", day("2026-06-10"), day("2026-07-10"), 2500.5, 2500.5, null],
    ["F3", "K2", day("2026-04-01"), day("2026-05-01"), 800, 0, day("2026-04-28")],
    ["F4", "K2", day("2026-03-01"), day("2026-03-31"), 1200, 300.25, null],
  ]);
  await wb.xlsx.writeFile(LEDGER);
});

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
    const r = await run("review", LEDGER, "--as-of", "2026-06-30", "--out", out, "--json", json);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`Credit Desk 评审：${LEDGER}，基准日 2026-06-30`);
    expect(r.out).toContain(`  应收账款余额${" ".repeat(23)}3,800.75`); // 6 characters of 2 columns, padded to 35
    expect(r.out).toContain(`  逾期应收账款${" ".repeat(23)}1,300.25`);
    expect(await sheetNames(out)).toEqual(["概览", "信用评审", "账龄", "预警", "催收", "数据问题", "评审历史"]);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary.language).toBe("zh-CN");
    expect(summary).toHaveProperty("openReceivables", 3800.75);
    expect(summary).toHaveProperty("overdueReceivables", 1300.25);
    expect(summary.aging).toHaveProperty("d90plus", 300.25);
  });

  it("the Chinese sample is reviewed in Chinese by default too", async () => {
    const out = join(dir, "sample.zh.xlsx");
    const r = await run("review", ZH_SAMPLE, "--as-of", "2026-06-30", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`Credit Desk 评审：${ZH_SAMPLE}，基准日 2026-06-30`);
    expect(await sheetNames(out)).toEqual(["概览", "信用评审", "账龄", "预警", "催收", "数据问题", "评审历史"]);
  });

  it("--lang en overrides the workbook's language", async () => {
    const out = join(dir, "en.xlsx");
    const r = await run("review", LEDGER, "--as-of", "2026-06-30", "--out", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`  Open receivables${" ".repeat(19)}3,800.75`); // 16 characters, padded to 35
    expect(r.out).toContain(`  Overdue receivables${" ".repeat(16)}1,300.25`);
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
