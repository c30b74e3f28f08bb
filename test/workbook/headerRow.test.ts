/**
 * Header rows below row 1: title rows (company, "截止日期：…", a merged title, blank rows) above the header, as
 * credit teams' ledger reports are exported, read alike from an .xlsx, a CSV folder and the open workbook.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { CreditError } from "../../src/core/errors";
import { serialFromIso } from "../../src/core/dates";
import { formatMessage } from "../../src/core/messages";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { ContractTableSource } from "../../src/workbook/contractTables";
import { withHeaderRow } from "../../src/workbook/headerRow";
import type { RawCell, RawTable, WorkbookSource } from "../../src/workbook/ports";
import { readReviewInput } from "../../src/workbook/reviewInput";
import { runWorkbookReview, type ReviewOutcome } from "../../src/workbook/runWorkbookReview";
import { CUSTOMERS_SCHEMA, INVOICES_SCHEMA } from "../../src/workbook/schema";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { tempDir } from "../helpers/tempDir";
import { rejection } from "../helpers/thrown";

const AS_OF = serialFromIso("2026-06-30")!;
const day = (iso: string) => serialFromIso(iso)!;

const TITLE = "ACME 贸易有限公司 应收账款明细";
const DATE_LINE = "截止日期：2026-06-30";

/** Customers as the report has them: two title rows and a blank row above the header on row 4. */
const CUSTOMER_ROWS: RawCell[][] = [
  ["Customer ID", "Customer Name", "Credit Limit", "Payment Terms"],
  ["C1", "Acme", 10_000, 30],
  ["C2", "Beta", 5_000, 60],
];
/** Invoices likewise; I4's customer is not in Customers (a data issue on sheet row 8). */
const INVOICE_ROWS: RawCell[][] = [
  ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
  ["I1", "C1", "2026-05-01", "2026-05-31", 1_000, 400],
  ["I2", "C2", "2026-06-10", "2026-07-10", 250, 250],
  ["I3", "C1", "2026-06-20", "2026-07-20", -100, -100],
  ["I4", "C9", "2026-06-01", "2026-07-01", 50, 50],
];

/** What every host must read: hand-computed from the rows above. */
function expectReviewedFromRow4(outcome: ReviewOutcome, sheets: { customers: string; invoices: string }) {
  expect(outcome.review.customers.map((c) => [c.customer.id, c.customer.sourceRow])).toEqual([
    ["C1", 5],
    ["C2", 6],
  ]);
  expect(outcome.input.counts.customers).toMatchObject({ read: 2, used: 2 });
  expect(outcome.input.counts.invoices).toMatchObject({ read: 4, used: 3, rejected: 1 });
  // I1 400 + I2 250 + I3 −100 (a credit note); I4 is rejected (unknown customer).
  expect(outcome.review.kpis.openReceivables.toNumber()).toBe(550);
  expect(outcome.issues.find((i) => i.code === "issueUnknownCustomer")).toMatchObject({
    sheet: sheets.invoices,
    row: 8,
    value: "C9",
  });
  expect(
    outcome.issues.filter((i) => i.code === "headerRowFound").map((i) => [i.sheet, i.row, i.params.skipped]),
  ).toEqual([
    [sheets.customers, 4, 3],
    [sheets.invoices, 4, 3],
  ]);
}

async function reviewed(source: WorkbookSource): Promise<ReviewOutcome> {
  const run = await runWorkbookReview(source, undefined, { asOf: AS_OF });
  if (run.kind !== "reviewed") throw new Error(`expected a review, got ${JSON.stringify(run.missing)}`);
  return run.outcome;
}

const dir = tempDir("credit-desk-header-rows-");

describe("an .xlsx with title rows above the header", () => {
  async function writeWorkbook(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    for (const [name, rows] of [
      ["Customers", CUSTOMER_ROWS],
      ["Invoices", INVOICE_ROWS],
    ] as const) {
      const ws = workbook.addWorksheet(name);
      ws.getCell("A1").value = TITLE;
      ws.mergeCells(1, 1, 1, rows[0].length);
      ws.getCell("A2").value = DATE_LINE;
      rows.forEach((row, r) => row.forEach((cell, c) => (ws.getCell(4 + r, 1 + c).value = cell as ExcelJS.CellValue)));
    }
    const path = join(dir, "ledger.xlsx");
    await workbook.xlsx.writeFile(path);
    return path;
  }

  it("is reviewed from the header on row 4, data issues on the real sheet rows", async () => {
    const outcome = await reviewed(await FileWorkbookSource.open(await writeWorkbook()));
    expectReviewedFromRow4(outcome, { customers: "Customers", invoices: "Invoices" });
    const note = outcome.issues.find((i) => i.code === "headerRowFound")!;
    expect(formatMessage(note.code, note.params)).toBe(
      "The header of the Customers table is on row 4 of Customers: the 3 rows above it (titles, blank rows) are not read.",
    );
  });

  it("reads the same through readReviewInput alone", async () => {
    const input = await readReviewInput(await FileWorkbookSource.open(await writeWorkbook()), AS_OF);
    expect(input.portfolio.customers.map((c) => c.name)).toEqual(["Acme", "Beta"]);
    expect(input.issues.filter((i) => i.code === "headerRowFound")).toHaveLength(2);
  });
});

