/**
 * Ledgers shaped the way credit teams export them (docs/reliability.md §Ledgers as credit teams export them; issue
 * 14, situations 1, 2 and 5): headers the contract names differently, a paid amount instead of an open amount, no
 * payment data at all, totals rows. Every expectation is computed by hand in the comments beside it.
 */
import ExcelJS from "exceljs";
import { serialFromIso } from "../../src/core/dates";
import { XlsxWorkbookSource } from "../../src/files/xlsxWorkbookSource";
import { readColumnChoices, writeColumnChoices } from "../../src/excel/documentSettings";
import {
  mappingsFromPairs,
  parseColumnChoices,
  parseMappingPair,
  resolveColumns,
} from "../../src/workbook/columnMapping";
import { minusExactly } from "../../src/workbook/invoiceReader";
import type { RawCell, RawTable, WorkbookSource } from "../../src/workbook/ports";
import { runWorkbookReview, type ReviewOutcome, type ReviewRunOptions } from "../../src/workbook/runWorkbookReview";
import { CUSTOMERS_SCHEMA, INVOICES_SCHEMA, mapColumns } from "../../src/workbook/schema";
import { totalsLabel } from "../../src/workbook/totalsRows";

const AS_OF = serialFromIso("2026-06-30")!;

function table(name: string, sheet: string, grid: RawCell[][]): RawTable {
  const [headers, ...rows] = grid;
  return { name, sheet, headers: headers.map(String), rows, firstDataRow: 2 };
}

function sourceOf(...tables: RawTable[]): WorkbookSource {
  return { readTable: async (name) => tables.find((t) => t.name === name) };
}

const customers = table("Customers", "Customers", [
  ["Customer ID", "Customer Name", "Credit Limit", "Payment Terms"],
  ["C1", "Acme", 5000, 30],
  ["C2", "Bolt", 2000, 30],
]);

async function reviewed(source: WorkbookSource, options: Partial<ReviewRunOptions> = {}): Promise<ReviewOutcome> {
  const run = await runWorkbookReview(source, undefined, { asOf: AS_OF, ...options });
  if (run.kind !== "reviewed") throw new Error(`expected a review, got ${JSON.stringify(run)}`);
  return run.outcome;
}

/** Situation 1: `Amount Due`, `Due`, `Paid On`, as an AR listing exports them. */
const amountDueLedger = table("Invoices", "AR listing", [
  ["Invoice No", "Customer", "Date", "Due", "Amount", "Amount Due", "Paid On"],
  ["I1", "C1", "2026-06-01", "2026-07-01", 1000, 1000, ""], // open 1000, not yet due
  ["I2", "C1", "2026-04-01", "2026-05-01", 500, 200, ""], // part paid: open 200, 60 days past due
  ["I3", "C2", "2026-03-01", "2026-03-31", 800, 0, "2026-04-10"], // paid
  ["I4", "C2", "2026-05-15", "2026-06-14", 300, 300, ""], // open 300, 16 days past due
]);

