/** The ExcelJS sink: the layout's sheets in a real .xlsx that Excel's file format readers (ExcelJS, LibreOffice) open. */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { reviewPortfolio } from "../../src/core/portfolio/review";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { XlsxReviewSink } from "../../src/files/xlsxReviewSink";
import type { DataIssue } from "../../src/workbook/dataIssues";
import { portfolioFromTables } from "../../src/workbook/portfolioFromTables";
import { reviewLayout } from "../../src/workbook/reviewLayout";
import type { WorkbookLayout } from "../../src/workbook/layout";
import { AS_OF, assess, portfolio, settings } from "../fixtures/reviewFixture";
import { tempDir } from "../helpers/tempDir";

const dir = tempDir("credit-desk-sink-");

const review = reviewPortfolio(portfolio, AS_OF, settings, assess);
const issues: DataIssue[] = [
  {
    sheet: "Customers",
    row: 9,
    column: "Customer ID",
    value: '=HYPERLINK("http://x")',
    action: "rejected",
    code: "issueDuplicateId",
    params: { column: "Customer ID", value: '=HYPERLINK("http://x")', firstRow: 2 },
  },
  {
    sheet: "Invoices",
    row: 4,
    column: "Amount",
    value: "+1",
    action: "rejected",
    code: "issueNumberRejected",
    params: { column: "Amount", value: "+1" },
  },
  {
    sheet: "Invoices",
    row: 5,
    column: "Amount",
    value: "-x",
    action: "rejected",
    code: "issueNumberRejected",
    params: { column: "Amount", value: "-x" },
  },
  {
    sheet: "Invoices",
    row: 6,
    column: "Amount",
    value: "@SUM(A1)",
    action: "rejected",
    code: "issueNumberRejected",
    params: { column: "Amount", value: "@SUM(A1)" },
  },
];
const layout = reviewLayout(review, issues);

