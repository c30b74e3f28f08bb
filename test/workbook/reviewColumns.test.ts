/**
 * The review's columns are found by code, not by position or translated header: a few columns pinned by hand, code →
 * header → number format → conditional format, in both languages. Positions, headers and colours are written out
 * here, not read from the specs, so a column moved or relabelled by mistake fails.
 */
import type { Locale } from "../../src/core/messages";
import { reviewPortfolio } from "../../src/core/portfolio/review";
import { CREDIT_REVIEW_ID_COLUMN, reviewLayout } from "../../src/workbook/reviewLayout";
import { ALERT_COLUMNS, DATA_ISSUE_COLUMNS } from "../../src/workbook/reviewColumns";
import { VALIDATION_COLUMNS } from "../../src/workbook/scorecardLayout";
import { columnIndex, noteRow } from "../../src/workbook/sheetColumns";
import { AS_OF, assess, portfolio, settings } from "../fixtures/reviewFixture";

const review = reviewPortfolio(portfolio, AS_OF, settings, assess);

/** The headers this test pins, per language (the sheet-label catalogue's words, copied here by hand). */
const HEADERS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: { utilisation: "Utilisation", overLimit: "Over Limit", maxDpd: "Max DPD", grade: "Grade", priority: "Priority" },
  "zh-CN": {
    utilisation: "额度使用率",
    overLimit: "超额度",
    maxDpd: "最长逾期天数",
    grade: "等级",
    priority: "优先级",
  },
};

describe.each(["en", "zh-CN"] as const)("review columns by code (%s)", (locale) => {
  const layout = reviewLayout(review, [], locale);
  const words = HEADERS[locale];

  it("Credit Review: utilisation, over limit, max DPD and grade, with their formats and conditional formats", () => {
    const table = layout.sheets[1]!.tables[0]!;
    // A–H: ID, name, segment, exposure, credit limit, insured limit, utilisation (G = 6), over limit (H = 7); the
    // fixture's limits 30/60/90 make five aging buckets, I–M (8–12); then overdue 13, disputed 14, max DPD 15 (P);
    // avg DPD 16, DBT 17, DBT trend 18, sales 12m 19, monthly sales 20, DSO 21, Z 22, Z model 23, Z zone 24,
    // score 25, grade 26 (AA).
    expect(table.columns[6]).toEqual({ header: words.utilisation, numberFormat: "0.0%", width: 10 });
    expect(table.columns[7]).toEqual({ header: words.overLimit, numberFormat: undefined, width: 9 });
    expect(table.columns[15]).toEqual({ header: words.maxDpd, numberFormat: "0", width: 8 });
    expect(table.columns[26]).toEqual({ header: words.grade, numberFormat: undefined, width: 7 });
    const formats = table.conditionalFormats!;
    expect(formats.slice(0, 3)).toEqual([
      { kind: "rowWhenTrue", column: 7, fill: "#F8CBAD" },
      // Beyond the last bucket limit, 90 days.
      { kind: "cellValue", column: 15, operator: "greaterThan", value: 90, fill: "#FFC7CE", fontColor: "#9C0006" },
      { kind: "dataBar", column: 6, color: "#5B9BD5" },
    ]);
    const gradeFills = formats.slice(3);
    expect(gradeFills.length).toBeGreaterThan(0);
    for (const f of gradeFills) expect(f).toMatchObject({ kind: "textEquals", column: 26 });
  });

  it("Collections: max DPD (F), priority (G) and disputed (H), each with its conditional format", () => {
    const table = layout.sheets[4]!.tables[0]!;
    // Rank, ID, name, grade, overdue, max DPD (5), priority (6), disputed (7), stage.
    expect(table.columns[5]).toEqual({ header: words.maxDpd, numberFormat: "0", width: 8 });
    expect(table.columns[6]).toEqual({ header: words.priority, numberFormat: "#,##0;[Red]-#,##0", width: 16 });
    expect(table.conditionalFormats).toEqual([
      { kind: "cellValue", column: 5, operator: "greaterThan", value: 90, fill: "#FFC7CE", fontColor: "#9C0006" },
      { kind: "rowWhenTrue", column: 7, fill: "#FFEB9C" },
      { kind: "dataBar", column: 6, color: "#5B9BD5" },
    ]);
  });

  it("Aging: the amount's data bar on column B, the charts' categories and series by column", () => {
    const aging = layout.sheets[2]!;
    const [buckets, grades, top] = aging.tables;
    // Bucket, amount (B = 1); grade, count; rank, ID, name (2), exposure (3).
    expect(buckets!.conditionalFormats).toEqual([{ kind: "dataBar", column: 1, color: "#5B9BD5" }]);
    expect(grades!.columns[0]!.header).toBe(words.grade);
    expect(top!.conditionalFormats).toEqual([{ kind: "dataBar", column: 3, color: "#5B9BD5" }]);
    expect(aging.charts!.map((c) => [c.categoryColumn, c.seriesColumns])).toEqual([
      [0, [1]],
      [0, [1]],
      [2, [3]],
    ]);
  });
});

describe("columns found by code", () => {
  it("knows each column's place and refuses a code the table lacks", () => {
    // Severity, ID, name, rule, message (4).
    expect(columnIndex(ALERT_COLUMNS, "labelColMessage")).toBe(4);
    expect(() => columnIndex(ALERT_COLUMNS, "labelColPriority")).toThrow("labelColPriority");
  });

  it("puts a note row's text under its column and leaves the others blank", () => {
    // Sheet, row, column, value, action, message (5).
    expect(noteRow(DATA_ISSUE_COLUMNS, "labelColMessage", "3 more")).toEqual([null, null, null, null, null, "3 more"]);
  });

  it("the scorecard report's AUC and Built columns, which the Review tab reads back", () => {
    // Set, rows, goods, bads, AUC (4), Gini, KS, Built (7).
    expect(VALIDATION_COLUMNS).toEqual({ auc: 4, built: 7 });
  });

  it("the Credit Review's customer id column, which Excel filters and selects by", () => {
    // Customer ID is the table's first column (0), before the name.
    expect(CREDIT_REVIEW_ID_COLUMN).toBe(0);
  });
});