describe("a ledger whose open amount is under a header that only hints at it (situation 1)", () => {
  it("recognises Due and Paid On by name and marks Amount Due as ambiguous for Open Amount", () => {
    const columns = resolveColumns(amountDueLedger, INVOICES_SCHEMA).columns;
    const byKey = Object.fromEntries(columns.map((c) => [c.key, c]));
    expect(byKey.dueDate).toMatchObject({ status: "found", source: "Due" });
    expect(byKey.paidDate).toMatchObject({ status: "found", source: "Paid On" });
    expect(byKey.openAmount).toMatchObject({ status: "ambiguous", candidates: ["Amount Due"] });
    expect(byKey.paidAmount).toMatchObject({ status: "missing" });
  });

  it("the pane is asked before any figure is computed", async () => {
    const run = await runWorkbookReview(sourceOf(customers, amountDueLedger), undefined, {
      asOf: AS_OF,
      confirmColumns: true,
    });
    expect(run.kind).toBe("needsMapping");
    if (run.kind !== "needsMapping") return;
    expect(run.missing).toEqual([]);
    expect(run.openItems).toBe(false); // Paid On is payment data
    expect(run.tables.find((t) => t.table === "Invoices")?.columns.find((c) => c.key === "openAmount")?.status).toBe(
      "ambiguous",
    );
  });

  it("mapped, it gives the hand-computed open receivables", async () => {
    const mappings = mappingsFromPairs([parseMappingPair("Open Amount=Amount Due")]);
    const outcome = await reviewed(sourceOf(customers, amountDueLedger), { mappings, confirmColumns: true });
    expect(outcome.summary.openReceivables).toBe(1500); // 1000 + 200 + 0 + 300
    expect(outcome.summary.overdueReceivables).toBe(500); // 200 + 300
    expect(outcome.issues.filter((i) => i.code === "issueDueDateFilled")).toEqual([]); // `Due` was read
    expect(
      outcome.columns.find((t) => t.table === "Invoices")?.columns.find((c) => c.key === "openAmount"),
    ).toMatchObject({
      status: "mapped",
      source: "Amount Due",
    });
  });

  it("without anyone to ask (the command line) the hint is not read, and that is a data issue", async () => {
    const outcome = await reviewed(sourceOf(customers, amountDueLedger));
    // Amount Due not read: open = amount unless paid on a date: 1000 + 500 + 0 + 300.
    expect(outcome.summary.openReceivables).toBe(1800);
    expect(outcome.issues[0]).toMatchObject({
      code: "issueColumnHint",
      sheet: "AR listing",
      row: 1,
      column: "Open Amount",
      value: "Amount Due",
    });
  });
});

describe("a paid amount instead of an open amount (situation 2)", () => {
  const chineseLedger = table("Invoices", "应收明细", [
    ["单据编号", "客户编码", "单据日期", "到期日", "应收金额", "已收金额"],
    ["AR-1", "C1", "2026-05-01", "2026-05-31", 100.1, 50.05], // open 100.10 − 50.05 = 50.05, 30 days past due
    ["AR-2", "C1", "2026-05-01", "2026-05-31", 1000, 1200], // paid more than the amount: open 0, reported
    ["AR-3", "C2", "2026-06-10", "2026-07-10", 500, ""], // nothing paid: open 500, not yet due
    ["AR-4", "C2", "2026-06-10", "2026-07-10", 400, "-10"], // paid of the wrong sign: ignored, open 400, reported
  ]);

  it("reads open = amount − paid amount, exactly to the cent", async () => {
    const outcome = await reviewed(sourceOf(customers, chineseLedger));
    expect(outcome.summary.openReceivables).toBe(950.05); // 50.05 + 0 + 500 + 400
    expect(outcome.summary.overdueReceivables).toBe(50.05);
    expect(outcome.openItems).toBe(false);
    expect(outcome.issues.map((i) => [i.row, i.code])).toEqual([
      [3, "issuePaidExceedsAmount"],
      [5, "issuePaidSignMismatch"],
    ]);
  });

  it("with an open amount too, a row where open ≠ amount − paid is reported and the open amount used", async () => {
    const both = table("Invoices", "Invoices", [
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Outstanding"],
      ["I1", "C1", "2026-06-01", "2026-07-01", 300, 100, 200], // agrees
      ["I2", "C1", "2026-06-01", "2026-07-01", 300, 100, 250], // 300 − 100 = 200 ≠ 250
    ]);
    const outcome = await reviewed(sourceOf(customers, both));
    expect(outcome.summary.openReceivables).toBe(450); // 200 + 250
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        row: 3,
        column: "Open Amount",
        code: "issueOpenPaidDisagree",
        params: expect.objectContaining({ expected: 200 }),
      }),
    ]);
  });

  it("subtracts whole cents as integers, finer amounts in decimal", () => {
    expect(0.3 - 0.1).not.toBe(0.2); // the double subtraction a naive reader does: 0.19999999999999998
    expect(minusExactly(0.3, 0.1)).toBe(0.2);
    expect(minusExactly(100.1, 50.05)).toBe(50.05);
    expect(minusExactly(1.0005, 0.0001)).toBe(1.0004);
    expect(minusExactly(-50, -20.5)).toBe(-29.5);
  });
});

