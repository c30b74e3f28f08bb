import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addNativeCharts, chartXml, withDrawingElement } from "../../src/files/xlsxCharts";
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
        {
          kind: "columnClustered",
          title: "Aging <by bucket>",
          table: "Aging_Buckets",
          categoryColumn: 0,
          seriesColumns: [1],
          anchorRow: 2,
          anchorColumn: 4,
        },
        {
          kind: "pie",
          title: "Share",
          table: "Aging_Buckets",
          categoryColumn: 0,
          seriesColumns: [1],
          anchorRow: 20,
          anchorColumn: 4,
        },
      ],
    },
    { name: "Notes", tables: [] },
  ],
  historyAppend: { sheetName: "ReviewHistory", columns: [], rows: [] },
};

/**
 * The workbook as a sink draws it: the table's header at its startRow, data below, as an Excel table, with a data bar
 * over the amounts (ExcelJS writes a data bar with an `<extLst>` of its own inside the conditional format).
 */
async function workbookFor(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Aging & Grades");
  ws.addTable({
    name: "Aging_Buckets",
    ref: "A3",
    columns: aging.columns.map((c) => ({ name: c.header })),
    rows: aging.rows as unknown[][],
  });
  ws.addConditionalFormatting({
    ref: "B4:B7",
    rules: [
      {
        type: "dataBar",
        priority: 1,
        gradient: false,
        cfvo: [{ type: "min" }, { type: "max" }],
        color: { argb: "FF5B9BD5" },
      } as ExcelJS.DataBarRuleType,
    ],
  });
  wb.addWorksheet("Notes").getCell("A1").value = "no charts here";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** An XML attribute's text: the entities LibreOffice writes, decoded. */
function attribute(text: string): string {
  return text.replace(
    /&(apos|quot|lt|gt|amp);/g,
    (_, e: string) => ({ apos: "'", quot: '"', lt: "<", gt: ">", amp: "&" })[e]!,
  );
}

describe("native charts in .xlsx files", () => {
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
    expect(
      Object.keys(zip.files)
        .filter((f) => /^xl\/(charts|drawings)\//.test(f))
        .sort(),
    ).toEqual(
      [
        "xl/charts/",
        "xl/charts/chart1.xml",
        "xl/charts/chart2.xml",
        "xl/drawings/",
        "xl/drawings/_rels/",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/drawings/drawing1.xml",
      ].filter((f) => zip.files[f]),
    );
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const sheet1 = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet1).toMatch(/<drawing r:id="rId\d+"\/><tableParts/);
    expect(sheet1.match(/<drawing /g)).toHaveLength(1); // once, and not inside the data bar's cfRule
    const original = await JSZip.loadAsync(before);
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toBe(
      await original.file("xl/worksheets/sheet2.xml")!.async("string"),
    );
    // ExcelJS still reads it, values intact.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(after.buffer.slice(after.byteOffset, after.byteOffset + after.byteLength) as ArrayBuffer);
    expect(wb.getWorksheet("Aging & Grades")!.getCell("B5").value).toBe(400.5);
  });

  it("puts <drawing> among the worksheet's own children, before tableParts, never in a nested extLst", () => {
    // CT_Worksheet: … conditionalFormatting … pageSetup, drawing, legacyDrawing, …, tableParts, extLst.
    const sheet =
      '<?xml version="1.0"?>\n<worksheet xmlns="main" xmlns:r="rels"><sheetData/>' +
      '<conditionalFormatting sqref="B4:B8"><cfRule type="dataBar"><dataBar/><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting>' +
      '<pageSetup orientation="landscape"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="y"/></extLst></worksheet>';
    expect(withDrawingElement(sheet, "rId9")).toBe(sheet.replace("<tableParts", '<drawing r:id="rId9"/><tableParts'));
    // Nothing after it: at the end of the worksheet; no relationships namespace yet: declared.
    expect(withDrawingElement('<worksheet xmlns="main"><sheetData/></worksheet>', "rId1")).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="main"><sheetData/><drawing r:id="rId1"/></worksheet>',
    );
  });

  it("opens in LibreOffice, which renders each chart as a chart object over the table's cells", async () => {
    const dir = mkdtempSync(join(tmpdir(), "credit-desk-charts-"));
    const file = join(dir, "charts.xlsx");
    writeFileSync(file, await addNativeCharts(await workbookFor(), layout));
    execFileSync(
      "soffice",
      ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "ods", "--outdir", dir, file],
      {
        timeout: 120000,
        stdio: "ignore",
      },
    );
    const ods = await JSZip.loadAsync(readFileSync(join(dir, "charts.ods")));
    const content = await ods.file("content.xml")!.async("string");
    // Two embedded chart documents, each updated from the bucket names (A4:A7) and amounts (B4:B7, header B3).
    const objects = [
      ...content.matchAll(/<draw:object draw:notify-on-update-of-ranges="([^"]*)" xlink:href="\.\/([^"]+)"/g),
    ];
    const ranges =
      "'Aging & Grades'.A4:'Aging & Grades'.A7 'Aging & Grades'.B3:'Aging & Grades'.B3 'Aging & Grades'.B4:'Aging & Grades'.B7";
    expect(objects.map((m) => attribute(m[1]))).toEqual([ranges, ranges]);
    const charts = await Promise.all(objects.map((m) => ods.file(`${m[2]}/content.xml`)!.async("string")));
    expect(charts.map((xml) => /<chart:chart [^>]*chart:class="chart:(\w+)"/.exec(xml)?.[1])).toEqual([
      "bar",
      "circle",
    ]);
    const values = charts.map((xml) =>
      attribute(/<chart:series [^>]*chart:values-cell-range-address="([^"]*)"/.exec(xml)?.[1] ?? ""),
    );
    expect(values).toEqual(["'Aging & Grades'.B4:'Aging & Grades'.B7", "'Aging & Grades'.B4:'Aging & Grades'.B7"]);
  }, 150000);
});
