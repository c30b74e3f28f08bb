import { FakeExcel } from "../fakes/excel/fakeExcel";
import { CREDIT_REVIEW_TABLE } from "../../src/workbook/reviewLayout";
import {
  activateSheet,
  filterCustomerRows,
  readPolicyRows,
  selectCustomerRow,
  writePolicyRows,
} from "../../src/excel/excelWorkbookTools";
import { ExcelReviewSink } from "../../src/excel/excelReviewSink";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { samplePortfolio } from "../../src/sample/samplePortfolio";
import { sampleLayout } from "../../src/sample/sampleLayout";
import { readReviewInput } from "../../src/workbook/reviewInput";
import { serialFromIso } from "../../src/core/dates";

describe("the CreditPolicy table, written and read from the pane", () => {
  it("creates a CreditPolicy sheet and table when the workbook has none, and reads it back", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ledger", [["mine"]]);
    await writePolicyRows(excel.run, [
      ["Grade A min score", 82],
      ["Fast track grades", "A, B"],
    ]);
    expect(excel.sheetNames()).toEqual(["Ledger", "CreditPolicy"]);
    expect(excel.tables()).toEqual([{ name: "CreditPolicy", sheet: "CreditPolicy", address: "A1:B3" }]);
    expect(await readPolicyRows(excel.run)).toEqual([
      ["Grade A min score", 82],
      ["Fast track grades", "A, B"],
    ]);
    expect(excel.sheetValues("Ledger")).toEqual([["mine"]]);
  });

  it("replaces the rows of an existing table, shrinking it, in at most three syncs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Policy sheet", [
      ["Setting", "Value"],
      ["a", 1],
      ["b", 2],
      ["c", 3],
    ]);
    excel.addTable("Policy sheet", "CreditPolicy");
    excel.resetCounters();
    await writePolicyRows(excel.run, [["Worst grade", "E"]]);
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect(excel.sheetValues("Policy sheet")).toEqual([
      ["Setting", "Value"],
      ["Worst grade", "E"],
    ]);
    expect(excel.tables()).toEqual([{ name: "CreditPolicy", sheet: "Policy sheet", address: "A1:B2" }]);
  });

  it("keeps a setting that looks like a formula as text", async () => {
    const excel = new FakeExcel();
    await writePolicyRows(excel.run, [['=HYPERLINK("x")', "-5"]]);
    expect(excel.cell("CreditPolicy", "A2")).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: "@" });
    expect(excel.cell("CreditPolicy", "A2").formula).toBeUndefined();
  });

  it("reads nothing from a workbook without a policy", async () => {
    expect(await readPolicyRows(new FakeExcel().run)).toEqual([]);
  });
});

describe("showing the review's rows", () => {
  it("selects the customer's row of the Credit Review table, and activates sheets", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Credit Review", [["Title"], [], ["Customer ID", "Name"], ["C-001", "Acme"], ["C-002", "Beta"]]);
    excel.addTable("Credit Review", CREDIT_REVIEW_TABLE, "A3:B5");
    excel.addSheet("Data Issues", [["x"]]);
    expect(await selectCustomerRow(excel.run, "C-002")).toBe(true);
    expect(excel.workbook.selection?.area).toEqual({ row: 4, column: 0, rowCount: 1, columnCount: 2 });
    expect(excel.workbook.activeSheet?.name).toBe("Credit Review");
    expect(await selectCustomerRow(excel.run, "C-404")).toBe(false);
    await activateSheet(excel.run, "Data Issues");
    expect(excel.workbook.activeSheet?.name).toBe("Data Issues");
  });

  it("finds the table from A1, as the review writes it after the Summary sheet, and shows its sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Summary", [["Credit review as of 2026-06-30"]]);
    excel.addSheet("Credit Review", [
      ["Customer ID", "Name"],
      ["C-001", "Acme"],
      ["C-002", "Beta"],
    ]);
    excel.addTable("Credit Review", CREDIT_REVIEW_TABLE, "A1:B3");
    await activateSheet(excel.run, "Summary");
    expect(await selectCustomerRow(excel.run, "C-002")).toBe(true);
    // Header on 0-based row 0, C-001 on 1, C-002 on 2: its row, across both columns.
    expect(excel.workbook.selection?.area).toEqual({ row: 2, column: 0, rowCount: 1, columnCount: 2 });
    expect(excel.workbook.activeSheet?.name).toBe("Credit Review");
  });

  it("says so when there is no review yet", async () => {
    expect(await selectCustomerRow(new FakeExcel().run, "C-001")).toBe(false);
  });
});