describe("a ledger without payment data is a list of open items, and the review says so", () => {
  const openItems = table("Invoices", "Open items", [
    ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount"],
    ["I1", "C1", "2026-06-01", "2026-07-01", 700],
    ["I2", "C2", "2026-05-01", "2026-05-31", 300],
  ]);

  it("counts every invoice as open and carries one data issue, not one per row", async () => {
    const outcome = await reviewed(sourceOf(customers, openItems));
    expect(outcome.openItems).toBe(true);
    expect(outcome.summary.openReceivables).toBe(1000);
    expect(outcome.issues).toEqual([
      expect.objectContaining({ code: "issueOpenItemsLedger", sheet: "Open items", row: 1 }),
    ]);
  });

  it("confirmed as open items, it carries no issue; the pane asks until it is", async () => {
    expect((await reviewed(sourceOf(customers, openItems), { openItems: true })).issues).toEqual([]);
    const asked = await runWorkbookReview(sourceOf(customers, openItems), undefined, {
      asOf: AS_OF,
      confirmColumns: true,
    });
    expect(asked).toMatchObject({ kind: "needsMapping", openItems: true, missing: [] });
  });
});

describe("totals and subtotal rows are left out and reported (situation 5)", () => {
  it("recognises the labels exports use, and only those", () => {
    for (const label of [
      "Total",
      "TOTAL",
      "Grand total",
      "Subtotal",
      "Sub-total",
      "Totals:",
      "Sum",
      "合计",
      "合 计",
      "总计：",
      "小计(C1)",
      "汇总",
      "本页合计",
    ]) {
      expect(totalsLabel(label)).toBe(label.trim());
    }
    for (const label of ["Total: 12", "Total (EUR)", "Total for C001", "Subtotal C001", "Total 2026", "Sum of June"]) {
      expect(totalsLabel(label)).toBe(label);
    }
    // Companies, not totals: a label followed by plain words is a name.
    for (const id of [
      "C-TOTAL",
      "TOT-0042",
      "Totalgaz",
      "S001",
      "Summit",
      "客户合计部",
      "",
      "G1",
      "Total Quality Logistics",
      "Total Energies",
      "Sum Ltd",
    ]) {
      expect(totalsLabel(id)).toBeUndefined();
    }
  });

  it("a 合计 customer row and a Total invoice row change no figure", async () => {
    const withTotals = table("Customers", "客户", [
      ["客户编号", "客户名称", "信用额度"],
      ["C1", "Acme", 5000],
      ["C2", "Bolt", 2000],
      ["合计", "", 7000],
    ]);
    const invoices = table("Invoices", "invoices.csv", [
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
      ["I1", "C1", "2026-06-01", "2026-07-01", 700, 700],
      ["I2", "C2", "2026-05-01", "2026-05-31", 300, 300],
      ["Total", "", "", "", 1000, 1000],
    ]);
    const outcome = await reviewed(sourceOf(withTotals, invoices));
    expect(outcome.review.customers.map((c) => c.customer.id)).toEqual(["C1", "C2"]);
    expect(outcome.summary.openReceivables).toBe(1000); // 700 + 300, the Total row not added again
    expect(outcome.issues.map((i) => [i.sheet, i.row, i.action, i.code])).toEqual([
      ["客户", 4, "excluded", "issueTotalsRow"],
      ["invoices.csv", 4, "excluded", "issueTotalsRow"],
    ]);
    expect(outcome.input.counts.customers).toMatchObject({ read: 3, used: 2, excluded: 1 });
  });

  it("an Excel table left at its default name keeps its totals row out, even without a label", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Customers");
    ws.addTable({
      name: "Table1",
      ref: "A1",
      totalsRow: true,
      columns: [
        { name: "Customer ID", totalsRowLabel: "" },
        { name: "Customer Name" },
        { name: "Credit Limit", totalsRowFunction: "sum" },
      ],
      rows: [
        ["C1", "Acme", 5000],
        ["C2", "Bolt", 2000],
      ],
    });
    // Excel saves the totals row's sum with the file (ExcelJS writes only the formula unless given its result).
    ws.getCell("C4").value = { formula: "SUBTOTAL(109,Table1[Credit Limit])", result: 7000 };
    const inv = wb.addWorksheet("Invoices");
    inv.addRow(["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"]);
    inv.addRow(["I1", "C1", "2026-06-01", "2026-07-01", 700, 700]);
    // Written and read back, as a user's file would be.
    const source = await XlsxWorkbookSource.fromBytes(await wb.xlsx.writeBuffer(), "book.xlsx");
    const outcome = await reviewed(source);
    expect(outcome.review.customers.map((c) => c.customer.id)).toEqual(["C1", "C2"]);
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        sheet: "Customers",
        row: 4,
        action: "excluded",
        code: "issueTableTotalsRow",
        params: expect.objectContaining({ table: "Table1" }),
      }),
    ]);
  });
});

