/** Review → ReviewWorkbookLayout: the review's sheets, drawn the same by every sink (Excel, ExcelJS). */
import { isoFromSerial } from "../core/dates";
import { CREDIT_ACTIONS } from "../core/policy/creditPolicy";
import type { Locale, MessageParams } from "../core/messages";
import { triageAlerts } from "../core/portfolio/alertTriage";
import type { Review } from "../core/portfolio/reviewTypes";
import type { DataIssue } from "./dataIssues";
import { sheetLabel, type SheetLabelCode } from "./labels";
import {
  type ConditionalFormat,
  type LayoutKeyValues,
  type LayoutTable,
  type LayoutRow,
  type LayoutChart,
  type PrintSetup,
  type ReviewWorkbookLayout,
  type SheetLayout,
  CHART_SIZE,
  DATA_ISSUES_LISTED,
  STANDARD_COLUMN_WIDTH,
  chartArea,
  displayWidth,
  fitSheetRows,
  sheetExtent,
} from "./layout";
import { contractTableName } from "./contractTables";
import {
  actionColumns,
  AGING_BUCKET_COLUMNS,
  ALERT_COLUMNS,
  COLLECTION_COLUMNS,
  customerColumns,
  DATA_ISSUE_COLUMNS,
  GRADE_COLUMNS,
  HISTORY_COLUMNS,
  KPI_ROWS,
  TOP_EXPOSURE_COLUMNS,
  type ReviewContext,
  type TopExposureRow,
} from "./reviewColumns";
import { HISTORY_SCHEMA } from "./schema";
import { columnIndex, layoutColumns, layoutRows, noteRow, type ColumnCode, type SheetColumn } from "./sheetColumns";

/** The review's own sheets: a re-run replaces exactly these, and never touches any other sheet. */
export const REVIEW_SHEETS = {
  summary: "Summary",
  review: "Credit Review",
  aging: "Aging",
  alerts: "Alerts",
  collections: "Collections",
  dataIssues: "Data Issues",
  history: "ReviewHistory",
} as const;

export type ReviewSheet = keyof typeof REVIEW_SHEETS;

/** The review's sheets in a Chinese workbook; ReviewHistory is the contract's 评审历史. */
export const REVIEW_SHEETS_ZH: Readonly<Record<ReviewSheet, string>> = {
  summary: "概览",
  review: "信用评审",
  aging: "账龄",
  alerts: "预警",
  collections: "催收",
  dataIssues: "数据问题",
  history: contractTableName(HISTORY_SCHEMA.name, "zh-CN"),
};

const SHEET_NAMES: Readonly<Record<Locale, Readonly<Record<ReviewSheet, string>>>> = {
  en: REVIEW_SHEETS,
  "zh-CN": REVIEW_SHEETS_ZH,
};

/**
 * A review sheet's name in a locale.
 * @example reviewSheetName("aging", "zh-CN") // "账龄"
 */
export function reviewSheetName(sheet: ReviewSheet, locale: Locale): string {
  return SHEET_NAMES[locale][sheet];
}

/** The sheet's names in the other locales: an earlier review written in another language is replaced, not kept. */
function otherNames(sheet: ReviewSheet, locale: Locale): string[] {
  return (Object.keys(SHEET_NAMES) as Locale[]).filter((l) => l !== locale).map((l) => SHEET_NAMES[l][sheet]);
}

/** Fills used by the conditional formats: one place to restyle. */
export const REVIEW_COLOURS = {
  overLimit: "#F8CBAD",
  dpd90: "#FFC7CE",
  dpd90Font: "#9C0006",
  manualReview: "#FFEB9C",
  bar: "#5B9BD5",
  /** Best grade first; worse grades take the later colours. */
  grades: ["#63BE7B", "#A9D08E", "#C6E0B4", "#FFEB84", "#FFD966", "#F4B183", "#F8696B", "#FF4B4B"],
} as const;

type Label = (code: SheetLabelCode, params?: MessageParams) => string;

