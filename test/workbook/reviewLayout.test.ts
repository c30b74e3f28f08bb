/** Review → sheet layouts and the JSON summary: the contract every sink draws and every scheduler reads. */
import { reviewPortfolio } from "../../src/core/portfolio/review";
import type { Alert } from "../../src/core/portfolio/reviewTypes";
import type { DataIssue } from "../../src/workbook/dataIssues";
import {
  REVIEW_SHEETS,
  gradeColour,
  keyValueColumns,
  kpiLabelWidth,
  reviewLayout,
  stackedCharts,
} from "../../src/workbook/reviewLayout";
import { alertMessage, bindingRuleText, zModelText, zoneText } from "../../src/workbook/reviewWords";
import { agingKeys, reviewSummary } from "../../src/workbook/reviewSummary";
import { HISTORY_SCHEMA } from "../../src/workbook/schema";
import {
  type CellArea,
  type LayoutTable,
  DATA_ISSUES_LISTED,
  SHEET_ROW_LIMIT,
  a1Area,
  a1Rows,
  chartArea,
  fitSheetRows,
  tableArea,
} from "../../src/workbook/layout";
import { AS_OF, assess, portfolio, settings } from "../fixtures/reviewFixture";
import { areasOverlap } from "../helpers/cellAreas";

const review = reviewPortfolio(portfolio, AS_OF, settings, assess);
const issues: DataIssue[] = [
  {
    sheet: "Invoices",
    row: 7,
    column: "Amount",
    value: "=1+1",
    action: "rejected",
    code: "issueNumberRejected",
    params: { column: "Amount", value: "=1+1" },
  },
];
const layout = reviewLayout(review, issues);
const sheet = (name: string) => layout.sheets.find((s) => s.name === name)!;

