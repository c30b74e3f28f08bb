/**
 * The pane's Build scorecard flow in a plain browser, on the German credit data opened as an .xlsx, checked against
 * `credit-desk scorecard --json` on the same file and seed: the pane and the CLI must build the same scorecard.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPane, paneSession, serveDist } from "./browser";

const ROOT = join(__dirname, "../..");
const SCREENSHOTS = join(ROOT, "docs/screenshots");
const GERMAN_CSV = join(ROOT, "test/fixtures/germancredit.csv");
const SEED = 42;

interface Performance {
  rows: number;
  auc: number;
  gini: number;
  ks: number;
}
interface CliReport {
  selected: string[];
  variables: { variable: string }[];
  train: Performance;
  test: Performance;
  psi: number;
  scorecard: { factor: string; from?: number; to?: number; category?: string; points: number }[];
}

/** Console errors, less the Content-Security-Policy reports office.js provokes outside Office (see review.e2e). */
const realErrors = (errors: readonly string[]) => errors.filter((e) => !e.includes("Content Security Policy"));

/** The German credit CSV as a one-sheet workbook, numbers as numbers (as a user's workbook holds them). */
async function germanWorkbook(dir: string): Promise<string> {
  const lines = readFileSync(GERMAN_CSV, "utf8")
    .split(/\r?\n/)
    .filter((l) => l !== "");
  const parse = (line: string) =>
    [...line.matchAll(/("([^"]*(?:""[^"]*)*)"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((m) => (m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]));
  const [header, ...rows] = lines.map(parse);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Applicants");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((v) => (/^\d+$/.test(v) ? Number(v) : v)));
  const path = join(dir, "german.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

/** The CLI's report of the same file and seed (the built bin, as a user runs it). */
function cliReport(dir: string, xlsx: string): CliReport {
  const json = join(dir, "report.json");
  execFileSync(
    process.execPath,
    [
      join(ROOT, "bin/credit-desk.js"),
      "scorecard",
      xlsx,
      "--target",
      "creditability",
      "--seed",
      String(SEED),
      "--json",
      json,
    ],
    {
      stdio: "pipe",
    },
  );
  return JSON.parse(readFileSync(json, "utf8")) as CliReport;
}

/** Opens the pane on the German workbook and goes to the Scorecard tab. */
async function openGerman(page: Page, xlsx: string, tab: string): Promise<void> {
  await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
  await page.getByTestId("file-input").setInputFiles(xlsx);
  await page.getByTestId("file-loaded").filter({ hasText: "german.xlsx" }).waitFor({ timeout: 30000 });
  await page.getByRole("tab", { name: tab }).click();
  await page.getByTestId("scorecard-table").waitFor({ timeout: 30000 });
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

describe("Build scorecard in the browser pane (German credit data)", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let dir: string;
  let xlsx: string;
  let report: CliReport;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "credit-desk-scorecard-e2e-"));
    xlsx = await germanWorkbook(dir);
    report = cliReport(dir, xlsx);
    ({ server, url } = await serveDist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("builds the same scorecard as `credit-desk scorecard --json` and writes the Scorecard sheets", async () => {
    const { page, consoleErrors } = await openPane(browser, `${url}taskpane.html`);
    await openGerman(page, xlsx, "Scorecard");
    await expect(page.getByTestId("scorecard-table").textContent()).resolves.toContain(
      "Applicants (sheet) · 1,000 rows",
    );
    await expect(page.getByTestId("scorecard-target").textContent()).resolves.toBe("creditability");
    await page.getByTestId("scorecard-seed").fill(String(SEED));
    await page.getByTestId("build-scorecard").click();
    await page.getByTestId("scorecard-done").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("scorecard-done").textContent()).resolves.toContain(
      `from 1,000 rows: ${report.selected.length} of ${report.variables.length} variables selected`,
    );

    // Every validation figure, to the CLI's four decimals; shown with three.
    for (const set of ["train", "test"] as const) {
      for (const measure of ["auc", "gini", "ks"] as const) {
        const cell = page.getByTestId(`scorecard-${set}-${measure}`);
        const value = Number(await cell.getAttribute("data-value"));
        expect(round4(value)).toBe(report[set][measure]);
        await expect(cell.textContent()).resolves.toBe(value.toFixed(3));
      }
    }
    const testAuc = (await page.getByTestId("scorecard-test-auc").textContent()) ?? "";
    expect(Number(testAuc)).toBeCloseTo(report.test.auc, 3);
    await expect(page.getByTestId("scorecard-psi").textContent()).resolves.toContain(report.psi.toFixed(3));
    await expect(
      page.getByTestId("scorecard-variables").getByRole("listitem").first().textContent(),
    ).resolves.toContain(report.variables[0].variable);
    await expect(page.getByRole("img", { name: /^Rows per score band:/ }).count()).resolves.toBe(1);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, "pane-scorecard.png"), fullPage: true });

    // The workbook now holds the Scorecard sheets: download it and read the table back.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the workbook (.xlsx)" }).click(),
    ]);
    const saved = join(dir, "scorecard.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Scorecard", "Scorecard Report", "Applicants"]);
    const card = workbook.getWorksheet("Scorecard")!;
    const rows: unknown[][] = [];
    card.eachRow((row) => rows.push([1, 2, 3, 4, 5].map((c) => row.getCell(c).value ?? undefined)));
    expect(rows[0]).toEqual(["Factor", "From", "To", "Category", "Points"]);
    expect(
      rows.slice(1).map(([factor, from, to, category, points]) => ({ factor, from, to, category, points })),
    ).toEqual(
      report.scorecard.map((r) => ({
        factor: r.factor,
        from: r.from,
        to: r.to,
        category: r.category,
        points: r.points,
      })),
    );
    expect(realErrors(consoleErrors)).toEqual([]);
  });

  it("shows a clear error, not a crash, when the good/bad column holds other values", async () => {
    const { page, consoleErrors } = await openPane(browser, `${url}taskpane.html`);
    await openGerman(page, xlsx, "Scorecard");
    await page.getByTestId("scorecard-target").click();
    await page.getByRole("option", { name: "purpose" }).click();
    await page.getByTestId("build-scorecard").click();
    const error = page.getByTestId("scorecard-error");
    await error.waitFor({ timeout: 60000 });
    await expect(error.textContent()).resolves.toMatch(
      /The scorecard was not built.*purpose row 2: “radio\/television” is not an outcome/,
    );
    // The pane still works: back to the right column, and the build runs.
    await page.getByTestId("scorecard-target").click();
    await page.getByRole("option", { name: "creditability" }).click();
    await page.getByTestId("build-scorecard").click();
    await page.getByTestId("scorecard-done").waitFor({ timeout: 60000 });
    expect(realErrors(consoleErrors)).toEqual([]);
  });

  it("works in Chinese", async () => {
    const { page } = await openPane(browser, `${url}taskpane.html`, { locale: "zh-CN" });
    await openGerman(page, xlsx, "评分卡");
    await page.getByTestId("scorecard-seed").fill(String(SEED));
    await page.getByTestId("build-scorecard").click();
    await page.getByTestId("scorecard-done").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("scorecard-done").textContent()).resolves.toContain("基于 1,000 行");
    expect(round4(Number(await page.getByTestId("scorecard-test-auc").getAttribute("data-value")))).toBe(
      report.test.auc,
    );
  });
});