/** The grade fill for the i-th grade of n (best first), spreading the palette over however many grades the policy has. */
export function gradeColour(i: number, n: number): string {
  const palette = REVIEW_COLOURS.grades;
  const at = n <= 1 ? 0 : Math.round((i * (palette.length - 1)) / (n - 1));
  return palette[at] ?? palette[0];
}

/** The Summary's KPI block from row 3 (0-based 2): a row per KPI_ROWS entry, n/a for a figure without a value. */
function kpiBlock(x: ReviewContext, issues: readonly DataIssue[], label: Label): LayoutKeyValues {
  const na = label("labelNotAvailable");
  const kx = { ...x, issues };
  const items = KPI_ROWS.map((row) => {
    const value = row.value(kx);
    const note = row.note?.(kx);
    return {
      label: label(row.code),
      ...(value === undefined ? { value: na } : { value, numberFormat: row.format }),
      ...(note === undefined ? {} : { note }),
    };
  });
  return { startRow: 2, items };
}

/** Widths (characters) the sinks give the KPI block's label and value columns, at the least. */
const KPI_LABEL_WIDTH = 34;
const KPI_VALUE_WIDTH = 18;

/**
 * The width column A needs for the KPI block's labels: the longest label, a tenth wider as they are bold, and never
 * narrower than KPI_LABEL_WIDTH (a label cut by its value is unreadable on paper).
 * @example "Actions: increase / keep / reduce / stop" (40 characters) → ⌈40 × 1.1⌉ = 44
 */
export function kpiLabelWidth(items: LayoutKeyValues["items"]): number {
  return Math.max(KPI_LABEL_WIDTH, ...items.map((i) => Math.ceil(displayWidth(i.label) * 1.1)));
}

/**
 * The columns a sheet's key values print across: label and value in A and B, and each note from C running on over
 * the empty standard-width columns to its right (so a print area that stopped at C would cut the note short).
 * `noteColumnWidth` is column C's width.
 * @example a 110-character note, C 16 wide: 2 + 1 + ⌈(110 − 16) / 8.43⌉ = 15 columns (A–O)
 */
export function keyValueColumns(items: LayoutKeyValues["items"], noteColumnWidth: number): number {
  const widest = Math.max(0, ...items.map((i) => (i.note === undefined ? 0 : displayWidth(i.note))));
  if (widest === 0) return 2;
  return 3 + Math.ceil(Math.max(0, widest - noteColumnWidth) / STANDARD_COLUMN_WIDTH);
}

/**
 * The review's first sheet, `Summary` (`概览`): the title, the KPI block from row 3, and below it, after a blank row,
 * the customers and exposure per credit action. It prints landscape on one page, its notes in full.
 */
function summarySheet(x: ReviewContext, issues: readonly DataIssue[], label: Label): SheetLayout {
  const kpis = kpiBlock(x, issues, label);
  const columns = actionColumns(kpiLabelWidth(kpis.items), KPI_VALUE_WIDTH);
  const actions = specTable("Summary_Actions", kpis.startRow + kpis.items.length + 1, columns, CREDIT_ACTIONS, x);
  const sheet = withPrint({
    ...named("summary", x.locale),
    title: label("labelReviewTitle", { asOf: isoFromSerial(x.review.asOf) }),
    keyValues: kpis,
    tables: [actions],
  });
  const area = sheet.print!.area!;
  // The KPI notes run on from column C, over the action table's third column.
  const noteWidth = actions.columns[2]?.width ?? STANDARD_COLUMN_WIDTH;
  const columnCount = Math.max(area.columnCount, keyValueColumns(kpis.items, noteWidth));
  return { ...sheet, print: { ...sheet.print!, area: { ...area, columnCount } } };
}

/** A review sheet's name in the locale, and its names in the other locales as aliases. */
function named(sheet: ReviewSheet, locale: Locale): Pick<SheetLayout, "name" | "aliases"> {
  return { name: reviewSheetName(sheet, locale), aliases: otherNames(sheet, locale) };
}

/** A table from its column specs: headers in the context's language, each row's cells read column by column. */
function specTable<R>(
  name: string,
  startRow: number,
  columns: readonly SheetColumn<R, ReviewContext>[],
  rows: readonly R[],
  x: ReviewContext,
): LayoutTable {
  return { name, startRow, columns: layoutColumns(columns, x), rows: layoutRows(columns, rows, x) };
}