describe("a CSV folder whose files start with a title line", () => {
  const csv = (rows: RawCell[][]) => rows.map((r) => r.join(",")).join("\r\n");

  it("is reviewed from the header on line 4; Invoices, read by column, too", async () => {
    const folder = mkdtempSync(join(dir, "csv-"));
    writeFileSync(join(folder, "customers.csv"), `${TITLE}\r\n${DATE_LINE}\r\n\r\n${csv(CUSTOMER_ROWS)}\r\n`);
    writeFileSync(
      join(folder, "invoices.csv"),
      `${TITLE},,,,,\r\n${DATE_LINE},,,,,\r\n,,,,,\r\n${csv(INVOICE_ROWS)}\r\n`,
    );
    expectReviewedFromRow4(await reviewed(await FileWorkbookSource.open(folder)), {
      customers: "customers.csv",
      invoices: "invoices.csv",
    });
  });
});

describe("the open workbook (Office.js) with title rows above the header", () => {
  it("is reviewed from the header on row 4", async () => {
    const excel = new FakeExcel();
    const withTitles = (rows: RawCell[][]) => [[TITLE], [DATE_LINE], [], ...rows] as (string | number)[][];
    excel.addSheet("Customers", withTitles(CUSTOMER_ROWS));
    excel.addSheet(
      "Invoices",
      withTitles(
        INVOICE_ROWS.map((row, r) => (r === 0 ? row : row.map((c, j) => (j === 2 || j === 3 ? day(String(c)) : c)))),
      ),
    );
    expectReviewedFromRow4(await reviewed(new ExcelWorkbookSource(excel.run)), {
      customers: "Customers",
      invoices: "Invoices",
    });
  });
});

describe("withHeaderRow", () => {
  const table = (headers: string[], rows: RawCell[][]): RawTable => ({
    name: "Customers",
    sheet: "客户",
    headers,
    rows,
    firstDataRow: 2,
  });

  it("leaves a table whose first row is the header as it is", () => {
    const t = table(["客户编号", "客户名称"], [["C1", "甲"]]);
    expect(withHeaderRow(t, CUSTOMERS_SCHEMA)).toBe(t);
  });

  it("re-bases on the first row that holds every required column, within the first 20", () => {
    const rows: RawCell[][] = [...Array.from({ length: 18 }, () => []), ["客户编号", "客户名称"], ["C1", "甲"]];
    const t = withHeaderRow(table([TITLE], rows), CUSTOMERS_SCHEMA);
    // Sheet row 20 is the header: 19 rows above it, data from row 21.
    expect(t).toEqual({
      name: "Customers",
      sheet: "客户",
      headers: ["客户编号", "客户名称"],
      rows: [["C1", "甲"]],
      firstDataRow: 21,
      titleRows: 19,
    });
    // One row further down is outside the search (and the title row makes it an error, below).
    expect(() => withHeaderRow(table([TITLE], [[], ...rows]), CUSTOMERS_SCHEMA)).toThrow(CreditError);
  });

  it("takes a row holding most required columns as the header, so the mapping step asks for the rest", async () => {
    // An SAP-style header under a title: Amount is "Betrag", which no synonym knows.
    const invoices: RawTable = {
      name: "Invoices",
      sheet: "Invoices",
      headers: [TITLE],
      rows: [[DATE_LINE], ["Invoice ID", "Customer ID", "Invoice Date", "Betrag"], ["I1", "C1", "2026-06-01", 100]],
      firstDataRow: 2,
    };
    const customers = table(["Customer ID"], [["C1"]]);
    const source: WorkbookSource = {
      readTable: async (name) => (name === "Invoices" ? invoices : name === "Customers" ? customers : undefined),
    };
    const run = await runWorkbookReview(source, undefined, { asOf: AS_OF });
    expect(run).toMatchObject({
      kind: "needsMapping",
      missing: [
        {
          table: "Invoices",
          sheet: "Invoices",
          missing: ["Amount"],
          headers: ["Invoice ID", "Customer ID", "Invoice Date", "Betrag"],
        },
      ],
    });
    const mapped = await runWorkbookReview(source, undefined, {
      asOf: AS_OF,
      mappings: { Invoices: { Amount: "Betrag" } },
    });
    expect(mapped.kind === "reviewed" && mapped.outcome.review.kpis.openReceivables.toNumber()).toBe(100);
  });

  it("leaves a first row of other names to the column mapping step", () => {
    const t = table(["Kunde", "Name", "Limit"], [["C1", "Acme", 100]]);
    expect(withHeaderRow(t, CUSTOMERS_SCHEMA)).toBe(t);
  });

  it("leaves a one-column table as it is: a semicolon CSV read with commas is a header, not a title", () => {
    const t = table(["Customer ID;Customer Name"], [["C1;Acme"], ["C2;Beta"]]);
    expect(withHeaderRow(t, CUSTOMERS_SCHEMA)).toBe(t);
  });

  it("says where the header must be, its required columns and the first rows when only titles are found", async () => {
    const source: WorkbookSource = {
      readTable: async (name) =>
        name === "Invoices"
          ? {
              name,
              sheet: "Invoices",
              headers: [TITLE, TITLE, TITLE],
              rows: [[DATE_LINE], [], ["编码", "往来单位", "日期", "数额"], ["A1", "C1", 46000, 100]],
              firstDataRow: 2,
            }
          : undefined,
    };
    const error = await rejection(new ContractTableSource(source).readTable(INVOICES_SCHEMA.name));
    expect(error.message).toBe(
      "No header row for the Invoices table in the first 20 rows of Invoices: the header must be one of those rows and hold the " +
        `columns Invoice ID, Customer ID, Invoice Date, Amount. The first rows hold: row 1: ${TITLE}; row 2: ${DATE_LINE}; ` +
        "row 3: (blank); row 4: 编码 | 往来单位 | 日期 | 数额; row 5: A1 | C1 | 46000 | 100",
    );
  });
});
