/**
 * The pane's one-click portfolio review in a plain browser, on the sample workbook it loads by default (the Chinese
 * edition when the browser is Chinese), checked against the CLI's JSON for the same file and as-of date: the pane and
 * the CLI must show the same figures.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import type { ReviewSummary } from "../../src/workbook/reviewSummary";
import { launchChromium, openPane, serveDist } from "./browser";

const ROOT = join(__dirname, "../..");
const SAMPLE = join(ROOT, "assets/sample-portfolio.xlsx");
const SAMPLE_ZH = join(ROOT, "assets/sample-portfolio.zh-CN.xlsx");
const AS_OF = "2026-06-30";

/**
 * Console errors, less the Content-Security-Policy reports: office.js outside Office tries to frame Microsoft's
 * telemetry page, and the pane's CSP blocking it is the policy working (no request leaves the page).
 */
const realErrors = (errors: readonly string[]) => errors.filter((e) => !e.includes("Content Security Policy"));

/** The CLI's summary of a sample (the built bin, as a user runs it). */
function cliSummary(sample: string): ReviewSummary {
  const dir = mkdtempSync(join(tmpdir(), "credit-desk-e2e-"));
  const json = join(dir, "summary.json");
  execFileSync(
    process.execPath,
    [join(ROOT, "bin/credit-desk.js"), "review", sample, "--as-of", AS_OF, "--json", json],
    { stdio: "pipe" },
  );
  return JSON.parse(readFileSync(json, "utf8")) as ReviewSummary;
}

/** What the pane should show for each KPI tile, formatted as the pane formats it in that locale. */
function expectedTiles(s: ReviewSummary, locale: "en-US" | "zh-CN", days: string): Record<string, string> {
  const money = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    "kpi-open-value": money.format(s.openReceivables),
    "kpi-overdue-value": pct.format(s.overdueReceivables / s.openReceivables),
    "kpi-dso-value": days.replace("{value}", oneDecimal.format(s.dso!)),
    "kpi-bpdso-value": days.replace("{value}", oneDecimal.format(s.bpdso!)),
    "kpi-ecl-value": money.format(s.provisionMatrix),
    "kpi-expected-loss-value": money.format(s.expectedLoss),
    "kpi-actions-value": [s.actions.increase, s.actions.keep, s.actions.reduce, s.actions.stop].join(" / "),
    "kpi-top10-value": pct.format(s.top10Share!),
  };
}

async function runReview(page: Page): Promise<void> {
  await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
  await expect(page.getByTestId("as-of").inputValue()).resolves.toBe(AS_OF);
  await page.getByTestId("run-review").click();
  await page.getByTestId("run-done").waitFor({ timeout: 60000 });
}

async function tiles(page: Page, ids: readonly string[]): Promise<Record<string, string>> {
  const shown: Record<string, string> = {};
  for (const id of ids) shown[id] = ((await page.getByTestId(id).textContent()) ?? "").trim();
  return shown;
}

