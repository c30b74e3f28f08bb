import { InvoiceColumns, InvoiceColumnsBuilder, invoiceList } from "../../../src/core/portfolio/invoiceColumns";
import type { Invoice } from "../../../src/core/portfolio/model";
import { reviewPortfolio } from "../../../src/core/portfolio/review";
import { AS_OF, assess, portfolio, settings } from "../../fixtures/reviewFixture";

const invoices = portfolio.invoices as readonly Invoice[];

describe("InvoiceColumns", () => {
  it("holds every field of every invoice: objects → columns → objects is the identity", () => {
    const columns = InvoiceColumns.from(invoices);
    expect(columns.length).toBe(invoices.length);
    expect(invoiceList(columns)).toEqual(
      invoices.map((inv) => ({ currency: undefined, paidDate: undefined, sourceRow: undefined, ...inv })),
    );
    expect(columns.at(4).paidDate).toBe(invoices[4].paidDate);
    expect(columns.at(2).disputed).toBe(true);
  });

  it("reviews the fixture's hand-computed ledger the same by column as by a per-invoice reference sum", () => {
    const review = reviewPortfolio({ ...portfolio, invoices: InvoiceColumns.from(invoices) }, AS_OF, settings, assess);
    // Open of invoices dated ≤ as-of, per customer, summed here invoice by invoice in cents.
    for (const line of review.customers) {
      const cents = invoices
        .filter((inv) => inv.customerId === line.customer.id && inv.invoiceDate <= AS_OF)
        .reduce((s, inv) => s + Math.round(inv.openAmount * 100), 0);
      expect(line.exposure).toBe(cents / 100);
    }
    expect(review.customers.map((l) => l.exposure)).toEqual([850, 6000, 100.1]); // A: 400 + 300 + 200 − 50
  });

  it("uses the reader's customer index only for the customers it was resolved against, otherwise re-reads ids", () => {
    // Resolved against the fixture's customers A, B, C; then reviewed with the customers in another order.
    const builder = new InvoiceColumnsBuilder(invoices.length);
    for (const inv of invoices)
      builder.push(
        inv,
        portfolio.customers.findIndex((c) => c.id === inv.customerId),
      );
    const columns = builder.build(undefined, portfolio.customers);
    const reordered = { ...portfolio, customers: [...portfolio.customers].reverse(), invoices: columns };
    const expected = reviewPortfolio({ ...reordered, invoices }, AS_OF, settings, assess);
    expect(reviewPortfolio(reordered, AS_OF, settings, assess)).toEqual(expected);
    expect(reviewPortfolio({ ...portfolio, invoices: columns }, AS_OF, settings, assess)).toEqual(
      reviewPortfolio(portfolio, AS_OF, settings, assess),
    );
  });

  it("looks up by id an invoice the reader left unresolved (−1), instead of taking it for an unknown customer", () => {
    const builder = new InvoiceColumnsBuilder(invoices.length);
    for (const inv of invoices) builder.push(inv, -1);
    const columns = builder.build(undefined, portfolio.customers);
    expect(reviewPortfolio({ ...portfolio, invoices: columns }, AS_OF, settings, assess)).toEqual(
      reviewPortfolio(portfolio, AS_OF, settings, assess),
    );
  });

  it("ids found by source row are made only when read, and refused alongside ids added one by one", () => {
    const builder = new InvoiceColumnsBuilder(2);
    builder.add(undefined, "A", 0, 46000, 46030, undefined, 10, 10, false, 7);
    builder.add(undefined, "A", 0, 46000, 46030, undefined, 20, 20, false, 9);
    const asked: number[] = [];
    const columns = builder.build(undefined, undefined, (row) => (asked.push(row), `INV-${row}`));
    expect(asked).toEqual([]);
    expect(columns.at(1).id).toBe("INV-9");
    expect(invoiceList(columns).map((x) => x.id)).toEqual(["INV-7", "INV-9"]);
    expect(columns.ids.at(2)).toBeUndefined();
    const mixed = new InvoiceColumnsBuilder(1);
    mixed.push(invoices[0], 0);
    expect(() => mixed.build(undefined, undefined, () => "x")).toThrow(RangeError);
  });

  it("refuses columns of different lengths and more invoices than the builder was sized for", () => {
    const columns = InvoiceColumns.from(invoices);
    expect(() => new InvoiceColumns({ ...columns, amount: columns.amount.subarray(1) })).toThrow(RangeError);
    const builder = new InvoiceColumnsBuilder(1);
    builder.push(invoices[0], 0);
    expect(() => builder.push(invoices[1], 0)).toThrow(/sized for/);
  });
});
