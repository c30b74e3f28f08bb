import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addNativeCharts, chartXml, columnLetters } from "../../src/files/xlsxCharts";
import type { LayoutTable, ReviewWorkbookLayout } from "../../src/workbook/layout";

const aging: LayoutTable = {
  name: "Aging_Buckets",
  startRow: 2,
  columns: [{ header: "Bucket" }, { header: "Amount" }],
  rows: [
    ["Not due", 1000],
    ["1-30", 400.5],
    ["31-60", 0],
    ["90+", 99.5],
  ],
};
const layout: ReviewWorkbookLayout = {
  sheets: [
    {
      name: "Aging & Grades",
      tables: [aging],
      charts: [
        { kind: "columnClustered", title: "Aging <by bucket>", table: "Aging_Buckets", categoryColumn: 0, seriesColumns: [1], anchorRow: 2, anchorColumn: 4 },
        { kind: "pie", title: "Share", table: "Aging_Buckets", categoryColumn: 0, seriesColumns: [1], anchorRow: 20, anchorColumn: 4 },
      ],
    },
    { name: "Notes", tables: [] },
  ],
  historyAppend: { sheetName: "ReviewHistory", columns: [], rows: [] },
};

/** The workbook as a sink draws it: the table's header at its startRow, data below, as an Excel table. */
async function workbookFor(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Aging & Grades");
  ws.addTable({ name: "Aging_Buckets", ref: "A3", columns: aging.columns.map((c) => ({ name: c.header })), rows: aging.rows as unknown[][] });
  wb.addWorksheet("Notes").getCell("A1").value = "no charts here";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("native charts in .xlsx files", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });

  it("points each series at the table's cells, quoting the sheet name, with cached values", () => {
    const xml = chartXml("Aging & Grades", layout.sheets[0].charts![0], aging);
    expect(xml).toContain("<c:f>'Aging &amp; Grades'!$A$4:$A$7</c:f>");
    expect(xml).toContain("<c:f>'Aging &amp; Grades'!$B$4:$B$7</c:f>");
    expect(xml).toContain("<c:f>'Aging &amp; Grades'!$B$3</c:f>");
    expect(xml).toContain('<c:pt idx="1"><c:v>400.5</c:v></c:pt>');
    expect(xml).toContain("<a:t>Aging &lt;by bucket&gt;</a:t>");
    expect(xml).toContain('<c:barDir val="col"/>');
  });

  it("adds chart and drawing parts, relationships and content types, and leaves sheets without charts alone", async () => {
    const before = await workbookFor();
    const after = await addNativeCharts(before, layout);
    const zip = await JSZip.loadAsync(after);
    expect(Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\//.test(f)).sort()).toEqual([
      "xl/charts/",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/",
      "xl/drawings/_rels/",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ].filter((f) => zip.files[f]));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet1).toMatch(/<drawing r:id="rId\d+"\/><tableParts/);
    const original = await JSZip.loadAsync(before);
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(await original.file("xl/worksheets/sheet2.xml")!.async("string"));
    // ExcelJS still reads it, values intact.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after.buffer.slice(after.byteOffset, after.byteOffset + after.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet("Aging & Grades")!.getCell("B5").value).toBe(400.5);
  });

  it("opens in LibreOffice, which renders the charts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credit-desk-charts-"));
    const file = join(dir, "charts.xlsx");
    writeFileSync(file, await addNativeCharts(await workbookFor(), layout));
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, file], {
      timeout: 120000,
      stdio: "ignore",
    });
    expect(readdirSync(dir)).toContain("charts.pdf");
  }, 150000);
});
