/** Hand-built inputs for the Office.js adapter's tests: a seeded workbook and a review layout of a chosen size. */
import { NumberFormats, type LayoutValue, type ReviewWorkbookLayout } from "../../src/workbook/layout";
import { FakeExcel } from "../fakes/excel/fakeExcel";

/** 2026-06-30 as an Excel serial date (1900 system). */
export const AS_OF = 46203;

/** Text a careless export can put in a cell; each must land as text, never as a formula. */
export const FORMULA_LIKE = [
  '=HYPERLINK("http://x")',
  "+44 20 7946 0000",
  "-5% early payment",
  "@ops please call",
  "00123",
];

export function customerId(i: number): string {
  return `C${String(i).padStart(5, "0")}`;
}

/** A workbook as a user keeps it: Customers and Invoices as Excel tables, a Notes sheet of their own. */
export function userWorkbook(invoices: number): FakeExcel {
  const excel = new FakeExcel();
  const customers = Math.max(1, Math.floor(invoices / 10));
  excel.addSheet("Customers", [
    ["Customer ID", "Customer Name", "Segment", "Credit Limit", "Payment Terms"],
    ...Array.from({ length: customers }, (_, i) => [
      customerId(i),
      `Customer ${i}`,
      i % 3 === 0 ? "Large" : "Small",
      50_000 + i * 10,
      30,
    ]),
  ]);
  excel.addTable("Customers", "Customers");
  excel.addSheet("Invoices", [
    ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount", "Paid Date", "Disputed"],
    ...Array.from({ length: invoices }, (_, i) => [
      `INV-${String(i).padStart(7, "0")}`,
      customerId(i % customers),
      AS_OF - 200 + (i % 180),
      AS_OF - 170 + (i % 180),
      1000 + (i % 97) * 13.25,
      i % 4 === 0 ? 0 : 1000 + (i % 97) * 13.25,
      i % 4 === 0 ? AS_OF - 100 : null,
      i % 50 === 0,
    ]),
  ]);
  excel.addTable("Invoices", "Invoices");
  excel.addSheet("Notes", [["My own notes"], ["=not a formula I typed"]], [[], ["@"]]);
  return excel;
}

/**
 * The review of `invoices` invoices as sheets: a summary of title and KPI block (no table), the per-customer table
 * from A1, aging with a chart, a
 * collections worklist of one row per overdue invoice (the part that grows with the ledger), data issues with
 * mixed values, and ReviewHistory rows. `label` varies the text so that re-runs can be told apart.
 */