describe("reviewLayout", () => {
  it("has the review's own sheets, in order", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
    ]);
    expect(layout.historyAppend.sheetName).toBe(REVIEW_SHEETS.history);
  });

  it("Summary: title, KPI block with the exact totals, customers and exposure per action", () => {
    const s = sheet("Summary");
    expect(s.title).toBe("Credit review as of 2026-06-30");
    const kpi = Object.fromEntries(s.keyValues!.items.map((i) => [i.label, i.value]));
    expect(kpi["Open receivables"]).toBe(6950.1);
    expect(kpi["Overdue receivables"]).toBe(550.1);
    expect(kpi["Provision (matrix)"]).toBe(228.05);
    expect(kpi["Alerts"]).toBe(11); // the fixture's ten, and A's dispute 91 days past due (> 45): escalate
    expect(kpi["Data issues"]).toBe(1);
    // The KPI block from row 2 (0-based; the title on 0, a blank row between), 23 KPIs: rows 2–24; a blank row, then
    // the actions table's header on 2 + 23 + 1 = 26.
    expect(s.keyValues!.startRow).toBe(2);
    expect(s.keyValues!.items).toHaveLength(23);
    const actions = s.tables[0];
    expect(actions.name).toBe("Summary_Actions");
    expect(actions.startRow).toBe(26);
    expect(actions.columns.map((c) => c.header)).toEqual(["Action", "Customers", "Exposure"]);
    // Worst first. C (exposure 100.1) is stopped; A (850) and B (6,000) are reduced: 6,850; no keep, no increase.
    expect(actions.rows).toEqual([
      ["Stop credit sales", 1, 100.1],
      ["Reduce limit", 2, 6850],
      ["Keep limit", 0, 0],
      ["Increase limit", 0, 0],
    ]);
    expect(s.freezeRows ?? 0).toBe(0);
  });

  it("Credit Review: the customer table alone, its header on row 1, only that row frozen", () => {
    const s = sheet("Credit Review");
    expect(s.title).toBeUndefined();
    expect(s.keyValues).toBeUndefined();
    expect(s.tables).toHaveLength(1);
    const table = s.tables[0];
    expect(table.name).toBe("CreditReview_Customers");
    expect(table.startRow).toBe(0);
    expect(s.freezeRows).toBe(1);
    expect(table.rows).toHaveLength(3);
    const headers = table.columns.map((c) => c.header);
    const a = table.rows[0];
    expect(a[headers.indexOf("Exposure")]).toBe(850);
    expect(headers.slice(8, 13)).toEqual(["Not due", "1-30", "31-60", "61-90", "90+"]);
    expect(a.slice(8, 13)).toEqual([400, -50, 300, 0, 200]);
  });

  it("conditional formats: over-limit rows, 90+ days, grade colours best to worst", () => {
    const cfs = sheet("Credit Review").tables[0].conditionalFormats!;
    expect(cfs.map((c) => c.kind)).toEqual([
      "rowWhenTrue",
      "cellValue",
      "dataBar",
      "textEquals",
      "textEquals",
      "textEquals",
    ]);
    expect(cfs[1]).toMatchObject({ operator: "greaterThan", value: 90 });
    expect(gradeColour(0, 5)).toBe("#63BE7B");
    expect(gradeColour(4, 5)).toBe("#FF4B4B");
  });

  it("Aging: buckets add up to open receivables; charts for aging, grades and concentration", () => {
    const s = sheet("Aging");
    const amounts = s.tables[0].rows.map((r) => r[1] as number);
    expect(amounts.reduce((x, y) => x + y, 0)).toBeCloseTo(6950.1, 9);
    expect(s.charts!.map((c) => c.table)).toEqual(["Aging_Buckets", "Aging_Grades", "Aging_Top10"]);
    expect(s.tables[2].rows.map((r) => r[1])).toEqual(["B", "A", "C"]);
  });

  it("Aging: the charts stand beside the tables, each level with its table unless the chart above reaches it", () => {
    const s = sheet("Aging");
    // Tables: buckets at row 2 (header + 5 buckets → rows 2–7); grades at 2 + 5 + 3 = 10 (header + A, B, C → 10–13);
    // top exposures at 10 + 3 + 3 = 16 (header + 3 customers → 16–19). Widest table: 6 columns (A–F).
    expect(s.tables.map((t) => t.startRow)).toEqual([2, 10, 16]);
    // Charts 16 rows × 8 columns from column 6 + 2 = 8 (I): the first at its table, row 2 (rows 2–17); the second
    // not at 10, where the first still is, but at 17 + 2 = 19 (19–34); the third at 34 + 2 = 36 (36–51).
    expect(s.charts!.map(chartArea)).toEqual([
      { row: 2, column: 8, rowCount: 16, columnCount: 8 },
      { row: 19, column: 8, rowCount: 16, columnCount: 8 },
      { row: 36, column: 8, rowCount: 16, columnCount: 8 },
    ]);
    const title: CellArea = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
    const blocks = [title, ...s.tables.map(tableArea), ...s.charts!.map(chartArea)];
    for (const [i, a] of blocks.entries()) for (const b of blocks.slice(i + 1)) expect(areasOverlap(a, b)).toBe(false);
  });

  it("stackedCharts: a chart waits for its table when the table starts below the chart above", () => {
    const table = (name: string, startRow: number, columns: number): LayoutTable => ({
      name,
      startRow,
      columns: Array.from({ length: columns }, (_, j) => ({ header: `H${j}` })),
      rows: [],
    });
    const chart = (name: string) => ({
      kind: "pie" as const,
      title: name,
      table: name,
      categoryColumn: 0,
      seriesColumns: [1],
    });
    // A 3-column table at row 0 and a 2-column one at row 40: the charts go to column 3 + 2 = 5, the first at row 0
    // (rows 0–15), the second at its table's row 40, below the first's 15 + 2 = 17.
    const placed = stackedCharts([table("T1", 0, 3), table("T2", 40, 2)], [chart("T1"), chart("T2")]);
    expect(placed.map((c) => [c.anchorRow, c.anchorColumn])).toEqual([
      [0, 5],
      [40, 5],
    ]);
    expect(areasOverlap(chartArea(placed[0]), chartArea(placed[1]))).toBe(false);
    expect(
      areasOverlap(
        { row: 0, column: 0, rowCount: 2, columnCount: 2 },
        { row: 1, column: 1, rowCount: 1, columnCount: 1 },
      ),
    ).toBe(true);
  });

  it("every review sheet prints landscape, one page wide, over what it writes, its header repeated", () => {
    const print = (name: string) => sheet(name).print!;
    for (const s of layout.sheets) expect(s.print).toMatchObject({ orientation: "landscape", pagesWide: 1 });
    // Credit Review: the header on row 1 and 3 customers (rows 1–4); 8 + 5 buckets + 34 columns = 47 (A–AU).
    expect(sheet("Credit Review").tables[0].columns).toHaveLength(47);
    expect(a1Area(print("Credit Review").area!)).toBe("A1:AU4");
    expect(a1Rows(print("Credit Review").titleRows!)).toBe("1:1");
    // Aging: down to the last chart's row 51 (52 rows), across to its column 8 + 8 = 16 (A–P); no single header.
    expect(a1Area(print("Aging").area!)).toBe("A1:P52");
    expect(print("Aging").titleRows).toBeUndefined();
    // Alerts: header + 11 alerts, 5 columns; Data Issues: header + 1 issue, 6 columns.
    expect(a1Area(print("Alerts").area!)).toBe("A1:E12");
    expect(a1Area(print("Data Issues").area!)).toBe("A1:F2");
    for (const name of ["Credit Review", "Alerts", "Collections", "Data Issues"]) {
      expect(print(name).titleRows).toEqual({ first: 0, last: 0 });
      expect(sheet(name).freezeRows).toBe(1);
    }
    expect(layout.historyAppend.print).toEqual({
      orientation: "landscape",
      pagesWide: 1,
      titleRows: { first: 0, last: 0 },
    });
  });

  it("Summary prints on one page: down to the actions table, across as far as the longest KPI note runs", () => {
    const s = sheet("Summary");
    // Title (row 1), KPIs (rows 3–25), a blank row, the actions header (27) and 4 actions (28–31): 31 rows.
    // The longest note, the provision's ("Σ aging bucket × loss rate, …"), is 111 characters; it starts in C, 16 wide
    // (the Exposure column), and runs on over standard columns of 8.43: ⌈(111 − 16) / 8.43⌉ = ⌈11.27⌉ = 12 more,
    // D–O. So A–O: 15 columns.
    const notes = s.keyValues!.items.flatMap((i) => (i.note ? [i.note.length] : []));
    expect(Math.max(...notes)).toBe(111);
    expect(s.print).toEqual({
      orientation: "landscape",
      pagesWide: 1,
      area: { row: 0, column: 0, rowCount: 31, columnCount: 15 },
    });
    expect(a1Area(s.print!.area!)).toBe("A1:O31");
    // In Chinese a full-width character takes two: the provision's note, 36 full-width characters and 10 narrow ones
    // ("IFRS 9 " and " × "), is 82 wide (the expected loss's too): ⌈(82 − 16) / 8.43⌉ = ⌈7.83⌉ = 8 after C, D–K.
    const zh = reviewLayout(review, issues, "zh-CN").sheets[0];
    expect(a1Area(zh.print!.area!)).toBe("A1:K31");
  });

  it("kpiLabelWidth: column A takes the longest bold label, a tenth wider, and 34 at the least", () => {
    const item = (label: string) => ({ label, value: 1 });
    expect(kpiLabelWidth([item("DSO"), item("HHI")])).toBe(34);
    // "Actions: increase / keep / reduce / stop" is 40 characters: ⌈40 × 1.1⌉ = 44.
    expect(kpiLabelWidth([item("DSO"), item("Actions: increase / keep / reduce / stop")])).toBe(44);
    expect(sheet("Summary").tables[0].columns[0].width).toBe(44); // the longest English KPI label is that one
    // 措施：(3 full-width, 6) 提高 维持 降低 停止 (8 full-width, 16) and three " / " (9): 31 wide, ⌈34.1⌉ = 35.
    expect(kpiLabelWidth([item("措施：提高 / 维持 / 降低 / 停止")])).toBe(35);
  });

  it("keyValueColumns: label and value in A–B; a note in C and the standard columns it runs over", () => {
    const item = (note?: string) => ({ label: "KPI", value: 1, note });
    expect(keyValueColumns([item(), item()], 16)).toBe(2);
    expect(keyValueColumns([item("short")], 16)).toBe(3); // fits in C
    expect(keyValueColumns([item("x".repeat(17))], 16)).toBe(4); // one character past C: D too
    expect(keyValueColumns([item("x".repeat(25))], 16)).toBe(5); // 9 past C: 9 / 8.43 > 1, D and E
    expect(keyValueColumns([item("应收".repeat(5))], 16)).toBe(4); // 10 characters, 20 wide: 4 past C
  });

  it("Alerts: worst first (severity, then the customer's exposure), a customer's alerts together, in words", () => {
    // C: scoreFloor, blacklistedExposure critical → a critical group. B (exposure 6,000) and A (850): high groups,
    // B first. Within a group worst first, in the order raised: B's gradeDowngrade (medium) last.
    expect(sheet("Alerts").tables[0].columns.map((c) => c.header)).toEqual([
      "Severity",
      "Customer ID",
      "Customer Name",
      "Rule",
      "Message",
    ]);
    expect(sheet("Alerts").tables[0].rows.map((r) => r.slice(0, 2).concat(r[3]))).toEqual([
      ["Critical", "C", "Score below floor"],
      ["Critical", "C", "Blacklisted with exposure"],
      ["High", "C", "Over limit"],
      ["High", "C", "Newly seriously late"],
      ["High", "B", "Score drop"],
      ["High", "B", "Over limit"],
      ["High", "B", "Concentration"],
      ["Medium", "B", "Grade downgrade"],
      ["High", "A", "Score drop"],
      ["High", "A", "Newly seriously late"],
      ["High", "A", "Dispute escalation"],
    ]);
    const zh = reviewLayout(review, issues, "zh-CN").sheets[3].tables[0];
    expect(zh.columns[0].header).toBe("严重程度");
    expect(zh.rows[0].slice(0, 4)).toEqual(["严重", "C", "Customer C", "评分低于下限"]);
    expect(
      zh.rows.flat().filter((v) => /^(scoreDrop|gradeDowngrade|overLimit|critical|high)$/.test(String(v))),
    ).toEqual([]);
  });

  it("Altman zones and models in words, in both languages; other text as it is", () => {
    expect(["Safe", "Grey", "Distress"].map((z) => zoneText(z, "zh-CN"))).toEqual(["安全区", "灰色区", "困境区"]);
    expect(zoneText("Grey", "en")).toBe("Grey");
    expect(["public", "private", "nonmfg", "em"].map((m) => zModelText(m, "en"))).toEqual([
      "Public Z",
      "Private Z′",
      "Non-manufacturing Z″",
      "Emerging-market EM",
    ]);
    expect(zModelText("private", "zh-CN")).toBe("非上市公司 Z′");
    expect(zModelText("toString", "en")).toBe("toString");
    // The Z-distress alert names the model: in words in the Alerts sheet's message, in both languages.
    const distress: Alert = {
      customerId: "A",
      customerName: "Customer A",
      rule: "zDistress",
      code: "alertZDistress",
      params: { z: 1.2, model: "private" },
    };
    expect(alertMessage(distress, "en")).toBe("Altman Z 1.2 (Private Z′) is in the distress zone.");
    expect(alertMessage(distress, "zh-CN")).toBe("Altman Z 值 1.2（非上市公司 Z′）处于困境区。");
    const zh = reviewLayout({ ...review, alerts: [distress] }, [], "zh-CN").sheets[3].tables[0].rows[0];
    expect(zh).toEqual(["高", "A", "Customer A", "Altman Z 困境区", "Altman Z 值 1.2（非上市公司 Z′）处于困境区。"]);
  });

  it("binding rules in words, the probation cap too; a rule the table does not know as it is", () => {
    expect(bindingRuleText("probationCap", "en")).toBe("Probation cap");
    expect(bindingRuleText("probationCap", "zh-CN")).toBe("考察期额度上限");
    expect(bindingRuleText("newCustomerCap", "zh-CN")).toBe("新客户上限");
    expect(bindingRuleText("test", "en")).toBe("test"); // the fixture's stand-in rule
  });

  it("Alerts, Collections and Data Issues carry their messages in words", () => {
    expect(sheet("Alerts").tables[0].rows).toHaveLength(11);
    // A's dispute is 91 days past due, beyond the policy's 45: escalated, in words.
    expect(sheet("Collections").tables[0].rows[0]).toEqual([
      1,
      "A",
      "Customer A",
      "A",
      200,
      91,
      18200,
      true,
      "Dispute escalation",
    ]);
    expect(sheet("Data Issues").tables[0].rows[0]).toEqual([
      "Invoices",
      7,
      "Amount",
      "=1+1",
      "rejected",
      "“=1+1” in Amount is not a number (expected a number such as 1234.56 or 1,234.56); the row was skipped.",
    ]);
  });

  it("history rows use the ReviewHistory schema's headers, so they read back", () => {
    expect(layout.historyAppend.columns.map((c) => c.header)).toEqual(HISTORY_SCHEMA.columns.map((c) => c.header));
    expect(layout.historyAppend.rows[0].slice(0, 5)).toEqual([AS_OF, "A", 80, "A", 850]);
  });

  it("labels and sheet names follow the locale (zh-CN); each sheet names its English edition as an alias", () => {
    const zh = reviewLayout(review, issues, "zh-CN");
    expect(zh.sheets.map((s) => s.name)).toEqual(["概览", "信用评审", "账龄", "预警", "催收", "数据问题"]);
    expect(zh.sheets.map((s) => s.aliases)).toEqual([
      ["Summary"],
      ["Credit Review"],
      ["Aging"],
      ["Alerts"],
      ["Collections"],
      ["Data Issues"],
    ]);
    expect(layout.sheets[0].aliases).toEqual(["概览"]);
    expect(layout.sheets[2].aliases).toEqual(["账龄"]);
    expect(zh.historyAppend.sheetName).toBe("评审历史");
    expect(zh.sheets[0].title).toBe("信用评审（基准日 2026-06-30）");
    expect(zh.sheets[0].keyValues!.items[3].label).toBe("应收账款余额");
    expect(zh.sheets[0].tables[0].columns.map((c) => c.header)).toEqual(["措施", "客户数", "敞口"]);
    expect(zh.sheets[0].tables[0].rows[0].slice(0, 2)).toEqual(["停止赊销", 1]);
    expect(zh.sheets[1].tables[0].columns[0].header).toBe("客户编号");
  });
});