/** Fills a grade's cells in `column`, best grade first, in the palette spread over the policy's grades. */
function gradeFills(column: number, grades: readonly string[]): ConditionalFormat[] {
  return grades.map((grade, i) => ({ kind: "textEquals", column, text: grade, fill: gradeColour(i, grades.length) }));
}

/** Marks days past due in `column` beyond the policy's last bucket limit (90 by default). */
function seriouslyLate(column: number, review: Review): ConditionalFormat {
  return {
    kind: "cellValue",
    column,
    operator: "greaterThan",
    value: review.bucketLimits[review.bucketLimits.length - 1] ?? 0,
    fill: REVIEW_COLOURS.dpd90,
    fontColor: REVIEW_COLOURS.dpd90Font,
  };
}

function dataBar(column: number): ConditionalFormat {
  return { kind: "dataBar", column, color: REVIEW_COLOURS.bar };
}

/** The Credit Review's customer table, by name: the Excel adapter filters it and selects rows in it. */
export const CREDIT_REVIEW_TABLE = "CreditReview_Customers";

/** The Credit Review table's customer-id column (0-based), found by its code like every other column. */
export const CREDIT_REVIEW_ID_COLUMN = columnIndex(customerColumns(0), "labelColCustomerId");

/**
 * The Credit Review's table, one row per customer from row 1: customers over limit filled whole, days past due
 * beyond the last bucket marked, utilisation as data bars and each grade in its colour.
 */
function customerTable(x: ReviewContext): LayoutTable {
  const columns = customerColumns(x.review.kpis.aging.length);
  const at = (code: ColumnCode) => columnIndex(columns, code);
  const table = specTable(CREDIT_REVIEW_TABLE, 0, columns, x.review.customers, x);
  const conditionalFormats: ConditionalFormat[] = [
    { kind: "rowWhenTrue", column: at("labelColOverLimit"), fill: REVIEW_COLOURS.overLimit },
    seriouslyLate(at("labelColMaxDpd"), x.review),
    dataBar(at("labelColUtilisation")),
    ...gradeFills(
      at("labelColGrade"),
      x.review.kpis.gradeCounts.map((g) => g.grade),
    ),
  ];
  return { ...table, conditionalFormats };
}

/** The ten largest exposures with their rank and running share (added in order, largest first). */
function topExposureRows(review: Review): TopExposureRow[] {
  let cumulative = 0;
  return review.topExposures.map((t, i) => {
    cumulative += t.share;
    return { ...t, rank: i + 1, cumulative };
  });
}

/** A chart over a table's columns, named by code: the categories and each series. */
function chartOf<R>(
  kind: LayoutChart["kind"],
  title: string,
  table: LayoutTable,
  columns: readonly SheetColumn<R, ReviewContext>[],
  category: ColumnCode,
  series: ColumnCode,
): Omit<LayoutChart, "anchorRow" | "anchorColumn"> {
  return {
    kind,
    title,
    table: table.name,
    categoryColumn: columnIndex(columns, category),
    seriesColumns: [columnIndex(columns, series)],
  };
}

/**
 * The Aging sheet's tables, one below the other: the buckets with their loss rates and provision (from row 3), the
 * customers per grade, and the ten largest exposures, each three rows below the one above.
 */
function agingTables(x: ReviewContext): [buckets: LayoutTable, grades: LayoutTable, top: LayoutTable] {
  const k = x.review.kpis;
  const bucketRows = k.aging.map((_, b) => b);
  const buckets: LayoutTable = {
    ...specTable("Aging_Buckets", 2, AGING_BUCKET_COLUMNS, bucketRows, x),
    conditionalFormats: [dataBar(columnIndex(AGING_BUCKET_COLUMNS, "labelColAmount"))],
  };
  const gradeStart = buckets.startRow + buckets.rows.length + 3;
  const grades: LayoutTable = {
    ...specTable("Aging_Grades", gradeStart, GRADE_COLUMNS, k.gradeCounts, x),
    conditionalFormats: gradeFills(
      columnIndex(GRADE_COLUMNS, "labelColGrade"),
      k.gradeCounts.map((g) => g.grade),
    ),
  };
  const topStart = gradeStart + Math.max(1, grades.rows.length) + 3;
  const top: LayoutTable = {
    ...specTable("Aging_Top10", topStart, TOP_EXPOSURE_COLUMNS, topExposureRows(x.review), x),
    conditionalFormats: [dataBar(columnIndex(TOP_EXPOSURE_COLUMNS, "labelColExposure"))],
  };
  return [buckets, grades, top];
}

