import { InvoiceColumns, InvoiceColumnsBuilder, invoiceList } from "../../../src/core/portfolio/invoiceColumns";
import type { Invoice } from "../../../src/core/portfolio/model";
import { reviewPortfolio } from "../../../src/core/portfolio/review";
import { AS_OF, assess, portfolio, settings } from "../../fixtures/reviewFixture";

const invoices = portfolio.invoices as readonly Invoice[];

describe("InvoiceColumns", () => {
  it("holds every field of every invoice: objects → columns → objects is the identity", () => {
    const columns = InvoiceColumns.from(invoices);
    expect(columns.length).toBe(invoices.length);
    expect(invoiceList(columns)).toEqual(invoices.map((inv) => ({ currency: undefined, paidDate: undefined, sourceRow: undefined, ...inv })));
    expect(columns.at(4).paidDate).toBe(invoices[4].paidDate);
    expect(columns.at(2).disputed).toBe(true);
  });

  it("gives the same review as the invoice objects (the fixture's hand-computed ledger)", () => {
    const byObject = reviewPortfolio(portfolio, AS_OF, settings, assess);
    const byColumn = reviewPortfolio({ ...portfolio, invoices: InvoiceColumns.from(invoices) }, AS_OF, settings, assess);
    expect(byColumn).toEqual(byObject);
  });

  it("uses the reader's customer index only for the customers it was resolved against, otherwise re-reads ids", () => {
    // Resolved against the fixture's customers A, B, C; then reviewed with the customers in another order.
    const builder = new InvoiceColumnsBuilder(invoices.length);
    for (const inv of invoices) builder.push(inv, portfolio.customers.findIndex((c) => c.id === inv.customerId));
    const columns = builder.build(undefined, portfolio.customers);
    const reordered = { ...portfolio, customers: [...portfolio.customers].reverse(), invoices: columns };
    const expected = reviewPortfolio({ ...reordered, invoices }, AS_OF, settings, assess);
    expect(reviewPortfolio(reordered, AS_OF, settings, assess)).toEqual(expected);
    expect(reviewPortfolio({ ...portfolio, invoices: columns }, AS_OF, settings, assess)).toEqual(reviewPortfolio(portfolio, AS_OF, settings, assess));
  });

  it("refuses columns of different lengths and more invoices than the builder was sized for", () => {
    const columns = InvoiceColumns.from(invoices);
    expect(() => new InvoiceColumns({ ...columns, amount: columns.amount.subarray(1) })).toThrow(RangeError);
    const builder = new InvoiceColumnsBuilder(1);
    builder.push(invoices[0], 0);
    expect(() => builder.push(invoices[1], 0)).toThrow(/sized for/);
  });
});
