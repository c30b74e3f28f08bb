/** A customer's open invoices as the customer card lists them: what is still owed, and how late each item is. */
import { at } from "../core/arrays";
import { daysBetween, type SerialDate } from "../core/dates";
import { InvoiceColumns } from "../core/portfolio/invoiceColumns";
import type { Invoice } from "../core/portfolio/model";

/** One open invoice (or credit note) of a customer on the review date. */
export interface OpenItem {
  readonly invoiceId: string;
  readonly invoiceDate: SerialDate;
  readonly dueDate: SerialDate;
  /** Still unpaid; negative for an open credit note. */
  readonly open: number;
  /** Review date − due date, 0 when not yet due. */
  readonly daysPastDue: number;
  readonly disputed: boolean;
}

/**
 * Every customer's open items on `asOf`: invoices and credit notes dated on or before it with an open amount other
 * than 0 (the items the review's exposure sums), most overdue first, then the larger amount. Reads the invoice
 * columns in place: no invoice object is made for a paid invoice.
 * @example openItemsByCustomer(invoices, serialFromIso("2026-06-30")!).get("C001")?.[0].daysPastDue // 45
 */
export function openItemsByCustomer(
  invoices: readonly Invoice[] | InvoiceColumns,
  asOf: SerialDate,
): ReadonlyMap<string, readonly OpenItem[]> {
  const byCustomer = new Map<string, OpenItem[]>();
  const add = (customerId: string, item: OpenItem) => {
    const list = byCustomer.get(customerId);
    if (list) list.push(item);
    else byCustomer.set(customerId, [item]);
  };
  const item = (id: string, invoiceDate: number, dueDate: number, open: number, disputed: boolean): OpenItem => ({
    invoiceId: id,
    invoiceDate,
    dueDate,
    open,
    daysPastDue: Math.max(0, daysBetween(dueDate, asOf)),
    disputed,
  });
  if (invoices instanceof InvoiceColumns) {
    for (let j = 0; j < invoices.length; j++) {
      const open = at(invoices.openAmount, j);
      const invoiceDate = at(invoices.invoiceDate, j);
      if (open === 0 || invoiceDate > asOf) continue;
      const id = invoices.ids.at(j) ?? "";
      add(
        at(invoices.customerIds, j),
        item(id, invoiceDate, at(invoices.dueDate, j), open, invoices.disputed[j] === 1),
      );
    }
  } else {
    for (const i of invoices) {
      if (i.openAmount === 0 || i.invoiceDate > asOf) continue;
      add(i.customerId, item(i.id, i.invoiceDate, i.dueDate, i.openAmount, i.disputed));
    }
  }
  for (const list of byCustomer.values()) list.sort((a, b) => b.daysPastDue - a.daysPastDue || b.open - a.open);
  return byCustomer;
}