describe("mappings as the command line writes them", () => {
  it("names a column by its English name or key, with or without the table", () => {
    expect(
      mappingsFromPairs([
        parseMappingPair("open amount=未收金额"),
        parseMappingPair("Invoices.Due Date = Net due date"),
      ]),
    ).toEqual({
      Invoices: { "Open Amount": "未收金额", "Due Date": "Net due date" },
    });
    expect(mappingsFromPairs([parseMappingPair("Customer ID=Kunde")])).toEqual({
      Customers: { "Customer ID": "Kunde" },
      Invoices: { "Customer ID": "Kunde" },
    });
  });

  it("refuses a pair it cannot read and a column the review does not know, saying what to write", () => {
    expect(() => parseMappingPair("Open Amount")).toThrow(/Column=Header/);
    expect(() => mappingsFromPairs([parseMappingPair("Opn Amount=x")])).toThrow(
      /not a column the review reads; use one of: .*Open Amount/,
    );
  });

  it("a mapping to a header the table does not have stops the review instead of doing nothing", async () => {
    const mappings = mappingsFromPairs([parseMappingPair("Open Amount=Balance Due Remaining")]);
    await expect(
      runWorkbookReview(sourceOf(customers, amountDueLedger), undefined, { asOf: AS_OF, mappings }),
    ).rejects.toThrow(/reads Open Amount from “Balance Due Remaining”, but the Invoices table has no such column/);
  });
});

describe("column choices the pane remembers", () => {
  it("a declined hint is not asked about again", async () => {
    const declined = { Invoices: { "Open Amount": "" } };
    const run = await runWorkbookReview(sourceOf(customers, amountDueLedger), undefined, {
      asOf: AS_OF,
      mappings: declined,
      confirmColumns: true,
    });
    expect(run.kind).toBe("reviewed");
    if (run.kind === "reviewed") expect(run.outcome.summary.openReceivables).toBe(1800); // 1000 + 500 + 300
  });

  it("a remembered mapping whose header is gone brings the column step back, naming it", async () => {
    const mappings = { Invoices: { "Open Amount": "Restbetrag" } };
    const run = await runWorkbookReview(sourceOf(customers, amountDueLedger), undefined, {
      asOf: AS_OF,
      mappings,
      confirmColumns: true,
    });
    expect(run).toMatchObject({
      kind: "needsMapping",
      stale: [{ table: "Invoices", column: "Open Amount", header: "Restbetrag" }],
    });
  });

  it("reads back only what has the shape of choices", () => {
    expect(
      parseColumnChoices({
        mappings: { Invoices: { "Open Amount": "Amount Due", Amount: 3 }, Other: { x: "y" } },
        openItems: true,
      }),
    ).toEqual({
      mappings: { Invoices: { "Open Amount": "Amount Due" } },
      openItems: true,
    });
    for (const junk of [undefined, null, "x", 3, { mappings: "x" }]) expect(parseColumnChoices(junk)).toBeUndefined();
  });

  it("are saved in the workbook's document settings inside Excel", async () => {
    const saved = new Map<string, unknown>();
    let saves = 0;
    const settings = {
      get: (name: string) => saved.get(name),
      set: (name: string, value: unknown) => void saved.set(name, value),
      saveAsync: (done?: (r: { status: unknown; error?: { message: string } }) => void) => {
        saves++;
        done?.({ status: "succeeded" });
      },
    };
    const choices = { mappings: { Invoices: { "Open Amount": "Amount Due" } }, openItems: false };
    await writeColumnChoices(settings, choices);
    expect(saves).toBe(1);
    expect(readColumnChoices(settings)).toEqual(choices);
    const failing = {
      ...settings,
      saveAsync: (done?: (r: { status: unknown; error?: { message: string } }) => void) =>
        done?.({ status: "failed", error: { message: "read-only" } }),
    };
    await expect(writeColumnChoices(failing, choices)).rejects.toThrow("read-only");
  });
});

