/**
 * The pane's column step (issue 14, situation 1) in a plain browser at task-pane width: a user's AR listing whose open
 * amount is under `Amount Due`, with `Due` and `Paid On`. The pane must ask before computing any figure, show each
 * figure column as found / to check / not found, and after the user maps `Amount Due` show the hand-computed open
 * receivables; the choice is remembered for the next run.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPane, paneSession } from "./browser";

const SCREENSHOTS = join(__dirname, "../../docs/screenshots");

/** Open 1000 + 200 + 0 + 300 = 1,500.00 once Amount Due is read as the open amount (1,800.00 if it is not). */
async function arListing(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const customers = wb.addWorksheet("Customers");
  customers.addRows([
    ["Customer ID", "Customer Name", "Credit Limit"],
    ["C1", "Acme", 5000],
    ["C2", "Bolt", 2000],
  ]);
  const invoices = wb.addWorksheet("Invoices");
  invoices.addRows([
    ["Invoice No", "Customer", "Date", "Due", "Amount", "Amount Due", "Paid On"],
    ["I1", "C1", "2026-06-01", "2026-07-01", 1000, 1000, null],
    ["I2", "C1", "2026-04-01", "2026-05-01", 500, 200, null],
    ["I3", "C2", "2026-03-01", "2026-03-31", 800, 0, "2026-04-10"],
    ["I4", "C2", "2026-05-15", "2026-06-14", 300, 300, null],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function openListing(page: Page): Promise<void> {
  await page.getByTestId("file-loaded").waitFor({ timeout: 30000 });
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "ar-listing.xlsx", mimeType: "application/octet-stream", buffer: await arListing() });
  await page.getByTestId("file-loaded").filter({ hasText: "ar-listing.xlsx" }).waitFor({ timeout: 30000 });
  // A file of one's own is reviewed as of today unless told otherwise: the listing is dated 2026-06-30.
  await page.getByTestId("as-of").fill("2026-06-30");
  await expect(page.getByTestId("as-of").inputValue()).resolves.toBe("2026-06-30");
}

describe("the pane's column step", () => {
  const session = paneSession();

  it("asks about Amount Due, then shows the hand-computed open receivables, and remembers the choice", async () => {
    const { page, consoleErrors } = await openPane(session.browser, `${session.url}taskpane.html`, { width: 360 });
    await openListing(page);
    await page.getByTestId("run-review").click();
    const step = page.getByTestId("column-mapping");
    await step.waitFor({ timeout: 60000 });
    // Nothing was computed yet: no KPI tile before the user decides.
    await expect(page.getByTestId("kpi-open-value").count()).resolves.toBe(0);
    await expect(page.getByTestId("map-Invoices-dueDate").textContent()).resolves.toContain("Found");
    await expect(page.getByTestId("map-Invoices-paidDate").textContent()).resolves.toContain("Found");
    await expect(page.getByTestId("map-Invoices-openAmount").textContent()).resolves.toContain("Check");
    await expect(page.getByTestId("map-Invoices-openAmount").textContent()).resolves.toContain(
      "“Amount Due” may hold Open Amount",
    );
    await expect(page.getByTestId("apply-mapping").isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId("map-Invoices-dueDate").locator("select").inputValue()).resolves.toBe("Due");
    await expect(page.getByTestId("map-Invoices-paidDate").locator("select").inputValue()).resolves.toBe("Paid On");
    await page.getByTestId("map-Invoices-openAmount").locator("select").selectOption("Amount Due");
    await page.screenshot({ path: join(SCREENSHOTS, "pane-column-step.png"), fullPage: true });
    await page.getByTestId("apply-mapping").click();
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("kpi-open-value").textContent()).resolves.toBe("1,500.00");
    await expect(page.getByTestId("kpi-overdue-value").textContent()).resolves.toBe("33.3%"); // (200 + 300) / 1,500

    // The next run reads the same columns without asking.
    await page.getByTestId("run-review").click();
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("column-mapping").count()).resolves.toBe(0);
    await expect(page.getByTestId("kpi-open-value").textContent()).resolves.toBe("1,500.00");
    expect(consoleErrors.filter((e) => !/Content Security Policy|mergeClasses/.test(e))).toEqual([]);
  });

  it("in Chinese, names the columns in Chinese, and Check columns opens the step on demand", async () => {
    const { page } = await openPane(session.browser, `${session.url}taskpane.html`, { locale: "zh-CN", width: 320 });
    await openListing(page);
    await page.getByTestId("check-columns").click();
    await page.getByTestId("column-mapping").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("map-Invoices-openAmount").textContent()).resolves.toContain("未结金额");
    await expect(page.getByTestId("map-Invoices-openAmount").textContent()).resolves.toContain("请核对");
    await page.screenshot({ path: join(SCREENSHOTS, "pane-column-step.zh-CN.png"), fullPage: true });
    // Declining the hint is a decision too: the review then reads no open amount (1000 + 500 + 300 open).
    await page.getByTestId("map-Invoices-openAmount").locator("select").selectOption("");
    await page.getByTestId("apply-mapping").click();
    await page.getByTestId("run-done").waitFor({ timeout: 60000 });
    await expect(page.getByTestId("kpi-open-value").textContent()).resolves.toBe("1,800.00");
  });
});
