/** The data contract: raw tables → Portfolio, with one data issue for every row not used as it stood. */
import { serialFromIso } from "../../src/core/dates";
import { thrown } from "../helpers/thrown";
import type { RawCell, RawTable } from "../../src/workbook/ports";
import { portfolioFromTables } from "../../src/workbook/portfolioFromTables";
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";

const iso = (t: string) => serialFromIso(t)!;
const AS_OF = iso("2026-06-30");
const OPTIONS = { asOf: AS_OF, defaultPaymentTerms: 30 };

function table(name: string, headers: string[], rows: RawCell[][]): RawTable {
  return { name, sheet: name, headers, rows, firstDataRow: 2 };
}

const CUSTOMER_HEADERS = ["Customer ID", "Customer Name", "Segment", "Credit Limit", "Payment Terms", "Strategic"];
const customers = (rows: RawCell[][]) => table("Customers", CUSTOMER_HEADERS, rows);
const INVOICE_HEADERS = [
  "Invoice ID",
  "Customer ID",
  "Invoice Date",
  "Due Date",
  "Amount",
  "Open Amount",
  "Paid Date",
  "Disputed",
];
const invoices = (rows: RawCell[][]) => table("Invoices", INVOICE_HEADERS, rows);

const ACME = ["C1", "Acme", "Large", 100000, 45, false];

