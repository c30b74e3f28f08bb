/**
 * The policy editor at the narrowest pane width (320 px), on the sample workbook, in English and Chinese: search,
 * collapsible sections, shares typed as percentages, the mark and reset on values changed from the default, what
 * Save writes, and a Save bar that never covers the field being edited. Takes docs/screenshots/pane-policy*.png.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { POLICY_SETTINGS } from "../../src/core/policy";
import { openPane, paneSession } from "./browser";

const SCREENSHOTS = join(__dirname, "../../docs/screenshots");
const NARROW = 320;
const WIDE = 450;

/** Console errors, less the CSP reports of office.js framing Microsoft's telemetry page outside Office. */
const realErrors = (errors: readonly string[]) => errors.filter((e) => !e.includes("Content Security Policy"));

async function openPolicy(page: Page, tab: string): Promise<void> {
  await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
  await page.getByRole("tab", { name: tab }).click();
  await page.getByTestId("policy-search").waitFor();
}

/** A section's disclosure button (the Accordion header's button carries aria-expanded). */
const sectionButton = (page: Page, section: string) =>
  page.getByTestId(`policy-section-${section}`).locator("button[aria-expanded]");

/** A setting's block (label, field, hint, changed mark and reset), by its English key. */
const settingBlock = (page: Page, key: string) => page.locator(`[data-setting="${key}"]`);

/**
 * Where the focused element stands: whether the point at its centre hits it (nothing on top of it), and whether
 * its whole box is inside the window and above the Save bar.
 */
async function focusedPlace(page: Page): Promise<{ tag: string; hit: boolean; aboveBar: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const bar = document.querySelector('[data-testid="policy-actions"]')!.getBoundingClientRect();
    return {
      tag: el.tagName,
      hit: hit === el || el.contains(hit),
      aboveBar: box.top >= 0 && box.bottom <= Math.min(window.innerHeight, bar.top),
    };
  });
}

/**
 * Elements of the editor that reach past the window's right edge, or whose text is cut (wider than its box). The
 * editor only: the tab bar above it is another part of the pane.
 */
async function clipped(page: Page): Promise<string[]> {
  return page.getByTestId("policy-editor").evaluate((root) => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of [root, ...root.querySelectorAll<HTMLElement>("*")]) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const text = (el.textContent ?? "").trim().slice(0, 40);
      if (box.right > width + 0.5) out.push(`past the edge: ${el.tagName} “${text}”`);
      const overflow = getComputedStyle(el).overflowX;
      if (overflow !== "visible" && el.tagName !== "INPUT" && el.scrollWidth > el.clientWidth + 1) {
        out.push(`cut: ${el.tagName} “${text}”`);
      }
    }
    if (root.scrollWidth > root.clientWidth) out.push(`the editor scrolls sideways: ${root.scrollWidth}`);
    return out;
  });
}

/** Opens every section, for the width checks. */
async function openAll(page: Page): Promise<void> {
  const closed = page.locator('[data-testid^="policy-section-"] button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/** The CreditPolicy sheet of the reviewed workbook the pane offers, as setting → value. */
async function downloadedPolicy(page: Page, link: string): Promise<Map<string, unknown>> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const saved = join(mkdtempSync(join(tmpdir(), "credit-desk-policy-")), "review.xlsx");
  await download.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.getWorksheet("CreditPolicy") ?? workbook.getWorksheet("信用政策");
  const rows = new Map<string, unknown>();
  sheet!.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
  return rows;
}

/**
 * After two animation frames: the browser scrolls a field focused by Tab into view after the focus handler has run,
 * and the editor corrects that scroll on the next frame. On a busy machine that frame can come after the key press
 * returns, so the check waits for what the user sees once the frame is drawn (about 30 ms), not for a race.
 */
async function expectVisibleAboveBar(page: Page, what: string): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((settled) => requestAnimationFrame(() => requestAnimationFrame(() => settled()))),
  );
  const place = await focusedPlace(page);
  expect({ what, ...place }).toEqual({ what, tag: "INPUT", hit: true, aboveBar: true });
}

