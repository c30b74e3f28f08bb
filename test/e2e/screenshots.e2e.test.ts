/**
 * The screenshots in the README and docs/, taken at the task pane's narrowest and widest (320 and 450 px) in English
 * and Chinese after a review of the sample: the top of the results (tiles and charts) and the triage list with a
 * customer's card open. Each run replaces them, so they always show the pane as built.
 */
import { join } from "node:path";
import { openPane, paneSession } from "./browser";

const SCREENSHOTS = join(__dirname, "../../docs/screenshots");
const session = paneSession();

const CASES = [
  { locale: "en-US", suffix: "" },
  { locale: "zh-CN", suffix: ".zh-CN" },
].flatMap((c) => [320, 450].map((width) => ({ ...c, width })));

describe("screenshots for the README", () => {
  it.each(CASES)("review and alerts at $width px, $locale", async ({ locale, suffix, width }) => {
    const { page, context } = await openPane(session.browser, session.url, { width, locale });
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await page.getByTestId("run-review").click();
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });
    await page.getByTestId("run-done").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(SCREENSHOTS, `pane-review-${width}${suffix}.png`) });

    const first = page.getByTestId("alert-group").first();
    await first.getByRole("button").first().click();
    await first.getByTestId("customer-detail").waitFor();
    await page.locator("#alerts-title").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(SCREENSHOTS, `pane-alerts-${width}${suffix}.png`) });
    await context.close();
  });
});