describe("portfolioFromTables", () => {
  it("reads clean rows as they are, without issues", () => {
    const read = portfolioFromTables(
      {
        customers: customers([ACME]),
        invoices: invoices([["I1", "C1", "2026-05-01", "2026-06-15", 1000, 400, null, "TRUE"]]),
      },
      OPTIONS,
    );
    expect(read.issues).toEqual([]);
    expect(read.portfolio.customers[0]).toMatchObject({
      id: "C1",
      name: "Acme",
      segment: "Large",
      creditLimit: 100000,
      paymentTerms: 45,
      strategic: false,
      sourceRow: 2,
    });
    expect(invoiceList(read.portfolio.invoices)[0]).toMatchObject({
      id: "I1",
      customerId: "C1",
      invoiceDate: iso("2026-05-01"),
      dueDate: iso("2026-06-15"),
      amount: 1000,
      openAmount: 400,
      disputed: true,
    });
  });

  it("matches Chinese headers and odd spacing/case", () => {
    const read = portfolioFromTables(
      {
        customers: table(
          "Customers",
          ["客户编号", "客户名称", "客户类型", "信用额度", "付款期限", "黑名单"],
          [["C1", "甲公司", "Mid", 5000, 30, "是"]],
        ),
        invoices: table(
          "Invoices",
          ["发票编号", " customer  id ", "发票日期", "到期日", "金额", "未结金额"],
          [["I1", "C1", "2026-06-01", "2026-07-01", 10, 10]],
        ),
      },
      OPTIONS,
    );
    expect(read.issues).toEqual([]);
    expect(read.portfolio.customers[0]).toMatchObject({
      id: "C1",
      segment: "Mid",
      blacklisted: true,
      creditLimit: 5000,
    });
    expect(read.portfolio.invoices).toHaveLength(1);
  });

  it("stops with a clear error when a required column is missing", () => {
    expect(() =>
      portfolioFromTables(
        { customers: customers([ACME]), invoices: table("Invoices", ["Invoice ID", "Customer ID", "Amount"], []) },
        OPTIONS,
      ),
    ).toThrow(/Invoices table has no Invoice Date column/);
  });

  it("reports every rejected and repaired row, and accounts for every row", () => {
    const read = portfolioFromTables(
      {
        customers: customers([
          ACME,
          ["C1", "Acme again", "Large", 1, 30, false], // row 3: duplicate → rejected
          ["", "No id", "Small", 1, 30, false], // row 4: no id → rejected
          ["C2", "Neg", "Small", -500, 30, "perhaps"], // row 5: negative limit → 0; bad flag → FALSE
          [null, null, null, null, null, null], // row 6: blank, skipped silently
        ]),
        invoices: invoices([
          ["I1", "C1", "2026-05-01", "2026-06-15", "1,000.00", 400, null, false], // row 2: text amount → repaired
          ["I1", "C1", "2026-05-01", "2026-06-15", 5, 5, null, false], // row 3: duplicate id → rejected
          ["I2", "C9", "2026-05-01", "2026-06-15", 5, 5, null, false], // row 4: unknown customer → rejected
          ["I3", "C1", "not a date", "2026-06-15", 5, 5, null, false], // row 5: bad invoice date → rejected
          ["I4", "C1", "2026-05-01", null, 200, 200, null, false], // row 6: no due date → 05-01 + 45 = 06-15
          ["I5", "C1", "2026-05-01", "2026-06-15", 100, 150, null, false], // row 7: open > amount → 100
          ["I6", "C1", "2026-07-05", "2026-08-05", 100, 100, null, false], // row 8: after as-of → excluded
          ["I7", "C2", "2026-05-01", "2026-05-31", "abc", 0, null, false], // row 9: amount not a number → rejected
          ["I8", "C2", "2026-05-01", "2026-05-31", 300, null, "2026-05-20", false], // row 10: open blank, paid → 0
          ["I9", "C2", "2026-05-01", "2026-05-31", -50, 20, null, false], // row 11: credit note with positive open → 0
          ["I10", "C2", "2026-05-01", "2026-05-31", 70, null, null, false], // row 12: open blank, unpaid → 70
        ]),
      },
      OPTIONS,
    );
    const summary = read.issues.map((i) => [i.sheet, i.row, i.column, i.action, i.code].join(" | ")).sort();
    expect(summary).toEqual(
      (
        [
          ["Customers", 3, "Customer ID", "rejected", "issueDuplicateId"],
          ["Customers", 4, "Customer ID", "rejected", "issueRequiredMissing"],
          ["Customers", 5, "Credit Limit", "repaired", "issueNegativeLimit"],
          ["Customers", 5, "Strategic", "repaired", "issueBooleanIgnored"],
          ["Invoices", 3, "Invoice ID", "rejected", "issueDuplicateId"],
          ["Invoices", 4, "Customer ID", "rejected", "issueUnknownCustomer"],
          ["Invoices", 5, "Invoice Date", "rejected", "issueDateRejected"],
          ["Invoices", 2, "Amount", "repaired", "issueNumberFromText"],
          ["Invoices", 6, "Due Date", "repaired", "issueDueDateFilled"],
          ["Invoices", 7, "Open Amount", "repaired", "issueOpenExceedsAmount"],
          ["Invoices", 8, "Invoice Date", "excluded", "issueFutureInvoice"],
          ["Invoices", 9, "Amount", "rejected", "issueNumberRejected"],
          ["Invoices", 10, "Open Amount", "repaired", "issueOpenMissingPaid"],
          ["Invoices", 11, "Open Amount", "repaired", "issueOpenSignMismatch"],
          ["Invoices", 12, "Open Amount", "repaired", "issueOpenMissingUnpaid"],
        ] as unknown[][]
      )
        .map((r) => r.join(" | "))
        .sort(),
    );
    const inv = Object.fromEntries(invoiceList(read.portfolio.invoices).map((i) => [i.id, i]));
    expect(inv.I1.amount).toBe(1000);
    expect(inv.I4.dueDate).toBe(iso("2026-06-15"));
    expect(inv.I5.openAmount).toBe(100);
    expect(inv.I8.openAmount).toBe(0);
    expect(inv.I9.openAmount).toBe(0);
    expect(inv.I10.openAmount).toBe(70);
    expect(read.portfolio.customers.find((c) => c.id === "C2")).toMatchObject({ creditLimit: 0, strategic: false });
    expect(read.counts.customers).toEqual({ read: 5, used: 2, rejected: 2, excluded: 0, blank: 1 });
    expect(read.counts.invoices).toEqual({ read: 11, used: 6, rejected: 4, excluded: 1, blank: 0 }); // I1 I4 I5 I8 I9 I10
    const dueIssue = read.issues.find((i) => i.code === "issueDueDateFilled")!;
    expect(dueIssue.params).toMatchObject({ terms: 45, date: "2026-06-15" });
  });

  it("a due date is filled from the default terms when the customer has none", () => {
    const read = portfolioFromTables(
      {
        customers: customers([["C1", "A", "Mid", 1, null, false]]),
        invoices: invoices([["I1", "C1", "2026-06-01", "", 10, 10, null, false]]),
      },
      OPTIONS,
    );
    expect(invoiceList(read.portfolio.invoices)[0].dueDate).toBe(iso("2026-07-01")); // 06-01 + 30 days
  });

  it("ambiguous day/month dates follow the column's evidence, else day first with an issue", () => {
    const withEvidence = portfolioFromTables(
      {
        customers: customers([ACME]),
        invoices: invoices([
          ["I1", "C1", "03/04/2026", "05/25/2026", 1, 1, null, false],
          ["I2", "C1", "04/20/2026", "05/03/2026", 1, 1, null, false],
        ]),
      },
      OPTIONS,
    );
    // Invoice Date column: 04/20 proves month first, so 03/04 is 4 March. Due Date column: 05/25 likewise.
    expect(invoiceList(withEvidence.portfolio.invoices)[0].invoiceDate).toBe(iso("2026-03-04"));
    expect(invoiceList(withEvidence.portfolio.invoices)[1].dueDate).toBe(iso("2026-05-03"));
    expect(withEvidence.issues).toEqual([]);
    const guess = portfolioFromTables(
      {
        customers: customers([ACME]),
        invoices: invoices([["I1", "C1", "03/04/2026", "2026-06-01", 1, 1, null, false]]),
      },
      OPTIONS,
    );
    expect(invoiceList(guess.portfolio.invoices)[0].invoiceDate).toBe(iso("2026-04-03"));
    expect(guess.issues.map((i) => i.code)).toEqual(["issueDateAmbiguous"]);
  });

  it("mixed currencies without a rate stop the review with a message, not a sum", () => {
    const t = table(
      "Invoices",
      [...INVOICE_HEADERS, "Currency"],
      [
        ["I1", "C1", "2026-05-01", "2026-06-15", 100, 100, null, false, "EUR"],
        ["I2", "C1", "2026-05-01", "2026-06-15", 100, 100, null, false, "EUR"],
        ["I3", "C1", "2026-05-01", "2026-06-15", 100, 100, null, false, "USD"],
      ],
    );
    const error = thrown(() => portfolioFromTables({ customers: customers([ACME]), invoices: t }, OPTIONS));
    expect(error.code).toBe("errorMixedCurrencies");
    expect(error.message).toContain("EUR, USD");
  });

  it("other currencies with a rate are converted into the base currency, to the cent", () => {
    const t = table(
      "Invoices",
      [...INVOICE_HEADERS, "币种", "汇率"],
      [
        ["I1", "C1", "2026-05-01", "2026-06-15", 100, 100, null, false, "EUR", null],
        ["I2", "C1", "2026-05-01", "2026-06-15", 33.33, 33.33, null, false, "USD", 0.9],
      ],
    );
    const read = portfolioFromTables({ customers: customers([ACME]), invoices: t }, OPTIONS);
    expect(read.currency).toBe("EUR");
    expect(invoiceList(read.portfolio.invoices)[1]).toMatchObject({ amount: 30, openAmount: 30 }); // 33.33 × 0.9 = 29.997 → 30.00
  });

  it("reads ReviewHistory back, in either language", () => {
    const read = portfolioFromTables(
      {
        customers: customers([ACME]),
        invoices: invoices([]),
        history: table(
          "ReviewHistory",
          ["评审日期", "客户编号", "评分", "等级", "敞口", "最长逾期天数"],
          [
            ["2026-03-31", "C1", 71, "B", 5000, 12],
            [null, "C1", 70, "B", 1, 1],
          ],
        ),
      },
      OPTIONS,
    );
    expect(read.portfolio.history).toEqual([
      {
        reviewDate: iso("2026-03-31"),
        customerId: "C1",
        score: 71,
        grade: "B",
        exposure: 5000,
        creditLimit: undefined,
        recommendedLimit: undefined,
        maxDaysPastDue: 12,
        zZone: undefined,
      },
    ]);
    expect(read.issues.map((i) => [i.sheet, i.row, i.code])).toEqual([["ReviewHistory", 3, "issueRequiredMissing"]]);
  });

  it("reports a column under a repeated header (merged header cells), which is never read, once with its value count", () => {
    const headers = ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Amount", "Paid Date"];
    const read = portfolioFromTables(
      {
        customers: customers([ACME]),
        invoices: table("Invoices", headers, [
          ["I1", "C1", "2026-05-01", "2026-05-31", 100, 40, null],
          ["I2", "C1", "2026-05-01", "2026-05-31", 100, null, null],
        ]),
      },
      OPTIONS,
    );
    expect(read.issues).toEqual([
      expect.objectContaining({
        sheet: "Invoices",
        row: 1,
        column: "Amount",
        value: "Amount",
        action: "repaired",
        code: "issueColumnRepeated",
        params: expect.objectContaining({ position: 6, count: 1 }),
      }),
    ]);
    expect(invoiceList(read.portfolio.invoices).map((i) => i.openAmount)).toEqual([100, 100]);
  });
});