describe("XlsxReviewSink", () => {
  const path = join(dir, "review.xlsx");
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    await new XlsxReviewSink(path).write(layout);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
  });

  it("writes every sheet of the layout and ReviewHistory, and no temp file is left", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "ReviewHistory",
    ]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("Summary: the title, the KPI block from row 3 and the actions table, nothing frozen", () => {
    const ws = wb.getWorksheet("Summary")!;
    expect(ws.getCell("A1").value).toBe("Credit review as of 2026-06-30");
    expect(ws.getCell("B6").value).toBe(6950.1); // KPI block starts at sheet row 3: as-of, customers, invoices, open
    expect(ws.getCell("B6").numFmt).toBe("#,##0.00;[Red]-#,##0.00");
    // 23 KPIs on rows 3–25, a blank row, the actions table's header on 27: C, stopped, first.
    expect(ws.getCell("A27").value).toBe("Action");
    expect([ws.getCell("A28").value, ws.getCell("B28").value, ws.getCell("C28").value]).toEqual([
      "Stop credit sales",
      1,
      100.1,
    ]);
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(["Summary_Actions"]);
    expect((ws.views ?? []).filter((v) => v.state === "frozen")).toEqual([]);
  });

  it("Credit Review: the customer table from A1, an Excel table, only its header row frozen", () => {
    const ws = wb.getWorksheet("Credit Review")!;
    expect(ws.getCell("A1").value).toBe("Customer ID");
    expect(ws.getCell("D2").value).toBe(850); // A's exposure, the first customer, on row 2
    expect(ws.getCell("D2").numFmt).toBe("#,##0.00;[Red]-#,##0.00");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(wb.getWorksheet("Alerts")!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(["CreditReview_Customers"]);
  });

  it("page setup: landscape, one page wide and any height, a print area, the header repeated on every page", () => {
    const setup = (name: string) => wb.getWorksheet(name)!.pageSetup;
    // Summary: title, 23 KPIs from row 3, a blank row, the actions header and 4 actions: rows 1–31; across A–O,
    // where the longest KPI note (111 characters from C, 16 wide) ends: 3 + ⌈(111 − 16) / 8.43⌉ = 15 columns.
    expect(setup("Summary")).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:O31",
    });
    expect(setup("Summary").printTitlesRow).toBeUndefined();
    // Credit Review: the header on row 1 and 3 customers, across 47 columns (A–AU); the header on every page.
    expect(setup("Credit Review")).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:AU4",
      printTitlesRow: "1:1",
    });
    // Aging: its title, tables and three 16-row charts, the last from row 37 to 52, in columns I–P.
    expect(setup("Aging")).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      printArea: "A1:P52",
    });
    // Alerts: header and 11 alerts in 5 columns; Data Issues: header and 4 issues in 6 columns.
    expect(setup("Alerts")).toMatchObject({ printArea: "A1:E12", printTitlesRow: "1:1" });
    expect(setup("Data Issues")).toMatchObject({ printArea: "A1:F5", printTitlesRow: "1:1" });
    expect(setup("ReviewHistory")).toMatchObject({
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    });
  });

  it("conditional formats are in the file", () => {
    const ws = wb.getWorksheet("Credit Review")! as unknown as {
      conditionalFormattings: { ref: string; rules: { type: string }[] }[];
    };
    const types = ws.conditionalFormattings.flatMap((c) => c.rules.map((r) => r.type));
    expect(types).toEqual(expect.arrayContaining(["expression", "cellIs", "dataBar"]));
  });

  it("text from data that looks like a formula is written as text, never as a formula", () => {
    const ws = wb.getWorksheet("Data Issues")!;
    const values = [2, 3, 4, 5].map((r) => ws.getCell(r, 4));
    expect(values.map((c) => c.value)).toEqual(['=HYPERLINK("http://x")', "+1", "-x", "@SUM(A1)"]);
    for (const c of values) expect(c.type).toBe(ExcelJS.ValueType.String);
  });

  it("the Aging sheet carries native charts for aging, grades and concentration", async () => {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(3);
    const xml = await zip.file(charts[0])!.async("string");
    expect(xml).toContain("'Aging'!$B$4:$B$8"); // the aging table's Amount column: header on row 3, five buckets
  });

  it("a second run replaces the review sheets, keeps other sheets and appends to ReviewHistory", async () => {
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(path);
    again.addWorksheet("My notes").getCell("A1").value = "keep me";
    await again.xlsx.writeFile(path);
    await new XlsxReviewSink(path).write(layout);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(path);
    expect(wb2.getWorksheet("My notes")!.getCell("A1").value).toBe("keep me");
    expect(wb2.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "ReviewHistory",
      "My notes",
    ]);
    expect(wb2.worksheets.filter((w) => w.name === "Credit Review")).toHaveLength(1);
    expect(wb2.getWorksheet("ReviewHistory")!.actualRowCount).toBe(1 + 2 * 3); // header + two reviews × 3 customers
  });

  it("ReviewHistory reads back into HistoryRow values", async () => {
    const source = await FileWorkbookSource.open(path);
    const table = (await source.readTable("ReviewHistory"))!;
    const read = portfolioFromTables(
      {
        customers: { name: "Customers", sheet: "Customers", headers: ["Customer ID"], rows: [["A"]], firstDataRow: 2 },
        invoices: {
          name: "Invoices",
          sheet: "Invoices",
          headers: ["Invoice ID", "Customer ID", "Invoice Date", "Amount"],
          rows: [],
          firstDataRow: 2,
        },
        history: table,
      },
      { asOf: AS_OF + 1, defaultPaymentTerms: 30 },
    );
    expect(read.issues).toEqual([]);
    expect(read.portfolio.history).toHaveLength(6);
    expect(read.portfolio.history[0]).toMatchObject({
      reviewDate: AS_OF,
      customerId: "A",
      score: 80,
      grade: "A",
      exposure: 850,
      maxDaysPastDue: 91,
    });
  });

  it("a layout without history (the scorecard builder's) adds its sheet and leaves ReviewHistory as it was", async () => {
    const target = join(dir, "with-card.xlsx");
    await new XlsxReviewSink(target).write(layout);
    const card: WorkbookLayout = {
      sheets: [
        {
          name: "Scorecard",
          tables: [
            {
              name: "Scorecard",
              startRow: 0,
              columns: [{ header: "Factor" }, { header: "Points" }],
              rows: [["Years", 10]],
            },
          ],
        },
      ],
    };
    await new XlsxReviewSink(target).write(card);
    const wb4 = new ExcelJS.Workbook();
    await wb4.xlsx.readFile(target);
    expect(wb4.worksheets.map((w) => w.name)).toEqual([
      "Scorecard",
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "ReviewHistory",
    ]);
    expect(wb4.getWorksheet("ReviewHistory")!.actualRowCount).toBe(1 + 3);

    const alone = join(dir, "card-only.xlsx");
    await new XlsxReviewSink(alone).write(card);
    const wb5 = new ExcelJS.Workbook();
    await wb5.xlsx.readFile(alone);
    expect(wb5.worksheets.map((w) => w.name)).toEqual(["Scorecard"]);
  });

  it("a failed write leaves the target as it was", async () => {
    const target = join(dir, "untouched.xlsx");
    await new XlsxReviewSink(target).write(layout);
    const before = existsSync(target);
    const broken = { ...layout, sheets: [{ ...layout.sheets[0], name: "Bad/Name?" }] };
    await expect(new XlsxReviewSink(target).write(broken)).rejects.toThrow();
    expect(before).toBe(true);
    const wb3 = new ExcelJS.Workbook();
    await wb3.xlsx.readFile(target);
    expect(wb3.getWorksheet("Credit Review")).toBeDefined();
  });

  it("LibreOffice opens it with the Aging sheet's three charts over their tables' cells, and the print setup", async () => {
    const out = join(dir, "ods");
    await promisify(execFile)(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "ods", "--outdir", out, path],
      { timeout: 110_000 },
    );
    const ods = await JSZip.loadAsync(readFileSync(join(out, "review.ods")));
    const content = await ods.file("content.xml")!.async("string");
    const aging = /<table:table table:name="Aging"[\s\S]*?<\/table:table>/.exec(content)![0];
    const objects = [...aging.matchAll(/<draw:object [^>]*xlink:href="\.\/([^"]+)"/g)].map((m) => m[1]);
    expect(objects).toHaveLength(3);
    const charts = await Promise.all(objects.map((o) => ods.file(`${o}/content.xml`)!.async("string")));
    // Kinds and the cells each series reads (1-based rows): buckets' Amount B4:B8 (header on row 3, 5 buckets);
    // grades' Count B12:B14 (header on row 11, grades A–C); the top exposures' Exposure D18:D20 (header on 17).
    expect(charts.map((xml) => /<chart:chart [^>]*chart:class="chart:(\w+)"/.exec(xml)?.[1])).toEqual([
      "bar",
      "circle",
      "bar",
    ]);
    expect(charts.map((xml) => /<chart:series [^>]*chart:values-cell-range-address="([^"]*)"/.exec(xml)?.[1])).toEqual([
      "Aging.B4:Aging.B8",
      "Aging.B12:Aging.B14",
      "Aging.D18:Aging.D20",
    ]);
    // Each chart's frame ends in the last cell the layout gives it: column P (I + 7), 0-based rows 2 + 15 = 17,
    // 19 + 15 = 34 and 36 + 15 = 51, i.e. P18, P35, P52: one blank row between charts, none over another.
    const ends = [...aging.matchAll(/<draw:frame table:end-cell-address="Aging\.([A-Z]+\d+)"/g)].map((m) => m[1]);
    expect(ends).toEqual(["P18", "P35", "P52"]);
    // The Summary prints its area, A1:O31 (see the page setup above), and Credit Review its header on every page.
    expect(content).toContain('table:cell-range-address="$Summary.$A1:.$O31" table:range-usable-as="print-range"');
    // The customer table's header row repeats on every printed page; the sheets print landscape.
    const review = /<table:table table:name="Credit Review"[\s\S]*?<\/table:table>/.exec(content)![0];
    expect(/<table:table-header-rows>[\s\S]*?<\/table:table-header-rows>/.exec(review)![0]).toContain(
      "<text:p>Customer ID</text:p>",
    );
    const styles = await ods.file("styles.xml")!.async("string");
    expect(styles).toMatch(/style:print-orientation="landscape"[^>]*style:scale-to-X="1"/);
  }, 120_000);
});