describe("the policy editor at 320 px", () => {
  const session = paneSession();

  it("searches, takes a loss rate as a percentage, marks and resets it, and saves the share", async () => {
    const { page, consoleErrors } = await openPane(session.browser, `${session.url}taskpane.html`, { width: NARROW });
    await openPolicy(page, "Policy");

    // The sample's CreditPolicy table differs from the defaults in two settings, both credit limits:
    // New customer limit 15000 (default 10000) and Uninsured tolerance 20000 (default 10000).
    await expect(page.getByTestId("policy-changed-count").textContent()).resolves.toBe("Changed from default: 2");
    await expect(sectionButton(page, "limits").getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(sectionButton(page, "provisions").getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(sectionButton(page, "limits").textContent()).resolves.toContain("2 changed");
    await expect(settingBlock(page, "New customer limit").getByTestId("policy-changed-mark").count()).resolves.toBe(1);
    await expect(settingBlock(page, "Rounding step").getByTestId("policy-changed-mark").count()).resolves.toBe(0);
    const sections = await page.locator('[data-testid^="policy-section-"]').count();

    // Search: the five aging buckets' loss rates, their section opened.
    await page.getByRole("searchbox", { name: "Search settings" }).fill("loss rate");
    await expect(page.getByTestId("policy-search-count").textContent()).resolves.toBe(
      `5 of ${POLICY_SETTINGS.length} settings match.`,
    );
    await expect(page.locator("[data-setting]").count()).resolves.toBe(5);
    await expect(sectionButton(page, "provisions").getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(clipped(page)).resolves.toEqual([]);
    await page.screenshot({ path: "/tmp/policy-en-search.png" });

    // The sample's 31–60 day loss rate is 0.05: shown as 5 (%), typed as a percentage, checked in percent.
    const rate = page.getByLabel("Loss rate 31-60", { exact: true });
    await expect(rate.inputValue()).resolves.toBe("5");
    await rate.fill("150");
    await expect(settingBlock(page, "Loss rate 31-60").textContent()).resolves.toContain(
      "Enter a percentage from 0 to 100, such as 20.",
    );
    await expectVisibleAboveBar(page, "the rate with its error message");
    await rate.fill("8");
    await expect(settingBlock(page, "Loss rate 31-60").getByTestId("policy-changed-mark").textContent()).resolves.toBe(
      "Changed",
    );
    await expect(page.getByTestId("policy-changed-count").textContent()).resolves.toBe("Changed from default: 3");
    await expect(sectionButton(page, "provisions").textContent()).resolves.toContain("1 changed");

    // Reset puts the default back (5 %) and takes the mark away.
    await page.getByRole("button", { name: "Reset Loss rate 31-60 to the default 5%" }).click();
    await expect(rate.inputValue()).resolves.toBe("5");
    await expect(settingBlock(page, "Loss rate 31-60").getByTestId("policy-changed-mark").count()).resolves.toBe(0);
    await expect(page.getByTestId("policy-changed-count").textContent()).resolves.toBe("Changed from default: 2");

    // 12.5 % with the sign typed, then save.
    await rate.fill("12.5%");
    await page.getByRole("button", { name: "Save policy" }).click();
    await page.getByTestId("policy-status").filter({ hasText: "Policy saved" }).waitFor({ timeout: 30000 });
    await page.getByTestId("policy-editor").evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(SCREENSHOTS, "pane-policy.png") });

    // Clearing the search lists every section again.
    await page.getByRole("searchbox", { name: "Search settings" }).fill("");
    await expect(page.getByTestId("policy-search-count").textContent()).resolves.toBe("");
    await expect(page.locator('[data-testid^="policy-section-"]').count()).resolves.toBe(sections);
    await page.getByTestId("policy-editor").evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: "/tmp/policy-en-320.png" });

    // Read back: the saved field shows the value as the sheet reads it (12.5, marked), and the reviewed workbook's CreditPolicy sheet holds
    // the share 0.125 (12.5 % ÷ 100), not 12.5.
    await page.getByRole("tab", { name: "Review" }).click();
    await page.getByRole("tab", { name: "Policy" }).click();
    await page.getByRole("searchbox", { name: "Search settings" }).fill("31-60");
    await expect(page.getByLabel("Loss rate 31-60", { exact: true }).inputValue()).resolves.toBe("12.5");
    await expect(settingBlock(page, "Loss rate 31-60").getByTestId("policy-changed-mark").count()).resolves.toBe(1);
    await page.getByRole("tab", { name: "Review" }).click();
    await page.getByTestId("run-review").click();
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });
    const written = await downloadedPolicy(page, "Download review.xlsx");
    expect(written.get("Loss rate 31-60")).toBe(0.125);
    expect(written.get("Loss rate 1-30")).toBe(0.02); // untouched: the sample's 0.02, written back as a share

    expect(realErrors(consoleErrors)).toEqual([]);
  });

  it("keeps the field being edited above the Save bar, by keyboard and by mouse", async () => {
    const { page } = await openPane(session.browser, `${session.url}taskpane.html`, { width: NARROW });
    await openPolicy(page, "Policy");
    await sectionButton(page, "model").click();
    const inputs = page.getByTestId("policy-section-model").locator("input");
    const count = await inputs.count();
    // 3 segments × 8 built-in factor weights, the default segment, the min factors, the minimum scorecard AUC.
    expect(count).toBe(27);
    // By keyboard: Tab through the section's 27 fields; the page is taller than the window, so most of them
    // start below the bar.
    await inputs.first().focus();
    for (let i = 1; i < count; i++) {
      await page.keyboard.press("Tab");
      await expectVisibleAboveBar(page, `field ${i + 1} of the model section after Tab`);
    }
    // By mouse: a field half under the bar, clicked on the half that shows, is scrolled above it.
    const target = inputs.nth(12);
    const point = await target.evaluate((el) => {
      const bar = document.querySelector('[data-testid="policy-actions"]')!.getBoundingClientRect();
      window.scrollBy(0, el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2 - bar.top);
      const box = el.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 4 };
    });
    await expect(
      target.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return document.elementFromPoint(box.left + box.width / 2, box.top + (box.height * 3) / 4) === el;
      }),
    ).resolves.toBe(false); // its lower half is under the bar before the click
    await page.mouse.click(point.x, point.y);
    await expectVisibleAboveBar(page, "the clicked field");
    // Typing something wrong adds a message under the field and a line to the bar: the field stays clear.
    await page.keyboard.type("x");
    await expectVisibleAboveBar(page, "the field with its error");
  });

  it("in Chinese: searches by Chinese name, takes percentages, and wraps long names at 320 px", async () => {
    const { page, consoleErrors } = await openPane(session.browser, `${session.url}taskpane.html`, {
      locale: "zh-CN",
      width: NARROW,
    });
    await openPolicy(page, "政策");
    // The Chinese sample differs from the defaults in the same two limits and names its four approval levels in
    // Chinese (信用专员 … 信用委员会, the defaults are English names): 2 + 4 = 6.
    await expect(page.getByTestId("policy-changed-count").textContent()).resolves.toBe("与默认值不同：6 项");
    // 损失率: the five loss rates and 违约损失率 (LGD) by name; LGD's meaning names it too.
    await page.getByRole("searchbox", { name: "搜索设置" }).fill("损失率");
    await expect(page.getByTestId("policy-search-count").textContent()).resolves.toBe(
      `${POLICY_SETTINGS.length} 项设置中有 6 项匹配。`,
    );
    const lgd = page.getByLabel("违约损失率", { exact: true });
    await expect(lgd.inputValue()).resolves.toBe("45"); // the sample's 0.45
    await lgd.fill("101");
    await expect(settingBlock(page, "LGD").textContent()).resolves.toContain("请输入 0 到 100 之间的百分比，如 20。");
    await lgd.fill("50");
    await expect(settingBlock(page, "LGD").getByTestId("policy-changed-mark").textContent()).resolves.toBe("已修改");
    await expect(page.getByTestId("policy-changed-count").textContent()).resolves.toBe("与默认值不同：7 项");
    await expectVisibleAboveBar(page, "违约损失率");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "/tmp/policy-zh-search.png" });
    // The full name finds LGD alone (the PD settings are 违约概率, not 违约损失率).
    await page.getByRole("searchbox", { name: "搜索设置" }).fill("违约损失率");
    await expect(page.getByTestId("policy-search-count").textContent()).resolves.toBe(
      `${POLICY_SETTINGS.length} 项设置中有 1 项匹配。`,
    );
    await page.getByTestId("policy-editor").evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: join(SCREENSHOTS, "pane-policy.zh-CN.png") });

    await page.getByRole("searchbox", { name: "搜索设置" }).fill("");
    await page.getByTestId("policy-editor").evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: "/tmp/policy-zh-320.png" });
    await openAll(page);
    await expect(clipped(page)).resolves.toEqual([]);
    await page.screenshot({ path: "/tmp/policy-zh-320-all.png", fullPage: true });
    expect(realErrors(consoleErrors)).toEqual([]);
  });

  it.each([
    ["en-US", "Policy", NARROW],
    ["en-US", "Policy", WIDE],
    ["zh-CN", "政策", WIDE],
  ])("fits the pane with every section open (%s, %s, %i px)", async (locale, tab, width) => {
    const { page } = await openPane(session.browser, `${session.url}taskpane.html`, { locale, width });
    await openPolicy(page, tab);
    await openAll(page);
    await expect(clipped(page)).resolves.toEqual([]);
  });
});