/**
 * The guardrails, at 360 px: on the sample workbook the pane loads by default, no default target (no column of
 * Customers names an outcome) and none of the review's own tables on offer after a review; on the German data with
 * a coin-toss target added, a useless model held back until confirmed, and the Review tab saying which model scores
 * — and the way back to the built-in one.
 */
describe("Scorecard guardrails (browser pane, 360 px)", () => {
  const session = paneSession();
  const REVIEW_OUTPUT =
    /Summary|Credit Review|CreditReview_|Aging|Alerts|Collections|Data Issues|ReviewHistory|Scorecard/;
  let coinXlsx: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "credit-desk-guard-e2e-"));
    coinXlsx = await coinWorkbook(dir);
  });

  /** The German workbook plus a column `coin`: every third applicant "bad", whatever their data says. */
  async function coinWorkbook(dir: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await germanWorkbook(dir));
    const ws = wb.getWorksheet("Applicants")!;
    const width = ws.getRow(1).cellCount;
    ws.getRow(1).getCell(width + 1).value = "coin";
    for (let r = 2; r <= ws.actualRowCount; r++)
      ws.getRow(r).getCell(width + 1).value = (r - 2) % 3 === 0 ? "bad" : "good";
    const path = join(dir, "coin.xlsx");
    await wb.xlsx.writeFile(path);
    return path;
  }

  /** The option texts of a Fluent dropdown, read by opening it (and closed again with Escape). */
  async function optionTexts(page: Page, testId: string): Promise<string[]> {
    await page.getByTestId(testId).click();
    const texts = await page.getByRole("option").allTextContents();
    await page.keyboard.press("Escape");
    return texts;
  }

  /** Opens the coin workbook, builds on `coin`, and waits for the guard. */
  async function buildOnCoin(page: Page, scorecardTab: string): Promise<void> {
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await page.getByTestId("file-input").setInputFiles(coinXlsx);
    await page.getByTestId("file-loaded").filter({ hasText: "coin.xlsx" }).waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: scorecardTab }).click();
    await page.getByTestId("scorecard-table").waitFor({ timeout: 30000 });
    // creditability names an outcome, so it is the default; the user picks coin.
    await expect(page.getByTestId("scorecard-target").textContent()).resolves.toBe("creditability");
    await page.getByTestId("scorecard-target").click();
    await page.getByRole("option", { name: "coin", exact: true }).click();
    await page.getByTestId("build-scorecard").click();
    await page.getByTestId("scorecard-guard").waitFor({ timeout: 60000 });
  }

  it("on the sample after a review: no default target, no output table, Build disabled", async () => {
    const { page, consoleErrors } = await openPane(session.browser, `${session.url}taskpane.html`);
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    const notice = page.getByTestId("scoring-model");
    await notice.waitFor({ timeout: 30000 });
    await expect(notice.getAttribute("data-model")).resolves.toBe("builtIn");
    await expect(page.getByTestId("scoring-model-text").textContent()).resolves.toBe(
      "The review scores with the built-in model (CreditPolicy weights).",
    );

    // A review first: its sheets (Summary, Credit Review, Alerts, …) join the workbook.
    await page.getByTestId("run-review").click();
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });

    await page.getByRole("tab", { name: "Scorecard" }).click();
    await page.getByTestId("scorecard-table").waitFor({ timeout: 30000 });
    const tables = await optionTexts(page, "scorecard-table");
    expect(tables.some((t) => t.startsWith("Customers"))).toBe(true);
    expect(tables.filter((t) => REVIEW_OUTPUT.test(t))).toEqual([]);
    // Customers is chosen (no table names an outcome); its target is left to the user, and Build waits for it.
    await expect(page.getByTestId("scorecard-table").textContent()).resolves.toMatch(/^Customers/);
    await expect(page.getByTestId("scorecard-target").textContent()).resolves.toBe("Pick the good/bad column");
    await expect(page.getByTestId("build-scorecard").isDisabled()).resolves.toBe(true);
    expect(realErrors(consoleErrors)).toEqual([]);
  });

  it("holds a coin-toss model back until confirmed, then names it on the Review tab, and goes back", async () => {
    const { page, consoleErrors } = await openPane(session.browser, `${session.url}taskpane.html`);
    await buildOnCoin(page, "Scorecard");
    const guard = page.getByTestId("scorecard-guard");
    const auc = Number(await page.getByTestId("scorecard-test-auc").getAttribute("data-value"));
    expect(auc).toBeLessThan(0.6);
    await expect(page.getByTestId("scorecard-concerns").textContent()).resolves.toContain(
      `test AUC ${auc.toFixed(3)} is below the minimum 0.600`,
    );
    await expect(page.getByTestId("scorecard-done").textContent()).resolves.toContain("Built, not written");
    await guard.scrollIntoViewIfNeeded();
    await guard.screenshot({ path: "/tmp/scorecard-guard-en.png" });
    await guard.screenshot({ path: join(SCREENSHOTS, "pane-scorecard-guard.png") });

    // Not written: the Review tab still names the built-in model.
    await page.getByRole("tab", { name: "Review" }).click();
    await expect(page.getByTestId("scoring-model").getAttribute("data-model")).resolves.toBe("builtIn");

    // Written only after the confirmation.
    await page.getByRole("tab", { name: "Scorecard" }).click();
    await page.getByTestId("scorecard-target").click();
    await page.getByRole("option", { name: "coin", exact: true }).click();
    await page.getByTestId("build-scorecard").click();
    await page.getByTestId("scorecard-write-anyway").click({ timeout: 60000 });
    await expect(page.getByTestId("scorecard-write-confirm").textContent()).resolves.toContain(
      "The next review will score and grade every customer with it.",
    );
    await page.getByTestId("scorecard-write-yes").click();
    await page.getByText("Written to the sheets Scorecard and Scorecard Report.").waitFor({ timeout: 60000 });
    const written = Number(await page.getByTestId("scorecard-test-auc").getAttribute("data-value"));

    // The Review tab now names the workbook's Scorecard, with today's build date and its test AUC.
    await page.getByRole("tab", { name: "Review" }).click();
    await page.locator('[data-testid="scoring-model"][data-model="workbook"]').waitFor({ timeout: 30000 });
    const today = new Date().toISOString().slice(0, 10);
    await expect(page.getByTestId("scoring-model-text").textContent()).resolves.toBe(
      `The review scores with the workbook's Scorecard (sheet Scorecard), built ${today}, test AUC ${written.toFixed(3)}.`,
    );

    await page.getByTestId("scoring-model").screenshot({ path: "/tmp/scoring-model-en.png" });
    // The way back: asked first, then the Scorecard is renamed and the built-in model scores again.
    await page.getByTestId("scoring-model-use-built-in").click();
    await page.getByTestId("scoring-model").screenshot({ path: "/tmp/scoring-model-confirm-en.png" });
    await page.getByTestId("scoring-model-retire").click();
    await page.locator('[data-testid="scoring-model"][data-model="builtIn"]').waitFor({ timeout: 30000 });
    await expect(page.getByTestId("scoring-model").textContent()).resolves.toContain("Scorecard → Scorecard (retired)");
    expect(realErrors(consoleErrors)).toEqual([]);
  });

  it("in Chinese: no default target on the Chinese sample, and the guard in Chinese", async () => {
    const { page } = await openPane(session.browser, `${session.url}taskpane.html`, { locale: "zh-CN" });
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await page.getByRole("tab", { name: "评分卡" }).click();
    await page.getByTestId("scorecard-table").waitFor({ timeout: 30000 });
    await expect(page.getByTestId("scorecard-target").textContent()).resolves.toBe("选择好坏标志列");
    await expect(page.getByTestId("build-scorecard").isDisabled()).resolves.toBe(true);

    await buildOnCoin(page, "评分卡");
    const guard = page.getByTestId("scorecard-guard");
    await expect(guard.textContent()).resolves.toContain("未写入：此评分卡无法有效区分客户");
    await expect(page.getByTestId("scorecard-concerns").textContent()).resolves.toContain("低于最低要求 0.600");
    await guard.scrollIntoViewIfNeeded();
    await guard.screenshot({ path: "/tmp/scorecard-guard-zh.png" });
  });
});