describe("an Invoices-only ledger", () => {
  const ledger = table("Invoices", "AR", [
    ["Invoice ID", "Customer ID", "Customer Name", "Invoice Date", "Due Date", "Amount", "Open Amount"],
    ["I1", "C1", "", "2026-06-01", "2026-07-01", 700, 700], // not yet due
    ["I2", "C1", "Acme", "2026-04-01", "2026-05-01", 300, 300], // 60 days past due
    ["I3", "C2", "Bolt", "2026-05-20", "2026-06-19", 200, 200], // 11 days past due
    ["I4", "#N/A", "", "2026-05-20", "2026-06-19", 50, 50], // a failed lookup: no customer "#N/A"
    ["合计", "", "", "", "", 1250, 1250],
  ]);

  it("makes its customers from the invoices' ids and names, and says so once", async () => {
    const outcome = await reviewed(sourceOf(ledger));
    expect(outcome.review.customers.map((c) => [c.customer.id, c.customer.name])).toEqual([
      ["C1", "Acme"],
      ["C2", "Bolt"],
    ]);
    expect(outcome.summary.openReceivables).toBe(1200); // 700 + 300 + 200
    expect(outcome.summary.overdueReceivables).toBe(500); // 300 + 200
    const codes = outcome.issues.map((i) => i.code);
    expect(codes.filter((c) => c === "issueCustomersFromInvoices")).toHaveLength(1);
    expect(outcome.issues.find((i) => i.code === "issueCustomersFromInvoices")).toMatchObject({
      sheet: "AR",
      row: 1,
      params: { count: 2 },
    });
    expect(codes).toContain("issueTotalsRow");
  });
});