/** The Aging sheet: its three tables, and a chart of each beside them (columns named by code). */
function agingSheet(x: ReviewContext, label: Label): SheetLayout {
  const tables = agingTables(x);
  const [buckets, grades, top] = tables;
  const charts = [
    chartOf(
      "columnClustered",
      label("labelChartAging"),
      buckets,
      AGING_BUCKET_COLUMNS,
      "labelColBucket",
      "labelColAmount",
    ),
    chartOf("pie", label("labelChartGrades"), grades, GRADE_COLUMNS, "labelColGrade", "labelColCount"),
    chartOf(
      "bar",
      label("labelChartConcentration"),
      top,
      TOP_EXPOSURE_COLUMNS,
      "labelColCustomerName",
      "labelColExposure",
    ),
  ];
  return withPrint({
    ...named("aging", x.locale),
    title: label("labelChartAging"),
    tables,
    charts: stackedCharts(tables, charts),
  });
}

/** Empty columns between the widest table and the charts beside the tables. */
const CHART_GAP_COLUMNS = 2;

/**
 * Places charts in one column to the right of the sheet's tables, each level with its own table's header unless
 * the chart above still reaches that row, then one row below that chart: so no chart covers another or a table,
 * however many buckets, grades or top exposures there are.
 * @example 3 tables of 6 columns at rows 2, 10, 19 → charts at I3, I20, I37 (16 rows tall, one row apart)
 */
export function stackedCharts(
  tables: readonly LayoutTable[],
  charts: readonly Omit<LayoutChart, "anchorRow" | "anchorColumn">[],
): LayoutChart[] {
  const anchorColumn = Math.max(0, ...tables.map((t) => t.columns.length)) + CHART_GAP_COLUMNS;
  let free = 0; // the first row below the last placed chart, plus a blank row
  return charts.map((chart) => {
    const table = tables.find((t) => t.name === chart.table);
    const placed: LayoutChart = {
      ...chart,
      anchorRow: Math.max(table?.startRow ?? 0, free),
      anchorColumn,
      heightRows: CHART_SIZE.rows,
      widthColumns: CHART_SIZE.columns,
    };
    const area = chartArea(placed);
    free = area.row + area.rowCount + 1;
    return placed;
  });
}

/**
 * Every review sheet prints landscape, one page wide, over the cells it writes, with its table's header row
 * (`headerRow`, 0-based) repeated on every page when the sheet is one table.
 */
function withPrint(sheet: Omit<SheetLayout, "print">, headerRow?: number): SheetLayout {
  const print: PrintSetup = {
    orientation: "landscape",
    pagesWide: 1,
    area: sheetExtent(sheet),
    ...(headerRow !== undefined ? { titleRows: { first: headerRow, last: headerRow } } : {}),
  };
  return { ...sheet, print };
}

/** A sheet of one table from row 1, its header frozen and repeated on every printed page. */
function listSheet(sheet: ReviewSheet, table: LayoutTable, locale: Locale): SheetLayout {
  return withPrint({ ...named(sheet, locale), tables: [table], freezeRows: 1 }, 0);
}

/** The Alerts sheet, in the order a credit manager works them (triageAlerts): severity, exposure, worst first. */
function alertsTable(x: ReviewContext, label: Label): LayoutTable {
  const alerts = triageAlerts(x.review).flatMap((group) => group.alerts);
  const rows = fitSheetRows(layoutRows(ALERT_COLUMNS, alerts, x), 0, (count) =>
    noteRow(ALERT_COLUMNS, "labelColMessage", label("labelRowsNotListed", { count })),
  );
  return { name: "Alerts_List", startRow: 0, columns: layoutColumns(ALERT_COLUMNS, x), rows };
}