export function reviewLayout(invoices: number, label = "run 1"): ReviewWorkbookLayout {
  const customers = Math.max(1, Math.floor(invoices / 10));
  const grades = ["A", "B", "C", "D", "E"];
  const customerRows: LayoutValue[][] = Array.from({ length: customers }, (_, i) => [
    customerId(i),
    i === 0 ? FORMULA_LIKE[0] : `Customer ${i}`,
    grades[i % 5],
    10_000 + i * 7.5,
    i % 7 === 0 ? 5_000 : 50_000,
    i % 7 === 0 ? (10_000 + i * 7.5) / 5_000 : (10_000 + i * 7.5) / 50_000,
    i % 7 === 0,
    i % 120,
  ]);
  const collectionRows: LayoutValue[][] = Array.from({ length: Math.ceil(invoices * 0.75) }, (_, i) => [
    `INV-${String(i).padStart(7, "0")}`,
    customerId(i % customers),
    AS_OF - 170 + (i % 180),
    170 - (i % 180),
    1000 + (i % 97) * 13.25,
    i % 3 === 0 ? "Phone call" : "Reminder",
    FORMULA_LIKE[i % FORMULA_LIKE.length],
  ]);
  return {
    sheets: [
      {
        name: "Summary",
        title: `Credit review as of 2026-06-30 (${label})`,
        keyValues: {
          startRow: 2,
          items: [
            { label: "Open receivables", value: 1_234_567.89, numberFormat: NumberFormats.money },
            { label: "DSO", value: 47.3, numberFormat: NumberFormats.decimal2, note: "days, trailing year" },
            { label: "Top-10 share", value: 0.42, numberFormat: NumberFormats.percent },
            { label: "As of", value: AS_OF, numberFormat: NumberFormats.date },
          ],
        },
        tables: [],
        // The title on row 1, the KPIs on rows 3–6 with a note in C: A1:C6, on one portrait page.
        print: { orientation: "portrait", pagesWide: 1, area: { row: 0, column: 0, rowCount: 6, columnCount: 3 } },
      },
      {
        name: "Credit Review",
        tables: [
          {
            name: "CreditReview",
            startRow: 0,
            columns: [
              { header: "Customer ID", width: 12 },
              { header: "Customer Name", width: 28 },
              { header: "Grade" },
              { header: "Exposure", numberFormat: NumberFormats.money },
              { header: "Credit Limit", numberFormat: NumberFormats.moneyWhole },
              { header: "Utilisation", numberFormat: NumberFormats.percent },
              { header: "Over Limit" },
              { header: "Max DPD", numberFormat: NumberFormats.days },
            ],
            rows: customerRows,
            conditionalFormats: [
              { kind: "rowWhenTrue", column: 6, fill: "#FDE7E9" },
              {
                kind: "cellValue",
                column: 7,
                operator: "greaterThan",
                value: 90,
                fill: "#F4B6B6",
                fontColor: "#9C0006",
              },
              { kind: "textEquals", column: 2, text: "E", fill: "#C00000" },
              { kind: "dataBar", column: 3, color: "#5B9BD5" },
            ],
          },
        ],
        freezeRows: 1,
        // The header on row 1, 100 customers below it: A1:H101.
        print: {
          orientation: "landscape",
          pagesWide: 1,
          area: { row: 0, column: 0, rowCount: 101, columnCount: 8 },
          titleRows: { first: 0, last: 0 },
        },
      },
      {
        name: "Aging",
        title: "Aging",
        tables: [
          {
            name: "AgingBuckets",
            startRow: 2,
            columns: [
              { header: "Bucket" },
              { header: "Open", numberFormat: NumberFormats.money },
              { header: "Provision", numberFormat: NumberFormats.money },
            ],
            rows: [
              ["Not yet due", 600_000, 3_000],
              ["1-30", 300_000, 6_000],
              ["31-60", 150_000, 7_500],
              ["61-90", 100_000, 10_000],
              ["90+", 84_567.89, 42_283.95],
            ],
          },
        ],
        charts: [
          {
            kind: "columnClustered",
            title: "Open receivables by age",
            table: "AgingBuckets",
            categoryColumn: 0,
            seriesColumns: [1, 2],
            anchorRow: 2,
            anchorColumn: 5,
          },
        ],
        freezeRows: 3,
        print: { orientation: "portrait", pagesWide: 2, area: { row: 0, column: 0, rowCount: 18, columnCount: 13 } },
      },
      {
        name: "Collections",
        tables: [
          {
            name: "Collections",
            startRow: 0,
            columns: [
              { header: "Invoice ID" },
              { header: "Customer ID" },
              { header: "Due Date", numberFormat: NumberFormats.date },
              { header: "Days Past Due", numberFormat: NumberFormats.days },
              { header: "Open Amount", numberFormat: NumberFormats.money },
              { header: "Stage" },
              { header: "Note" },
            ],
            rows: collectionRows,
            conditionalFormats: [{ kind: "cellValue", column: 3, operator: "greaterThan", value: 90, fill: "#F4B6B6" }],
          },
        ],
        freezeRows: 1,
      },
      {
        name: "Data Issues",
        tables: [
          {
            name: "DataIssues",
            startRow: 0,
            columns: [
              { header: "Sheet" },
              { header: "Row", numberFormat: NumberFormats.integer },
              { header: "Column" },
              { header: "Value" },
              { header: "What was done" },
            ],
            rows: [
              [
                "Invoices",
                14,
                "Amount",
                "12,5O",
                "“12,5O” in Amount is not a number (expected a number such as 1234.56 or 1,234.56); the row was skipped.",
              ],
              ["Invoices", 15, "Due Date", 46203, "Due date blank; set to invoice date + 30 days."],
              ["Customers", 3, "Customer ID", "=cmd|' /C calc'!A0", "Customer ID blank; the row was skipped."],
            ],
          },
        ],
        freezeRows: 1,
      },
    ],
    historyAppend: {
      sheetName: "ReviewHistory",
      columns: [
        { header: "Review Date", numberFormat: NumberFormats.date },
        { header: "Customer ID" },
        { header: "Grade" },
        { header: "Exposure", numberFormat: NumberFormats.money },
      ],
      rows: customerRows.map((row) => [AS_OF, row[0], row[2], row[3]]),
      print: { orientation: "landscape", pagesWide: 1, titleRows: { first: 0, last: 0 } },
    },
  };
}
