/**
 * The Review tab's numbers in headless Chromium on the sample workbook (as of 2026-06-30): every KPI value fits its
 * tile at 320, 380 and 450 px in English and Chinese, and every number (tile, aging bar, grade bar, over-limit count,
 * each action count) opens the customers behind it, whose amounts add up to the number shown.
 */
import type { Page } from "playwright-core";
import { openPane, paneSession } from "./browser";

const AS_OF = "2026-06-30";
const WIDTHS = [320, 380, 450];
const session = paneSession();

async function reviewed(locale: string, width: number): Promise<Page> {
  const { page } = await openPane(session.browser, `${session.url}taskpane.html`, { locale, width });
  await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
  await expect(page.getByTestId("as-of").inputValue()).resolves.toBe(AS_OF);
  await page.getByTestId("run-review").click();
  await page.getByTestId("run-done").waitFor({ timeout: 60000 });
  return page;
}

/** An amount as the pane formats it, in cents ("16,323,759.50" → 1632375950; both locales group with commas). */
const cents = (text: string) => Math.round(Number(text.replace(/[,\s]/g, "")) * 100);

/**
 * Every KPI value that does not fit: its text wider than its box (clipped), or its box (or a link in it) reaching
 * past its tile.
 */
async function clippedValues(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const value of document.querySelectorAll<HTMLElement>('[data-testid^="kpi-"][data-testid$="-value"]')) {
      const tile = value.closest<HTMLElement>('[data-testid^="kpi-"]:not([data-testid$="-value"])')!;
      const box = tile.getBoundingClientRect();
      const id = value.dataset.testid;
      if (value.clientWidth === 0) found.push(`${id}: not laid out`);
      for (const el of [value, ...value.querySelectorAll<HTMLElement>("*")]) {
        if (el.scrollWidth > el.clientWidth && el.clientWidth > 0)
          found.push(`${id}: "${el.textContent}" is ${el.scrollWidth} px wide in ${el.clientWidth} px`);
        const r = el.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          found.push(`${id}: "${el.textContent}" spans ${r.left}–${r.right}, its tile ${box.left}–${box.right}`);
      }
    }
    return found;
  });
}

/** The open drill-down's rows, all of them, as the text of the given column's cells. */
async function drillColumn(page: Page, column: string): Promise<string[]> {
  const showAll = page.getByTestId("drill-show-all");
  if ((await showAll.count()) > 0) await showAll.click();
  return page.getByTestId("drill").getByTestId(`drill-${column}`).allTextContents();
}

const sumCents = (texts: readonly string[]) => texts.reduce((s, t) => s + cents(t), 0);

describe("KPI values fit the tiles at pane widths", () => {
  it.each([
    ["en-US", "en"],
    ["zh-CN", "zh-CN"],
  ])("no value is clipped at 320, 380 and 450 px (%s)", async (locale, tag) => {
    const page = await reviewed(locale, 450);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(100);
      expect({ width, clipped: await clippedValues(page) }).toEqual({ width, clipped: [] });
      if (width !== 380) {
        await page
          .locator('section[aria-labelledby="kpi-title"]')
          .screenshot({ path: `/tmp/drill-tiles-${tag}-${width}.png` });
      }
    }
    await page.context().close();
  });
});