describe("filtering the Credit Review table to the rows behind a number", () => {
  /** A review sheet with a title, a blank row and a four-customer table (ids in the first column) at A3:C7. */
  function reviewed(): FakeExcel {
    const excel = new FakeExcel();
    excel.addSheet("Credit Review", [
      ["Title"],
      [],
      ["Customer ID", "Name", "Exposure"],
      ["C-001", "Acme", 850],
      ["C-002", "Beta", 6000],
      ["@D,1", "Delta", 100.1],
      [1004, "Numeric id", 5],
    ]);
    excel.addTable("Credit Review", CREDIT_REVIEW_TABLE, "A3:C7");
    excel.addSheet("Data Issues", [["x"]]);
    return excel;
  }

  it("shows only those customers' rows, on the Credit Review sheet, in two syncs", async () => {
    const excel = reviewed();
    await activateSheet(excel.run, "Data Issues");
    excel.resetCounters();
    expect(await filterCustomerRows(excel.run, ["C-002", "@D,1", "1004"])).toBe(true);
    expect(excel.syncCount).toBe(2);
    expect(excel.visibleTableRows(CREDIT_REVIEW_TABLE).map((row) => row[0])).toEqual(["C-002", "@D,1", "1004"]);
    expect(excel.workbook.activeSheet?.name).toBe("Credit Review");
  });

  it("takes the same two syncs for a thousand customers", async () => {
    const excel = reviewed();
    excel.resetCounters();
    const many = Array.from({ length: 1000 }, (_, i) => `C-${String(i).padStart(3, "0")}`);
    expect(await filterCustomerRows(excel.run, many)).toBe(true);
    expect(excel.syncCount).toBe(2);
    // Of the table's ids only C-001 and C-002 are among C-000 … C-999.
    expect(excel.visibleTableRows(CREDIT_REVIEW_TABLE).map((row) => row[0])).toEqual(["C-001", "C-002"]);
  });

  it("replaces the previous filter, and no customers clears it", async () => {
    const excel = reviewed();
    await filterCustomerRows(excel.run, ["C-001"]);
    await filterCustomerRows(excel.run, ["C-002"]);
    expect(excel.visibleTableRows(CREDIT_REVIEW_TABLE).map((row) => row[0])).toEqual(["C-002"]);
    expect(await filterCustomerRows(excel.run, [])).toBe(true);
    expect(excel.visibleTableRows(CREDIT_REVIEW_TABLE)).toHaveLength(4);
  });

  it("says so when there is no review yet, in one sync", async () => {
    const excel = new FakeExcel();
    expect(await filterCustomerRows(excel.run, ["C-001"])).toBe(false);
    expect(excel.syncCount).toBe(1);
  });
});

describe("inserting the sample portfolio into an empty workbook", () => {
  it("writes Customers, Invoices and ReviewHistory that the review then reads back in full", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const tables = samplePortfolio({ customers: 40, invoices: 300 });
    await new ExcelReviewSink(excel.run).write(sampleLayout(tables));
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(["Sheet1", "Customers", "Invoices", "ReviewHistory"]));
    const input = await readReviewInput(new ExcelWorkbookSource(excel.run), serialFromIso("2026-06-30")!);
    const rejected = input.issues.filter((i) => i.sheet === "Customers" && i.action === "rejected").length;
    expect(input.portfolio.customers.length + rejected).toBe(tables.customers.rows.length);
    expect(input.portfolio.history.length).toBeGreaterThan(0);
  });
});
