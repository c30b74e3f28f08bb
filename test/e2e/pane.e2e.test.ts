import { join } from "node:path";
import { openPane, paneSession, OFFICE_CDN } from "./browser";

const SCREENSHOTS = join(__dirname, "../../docs/screenshots");

describe("task pane outside Office (plain browser)", () => {
  const session = paneSession();

  it("loads Office.js, says it is not inside Office, and still renders the pane", async () => {
    const { page, requests, consoleErrors } = await openPane(session.browser, `${session.url}taskpane.html`);
    await page.getByRole("heading", { name: "Credit Desk" }).waitFor();
    const status = page.getByTestId("host-status");
    await status.waitFor({ timeout: 15000 });
    await expect(status.textContent()).resolves.toContain("Not running inside Office");
    expect(requests.some((r) => r.startsWith(`${OFFICE_CDN}office.js`))).toBe(true);
    // The engine runs in the pane: the Tools tab's calculator shows 1,500,000 / 9,125,000 × 365 = 60.0 days.
    await page.getByRole("tab", { name: "Tools" }).click();
    await expect(page.getByTestId("quick-dso-result").textContent()).resolves.toBe("DSO: 60.0 days");
    await page.getByLabel("Credit sales").fill("4562500");
    await expect(page.getByTestId("quick-dso-result").textContent()).resolves.toBe("DSO: 120.0 days");
    await page.screenshot({ path: join(SCREENSHOTS, "pane-outside-office.png"), fullPage: true });
    // Office.js outside Office reports itself, and tries to frame its telemetry page, which the pane's CSP blocks.
    expect(consoleErrors.filter((e) => !/office|Content Security Policy/i.test(e))).toEqual([]);
  });

  it("follows a Chinese browser language, and loads the Chinese sample", async () => {
    const { page } = await openPane(session.browser, `${session.url}taskpane.html`, { locale: "zh-CN" });
    await page.getByRole("heading", { name: "信用管理台" }).waitFor();
    await page.getByTestId("host-status").waitFor({ timeout: 15000 });
    await expect(page.getByTestId("host-status").textContent()).resolves.toContain("未在 Office 中运行");
    // A Chinese browser gets the Chinese edition of the sample workbook.
    await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
    await expect(page.getByTestId("file-loaded").textContent()).resolves.toContain("sample-portfolio.zh-CN.xlsx");
    await page.screenshot({ path: join(SCREENSHOTS, "pane-outside-office.zh-CN.png"), fullPage: true });
  });

  it("makes no request beyond its own origin and the Office.js script", async () => {
    const { page, requests } = await openPane(session.browser, `${session.url}taskpane.html`);
    await page.getByTestId("host-status").waitFor({ timeout: 15000 });
    const foreign = requests.filter(
      (r) => !r.startsWith(session.url) && !r.startsWith(OFFICE_CDN) && !r.startsWith("data:"),
    );
    expect(foreign).toEqual([]);
  });
});
