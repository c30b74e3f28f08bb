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
    expect(r.out.join("\n")).toMatch(/应收账款余额\s+16,323,759\.56/);
    expect(await sheetNames(out)).toEqual(["信用评审", "账龄", "预警", "催收", "数据问题", "评审历史"]);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary.language).toBe("zh-CN");
    expect(summary).toHaveProperty("openReceivables", 16323759.56);
    expect(summary.aging).toHaveProperty("d90plus");
  });

  it("--lang en overrides the workbook's language", async () => {
    const out = join(dir, "en.xlsx");
    const r = await run("review", ZH_SAMPLE, "--as-of", "2026-06-30", "--out", out, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(/Open receivables\s+16,323,759\.56/);
    expect(await sheetNames(out)).toEqual([
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