describe("one-click portfolio review in the browser (sample workbook)", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let summary: ReviewSummary;
  let summaryZh: ReviewSummary;

  beforeAll(async () => {
    summary = cliSummary(SAMPLE);
    summaryZh = cliSummary(SAMPLE_ZH);
    ({ server, url } = await serveDist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("shows the same KPIs as `credit-desk review --json` for the same file and date (English)", async () => {
    const { page, consoleErrors } = await openPane(browser, `${url}taskpane.html`);
    const sample = new ExcelJS.Workbook();
    await sample.xlsx.readFile(SAMPLE);
    const rows = (sheet: string) => sample.getWorksheet(sheet)!.actualRowCount - 1;
    await expect(page.getByTestId("file-loaded").textContent()).resolves.toContain(
      `${rows("Customers")} customer rows, ${rows("Invoices")} invoice rows`,
    );
    await runReview(page);
    const expected = expectedTiles(summary, "en-US", "{value} days");
    await expect(tiles(page, Object.keys(expected))).resolves.toEqual(expected);
    await expect(page.getByTestId("issues-count").textContent()).resolves.toContain(String(summary.dataIssues));
    await expect(
      page.getByRole("heading", { name: new RegExp(`^Early warnings: ${summary.alerts} on \\d+ customers$`) }).count(),
    ).resolves.toBe(1);

    // An alert opens the customer's line.
    await page.getByTestId("alerts").getByRole("button").first().click();
    await page.getByTestId("customer-detail").waitFor();

    expect(realErrors(consoleErrors)).toEqual([]);
  });

  it("offers the reviewed workbook as a download: review sheets added, the user's sheets kept", async () => {
    const { page } = await openPane(browser, `${url}taskpane.html`);
    await runReview(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download review.xlsx" }).click(),
    ]);
    const saved = join(mkdtempSync(join(tmpdir(), "credit-desk-dl-")), "review.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Summary",
        "Credit Review",
        "Aging",
        "Alerts",
        "Collections",
        "Data Issues",
        "Customers",
        "Invoices",
        "CreditPolicy",
        "ReviewHistory",
      ]),
    );
    // The review's customer table has one row per reviewed customer.
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    expect(workbook.getWorksheet("Invoices")!.actualRowCount).toBe(original.getWorksheet("Invoices")!.actualRowCount);
    expect(workbook.getWorksheet("ReviewHistory")!.actualRowCount).toBeGreaterThan(
      original.getWorksheet("ReviewHistory")!.actualRowCount,
    );
  });

  it("offers the decisions file as a download, byte for byte the CLI's --decisions file", async () => {
    const { page } = await openPane(browser, `${url}taskpane.html`);
    await runReview(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download decisions (CSV)" }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), "credit-desk-dl-"));
    const saved = join(dir, "decisions.csv");
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe("decisions.csv");
    const cli = join(dir, "cli-decisions.csv");
    execFileSync(
      process.execPath,
      [join(ROOT, "bin/credit-desk.js"), "review", SAMPLE, "--as-of", AS_OF, "--decisions", cli],
      { stdio: "pipe" },
    );
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.equals(readFileSync(cli))).toBe(true);
    // Running again replaces the file: the link still downloads.
    await page.getByTestId("run-review").click();
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });
    const [again] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download decisions (CSV)" }).click(),
    ]);
    await again.saveAs(join(dir, "again.csv"));
    expect(readFileSync(join(dir, "again.csv")).equals(bytes)).toBe(true);
  });

  it("in Chinese: loads the Chinese sample and shows the CLI's KPIs for it, formatted for zh-CN", async () => {
    const { page, consoleErrors } = await openPane(browser, `${url}taskpane.html`, { locale: "zh-CN" });
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await expect(page.getByTestId("file-loaded").textContent()).resolves.toContain("sample-portfolio.zh-CN.xlsx");
    await runReview(page);
    const expected = expectedTiles(summaryZh, "zh-CN", "{value} 天");
    await expect(tiles(page, Object.keys(expected))).resolves.toEqual(expected);
    await expect(page.getByTestId("issues-count").textContent()).resolves.toContain(String(summaryZh.dataIssues));
    await expect(
      page.getByRole("heading", { name: new RegExp(`^预警：\\d+ 个客户共 ${summaryZh.alerts} 条$`) }).count(),
    ).resolves.toBe(1);
    // Same data as the English sample, so the same figures.
    expect(expectedTiles(summaryZh, "zh-CN", "{value} 天")).toEqual(expectedTiles(summary, "zh-CN", "{value} 天"));
    expect(realErrors(consoleErrors)).toEqual([]);

    // The reviewed workbook: Chinese review sheets beside the Chinese input sheets.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "下载 review.xlsx" }).click(),
    ]);
    const saved = join(mkdtempSync(join(tmpdir(), "credit-desk-dl-")), "review.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "概览",
      "信用评审",
      "账龄",
      "预警",
      "催收",
      "数据问题",
      "客户",
      "发票",
      "信用政策",
      "评审历史",
    ]);
  });

  it("is usable from the keyboard: Tab reaches the run button and Enter runs the review", async () => {
    const { page } = await openPane(browser, `${url}taskpane.html`);
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await page.getByTestId("as-of").focus();
    // The date input's day, month and year are tab stops of their own; the run button comes right after them.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
    for (let i = 0; i < 5 && (await focused()) !== "run-review"; i++) await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("run-review");
    await page.keyboard.press("Enter");
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });
  });

  it("edits the credit policy with validation, and the next review follows it", async () => {
    const { page } = await openPane(browser, `${url}taskpane.html`);
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: "Policy" }).click();
    const field = page.getByLabel("New customer limit", { exact: true });
    await expect(field.inputValue()).resolves.toBe("15000"); // the sample's CreditPolicy table, not the default
    await field.fill("lots");
    await expect(page.getByText("Enter a number of 0 or more.").count()).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(page.getByTestId("policy-status").textContent()).resolves.toContain("Fix the highlighted values");
    // Loss rates doubled (typed as percentages): the provision shown after the next run doubles too. Their section
    // is closed until a search finds them.
    const search = page.getByRole("searchbox", { name: "Search settings" });
    await search.fill("Loss rate");
    const rates = page.getByLabel(/^Loss rate/);
    const count = await rates.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const rate = rates.nth(i);
      await rate.fill(String(Number(await rate.inputValue()) * 2));
    }
    await search.fill("");
    await field.fill("15000");
    await page.getByRole("button", { name: "Save policy" }).click();
    // Saving rewrites the workbook in memory: wait for the new status, the old error is still shown until then.
    await page.getByTestId("policy-status").filter({ hasText: "Policy saved" }).waitFor({ timeout: 30000 });
    // docs/screenshots/pane-policy.png is taken by policyEditor.e2e.test.ts.
    await page.getByRole("tab", { name: "Review" }).click();
    await runReview(page);
    const shown = Number(((await page.getByTestId("kpi-ecl-value").textContent()) ?? "").replace(/,/g, ""));
    // Each bucket's provision is rounded to the cent, so doubling may move the total by a cent or two.
    expect(Math.abs(shown - summary.ecl * 2)).toBeLessThanOrEqual(0.02);
  });

  it("explains an unreadable file instead of failing", async () => {
    const { page } = await openPane(browser, `${url}taskpane.html`);
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "broken.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip") });
    await expect(page.getByTestId("file-error").textContent()).resolves.toContain("broken.xlsx");
  });
});
