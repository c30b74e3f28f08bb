/** The Office.js workbook source, against the fake Excel host: where it finds tables and how it reads them. */
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { readReviewInput } from "../../src/workbook/reviewInput";
import { PAYLOAD_LIMIT_BYTES, READ_BUDGET_BYTES } from "../../src/excel/payload";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { AS_OF, userWorkbook } from "./reviewFixtures";

describe("ExcelWorkbookSource finds the table", () => {
  it("reads an Excel table by name, wherever it sits on its sheet, with the sheet row of its first data row", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ledger", [
      ["Customer ledger, exported 2026-06-30"],
      [],
      [null, "Customer ID", "Customer Name", "Credit Limit"],
      [null, "C1", "Acme", 50_000],
      [null, "C2", "Beta", null],
    ]);
    excel.addTable("Ledger", "Customers", "B3:D5");
    const table = await new ExcelWorkbookSource(excel.run).readTable("Customers");
    expect(table).toEqual({
      name: "Customers",
      sheet: "Ledger",
      headers: ["Customer ID", "Customer Name", "Credit Limit"],
      rows: [
        ["C1", "Acme", 50_000],
        ["C2", "Beta", null],
      ],
      firstDataRow: 4,
    });
  });

  it("leaves out a table's totals row", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Invoices", [
      ["Invoice ID", "Amount"],
      ["I1", 100],
      ["I2", 50],
      ["Total", 150],
    ]);
    excel.addTable("Invoices", "Invoices", "A1:B4", { showTotals: true });
    const table = await new ExcelWorkbookSource(excel.run).readTable("Invoices");
    expect(table?.rows).toEqual([
      ["I1", 100],
      ["I2", 50],
    ]);
  });

  it("marks the totals row of a table under another name (Table1) on a sheet read whole, for the reader to leave out", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers", [
      ["Customer ID", "Credit Limit"],
      ["C1", 5000],
      ["C2", 2000],
      [null, 7000], // the totals row: a sum, no label
    ]);
    excel.addTable("Customers", "Table1", "A1:B4", { showTotals: true });
    const table = await new ExcelWorkbookSource(excel.run).readTable("Customers");
    expect(table?.rows).toHaveLength(3);
    expect(table?.totalsRows).toEqual([{ row: 4, table: "Table1" }]);
    expect(excel.syncCount).toBeLessThanOrEqual(4); // locate, size and tables, the totals row, one block
  });

  it("finds the table whatever the case of its name", async () => {
    const excel = userWorkbook(10);
    const table = await new ExcelWorkbookSource(excel.run).readTable("CUSTOMERS");
    expect(table?.sheet).toBe("Customers");
    expect(table?.rows).toHaveLength(1);
  });

  it("prefers the Excel table over a sheet of the same name", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Invoices", [["a note, not the ledger"]]);
    excel.addSheet("Data", [
      ["Invoice ID", "Amount"],
      ["I1", 100],
    ]);
    excel.addTable("Data", "Invoices");
    const table = await new ExcelWorkbookSource(excel.run).readTable("Invoices");
    expect(table).toMatchObject({ sheet: "Data", headers: ["Invoice ID", "Amount"], rows: [["I1", 100]] });
  });

  it("falls back to a sheet of that name whose first used row is the header; empty cells are null, dates serial numbers", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Invoices", [
      [],
      [null, "Invoice ID", "Invoice Date", "Amount", "Disputed"],
      [null, "I1", AS_OF, 100, false],
      [null, "I2", null, "12,5O", true],
    ]);
    const table = await new ExcelWorkbookSource(excel.run).readTable("Invoices");
    expect(table).toEqual({
      name: "Invoices",
      sheet: "Invoices",
      headers: ["Invoice ID", "Invoice Date", "Amount", "Disputed"],
      rows: [
        ["I1", AS_OF, 100, false],
        ["I2", null, "12,5O", true],
      ],
      firstDataRow: 3,
    });
  });

  it("reads an empty sheet as a table with no headers and no rows", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers");
    expect(await new ExcelWorkbookSource(excel.run).readTable("Customers")).toEqual({
      name: "Customers",
      sheet: "Customers",
      headers: [],
      rows: [],
      firstDataRow: 2,
    });
  });

  it("answers undefined when there is neither a table nor a sheet of that name", async () => {
    const excel = userWorkbook(10);
    expect(await new ExcelWorkbookSource(excel.run).readTable("Scorecard")).toBeUndefined();
    expect(excel.syncCount).toBe(1);
  });
});

