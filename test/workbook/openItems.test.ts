/** The customer card's open invoices (issue 16): what is owed on the review date, most overdue first. */
import { serialFromIso } from "../../src/core/dates";
import { InvoiceColumns } from "../../src/core/portfolio/invoiceColumns";
import type { Invoice } from "../../src/core/portfolio/model";
import { openItemsByCustomer } from "../../src/workbook/openItems";

const d = (iso: string) => serialFromIso(iso)!;
const AS_OF = d("2026-06-30");
const invoice = (
  id: string,
  customerId: string,
  due: string,
  amount: number,
  open: number,
  disputed = false,
): Invoice => ({
  id,
  customerId,
  invoiceDate: d(due) - 30,
  dueDate: d(due),
  amount,
  openAmount: open,
  disputed,
});

const ledger: Invoice[] = [
  invoice("I1", "A", "2026-07-15", 1000, 1000), // not yet due: 0 days
  invoice("I2", "A", "2026-05-31", 500, 200), // due 30 days before the review date, 200 still open
  invoice("I3", "A", "2026-04-01", 300, 0), // paid: not listed
  invoice("CN1", "A", "2026-06-20", -50, -50), // an open credit note, 10 days past its date
  invoice("I4", "B", "2026-03-02", 800, 800, true), // disputed, 120 days past due
  { ...invoice("I5", "B", "2026-08-30", 90, 90), invoiceDate: d("2026-07-01") }, // dated after the review: left out
];

describe("openItemsByCustomer", () => {
  it("lists each customer's open items, most overdue first, with days past due on the review date", () => {
    const items = openItemsByCustomer(ledger, AS_OF);
    expect(items.get("A")!.map((i) => [i.invoiceId, i.open, i.daysPastDue])).toEqual([
      ["I2", 200, 30],
      ["CN1", -50, 10],
      ["I1", 1000, 0],
    ]);
    expect(items.get("B")).toEqual([
      {
        invoiceId: "I4",
        invoiceDate: d("2026-03-02") - 30,
        dueDate: d("2026-03-02"),
        open: 800,
        daysPastDue: 120,
        disputed: true,
      },
    ]);
  });

  it("reads invoice columns the same way as invoice objects", () => {
    expect(openItemsByCustomer(InvoiceColumns.from(ledger), AS_OF)).toEqual(openItemsByCustomer(ledger, AS_OF));
  });

  it("puts the larger amount first among items equally late", () => {
    const items = openItemsByCustomer(
      [invoice("S", "C", "2026-06-01", 10, 10), invoice("L", "C", "2026-06-01", 99, 99)],
      AS_OF,
    );
    expect(items.get("C")!.map((i) => i.invoiceId)).toEqual(["L", "S"]);
  });
});