describe("found in review: totals labels in name columns, side tables, paid amounts beside a blank open amount", () => {
  it("a totals row labelled in the name column (Excel's Total with a Count in the id) is left out", async () => {
    const named = table("Customers", "Customers", [
      ["Customer Name", "Customer ID", "Credit Limit"],
      ["Acme", "C1", 10000],
      ["Beta", "C2", 20000],
      ["Total", "2", 30000],
    ]);
    const invoices = table("Invoices", "Invoices", [
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
      ["I1", "C1", "2026-06-01", "2026-07-01", 100, 100],
    ]);
    const outcome = await reviewed(sourceOf(named, invoices));
    expect(outcome.review.customers.map((c) => c.customer.id)).toEqual(["C1", "C2"]);
    expect(outcome.issues).toEqual([
      expect.objectContaining({ row: 4, action: "excluded", code: "issueTotalsRow", value: "Total" }),
    ]);
  });

  it("a company whose name starts with Total is kept, whichever way its cells are read", async () => {
    const rows: RawCell[][] = [
      ["Customer Name", "Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
      ["Total Energies", "I1", "C1", 46174, 46204, 1000, 1000], // 2026-06-01, due 2026-07-01: not yet due
      ["Acme", "I2", "C2", 46174, 46204, 500, 500],
    ];
    const byRow = table("Invoices", "Invoices", rows);
    const [headers, ...data] = rows;
    const byColumn: RawTable = {
      ...byRow,
      columns: { rowCount: data.length, cells: headers.map((_, c) => data.map((row) => row[c])) },
    };
    for (const invoices of [byRow, byColumn]) {
      const outcome = await reviewed(sourceOf(customers, invoices));
      expect(outcome.summary.openReceivables).toBe(1500);
      expect(outcome.issues).toEqual([]);
    }
  });

  it("the totals row of a side table elsewhere on the sheet drops no customer", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Customers");
    ws.addRows([
      ["Customer ID", "Customer Name", "Credit Limit"],
      ["C1", "Acme", 5000],
      ["C2", "Bolt", 2000],
      ["C3", "Core", 1000],
    ]);
    ws.addTable({
      name: "Rates",
      ref: "G1",
      totalsRow: true,
      columns: [{ name: "Bucket" }, { name: "Rate", totalsRowFunction: "sum" }],
      rows: [
        ["0-30", 0.01],
        ["31-60", 0.05],
      ],
    });
    const inv = wb.addWorksheet("Invoices");
    inv.addRows([
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
      ["I1", "C3", "2026-06-01", "2026-07-01", 1000, 1000],
    ]);
    const outcome = await reviewed(await XlsxWorkbookSource.fromBytes(await wb.xlsx.writeBuffer(), "book.xlsx"));
    expect(outcome.review.customers.map((c) => c.customer.id)).toEqual(["C1", "C2", "C3"]);
    expect(outcome.summary.openReceivables).toBe(1000);
  });

  it("an Invoices-only ledger makes no customer of its totals row", async () => {
    const ledger = table("Invoices", "AR", [
      ["Customer Name", "Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
      ["Acme", "I1", "C1", "2026-06-01", "2026-07-01", 700, 700],
      ["Total", "", "1", "", "", 700, 700],
    ]);
    const outcome = await reviewed(sourceOf(ledger));
    expect(outcome.review.customers.map((c) => c.customer.id)).toEqual(["C1"]);
  });

  it("a blank open amount beside a paid amount reads as amount − paid, and says so", async () => {
    const ledger = table("Invoices", "Invoices", [
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Open Amount"],
      ["I1", "C1", "2026-06-01", "2026-07-01", 1000, 400, ""], // 1000 − 400 = 600
      ["I2", "C1", "2026-06-01", "2026-07-01", 300, 0, "-"], // Excel's accounting zero: open 0, though 300 − 0 = 300
    ]);
    const outcome = await reviewed(sourceOf(customers, ledger));
    expect(outcome.summary.openReceivables).toBe(600);
    expect(outcome.issues.map((i) => [i.row, i.code])).toEqual([
      [2, "issueOpenFromPaid"],
      [3, "issueNumberFromText"],
      [3, "issueOpenPaidDisagree"],
    ]);
  });

  it("a header with its currency in brackets is the column (Credit Limit (USD))", () => {
    const { map } = mapColumns(CUSTOMERS_SCHEMA, ["Customer ID", "Credit Limit (USD)", "金额（万元）"]);
    expect(map.creditLimit).toBe(1);
    // Amounts in 10,000s are not a currency: that header stays unknown rather than read 10,000 times too small.
    expect(mapColumns(INVOICES_SCHEMA, ["金额（万元）"]).map.amount).toBe(-1);
  });

  it("a mapping that names no table applies where its header is, and a declined hint is not reported", async () => {
    const kunde = table("Invoices", "Invoices", [
      ["Invoice ID", "Kunde", "Invoice Date", "Due Date", "Amount", "Amount Due", "Paid On"],
      ["I1", "C1", "2026-06-01", "2026-07-01", 1000, 1000, ""],
    ]);
    const mappings = mappingsFromPairs([parseMappingPair("Customer ID=Kunde")]);
    expect(mappings).toEqual({ Customers: { "Customer ID": "Kunde" }, Invoices: { "Customer ID": "Kunde" } });
    const declined = { ...mappings, Invoices: { ...mappings.Invoices, "Open Amount": "" } };
    const outcome = await reviewed(sourceOf(customers, kunde), { mappings: declined });
    expect(outcome.summary.openReceivables).toBe(1000);
    expect(outcome.issues).toEqual([]);
    expect(
      outcome.columns.find((t) => t.table === "Invoices")?.columns.find((c) => c.key === "openAmount")?.status,
    ).toBe("missing");
  });
});
