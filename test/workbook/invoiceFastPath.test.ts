/**
 * An Invoices table read by column (a CSV ledger) is checked column by column, with rows whose cells are already
 * what the cell-by-cell checks would make of them taken without those checks. That must never change an answer:
 * the same table read by row and by column gives the same invoices, the same data issues in the same order, and the
 * same counts; and so must a table whose invoice ids are held as spans of the file's text. Checked on hand-picked rows at each edge of the shortcut and on random tables mixing every kind of
 * cell a host can hand over.
 */
import fc from "fast-check";
import { serialFromIso } from "../../src/core/dates";
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";
import { CellFault, type RawCell, type RawTable } from "../../src/workbook/ports";
import { portfolioFromTables, type PortfolioRead } from "../../src/workbook/portfolioFromTables";
import { TextSpans } from "../../src/workbook/textSpans";

const AS_OF = serialFromIso("2026-06-30")!;
const OPTIONS = { asOf: AS_OF, defaultPaymentTerms: 30 };

const CUSTOMERS: RawTable = {
  name: "Customers",
  sheet: "customers.csv",
  headers: ["Customer ID", "Customer Name", "Payment Terms"],
  rows: [
    ["C1", "Acme", 45],
    ["C2", "Beta", null],
    [" C3 ", "Gamma", 10],
  ],
  firstDataRow: 2,
};

/**
 * The same cells as a table read by row, as one read by column, and as one whose first column (the invoice id) is
 * held as spans of a text (what the CSV reader makes of invoices.csv): string cells are written into the text, any
 * other cell is held aside.
 */
function bothWays(headers: string[], rows: RawCell[][]): { byRow: RawTable; byColumn: RawTable; bySpans: RawTable } {
  const width = Math.max(headers.length, ...rows.map((r) => r.length));
  const cells: RawCell[][] = Array.from({ length: width }, () => new Array<RawCell>(rows.length));
  rows.forEach((row, i) => row.forEach((cell, c) => (cells[c][i] = cell)));
  let source = "";
  const start = new Int32Array(rows.length).fill(-1),
    end = new Int32Array(rows.length);
  const other = new Map<number, RawCell>();
  cells[0].forEach((cell, i) => {
    if (typeof cell !== "string") return void other.set(i, cell);
    source += "|";
    start[i] = source.length;
    source += cell;
    end[i] = source.length;
  });
  const spans = new TextSpans(source, start, end, other);
  const base = { name: "Invoices", sheet: "invoices.csv", headers, firstDataRow: 2 };
  return {
    byRow: { ...base, rows },
    byColumn: { ...base, rows, columns: { rowCount: rows.length, cells } },
    bySpans: { ...base, rows, columns: { rowCount: rows.length, cells: [spans, ...cells.slice(1)] } },
  };
}

/** Everything a read produces, as plain data. */
function outcome(read: PortfolioRead) {
  return {
    invoices: invoiceList(read.portfolio.invoices),
    issues: read.issues,
    counts: read.counts,
    currency: read.currency,
  };
}

function expectSameEitherWay(headers: string[], rows: RawCell[][]): PortfolioRead {
  const { byRow, byColumn, bySpans } = bothWays(headers, rows);
  const columnRead = portfolioFromTables({ customers: CUSTOMERS, invoices: byColumn }, OPTIONS);
  const expected = outcome(portfolioFromTables({ customers: CUSTOMERS, invoices: byRow }, OPTIONS));
  expect(outcome(columnRead)).toEqual(expected);
  expect(outcome(portfolioFromTables({ customers: CUSTOMERS, invoices: bySpans }, OPTIONS))).toEqual(expected);
  return columnRead;
}

const HEADERS = [
  "Invoice ID",
  "Customer ID",
  "Invoice Date",
  "Due Date",
  "Amount",
  "Open Amount",
  "Paid Date",
  "Disputed",
];
const may1 = serialFromIso("2026-05-01")!;
const may31 = serialFromIso("2026-05-31")!;