/**
 * The Collections worklist, highest priority first: days past due beyond the last bucket marked, disputed lines
 * filled for manual review, the priority as data bars.
 */
function collectionsTable(x: ReviewContext, label: Label): LayoutTable {
  const at = (code: ColumnCode) => columnIndex(COLLECTION_COLUMNS, code);
  const rows = fitSheetRows(layoutRows(COLLECTION_COLUMNS, x.review.collections, x), 0, (count) =>
    noteRow(COLLECTION_COLUMNS, "labelColCustomerName", label("labelRowsNotListed", { count })),
  );
  return {
    name: "Collections_Worklist",
    startRow: 0,
    columns: layoutColumns(COLLECTION_COLUMNS, x),
    rows,
    conditionalFormats: [
      seriouslyLate(at("labelColMaxDpd"), x.review),
      { kind: "rowWhenTrue", column: at("labelColDisputed"), fill: REVIEW_COLOURS.manualReview },
      dataBar(at("labelColPriority")),
    ],
  };
}

/**
 * The Data Issues sheet's table: every issue up to DATA_ISSUES_LISTED; past that, the first DATA_ISSUES_LISTED and a
 * row saying how many more there are (no row is built for those).
 */
function dataIssuesTable(issues: readonly DataIssue[], x: ReviewContext, label: Label): LayoutTable {
  const listed = issues.length > DATA_ISSUES_LISTED ? issues.slice(0, DATA_ISSUES_LISTED) : issues;
  const rows: LayoutRow[] = layoutRows(DATA_ISSUE_COLUMNS, listed, x);
  if (issues.length > DATA_ISSUES_LISTED) {
    const count = issues.length - DATA_ISSUES_LISTED;
    const note = label("labelIssuesNotListed", { count, listed: DATA_ISSUES_LISTED });
    rows.push(noteRow(DATA_ISSUE_COLUMNS, "labelColMessage", note));
  }
  return { name: "Data_Issues", startRow: 0, columns: layoutColumns(DATA_ISSUE_COLUMNS, x), rows };
}

/**
 * The review as sheets: `Summary` (title, KPI block, customers and exposure per action; one printed page), `Credit
 * Review` (one row per customer from row 1, its header frozen), `Aging` (buckets with loss rates and provision, grade
 * distribution, top-10 exposures, and their charts), `Alerts`, `Collections` (worklist, highest priority first),
 * `Data Issues`, plus this review's rows for `ReviewHistory` (appended by the sink, never replaced). Sheet names,
 * titles and labels are in `locale` (`概览`, `信用评审`, `账龄`, `预警`, `催收`, `数据问题`, `评审历史` in Chinese); each
 * sheet names its other-language editions as aliases, so a re-run in the other language replaces them.
 * @example reviewLayout(review, read.issues).sheets.map((s) => s.name) // ["Summary", "Credit Review", "Aging", …]
 */
export function reviewLayout(
  review: Review,
  issues: readonly DataIssue[],
  locale: Locale = "en",
): ReviewWorkbookLayout {
  const label: Label = (code, params = {}) => sheetLabel(code, locale, params);
  const x: ReviewContext = { review, locale };
  return {
    sheets: [
      summarySheet(x, issues, label),
      listSheet("review", customerTable(x), locale),
      agingSheet(x, label),
      listSheet("alerts", alertsTable(x, label), locale),
      listSheet("collections", collectionsTable(x, label), locale),
      listSheet("dataIssues", dataIssuesTable(issues, x, label), locale),
    ],
    historyAppend: {
      sheetName: reviewSheetName("history", locale),
      // Its header on row 1 (as the review creates it), repeated on every page; it grows every review, so no area.
      print: { orientation: "landscape", pagesWide: 1, titleRows: { first: 0, last: 0 } },
      aliases: otherNames("history", locale),
      columns: layoutColumns(HISTORY_COLUMNS, x),
      rows: layoutRows(HISTORY_COLUMNS, review.customers, x),
    },
  };
}
