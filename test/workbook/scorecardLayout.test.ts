/** The scorecard builder's sheets as a layout, on the German credit data (test/fixtures/germancredit.csv). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildScorecard, type ScorecardBuild } from "../../src/core/modelling/scorecardBuilder";
import { parseScorecard, scoreOnScorecard } from "../../src/core/scoring/scorecard";
import { drawReview, reviewPackage } from "../../src/files/xlsxReviewDrawing";
import type { LayoutTable, SheetLayout, WorkbookLayout } from "../../src/workbook/layout";
import { scorecardData } from "../../src/workbook/runScorecardBuild";
import {
  SCORECARD_REPORT_TABLES,
  SCORECARD_SHEETS,
  VALIDATION_COLUMNS,
  scorecardFlagText,
  scorecardLayout,
} from "../../src/workbook/scorecardLayout";
import { germanCreditRows } from "../fixtures/germanCredit";

const [header, ...rows] = germanCreditRows();
const data = scorecardData(header, rows);
const SEED = 7;
let build: ScorecardBuild;
let layout: WorkbookLayout;
let zh: WorkbookLayout;

beforeAll(() => {
  build = buildScorecard(data, { target: "creditability", seed: SEED });
  layout = scorecardLayout(build, { source: "Applicants", target: "creditability", seed: SEED });
  zh = scorecardLayout(build, { source: "Applicants", target: "creditability", seed: SEED, locale: "zh-CN" });
});

const sheet = (l: WorkbookLayout, name: string): SheetLayout => l.sheets.find((s) => s.name === name)!;
const table = (s: SheetLayout, name: string): LayoutTable => s.tables.find((t) => t.name === name)!;
const report = () => sheet(layout, SCORECARD_SHEETS.report);

describe("scorecardLayout: the sheets", () => {
  it("has the sheets Scorecard and Scorecard Report, and no history to append", () => {
    expect(layout.sheets.map((s) => s.name)).toEqual(["Scorecard", "Scorecard Report"]);
    expect(layout.historyAppend).toBeUndefined();
  });

  it("names its tables uniquely, in the letters a table name allows", () => {
    const names = layout.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(names).toEqual(["Scorecard", ...Object.values(SCORECARD_REPORT_TABLES)]);
    for (const name of names) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });
});

describe("scorecardLayout: the Scorecard sheet is the scorecard table (docs/architecture.md §Scorecard table)", () => {
  it("is one Excel table named Scorecard from A1: Factor, From, To, Category, Points, one row per bin", () => {
    // A hand-made points table: a numeric factor in two ranges (open below, open above) and a categorical one with
    // its (missing) bin. Blank cells (null) stand for an open end and for the unused Category or range.
    const handMade = {
      ...build,
      table: [
        { factor: "duration_in_month", to: 12, points: 60 },
        { factor: "duration_in_month", from: 12, points: 45 },
        { factor: "purpose", category: "car (new)", points: 40 },
        { factor: "purpose", category: "(missing)", points: 50 },
      ],
    };
    const card = sheet(
      scorecardLayout(handMade, { source: "Applicants", target: "creditability", seed: SEED }),
      "Scorecard",
    );
    expect(card.title).toBeUndefined();
    expect(card.tables).toHaveLength(1);
    const [t] = card.tables;
    expect(t).toMatchObject({ name: "Scorecard", startRow: 0 });
    expect(t.columns.map((c) => c.header)).toEqual(["Factor", "From", "To", "Category", "Points"]);
    expect(t.rows).toEqual([
      ["duration_in_month", null, 12, null, 60],
      ["duration_in_month", 12, null, null, 45],
      ["purpose", null, null, "car (new)", 40],
      ["purpose", null, null, "(missing)", 50],
    ]);
  });

  it("scores every applicant exactly as the builder did, through the parser CREDIT.SCORE and the review use", () => {
    const [t] = sheet(layout, "Scorecard").tables;
    const card = parseScorecard([t.columns.map((c) => c.header), ...t.rows]);
    expect(card.factors.map((f) => f.name)).toEqual(build.selected);
    data.rows.forEach((row, i) => {
      const total = scoreOnScorecard(
        card,
        (factor) => row[data.columns.indexOf(factor)] as string | number | null,
      ).total;
      expect(total).toBe(build.scores[i]);
    });
  });

  it("in Chinese, has Chinese headers that the parser reads to the same scorecard", () => {
    const [en] = sheet(layout, "Scorecard").tables;
    const [t] = sheet(zh, "Scorecard").tables;
    expect(t.name).toBe("Scorecard");
    expect(t.columns.map((c) => c.header)).toEqual(["因子", "下限", "上限", "类别", "分值"]);
    expect(t.rows).toEqual(en.rows);
    expect(parseScorecard([t.columns.map((c) => c.header), ...t.rows])).toEqual(
      parseScorecard([en.columns.map((c) => c.header), ...en.rows]),
    );
  });

  it("keeps factor names and categories, (missing) among them, as text", () => {
    const [t] = sheet(layout, "Scorecard").tables;
    expect(t.columns[0].numberFormat).toBe("@");
    expect(t.columns[3].numberFormat).toBe("@");
  });
});

describe("scorecardLayout: the Scorecard Report sheet", () => {
  it("titles the report with the data and the target, and lists the settings, scaling and PSI", () => {
    const r = report();
    expect(r.title).toBe("Scorecard report: Applicants, target creditability");
    const items = Object.fromEntries(r.keyValues!.items.map((item) => [item.label, item]));
    expect(items["Data"].value).toBe("Applicants");
    expect(items["Target (bad = 1)"].value).toBe("creditability");
    expect(items["Seed of the split"].value).toBe(SEED);
    expect(items["Selected variables"]).toMatchObject({
      value: build.selected.length,
      note: build.selected.join(", "),
    });
    expect(items["Base points"].value).toBe(600);
    expect(items["Base odds (good:bad)"].value).toBe(50);
    expect(items["Points to double the odds (PDO)"].value).toBe(20);
    // Siddiqi (2006), ch. 6: factor = 20 / ln 2 = 28.8539, offset = 600 − 28.8539 · ln 50 = 487.1229
    expect(items["Factor (PDO ÷ ln 2)"].value).toBeCloseTo(28.8539, 4);
    expect(items["Offset"].value).toBeCloseTo(487.1229, 4);
    expect(items["Intercept (α)"].value).toBe(build.intercept);
    expect(items["PSI, test vs train"].value).toBe(build.psi);
  });

  // The PSI rule of thumb (Siddiqi, Credit Risk Scorecards, 2006, ch. 8): below 0.10 no significant change,
  // 0.10 to 0.25 some change worth a look, above 0.25 a significant shift. Hand-made PSIs on each side of each edge.
  it.each([
    [0, "stable (< 0.10)", "稳定（< 0.10）"],
    [0.0999, "stable (< 0.10)", "稳定（< 0.10）"],
    [0.1, "some shift (0.10–0.25)", "略有偏移（0.10–0.25）"],
    [0.25, "some shift (0.10–0.25)", "略有偏移（0.10–0.25）"],
    [0.2501, "shifted (> 0.25)", "明显偏移（> 0.25）"],
    [0.6, "shifted (> 0.25)", "明显偏移（> 0.25）"],
  ])("notes a PSI of %d as %s", (psi, en, zhText) => {
    const note = (locale: "en" | "zh-CN") => {
      const l = scorecardLayout(
        { ...build, psi },
        { source: "Applicants", target: "creditability", seed: SEED, locale },
      );
      const item = sheet(l, SCORECARD_SHEETS.report).keyValues!.items[10];
      return { value: item.value, note: item.note };
    };
    expect(note("en")).toEqual({ value: psi, note: en });
    expect(note("zh-CN")).toEqual({ value: psi, note: zhText });
  });

  it("gives AUC, Gini and KS of the train and test sets", () => {
    const t = table(report(), SCORECARD_REPORT_TABLES.validation);
    expect(t.columns.map((c) => c.header)).toEqual(["Set", "Rows", "Goods", "Bads", "AUC", "Gini", "KS"]);
    expect(t.rows).toEqual([
      [
        "Train (development)",
        700,
        build.train.goods,
        build.train.bads,
        build.train.auc,
        build.train.gini,
        build.train.ks,
      ],
      ["Test (hold-out)", 300, build.test.goods, build.test.bads, build.test.auc, build.test.gini, build.test.ks],
    ]);
    expect(build.test.auc).toBeGreaterThan(0.7);
  });

  it("ends the validation table with the build date, in both languages, when the build gives one", () => {
    const built = 46359; // 2026-12-03
    for (const [locale, header] of [
      ["en", "Built"],
      ["zh-CN", "建立日期"],
    ] as const) {
      const dated = scorecardLayout(build, {
        source: "Applicants",
        target: "creditability",
        seed: SEED,
        locale,
        builtOn: built,
      });
      const t = table(sheet(dated, SCORECARD_SHEETS.report), SCORECARD_REPORT_TABLES.validation);
      expect(t.columns[VALIDATION_COLUMNS.built]).toMatchObject({ header, numberFormat: "yyyy-mm-dd" });
      expect(t.rows.map((r) => r[VALIDATION_COLUMNS.built])).toEqual([built, built]);
      expect(t.rows.map((r) => r[VALIDATION_COLUMNS.auc])).toEqual([build.train.auc, build.test.auc]);
    }
  });

  it("gives the score distribution by band, with shares that add up to 1 in each set", () => {
    const t = table(report(), SCORECARD_REPORT_TABLES.distribution);
    expect(t.rows).toHaveLength(build.distribution.length);
    expect(t.rows[0][0]).toMatch(/^\(-∞, \d+\)$/);
    expect(t.rows[t.rows.length - 1][0]).toMatch(/^\[\d+, \+∞\)$/);
    const total = (c: number) => t.rows.reduce((sum, r) => sum + (r[c] as number), 0);
    expect(total(1)).toBe(700);
    expect(total(4)).toBe(300);
    expect(total(2)).toBeCloseTo(1, 12);
    expect(total(5)).toBeCloseTo(1, 12);
    expect(t.rows.map((r) => r[3])).toEqual(build.distribution.map((b) => b.trainBadRate));
  });

  it("charts the distribution: a column chart of the train and test shares per band, beside the table", () => {
    const r = report();
    const t = table(r, SCORECARD_REPORT_TABLES.distribution);
    expect(r.charts).toEqual([
      {
        kind: "columnClustered",
        title: "Score distribution (share of rows per band)",
        table: t.name,
        categoryColumn: 0,
        seriesColumns: [2, 5],
        anchorRow: t.startRow,
        anchorColumn: 8,
      },
    ]);
    expect([2, 5].map((c) => t.columns[c].header)).toEqual(["Train share", "Test share"]);
  });

  it("ranks every candidate variable by IV with its kind, bins, selection, coefficient and flags", () => {
    const t = table(report(), SCORECARD_REPORT_TABLES.variables);
    expect(t.rows.map((r) => r[0])).toEqual(build.variables.map((v) => v.variable));
    const ivs = t.rows.map((r) => r[2] as number);
    expect(ivs).toEqual([...ivs].sort((a, b) => b - a));
    const selected = t.rows.filter((r) => r[4] === true);
    expect(selected.map((r) => r[0])).toEqual(expect.arrayContaining(build.selected));
    expect(selected).toHaveLength(build.selected.length);
    for (const r of selected) expect(r[5]).toBeLessThan(0); // a P(bad) model on WOE: β < 0
    for (const r of t.rows.filter((row) => row[4] === false)) expect(r[5]).toBeNull();
    expect(t.rows.map((r) => r[6])).toEqual(
      build.variables.map((v) => v.flags.map((f) => scorecardFlagText(f)).join("; ")),
    );
    // every variable left out says why
    for (const r of t.rows.filter((row) => row[4] === false)) expect(r[6]).not.toBe("");
    expect(t.rows.find((r) => r[0] === "duration_in_month")![1]).toBe("numeric");
    expect(t.conditionalFormats).toEqual([
      { kind: "rowWhenTrue", column: 4, fill: expect.any(String) },
      { kind: "dataBar", column: 2, color: expect.any(String) },
    ]);
  });

  it("lays its blocks out without overlap: each table below the last, the chart clear of the variables", () => {
    const r = report();
    const kv = r.keyValues!;
    let next = kv.startRow + kv.items.length;
    for (const t of r.tables) {
      expect(t.startRow).toBeGreaterThan(next);
      next = t.startRow + Math.max(1, t.rows.length);
    }
    const distribution = table(r, SCORECARD_REPORT_TABLES.distribution);
    const variables = table(r, SCORECARD_REPORT_TABLES.variables);
    expect(variables.startRow).toBeGreaterThan(distribution.startRow + 16); // the chart is 16 rows high
    for (const t of r.tables) expect(t.columns.length).toBeLessThanOrEqual(r.charts![0].anchorColumn);
  });

  it("in Chinese, labels everything from the zh-CN catalogue; sheet and table names stay fixed", () => {
    const r = sheet(zh, SCORECARD_SHEETS.report);
    expect(zh.sheets.map((s) => s.name)).toEqual(layout.sheets.map((s) => s.name));
    expect(r.tables.map((t) => t.name)).toEqual(report().tables.map((t) => t.name));
    expect(r.title).toBe("评分卡报告：Applicants，目标列 creditability");
    expect(table(r, SCORECARD_REPORT_TABLES.validation).rows.map((row) => row[0])).toEqual([
      "训练集（开发）",
      "测试集（保留）",
    ]);
    expect(r.charts![0].title).toBe("分数分布（各分数段行数占比）");
    const enLabels = report().keyValues!.items.map((i) => i.label);
    r.keyValues!.items.forEach((item, i) => expect(item.label).not.toBe(enLabels[i]));
  });
});

describe("scorecardFlagText", () => {
  it.each([
    [{ kind: "noValues" } as const, "no values", "无取值"],
    [{ kind: "weak" } as const, "weak (IV < 0.02)", "弱（IV < 0.02）"],
    [{ kind: "nonMonotonic" } as const, "non-monotonic WOE", "WOE 非单调"],
    [
      { kind: "correlated", with: "age", r: 0.7351 } as const,
      "correlated with age (r = 0.74)",
      "与 age 相关（r = 0.74）",
    ],
    [
      { kind: "wrongSign", coefficient: 0.2 } as const,
      "dropped: coefficient of the wrong sign",
      "已剔除：系数符号错误",
    ],
  ])("%j", (flag, en, zhText) => {
    expect(scorecardFlagText(flag, "en")).toBe(en);
    expect(scorecardFlagText(flag, "zh-CN")).toBe(zhText);
  });
});

describe("scorecardLayout drawn by the ExcelJS sink", () => {
  it("writes the Scorecard table, the report's tables, one native chart, and no ReviewHistory", async () => {
    const wb = new ExcelJS.Workbook();
    drawReview(wb, layout);
    const bytes = await reviewPackage(wb, layout);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Scorecard", "Scorecard Report"]);
    const card = back.getWorksheet("Scorecard")!;
    expect([1, 2, 3, 4, 5].map((c) => card.getCell(1, c).value)).toEqual([
      "Factor",
      "From",
      "To",
      "Category",
      "Points",
    ]);
    const tables = (ws: ExcelJS.Worksheet) =>
      ws.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name);
    expect(tables(card)).toEqual(["Scorecard"]);
    expect(tables(back.getWorksheet("Scorecard Report")!)).toEqual(Object.values(SCORECARD_REPORT_TABLES));
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0])!.async("string");
    const t = table(report(), SCORECARD_REPORT_TABLES.distribution);
    expect(xml).toContain(`'Scorecard Report'!$C$${t.startRow + 2}:$C$${t.startRow + 1 + t.rows.length}`);
    expect(xml).toContain('<c:barDir val="col"/>');
  });
});
