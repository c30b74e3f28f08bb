import { MappedWorkbookSource, missingColumns, withMappedHeaders } from "../../src/workbook/columnMapping";
import type { RawTable } from "../../src/workbook/ports";
import { INVOICES_SCHEMA } from "../../src/workbook/schema";

const ledgerExport: RawTable = {
  name: "Invoices",
  sheet: "AR export",
  headers: ["Beleg", "Kunde", "Datum", "Fällig", "Betrag", "Offen"],
  rows: [["INV-1", "C1", 46000, 46030, 100, 100]],
  firstDataRow: 2,
};

describe("column mapping for tables whose headers the contract does not know", () => {
  it("lists the required columns that are missing and the headers the user can pick from", () => {
    expect(missingColumns(ledgerExport, INVOICES_SCHEMA)).toEqual({
      table: "Invoices",
      sheet: "AR export",
      missing: expect.arrayContaining(["Invoice ID", "Customer ID"]),
      headers: ["Beleg", "Kunde", "Datum", "Fällig", "Betrag", "Offen"],
    });
  });

  it("renames mapped headers to the canonical ones, after which nothing required is missing", () => {
    const mapping: Record<string, string> = {
      "Invoice ID": "Beleg",
      "Customer ID": "Kunde",
      "Invoice Date": "Datum",
      "Due Date": "Fällig",
      Amount: "Betrag",
      "Open Amount": "Offen",
    };
    const mapped = withMappedHeaders(ledgerExport, mapping);
    expect(mapped.headers).toEqual(["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"]);
    expect(missingColumns(mapped, INVOICES_SCHEMA)).toBeUndefined();
    expect(mapped.rows).toBe(ledgerExport.rows);
    expect(ledgerExport.headers[0]).toBe("Beleg"); // the user's table is not changed
  });

  it("applies mappings per table as a source reads them", async () => {
    const source = new MappedWorkbookSource(
      { readTable: async (name) => (name === "Invoices" ? ledgerExport : undefined) },
      { Invoices: { "Invoice ID": "Beleg" } },
    );
    expect((await source.readTable("Invoices"))?.headers[0]).toBe("Invoice ID");
    expect(await source.readTable("Customers")).toBeUndefined();
  });
});