describe("Invoices read by column", () => {
  it("take clean rows as they are and every other row through the full checks, with the same result as by row", () => {
    const read = expectSameEitherWay(HEADERS, [
      ["I1", "C1", may1, may31, 100.5, 100.5, "", false], // clean, open
      ["I2", "C1", may1, may31, 80, 0, may31, true], // clean, paid, disputed
      ["I1", "C1", may1, may31, 80, 0, may31, false], // duplicate id
      ["I3", "C9", may1, may31, 80, 80, undefined, undefined], // unknown customer
      ["I4", "C2", serialFromIso("2026-07-01")!, may31, 80, 80, "", false], // after the review date
      ["I5", "C2", may1, may31, -50, 20, "", false], // open of the wrong sign
      ["I6", "C2", may1, may31, 50, 70, "", false], // open above the amount
      [" I7", "C1", may1, may31, 50, 50, "", false], // id with a space: trimmed by the full checks
      ["I7\t", "C1", may1, may31, 50, 50, "", false], // the same id with a tab after it: a duplicate once trimmed
      ["I8", " C3 ", may1, may31, 50, 50, "", false], // customer id with spaces
      ["I9", "C1", "2026-05-01", "31/05/2026", "1,250.00", "", "", "TRUE"], // text cells
      ["I10", "C1", may1 + 0.5, may31, 50, 50, "", false], // a date with a time of day
      ["I11", "C1", may1, "", 50, 50, "", false], // due date missing: filled from terms
      ["I12", "C1", may1, may31, Infinity, 50, "", false], // not a finite amount
      ["I13", "C1", may1, may31, 50, NaN, "", false], // not a finite open amount
      ["I14", "C1", may1, may31, 50, 50, "", 1], // flag as a number
      ["I15", "C1", may1, may31, 50, 50, 0, false], // paid date 0: not a serial
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined], // blank row
      ["", "C1", may1, may31, 50, 50, "", false], // id missing
      ["I16", "C1", may1, 30, 50, 50, "", false], // due date 30: a count of days, not 1900-01-30
      ["I17", "C1", 60, may31, 50, 50, "", false], // invoice date 60: Excel's fake 1900-02-29
      ["I18", "C1", may31, may1, 50, 50, "", false], // due before the invoice date
      ["#N/A", "C1", may1, may31, 50, 50, "", false], // id from a failed lookup
      ["I19", "#N/A", may1, may31, 50, 50, "", false], // customer id from a failed lookup
      ["I20", "C1", may1, may31, 50, 50, 99999, false], // paid date past the window
      ["I21", "C1", may1, may31, CellFault.NO_VALUE, 50, "", false], // formula without a value
      ["I22", "C1", may1, may31, 50, CellFault.ofError("#REF!")!, "", false], // error value in Open Amount
    ]);
    expect(read.counts.invoices).toMatchObject({ read: 27, blank: 1, excluded: 1 });
    expect(read.issues.map((i) => i.code)).toContain("issueDuplicateId");
  });

  it("without Open Amount, Paid Date or Disputed columns, a paid date alone says paid", () => {
    const headers = ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Paid Date"];
    const read = expectSameEitherWay(headers, [
      ["I1", "C1", may1, may31, 100, may31],
      ["I2", "C1", may1, may31, 100, ""],
    ]);
    expect(invoiceList(read.portfolio.invoices).map((x) => x.openAmount)).toEqual([0, 100]);
  });

  it("with a Currency column, only rows in the base currency take the shortcut; others are converted", () => {
    const headers = [...HEADERS, "Currency", "FX Rate"];
    const read = expectSameEitherWay(headers, [
      ["I1", "C1", may1, may31, 100, 100, "", false, "EUR", ""],
      ["I2", "C1", may1, may31, 100, 100, "", false, "eur", ""],
      ["I3", "C1", may1, may31, 100, 100, "", false, "USD", 0.9],
      ["I4", "C1", may1, may31, 100, 100, "", false, "", ""],
      ["I5", "C1", may1, may31, 100, 100, "", false, "EUR", ""],
    ]);
    expect(read.currency).toBe("EUR");
    expect(invoiceList(read.portfolio.invoices).map((x) => x.amount)).toEqual([100, 100, 90, 100, 100]);
  });

  it("on random tables of every kind of cell, give the same invoices, issues and counts as by row", () => {
    const text = fc.constantFrom<RawCell>(
      "I1",
      "I2",
      "I3",
      " I4",
      "I2 ",
      "C1",
      "C2",
      "C9",
      " C3 ",
      "",
      " ",
      "abc",
      "=1+1",
      "乔",
      "#N/A",
      "#ref!",
      "#1",
      CellFault.NO_VALUE,
    );
    const date = fc.oneof(
      fc.constantFrom(may1, may31, AS_OF, AS_OF + 1, 0, -5, 3e6, may1 + 0.25),
      fc.constantFrom("2026-05-01", "05/03/2026", "03/05/2026", "30 Jun 2026", "not a date", ""),
      fc.constant(new Date(Date.UTC(2026, 4, 1))),
      fc.constantFrom(undefined, null, true),
      fc.constantFrom<RawCell>(
        30,
        60,
        "30",
        32873,
        32874,
        99999,
        20260501,
        "20260501",
        "#N/A",
        CellFault.NO_VALUE,
        CellFault.ofError("#VALUE!"),
      ),
    );
    const amount = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, -0, 100, -100, NaN, Infinity, -Infinity),
      fc.constantFrom("1,250.00", "(50)", "abc", "", " 12 "),
      fc.constantFrom(undefined, null, false),
      fc.constantFrom<RawCell>("#DIV/0!", CellFault.NO_VALUE, CellFault.ofError("#N/A"), "2.500", "1.5万", "１２３"),
    );
    const flag = fc.constantFrom<RawCell>(true, false, "TRUE", "no", "", undefined, null, 0, 1, 2);
    const currency = fc.constantFrom<RawCell>(
      "EUR",
      "EUR",
      "eur",
      " EUR",
      "USD",
      "",
      undefined,
      "#N/A",
      CellFault.NO_VALUE,
    );
    const rate = fc.constantFrom<RawCell>(0.9, 1.1, "", undefined, -1, "x");
    // Mostly clean cells, so that many rows take the shortcut and many miss it by one cell.
    const mostly = <T>(clean: fc.Arbitrary<T>, other: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: clean, weight: 5 }, { arbitrary: other, weight: 1 });
    const row = fc.tuple(
      mostly(
        fc.constantFrom<RawCell>("I1", "I2", "I3", "I4", "I5", "I6"),
        fc.oneof(text, fc.integer({ min: 1, max: 5 })),
      ),
      mostly(fc.constantFrom<RawCell>("C1", "C2"), fc.oneof(text, fc.constant(1))),
      mostly(fc.constantFrom<RawCell>(may1, AS_OF, AS_OF + 1), date),
      mostly(fc.constantFrom<RawCell>(may31, may1), date),
      mostly(fc.constantFrom<RawCell>(100, -40, 0, 12.34), amount),
      mostly(fc.constantFrom<RawCell>(100, 0, -40, 50, 12.34), amount),
      mostly(fc.constantFrom<RawCell>("", undefined, may31), date),
      mostly(fc.constantFrom<RawCell>(true, false, "", undefined), flag),
      mostly(fc.constantFrom<RawCell>("EUR"), currency),
      rate,
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), fc.boolean(), (rows, withCurrency) => {
        const headers = withCurrency ? [...HEADERS, "Currency", "FX Rate"] : HEADERS;
        const cells = rows.map((r) => (withCurrency ? [...r] : r.slice(0, HEADERS.length)));
        try {
          expectSameEitherWay(headers, cells);
        } catch (error) {
          // Mixed currencies without rates stop the read: the same stop either way is the same answer.
          const { byRow, byColumn, bySpans } = bothWays(headers, cells);
          const stop = (t: RawTable) => {
            try {
              portfolioFromTables({ customers: CUSTOMERS, invoices: t }, OPTIONS);
              return "read";
            } catch (e) {
              return (e as Error).message;
            }
          };
          if (stop(byRow) === "read" || stop(byRow) !== stop(byColumn) || stop(byRow) !== stop(bySpans)) throw error;
        }
      }),
      { numRuns: 400, seed: 20261129 },
    );
  });
});
