/**
 * Native Excel charts for .xlsx files. ExcelJS writes no charts, so after it has written the workbook this adds
 * the DrawingML parts (chart, drawing, relationships, content types) for each LayoutChart, pointing at the cells
 * of the layout's tables. Excel and LibreOffice draw them from those cells; cached values are included so viewers
 * that do not recalculate show them too. Pure (bytes in, bytes out): used by the CLI and by the browser pane.
 */
import type JSZip from "jszip";
import type { LayoutChart, LayoutTable, SheetLayout, WorkbookLayout } from "../workbook/layout";
import { chartArea, columnLetters } from "../workbook/layout";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c] as string);
}

/** An absolute reference to one column of a table's data rows: 'Aging'!$B$4:$B$8. */
function columnRef(sheet: string, table: LayoutTable, column: number): string {
  const first = table.startRow + 2; // header at startRow (0-based) → data from the next 1-based row
  const last = table.startRow + 1 + Math.max(1, table.rows.length);
  const col = columnLetters(column);
  return `'${sheet.replace(/'/g, "''")}'!$${col}$${first}:$${col}$${last}`;
}

function headerRef(sheet: string, table: LayoutTable, column: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetters(column)}$${table.startRow + 1}`;
}

function strCache(values: readonly unknown[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(String(v ?? ""))}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly unknown[]): string {
  const pts = values
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** The chart part (c:chartSpace) for one LayoutChart over its table. */
export function chartXml(sheet: string, chart: LayoutChart, table: LayoutTable): string {
  const categories = table.rows.map((r) => r[chart.categoryColumn]);
  const series = chart.seriesColumns
    .map((column, i) => {
      const values = table.rows.map((r) => r[column]);
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(headerRef(sheet, table, column))}</c:f>${strCache([table.columns[column]?.header ?? ""])}</c:strRef></c:tx>` +
        (chart.kind === "columnClustered" || chart.kind === "bar" ? `<c:invertIfNegative val="0"/>` : "") +
        `<c:cat><c:strRef><c:f>${escapeXml(columnRef(sheet, table, chart.categoryColumn))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(columnRef(sheet, table, column))}</c:f>${numCache(values)}</c:numRef></c:val>` +
        (chart.kind === "line" ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`
      );
    })
    .join("");
  const axes = `<c:axId val="500001"/><c:axId val="500002"/>`;
  const axisXml =
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${chart.kind === "bar" ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${chart.kind === "bar" ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${chart.kind === "bar" ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="${chart.kind === "bar" ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  let plot: string;
  if (chart.kind === "pie") {
    plot = `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  } else if (chart.kind === "line") {
    plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>${axisXml}`;
  } else {
    const dir = chart.kind === "bar" ? "bar" : "col";
    plot = `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axes}</c:barChart>${axisXml}`;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="${chart.kind === "pie" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(anchors: readonly { chart: LayoutChart; rid: string }[]): string {
  const frames = anchors
    .map(({ chart, rid }, i) => {
      // The anchor's "to" cell is the first one past the chart: it ends at that cell's top-left corner.
      const area = chartArea(chart);
      const from = `<xdr:from><xdr:col>${area.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${area.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
      const to = `<xdr:to><xdr:col>${area.column + area.columnCount}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${area.row + area.rowCount}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
      return (
        `<xdr:twoCellAnchor>${from}${to}<xdr:graphicFrame macro="">` +
        `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
        `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rid}"/>` +
        `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${frames}</xdr:wsDr>`
  );
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

/** Sheet name → its part path (xl/worksheets/sheetN.xml), from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name !== undefined && target) out.set(unescapeXml(name), `xl/${target}`);
  }
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e] as string,
  );
}

/** The worksheet children that come after `<drawing>` in the schema (CT_Worksheet's sequence). */
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/**
 * Offset of the first direct child of `<worksheet>` that must follow `<drawing>`, or of `</worksheet>` when there is
 * none. Only children count: a conditional format's data bar carries an `<extLst>` of its own, and a drawing put
 * there (inside a cfRule) is dropped by LibreOffice and makes Excel repair the file.
 */
function drawingOffset(sheetXml: string): number {
  let depth = 0;
  for (const m of sheetXml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0) return m.index; // </worksheet>
      continue;
    }
    if (depth === 1 && AFTER_DRAWING.has(name)) return m.index;
    if (!selfClosing) depth++;
  }
  return sheetXml.length;
}

/** Inserts `<drawing r:id>` where the schema wants it: before legacyDrawing / tableParts / extLst, else at the end. */
export function withDrawingElement(sheetXml: string, rid: string): string {
  const withNs = /xmlns:r=/.test(sheetXml.slice(0, 600))
    ? sheetXml
    : sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_REL}"`);
  const at = drawingOffset(withNs);
  return `${withNs.slice(0, at)}<drawing r:id="${rid}"/>${withNs.slice(at)}`;
}

/**
 * Adds the layout's charts to an .xlsx written from that layout (sheets and tables at the layout's positions).
 * Sheets without charts, and every other part, are left byte for byte as they were.
 */
export async function addNativeCharts(xlsx: Uint8Array | ArrayBuffer, layout: WorkbookLayout): Promise<Uint8Array> {
  const sheetsWithCharts = layout.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (sheetsWithCharts.length === 0) return xlsx instanceof Uint8Array ? xlsx : new Uint8Array(xlsx);
  // Loaded on demand, like ExcelJS: a review that writes no workbook (CSV in, JSON out) never pays for JSZip.
  const { default: Zip } = await import("jszip");
  const zip = await Zip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let contentTypes = await zip.file("[Content_Types].xml")!.async("string");
  const existing = Object.keys(zip.files);
  let chartNo = existing.filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
  let drawingNo = existing.filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length;
  const overrides: string[] = [];

  for (const sheet of sheetsWithCharts) {
    const part = parts.get(sheet.name);
    if (!part) continue;
    const anchors: { chart: LayoutChart; rid: string }[] = [];
    const drawingRels: { id: string; type: string; target: string }[] = [];
    for (const chart of sheet.charts ?? []) {
      const table = findTable(sheet, chart.table);
      if (!table || table.rows.length === 0) continue;
      chartNo += 1;
      const rid = `rId${anchors.length + 1}`;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet.name, chart, table));
      overrides.push(`<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/>`);
      drawingRels.push({ id: rid, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
      anchors.push({ chart, rid });
    }
    if (anchors.length === 0) continue;
    drawingNo += 1;
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(anchors));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CT_DRAWING}"/>`);

    const sheetFile = part.split("/").pop()!;
    const relsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
    const relsFile = zip.file(relsPath);
    let sheetRels = relsFile ? await relsFile.async("string") : relsXml([]);
    const used = new Set([...sheetRels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const drawingRid = `rId${n}`;
    sheetRels = sheetRels.replace(
      /<\/Relationships>\s*$/,
      `<Relationship Id="${drawingRid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
    );
    zip.file(relsPath, sheetRels);
    zip.file(part, withDrawingElement(await zip.file(part)!.async("string"), drawingRid));
  }
  contentTypes = contentTypes.replace(/<\/Types>\s*$/, `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function findTable(sheet: SheetLayout, name: string): LayoutTable | undefined {
  return sheet.tables.find((t) => t.name === name);
}
