/**
 * Real ledgers in, right figures out (issue 14): cells as credit teams' exports hold them — counts of days in date
 * columns, #N/A from failed lookups, formulas saved without a value, 1904 workbooks, IME amounts — read through the
 * whole input path, with the open and overdue receivables worked out by hand and every repair or rejection named.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { serialFromIso } from "../../src/core/dates";
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";
import { formatMessage as format } from "../../src/core/messages";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { CellFault, type RawCell, type RawTable } from "../../src/workbook/ports";
import { portfolioFromTables, type PortfolioRead } from "../../src/workbook/portfolioFromTables";
import { readReviewInput } from "../../src/workbook/reviewInput";

const iso = (t: string) => serialFromIso(t)!;
const AS_OF = iso("2026-06-30");
const OPTIONS = { asOf: AS_OF, defaultPaymentTerms: 30 };

const table = (name: string, headers: string[], rows: RawCell[][]): RawTable => ({
  name,
  sheet: name,
  headers,
  rows,
  firstDataRow: 2,
});
const CUSTOMERS = table("Customers", ["Customer ID", "Customer Name", "Payment Terms"], [["C1", "Acme", 45]]);
const INVOICE_HEADERS = ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"];

/** Issues as `row | column | action | code`, in reading order. */
const issueLines = (read: Pick<PortfolioRead, "issues">) =>
  read.issues.map((i) => [i.row, i.column, i.action, i.code].join(" | "));
/** Open receivables and the part of them past due on the review date, as the review sums them. */
function openAndOverdue(read: Pick<PortfolioRead, "portfolio">): { open: number; overdue: number } {
  const invoices = invoiceList(read.portfolio.invoices);
  return {
    open: invoices.reduce((s, i) => s + i.openAmount, 0),
    overdue: invoices.filter((i) => i.dueDate < AS_OF).reduce((s, i) => s + i.openAmount, 0),
  };
}

describe("dates that cannot be the date meant", () => {
  it("30 and 60 typed in Due Date are not 1900 dates: reported, and the due date comes from the terms", () => {
    const read = portfolioFromTables(
      {
        customers: CUSTOMERS,
        invoices: table("Invoices", INVOICE_HEADERS, [
          ["I1", "C1", "2026-06-01", "30", 100, 100], // 06-01 + 45 = 07-16: not yet due
          ["I2", "C1", "2026-04-01", 60, 200, 200], // 04-01 + 45 = 05-16: 45 days past due, not 46,000
          ["I3", "C1", "2026-04-01", "2026-05-01", 300, 300], // plain: 60 days past due
        ]),
      },
      OPTIONS,
    );
    const invoices = invoiceList(read.portfolio.invoices);
    expect(invoices.map((i) => i.dueDate)).toEqual([iso("2026-07-16"), iso("2026-05-16"), iso("2026-05-01")]);
    expect(openAndOverdue(read)).toEqual({ open: 600, overdue: 500 });
    expect(issueLines(read)).toEqual([
      "2 | Due Date | repaired | issueDateImplausibleIgnored",
      "2 | Due Date | repaired | issueDueDateFilled",
      "3 | Due Date | repaired | issueDateImplausibleIgnored",
      "3 | Due Date | repaired | issueDueDateFilled",
    ]);
    expect(format("issueDateImplausibleIgnored", read.issues[0].params)).toBe(
      "“30” in Due Date is not a plausible date (it would be 1900-01-30; ledger dates run from 1990 to 50 years after the review): if it is a number of days, put the date itself. The cell was ignored.",
    );
  });

  it("an implausible invoice date rejects the row; an implausible paid date is ignored", () => {
    const read = portfolioFromTables(
      {
        customers: CUSTOMERS,
        invoices: table(
          "Invoices",
          [...INVOICE_HEADERS, "Paid Date"],
          [
            ["I1", "C1", 45, "2026-05-01", 100, 100, null],
            ["I2", "C1", "2026-04-01", "2026-05-01", 100, 0, "1899-12-31"],
            ["I3", "C1", "2026-04-01", "2026-05-01", 100, 0, 123456789],
          ],
        ),
      },
      OPTIONS,
    );
    expect(issueLines(read)).toEqual([
      "2 | Invoice Date | rejected | issueDateImplausibleRejected",
      "3 | Paid Date | repaired | issueDateIgnored", // 1899-12-31 is before Excel's first day: no date at all
      "4 | Paid Date | repaired | issueDateIgnored",
    ]);
    expect(read.counts.invoices).toMatchObject({ read: 3, used: 2, rejected: 1 });
  });

  it("a due date before its invoice date becomes invoice date + terms, reported with both dates", () => {
    const read = portfolioFromTables(
      {
        customers: CUSTOMERS,
        invoices: table("Invoices", INVOICE_HEADERS, [["I1", "C1", "2026-06-10", "2025-06-10", 100, 100]]),
      },
      OPTIONS,
    );
    expect(invoiceList(read.portfolio.invoices)[0].dueDate).toBe(iso("2026-07-25")); // 06-10 + 45
    expect(openAndOverdue(read)).toEqual({ open: 100, overdue: 0 }); // not 385 days past due
    expect(format("issueDueBeforeInvoice", read.issues[0].params)).toBe(
      "Due date 2025-06-10 is before the invoice date 2026-06-10; set to invoice date + 45 days = 2026-07-25. Check both dates.",
    );
  });

  it("a due date on the invoice date (cash on delivery) stands", () => {
    const read = portfolioFromTables(
      {
        customers: CUSTOMERS,
        invoices: table("Invoices", INVOICE_HEADERS, [["I1", "C1", "2026-06-10", "2026-06-10", 100, 100]]),
      },
      OPTIONS,
    );
    expect(read.issues).toEqual([]);
  });
});