describe("reviewSummary (the CLI's JSON)", () => {
  const summary = reviewSummary(review, issues);
  it("has every key of docs/architecture.md §Outputs with the definitions' values", () => {
    for (const key of [
      "asOf",
      "customers",
      "invoices",
      "openReceivables",
      "overdueReceivables",
      "aging",
      "creditSales365",
      "dso",
      "bpdso",
      "add",
      "ecl",
      "lossRates",
      "top10Share",
      "hhi",
      "overLimitCustomers",
      "gradeCounts",
      "alerts",
      "dataIssues",
    ]) {
      expect(summary).toHaveProperty(key);
    }
    expect(summary).toMatchObject({
      asOf: "2026-06-30",
      customers: 3,
      invoices: 9,
      openReceivables: 6950.1,
      overdueReceivables: 550.1,
      aging: { current: 6400, d1_30: -50, d31_60: 300, d61_90: 0, d90plus: 300.1 },
      creditSales365: 8450.1,
      ecl: 228.05,
      lossRates: { current: 0.01, d1_30: 0.02, d31_60: 0.05, d61_90: 0.1, d90plus: 0.5 },
      top10Share: 1,
      overLimitCustomers: 2,
      overLimitList: ["B", "C"],
      gradeCounts: { A: 1, B: 1, C: 1 },
      alerts: 11,
      dataIssues: 1,
    });
    expect(summary.dso).toBeCloseTo((6950.1 / 8450.1) * 365, 9);
  });
  it("aging keys follow the policy's bucket limits", () => {
    expect(agingKeys([30, 60, 90])).toEqual(["current", "d1_30", "d31_60", "d61_90", "d90plus"]);
    expect(agingKeys([15, 45])).toEqual(["current", "d1_15", "d16_45", "d45plus"]);
  });
});

