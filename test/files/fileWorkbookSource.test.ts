/** Reading the contract's tables from files: a CSV folder (typed while scanning) and an .xlsx (tables, then sheets). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FileWorkbookSource, UnreadableInputError, rawFromExcelJs } from "../../src/files/fileWorkbookSource";
import { CellFault } from "../../src/workbook/ports";
import { tempDir } from "../helpers/tempDir";

const dir = tempDir("credit-desk-source-");

describe("CSV folder", () => {
  const folder = join(dir, "csv");
  mkdirSync(folder);
  writeFileSync(
    join(folder, "Invoices.CSV"),
    '\ufeffInvoice ID,Customer ID,Invoice Date,Amount,Note\nI1,007,2026-06-30,12.5,=1+1\nI2,C2,30/06/2026,"1,000.00",x\n',
  );
  writeFileSync(join(folder, "policy.csv"), "Setting,Value\nNew customer limit,5000\n");

  it("finds files by table name (any case), types number and date columns, keeps ids and other text as text", async () => {
    const source = await FileWorkbookSource.open(folder);
    const t = (await source.readTable("Invoices"))!;
    expect(t).toMatchObject({
      sheet: "Invoices.CSV",
      headers: ["Invoice ID", "Customer ID", "Invoice Date", "Amount", "Note"],
      firstDataRow: 2,
    });
    expect(t.rows).toEqual([
      ["I1", "007", 46203, 12.5, "=1+1"],
      ["I2", "C2", "30/06/2026", "1,000.00", "x"],
    ]);
    expect((await source.readTable("CreditPolicy"))!.rows).toEqual([["New customer limit", "5000"]]);
    expect(await source.readTable("Customers")).toBeUndefined();
  });

  it("a table read by column keeps its rows in a copy (the contract renames and header mappings copy tables)", async () => {
    const source = await FileWorkbookSource.open(folder);
    const t = (await source.readTable("Invoices"))!;
    const copy = { ...t, name: "发票" };
    expect(copy.columns?.rowCount).toBe(2);
    expect(copy.rows).toEqual(t.rows);
  });
});

describe("xlsx workbook", () => {
  const path = join(dir, "book.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ledger");
    ws.getCell("A1").value = "Notes above the table";
    ws.addTable({
      name: "Invoices",
      ref: "B3",
      columns: [{ name: "Invoice ID" }, { name: "Amount" }, { name: "Due Date" }],
      rows: [
        ["I1", 10, new Date(Date.UTC(2026, 5, 30))],
        ["I2", { formula: "1+1", result: 2 } as never, null],
      ],
    });
    const customers = wb.addWorksheet("customers");
    customers.addRow(["Customer ID", "Customer Name"]);
    customers.addRow(["C1", { richText: [{ text: "Acme " }, { text: "Ltd" }] } as never]);
    await wb.xlsx.writeFile(path);
  });

  it("reads an Excel table by name wherever it is, with real sheet rows", async () => {
    const source = await FileWorkbookSource.open(path);
    const t = (await source.readTable("Invoices"))!;
    expect(t.sheet).toBe("Ledger");
    expect(t.headers).toEqual(["Invoice ID", "Amount", "Due Date"]);
    expect(t.firstDataRow).toBe(4);
    expect(t.rows[0]).toEqual(["I1", 10, new Date(Date.UTC(2026, 5, 30))]);
    expect(t.rows[1]).toEqual(["I2", 2, null]); // a formula gives its cached result
  });

  it("falls back to a sheet of the table's name (any case), header in row 1", async () => {
    const source = await FileWorkbookSource.open(path);
    const t = (await source.readTable("Customers"))!;
    expect(t).toMatchObject({
      sheet: "customers",
      headers: ["Customer ID", "Customer Name"],
      rows: [["C1", "Acme Ltd"]],
      firstDataRow: 2,
    });
  });

  it("cell values: errors as their code, hyperlinks as their text", () => {
    expect(rawFromExcelJs({ error: "#N/A" } as never)).toBe(CellFault.ofError("#N/A"));
    expect(String(rawFromExcelJs({ error: "#N/A" } as never))).toBe("#N/A");
    expect(rawFromExcelJs({ text: "site", hyperlink: "http://x" } as never)).toBe("site");
  });

  it("a missing path or a file that is not a workbook is unreadable input", async () => {
    await expect(FileWorkbookSource.open(join(dir, "nope.xlsx"))).rejects.toThrow(UnreadableInputError);
    writeFileSync(join(dir, "fake.xlsx"), "not a zip");
    await expect(FileWorkbookSource.open(join(dir, "fake.xlsx"))).rejects.toThrow(/not a readable \.xlsx/);
  });
});