describe("error values and formulas without a value", () => {
  it("a customer with id #N/A is no customer, and invoices with customer #N/A match nothing", () => {
    const read = portfolioFromTables(
      {
        customers: table(
          "Customers",
          ["Customer ID", "Customer Name"],
          [
            ["C1", "Acme"],
            ["#N/A", "Lookup failed"],
          ],
        ),
        invoices: table("Invoices", INVOICE_HEADERS, [
          ["I1", "C1", "2026-05-01", "2026-05-31", 100, 100],
          ["I2", "#N/A", "2026-05-01", "2026-05-31", 999, 999],
          ["#REF!", "C1", "2026-05-01", "2026-05-31", 999, 999],
          ["I4", "C1", "#VALUE!", "2026-05-31", 999, 999],
          ["I5", "C1", "2026-05-01", "2026-05-31", CellFault.ofError("#DIV/0!"), 999],
          ["I6", "C1", "2026-05-01", "2026-05-31", CellFault.NO_VALUE, 999],
          ["I7", "C1", "2026-05-01", "#N/A", 50, "#N/A"], // due from terms; open read as missing → full amount
        ]),
      },
      OPTIONS,
    );
    expect(read.portfolio.customers.map((c) => c.id)).toEqual(["C1"]);
    expect(issueLines(read)).toEqual([
      "3 | Customer ID | rejected | issueLookupFailedRejected",
      "3 | Customer ID | rejected | issueLookupFailedRejected",
      "4 | Invoice ID | rejected | issueErrorValueRejected",
      "5 | Invoice Date | rejected | issueErrorValueRejected",
      "6 | Amount | rejected | issueErrorValueRejected",
      "7 | Amount | rejected | issueFormulaNoValueRejected",
      "8 | Due Date | repaired | issueLookupFailedIgnored",
      "8 | Due Date | repaired | issueDueDateFilled",
      "8 | Open Amount | repaired | issueLookupFailedIgnored",
      "8 | Open Amount | repaired | issueOpenMissingUnpaid",
    ]);
    expect(openAndOverdue(read)).toEqual({ open: 150, overdue: 150 }); // I7 due 05-31 (05-01 + the default 30 days)
    expect(format("issueLookupFailedRejected", read.issues[0].params)).toBe(
      "#N/A in Customer ID: a lookup failed in the source sheet; fix the formula or the value. The row was skipped.",
    );
    expect(format("issueFormulaNoValueRejected", read.issues[5].params)).toBe(
      "Amount holds a formula without a saved value: open the file in Excel, recalculate and save. The row was skipped.",
    );
  });

  it("#N/A in Currency rejects its row instead of counting as a currency that stops the review", () => {
    const headers = [...INVOICE_HEADERS, "Currency"];
    const read = portfolioFromTables(
      {
        customers: CUSTOMERS,
        invoices: table("Invoices", headers, [
          ["I1", "C1", "2026-05-01", "2026-05-31", 100, 100, "EUR"],
          ["I2", "C1", "2026-05-01", "2026-05-31", 999, 999, "#N/A"],
        ]),
      },
      OPTIONS,
    );
    expect(read.currency).toBe("EUR");
    expect(issueLines(read)).toEqual(["3 | Currency | rejected | issueLookupFailedRejected"]);
    expect(openAndOverdue(read)).toEqual({ open: 100, overdue: 100 });
  });

  it("an error value in an optional figure is ignored and named, not read as a number", () => {
    const read = portfolioFromTables(
      {
        customers: table("Customers", ["Customer ID", "Customer Name", "Credit Limit"], [["C1", "Acme", "#NUM!"]]),
        invoices: table("Invoices", INVOICE_HEADERS, []),
      },
      OPTIONS,
    );
    expect(read.portfolio.customers[0].creditLimit).toBeUndefined();
    expect(issueLines(read)).toEqual(["2 | Credit Limit | repaired | issueErrorValueIgnored"]);
  });
});