describe("ExcelWorkbookSource reads in blocks", () => {
  async function measuredRead(invoices: number) {
    const excel = userWorkbook(invoices);
    const table = await new ExcelWorkbookSource(excel.run).readTable("Invoices");
    const totalResponse = excel.syncs.reduce((sum, sync) => sum + sync.responseBytes, 0);
    return { table, syncs: excel.syncs, totalResponse };
  }

  it("reads 1,000 invoices in 3 syncs: locate, size, one block of values", async () => {
    const { table, syncs } = await measuredRead(1_000);
    expect(table?.rows).toHaveLength(1_000);
    expect(table?.rows[999]).toEqual([
      "INV-0000999",
      "C00099",
      AS_OF - 200 + (999 % 180),
      AS_OF - 170 + (999 % 180),
      1000 + (999 % 97) * 13.25,
      1000 + (999 % 97) * 13.25,
      null,
      false,
    ]);
    expect(syncs).toHaveLength(3);
    report(
      "read 1,000 invoices",
      syncs.map((sync) => sync.responseBytes),
    );
  });

  it("reads 100,000 invoices with every response under 4 MB, in syncs that follow megabytes, not rows", async () => {
    const { table, syncs, totalResponse } = await measuredRead(100_000);
    expect(table?.rows).toHaveLength(100_000);
    expect(table?.rows[54_321][0]).toBe("INV-0054321");
    for (const sync of syncs) expect(sync.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // 2 to locate and size; the first block is a guess; then one block per READ_BUDGET_BYTES.
    expect(syncs.length).toBeLessThanOrEqual(3 + Math.ceil(totalResponse / READ_BUDGET_BYTES));
    report(
      "read 100,000 invoices",
      syncs.map((sync) => sync.responseBytes),
    );
  }, 60_000);

  it("halves a block that comes back over the response limit, and still returns every row once", async () => {
    const excel = new FakeExcel();
    const rows = Array.from({ length: 40 }, (_, i) => [
      `N${i}`,
      (i >= 20 ? "long text " : "x").repeat(i >= 20 ? 400 : 1),
    ]);
    excel.addSheet("Notes", [["Id", "Text"], ...rows]);
    excel.responseLimitBytes = 40_000;
    const table = await new ExcelWorkbookSource(excel.run, { budgetBytes: 30_000, guessBytesPerCell: 8 }).readTable(
      "Notes",
    );
    expect(table?.rows).toEqual(rows);
    expect(excel.syncs.some((sync) => sync.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    for (const sync of excel.syncs.filter((sync) => !sync.failed))
      expect(sync.responseBytes).toBeLessThanOrEqual(40_000);
  });
});

function report(what: string, bytes: number[]): void {
  process.stdout.write(
    `${what}: ${bytes.length} syncs, response bytes ${bytes.join(", ")} (max ${Math.max(...bytes)})\n`,
  );
}

describe("ExcelWorkbookSource hands error values over as Office.js gives them", () => {
  it("#N/A from range.values (text) rejects the customer and its invoices, named as a failed lookup", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Customers", [
      ["Customer ID", "Customer Name"],
      ["C1", "Acme"],
      ["#N/A", "Ghost"],
    ]);
    excel.addSheet("Invoices", [
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount"],
      ["I1", "C1", 46143, 46173, 100], // 2026-05-01, due 2026-05-31
      ["I2", "#N/A", 46143, 46173, 500],
      ["I3", "C1", 46143, 30, "#DIV/0!"],
    ]);
    // A list of open items (no payment column), confirmed as one.
    const input = await readReviewInput(new ExcelWorkbookSource(excel.run), AS_OF, { openItems: true });
    expect(input.portfolio.customers.map((c) => c.id)).toEqual(["C1"]);
    expect(input.issues.map((i) => [i.sheet, i.row, i.column, i.code].join(" | "))).toEqual([
      "Customers | 3 | Customer ID | issueLookupFailedRejected",
      "Invoices | 3 | Customer ID | issueLookupFailedRejected",
      "Invoices | 4 | Amount | issueErrorValueRejected",
    ]);
    expect(invoiceList(input.portfolio.invoices).map((i) => [i.id, i.openAmount])).toEqual([["I1", 100]]);
  });
});
