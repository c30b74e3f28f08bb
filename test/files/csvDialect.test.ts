/** Finding a CSV file's separator: Excel's `sep=` line, else the header line split best. */
import { csvDialect, headerFields } from "../../src/files/csvDialect";
import { UnreadableInputError } from "../../src/files/fileWorkbookSource";

/** Counts fields that are one of a few known headers, as the contract's schema does. */
const known = (names: string[]) => (fields: readonly string[]) => fields.filter((f) => names.includes(f.trim())).length;
const INVOICE_HEADERS = known(["Invoice ID", "Customer ID", "Invoice Date", "Amount"]);

describe("csvDialect", () => {
  it("a first line sep=; names the separator (Excel writes and honours it); the header is the next line", () => {
    expect(csvDialect("sep=;\r\nInvoice ID;Amount\r\n", "a.csv")).toEqual({
      separator: ";",
      headerAt: 7,
      headerLine: 2,
    });
    expect(csvDialect('"sep=|"\nInvoice ID|Amount\n', "a.csv")).toEqual({ separator: "|", headerAt: 8, headerLine: 2 });
    expect(csvDialect("SEP=\t\nInvoice ID\tAmount\n", "a.csv").separator).toBe("\t");
  });

  it.each([
    [",", "Invoice ID,Customer ID,Invoice Date,Amount\n"],
    [";", "Invoice ID;Customer ID;Invoice Date;Amount\n"],
    ["\t", "Invoice ID\tCustomer ID\tInvoice Date\tAmount\r\n"],
    ["|", "Invoice ID|Customer ID|Invoice Date|Amount"],
  ])("finds %j from the header line", (separator, text) => {
    expect(csvDialect(text, "a.csv", INVOICE_HEADERS)).toEqual({ separator, headerAt: 0, headerLine: 1 });
  });

  it("prefers the separator under which the headers are the contract's, then the one giving most fields", () => {
    // Two commas inside header names, three semicolons between the columns.
    expect(
      csvDialect("Invoice ID;Amount (EUR, net, after discount);Customer ID;Invoice Date\n", "a.csv", INVOICE_HEADERS)
        .separator,
    ).toBe(";");
    expect(csvDialect("a;b;c,d\n", "a.csv").separator).toBe(";");
  });

  it("counts separators outside quotes only", () => {
    expect(headerFields('"Amount; net",Invoice ID\nx;y;z', 0, ";")).toEqual(["Amount; net,Invoice ID"]);
    expect(csvDialect('"Amount; net";"x;y",Invoice ID,Customer ID\n', "a.csv").separator).toBe(",");
  });

  it("a header with no candidate is one comma-separated column", () => {
    expect(csvDialect("Customer ID\nC1\n", "a.csv")).toEqual({ separator: ",", headerAt: 0, headerLine: 1 });
    expect(csvDialect("", "a.csv").separator).toBe(",");
  });

  it("two separators that split the header equally well are not guessed between: the error says to add sep=", () => {
    const read = () => csvDialect("a,b;c\n", "/in/policy.csv");
    expect(read).toThrow(UnreadableInputError);
    expect(read).toThrow(/\/in\/policy\.csv: the header line splits into 2 fields by "," and by ";" alike.*sep=,/);
  });
});