describe("amounts typed as people type them", () => {
  it("IME, 万, lakh and currency amounts are read and reported; an ambiguous separator is reported as such", () => {
    const read = portfolioFromTables(
      {
        customers: CUSTOMERS,
        invoices: table("Invoices", INVOICE_HEADERS, [
          ["I1", "C1", "2026-05-01", "2026-05-31", "１２３，４５６．７８", 0],
          ["I2", "C1", "2026-05-01", "2026-05-31", "1.5万", "1.5万"],
          ["I3", "C1", "2026-05-01", "2026-05-31", "1,23,456.78", 0],
          ["I4", "C1", "2026-05-01", "2026-05-31", "HK$1,000.50", "\u2212 0"],
          ["I5", "C1", "2026-05-01", "2026-07-31", "2.500", "2.500"],
        ]),
      },
      OPTIONS,
    );
    expect(invoiceList(read.portfolio.invoices).map((i) => i.amount)).toEqual([
      123456.78, 15000, 123456.78, 1000.5, 2.5,
    ]);
    expect(openAndOverdue(read)).toEqual({ open: 15002.5, overdue: 15000 });
    expect(read.issues.filter((i) => i.code === "issueNumberAmbiguous").map((i) => i.column)).toEqual([
      "Amount",
      "Open Amount",
    ]);
    expect(format("issueNumberAmbiguous", read.issues.find((i) => i.code === "issueNumberAmbiguous")!.params)).toBe(
      "Amount holds the text “2.500”, whose separator could mark decimals or thousands; read as 2.5. Write it without thousands separators (2500 or 2.5) to be sure.",
    );
  });
});