describe("every number opens the customers behind it (English, 380 px)", () => {
  let page: Page;
  beforeAll(async () => {
    page = await reviewed("en-US", 380);
  });
  afterAll(async () => page?.context().close());

  it("open receivables: a table below the tiles, focused and in view, largest first, adding up to the tile", async () => {
    const tile = (await page.getByTestId("kpi-open-value").textContent())!.trim();
    await page.getByTestId("kpi-open-value").getByRole("button").click();
    const drill = page.getByTestId("drill");
    await drill.waitFor();
    await expect(page.getByTestId("drill-title").textContent()).resolves.toBe(`Behind Open receivables: ${tile}`);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("drill-title");
    const top = (await page.getByTestId("drill-title").boundingBox())!;
    expect(top.y).toBeGreaterThanOrEqual(0);
    expect(top.y).toBeLessThan(900);
    // Below the tile row, above the charts.
    const tiles = (await page.getByTestId("kpi-top10").boundingBox())!;
    expect(top.y).toBeGreaterThan(tiles.y);

    const exposures = await drillColumn(page, "exposure");
    expect(exposures.length).toBeGreaterThan(20);
    const amounts = exposures.map(cents);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(sumCents(exposures)).toBe(cents(tile));
    await expect(drill.getByTestId("drill-total").textContent()).resolves.toContain(tile);
    // Each row names its id, grade and decision in words, never the code.
    const facts = await drill.getByTestId("drill-facts").allTextContents();
    expect(facts).toHaveLength(exposures.length);
    expect(
      facts.every((f) => / · grade [A-E] · (Increase limit|Keep limit|Reduce limit|Stop credit sales)$/.test(f)),
    ).toBe(true);

    await page.getByTestId("drill-close").click();
    await expect(drill.count()).resolves.toBe(0);
    // Focus goes back to the number that was opened.
    await expect(
      page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid")),
    ).resolves.toBe("kpi-open-value");
  });

  it("the provision, expected loss and overdue tiles: their rows add up to the amounts the tiles show", async () => {
    for (const [tileId, column] of [
      ["kpi-ecl", "provision"],
      ["kpi-expected-loss", "expectedLoss"],
    ]) {
      const tile = (await page.getByTestId(`${tileId}-value`).textContent())!.trim();
      await page.getByTestId(`${tileId}-value`).getByRole("button").click();
      const rows = await drillColumn(page, column);
      // The total row is the tile's amount; each row is rounded to the cent on its own, so their shown amounts add
      // up to it within half a cent per row.
      const total = (await page.getByTestId("drill-total").locator("td").nth(1).textContent())!;
      expect(cents(total)).toBe(cents(tile));
      expect(Math.abs(sumCents(rows) - cents(tile))).toBeLessThanOrEqual(rows.length / 2);
    }
    // Overdue shows a share; its explanation names the overdue amount, which the rows add up to.
    const explain = (await page.getByTestId("kpi-overdue").textContent())!;
    const overdue = /Open minus not yet due: ([\d,.]+) of/.exec(explain)![1];
    await page.getByTestId("kpi-overdue-value").getByRole("button").click();
    expect(sumCents(await drillColumn(page, "overdue"))).toBe(cents(overdue));
    for (const id of ["kpi-dso", "kpi-bpdso", "kpi-top10"]) {
      await page.getByTestId(`${id}-value`).getByRole("button").click();
      await expect(page.getByTestId("drill-row").count()).resolves.toBeGreaterThan(0);
    }
    await page.getByTestId("drill-close").click();
  });

  it("each aging bar: the bucket's customers; the five bars' rows add up to open receivables", async () => {
    const open = cents((await page.getByTestId("kpi-open-value").textContent())!);
    let total = 0;
    for (let bucket = 0; bucket < 5; bucket++) {
      await page.getByTestId(`aging-bar-${bucket}`).click();
      await expect(page.getByTestId("drill-title").textContent()).resolves.toMatch(/^Behind (Aging|Not due)/);
      total += sumCents(await drillColumn(page, "agingBucket"));
    }
    expect(total).toBe(open);
    // A bar opens from the keyboard too.
    await page.getByTestId("aging-bar-0").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("drill-title").textContent()).resolves.toContain("Not due");
    await page.getByTestId("drill-close").click();
  });

  it("each grade bar and each action count: as many rows as the number shown", async () => {
    const gradeBars = await page.locator('[data-testid^="grade-bar-"][role=button]').count();
    expect(gradeBars).toBeGreaterThan(1);
    for (let i = 0; i < gradeBars; i++) {
      const shown = (await page.getByTestId(`grade-bar-${i}`).locator("text").last().textContent())!;
      await page.getByTestId(`grade-bar-${i}`).click();
      expect(await drillColumn(page, "exposure")).toHaveLength(Number(shown.replace(/,/g, "")));
    }
    for (const action of ["increase", "keep", "reduce", "stop"]) {
      const count = Number((await page.getByTestId(`kpi-action-${action}`).textContent())!.replace(/,/g, ""));
      await page.getByTestId(`kpi-action-${action}`).click();
      const rows = await drillColumn(page, "exposure");
      expect(rows).toHaveLength(count);
      if (count === 0) await expect(page.getByTestId("drill").textContent()).resolves.toContain("No customer");
    }
    const overLimit = (await page.getByTestId("over-limit").textContent())!;
    await page.getByTestId("over-limit").click();
    expect(await drillColumn(page, "overLimitBy")).toHaveLength(Number(/\d+/.exec(overLimit)![0]));
    await page.getByTestId("drill-close").click();
  });
});

describe("the drill-down in Chinese, and screenshots", () => {
  it.each([
    ["en-US", "en"],
    ["zh-CN", "zh-CN"],
  ])("shows translated headers and decisions (%s) at 320 and 450 px", async (locale, tag) => {
    for (const width of [320, 450]) {
      const page = await reviewed(locale, width);
      await page.getByTestId("kpi-action-stop").click();
      const drill = page.getByTestId("drill");
      await drill.waitFor();
      const text = (await drill.textContent())!;
      // No decision code reaches the user.
      expect(text).not.toMatch(/\b(increase|keep|reduce|stop)\b/);
      if (tag === "zh-CN") {
        expect(text).toContain("停止赊销");
        expect(text).toContain("客户");
      }
      await drill.screenshot({ path: `/tmp/drill-open-${tag}-${width}.png` });
      await page.context().close();
    }
  });
});