describe("a sheet holds at most 1,048,576 rows (Excel's specifications and limits)", () => {
  it("fitSheetRows keeps what fits under the header and says how many rows were left out", () => {
    const rows = Array.from({ length: SHEET_ROW_LIMIT + 9 }, (_, i) => [i]);
    const fitted = fitSheetRows(rows, 0, (n) => [`${n} more`]);
    expect(fitted).toHaveLength(SHEET_ROW_LIMIT - 1); // header + rows = the whole sheet
    expect(fitted[fitted.length - 2]).toEqual([SHEET_ROW_LIMIT - 3]);
    // Rows 0 … limit-3 kept: limit-2 of them; the rest, (limit + 9) - (limit - 2) = 11, are counted in the note.
    expect(fitted[fitted.length - 1]).toEqual(["11 more"]);
    expect(fitSheetRows(rows.slice(0, 10), 0, () => ["never"])).toHaveLength(10);
    expect(fitSheetRows(rows.slice(0, SHEET_ROW_LIMIT - 1), 0, () => ["never"])).toHaveLength(SHEET_ROW_LIMIT - 1);
  });

  it("more data issues than a sheet holds: the Data Issues sheet lists the first 100,000 and counts the rest", () => {
    const many: DataIssue[] = Array.from({ length: SHEET_ROW_LIMIT + 99 }, (_, i) => ({ ...issues[0], row: i + 2 }));
    const table = reviewLayout(review, many).sheets.find((s) => s.name === "Data Issues")!.tables[0];
    expect(table.rows).toHaveLength(DATA_ISSUES_LISTED + 1);
    expect(table.rows[DATA_ISSUES_LISTED - 1][1]).toBe(DATA_ISSUES_LISTED + 1); // the 100,000th issue, on sheet row 100,001
    expect(table.rows[DATA_ISSUES_LISTED][5]).toBe(
      `${SHEET_ROW_LIMIT + 99 - DATA_ISSUES_LISTED} more data issues not listed: this sheet lists the first ${DATA_ISSUES_LISTED}. ` +
        "The review's data-issue counts include them all, and the command line writes every one to a CSV file next to the workbook.",
    );
    expect(reviewSummary(review, many).dataIssues).toBe(SHEET_ROW_LIMIT + 99);
    // Exactly as many as it lists: no note; one more: the first 100,000 and "1 more".
    const sheetOf = (n: number) =>
      reviewLayout(review, many.slice(0, n)).sheets.find((s) => s.name === "Data Issues")!.tables[0];
    expect(sheetOf(DATA_ISSUES_LISTED).rows).toHaveLength(DATA_ISSUES_LISTED);
    expect(sheetOf(DATA_ISSUES_LISTED).rows[DATA_ISSUES_LISTED - 1][5]).not.toMatch(/not listed/);
    expect(sheetOf(DATA_ISSUES_LISTED + 1).rows).toHaveLength(DATA_ISSUES_LISTED + 1);
    expect(sheetOf(DATA_ISSUES_LISTED + 1).rows[DATA_ISSUES_LISTED][5]).toMatch(/^1 more data issues not listed/);
  });
});
