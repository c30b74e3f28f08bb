/**
 * The Review tab as an analyst works it (issue 16), in headless Chromium at task-pane widths on the sample:
 * alerts as a triage list (worst severity first, then the largest amount at stake; one entry per customer; filters),
 * the customer card opening beside its alert with focus on it, focus on the results after Run, results that survive
 * switching tabs, every data issue reachable, tabs that fit at 320 px, object URLs freed, and no console error.
 */
import type { Page } from "playwright-core";
import { openPane, paneSession } from "./browser";

const session = paneSession();

/** Console errors, less the CSP reports of office.js trying to frame Microsoft's telemetry page outside Office. */
const realErrors = (errors: readonly string[]) => errors.filter((e) => !e.includes("Content Security Policy"));

/** Counts object URLs the page makes and frees (installed before the pane's own scripts). */
const COUNT_OBJECT_URLS = () => {
  const live = new Set<string>();
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create(blob);
    live.add(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    live.delete(url);
    revoke(url);
  };
  (window as unknown as { liveObjectUrls: () => number }).liveObjectUrls = () => live.size;
};

async function runSampleReview(page: Page): Promise<void> {
  await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
  await page.getByTestId("run-review").click();
  await page.getByTestId("run-done").waitFor({ timeout: 60000 });
}

/** Money as the pane shows it (en-US or zh-CN grouping) back to a number. */
const amount = (text: string | null) => Number((text ?? "").replace(/[^\d.-]/g, ""));

/** Each alert group's severity rank (0 critical … 3 low), amount at stake and customer, as listed. */
async function listedGroups(page: Page) {
  const groups = page.getByTestId("alert-group");
  const rank = { critical: 0, high: 1, medium: 2, low: 3 } as Record<string, number>;
  const out: { rank: number; atStake: number }[] = [];
  for (let i = 0; i < (await groups.count()); i++) {
    const group = groups.nth(i);
    out.push({
      rank: rank[(await group.getAttribute("data-severity")) ?? ""],
      atStake: amount(await group.getByTestId("alert-at-stake").textContent()),
    });
  }
  return out;
}

describe("the Review tab as a triage cockpit", () => {
  it("lists alerts worst first, grouped by customer, with filters, and opens the card beside the alert", async () => {
    const { page, consoleErrors, context } = await openPane(session.browser, session.url, { width: 360 });
    await runSampleReview(page);
    // Focus moves to the results after Run.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("run-done");

    await page.getByRole("button", { name: /^Show all \d+ customers$/ }).click();
    const groups = await listedGroups(page);
    expect(groups.length).toBeGreaterThan(10);
    // Severity never improves down the list; within a severity the amount at stake never grows.
    for (let i = 1; i < groups.length; i++) {
      const [a, b] = [groups[i - 1], groups[i]];
      expect(b.rank).toBeGreaterThanOrEqual(a.rank);
      if (a.rank === b.rank) expect(b.atStake).toBeLessThanOrEqual(a.atStake);
    }
    // One entry per customer: the heading's "on N customers" is the number of entries.
    const heading = await page.getByRole("heading", { name: /^Early warnings:/ }).textContent();
    const [, alerts, customers] = /^Early warnings: (\d+) on (\d+) customers$/.exec(heading ?? "")!.map(Number);
    expect(groups).toHaveLength(customers);
    expect(alerts).toBeGreaterThanOrEqual(customers);

    // The critical filter leaves the critical entries only, as many as its button says.
    const critical = page.getByTestId("severity-critical");
    const criticalEntries = Number(/(\d+)$/.exec((await critical.textContent()) ?? "")![1]);
    await critical.click();
    const onlyCritical = await listedGroups(page);
    expect(onlyCritical).toHaveLength(criticalEntries);
    expect(onlyCritical.every((g) => g.rank === 0)).toBe(true);
    expect(groups.filter((g) => g.rank === 0)).toHaveLength(criticalEntries);
    await critical.click();

    // Selecting an entry opens its card right inside the entry, focused and in view.
    const third = page.getByTestId("alert-group").nth(2);
    await third.getByRole("button").first().click();
    const card = third.getByTestId("customer-detail");
    await card.waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe(
      "customer-detail",
    );
    const box = (await card.boundingBox())!;
    expect(box.y).toBeLessThan(900);
    expect(box.y + 40).toBeGreaterThan(0);
    // The card shows the aging split and the customer's open invoices.
    await expect(card.getByText(/^Aging: 90\+$/).count()).resolves.toBe(1);
    await expect(card.getByTestId("customer-items").or(card.getByText("No open invoices.")).count()).resolves.toBe(1);

    expect(realErrors(consoleErrors)).toEqual([]);
    await context.close();
  });

  it("keeps results across tabs, lists every data issue, fits 320 px and frees its object URLs", async () => {
    for (const locale of ["en-US", "zh-CN"]) {
      const { page, consoleErrors, context } = await openPane(session.browser, session.url, { width: 320, locale });
      await page.addInitScript(COUNT_OBJECT_URLS);
      await page.reload();
      await runSampleReview(page);

      // Tabs fit on the pane at 320 px; nothing on the page is wider than the pane.
      const fits = await page.evaluate(() => {
        const tabs = [...document.querySelectorAll('[role="tab"]')].map((t) => t.getBoundingClientRect().right);
        return { tabsRight: Math.max(...tabs), page: document.documentElement.scrollWidth, width: innerWidth };
      });
      expect(fits.tabsRight).toBeLessThanOrEqual(fits.width);
      expect(fits.page).toBeLessThanOrEqual(fits.width);

      // Review → Policy → Review: the results are still there.
      const done = await page.getByTestId("run-done").textContent();
      await page.getByRole("tab").nth(1).click();
      await page.getByTestId("panel-policy").waitFor();
      await expect(page.getByTestId("run-done").isVisible()).resolves.toBe(false);
      await page.getByRole("tab").nth(0).click();
      await expect(page.getByTestId("run-done").textContent()).resolves.toBe(done);

      // Every data issue is reachable: the list scrolls to the last one.
      const count = Number(/\d+/.exec((await page.getByTestId("issues-count").textContent()) ?? "")![0]);
      await page.getByTestId("issues-toggle").click();
      const list = page.getByTestId("issues-list");
      await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
      // The last issue is drawn once scrolled to.
      await page.locator(`[role="listitem"][aria-posinset="${count}"]`).waitFor();
      await page.locator(`[role="listitem"][aria-posinset="${count}"] button`).click();
      await expect(page.getByTestId("issue-detail").count()).resolves.toBe(1);

      // Redraws and a second run keep at most one URL per download (review.xlsx, decisions.csv).
      const before = await page.getByTestId("run-done").elementHandle();
      await page.getByTestId("run-review").click();
      await page.waitForFunction((el) => !el?.isConnected, before, { timeout: 60000 });
      await page.getByTestId("run-done").waitFor({ timeout: 60000 });
      await page.getByTestId("severity-high").click();
      await expect(
        page.evaluate(() => (window as unknown as { liveObjectUrls: () => number }).liveObjectUrls()),
      ).resolves.toBeLessThanOrEqual(2);

      expect(realErrors(consoleErrors)).toEqual([]);
      await context.close();
    }
  });
});