describe("files as exported", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "cell-readings-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function writeXlsx(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const path = join(dir, "ledger.xlsx");
    await wb.xlsx.writeFile(path);
    return path;
  }

  it("a 1904 workbook: General-format serials are shifted by 1,462 days, date-formatted cells already are days", async () => {
    const path = await writeXlsx((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("Customers").addRows([
        ["Customer ID", "Customer Name", "Payment Terms"],
        ["C1", "Acme", 30],
      ]);
      const invoices = wb.addWorksheet("Invoices");
      invoices.addRows([
        INVOICE_HEADERS,
        // 44680 and 44710 in the 1904 system are 2026-04-30 and 2026-05-30 (46142 and 46172 in the 1900 system).
        ["I1", "C1", 44680, 44710, 100, 100],
        ["I2", "C1", new Date(Date.UTC(2026, 3, 30)), new Date(Date.UTC(2026, 6, 30)), 200, 200],
      ]);
      invoices.getCell("C3").numFmt = "yyyy-mm-dd";
      invoices.getCell("D3").numFmt = "yyyy-mm-dd";
    });
    const input = await readReviewInput(await FileWorkbookSource.open(path), AS_OF);
    const invoices = invoiceList(input.portfolio.invoices);
    expect(invoices.map((i) => [i.invoiceDate, i.dueDate])).toEqual([
      [iso("2026-04-30"), iso("2026-05-30")],
      [iso("2026-04-30"), iso("2026-07-30")],
    ]);
    expect(input.issues).toEqual([]);
    expect(openAndOverdue(input)).toEqual({ open: 300, overdue: 100 }); // I1 31 days past due; read as 1900 it would be 2022
  });

  it("#N/A lookups, an uncalculated formula and a 60 in a due-date column, from an .xlsx", async () => {
    const path = await writeXlsx((wb) => {
      wb.addWorksheet("Customers").addRows([
        ["Customer ID", "Customer Name", "Payment Terms"],
        ["C1", "Acme", 30],
        [{ error: "#N/A" }, "Ghost", 30],
      ]);
      wb.addWorksheet("Invoices").addRows([
        INVOICE_HEADERS,
        ["I1", "C1", iso("2026-05-01"), iso("2026-05-31"), 100, 100],
        [
          "I2",
          { formula: "VLOOKUP(A3,Map!A:B,2,0)", result: { error: "#N/A" } },
          iso("2026-05-01"),
          iso("2026-05-31"),
          500,
          500,
        ],
        ["I3", "C1", iso("2026-05-01"), iso("2026-05-31"), { formula: "SUM(Lines!C:C)" }, 0],
        ["I4", "C1", iso("2026-05-01"), 60, 40, 40],
      ]);
    });
    const input = await readReviewInput(await FileWorkbookSource.open(path), AS_OF);
    expect(input.portfolio.customers.map((c) => c.id)).toEqual(["C1"]);
    expect(input.issues.map((i) => [i.sheet, i.row, i.column, i.code].join(" | "))).toEqual([
      "Customers | 3 | Customer ID | issueLookupFailedRejected",
      "Invoices | 3 | Customer ID | issueLookupFailedRejected",
      "Invoices | 4 | Amount | issueFormulaNoValueRejected",
      "Invoices | 5 | Due Date | issueDateImplausibleIgnored",
      "Invoices | 5 | Due Date | issueDueDateFilled",
    ]);
    // I1 100 open, 30 days past due; I4 40 open, due 05-01 + 30 = 05-31, 30 days past due (not 46,143).
    expect(openAndOverdue(input)).toEqual({ open: 140, overdue: 140 });
    expect(input.counts.invoices).toMatchObject({ read: 4, used: 2, rejected: 2 });
  });

  it("a CSV ledger with 30 and 60 in Due Date and #N/A text from a pasted lookup", async () => {
    writeFileSync(join(dir, "customers.csv"), "Customer ID,Customer Name,Payment Terms\nC1,Acme,30\n#N/A,Ghost,30\n");
    writeFileSync(
      join(dir, "invoices.csv"),
      "Invoice ID,Customer ID,Invoice Date,Due Date,Amount,Open Amount\n" +
        "I1,C1,2026-05-01,2026-05-31,100,100\n" +
        "I2,C1,2026-06-01,30,200,200\n" +
        "I3,C1,2026-04-01,60,300,300\n" +
        "I4,#N/A,2026-05-01,2026-05-31,999,999\n",
    );
    const input = await readReviewInput(await FileWorkbookSource.open(dir), AS_OF);
    // I1 due 05-31 (past due); I2 due 06-01 + 30 = 07-01 (not yet); I3 due 04-01 + 30 = 05-01 (past due).
    expect(openAndOverdue(input)).toEqual({ open: 600, overdue: 400 });
    expect(input.issues.map((i) => [i.row, i.column, i.code].join(" | "))).toEqual([
      "3 | Customer ID | issueLookupFailedRejected",
      "3 | Due Date | issueDateImplausibleIgnored",
      "3 | Due Date | issueDueDateFilled",
      "4 | Due Date | issueDateImplausibleIgnored",
      "4 | Due Date | issueDueDateFilled",
      "5 | Customer ID | issueLookupFailedRejected",
    ]);
  });
});
