/** Raw Customers / Invoices / ReviewHistory tables → a checked Portfolio, with a data issue for every row not used as is. */
import type { SerialDate } from "../core/dates";
import type { Customer, HistoryRow, Portfolio } from "../core/portfolio/model";
import { ANY_EXCEL_DAY, cellFault, cellText, ledgerWindow } from "../core/cells";
import type { DataIssue } from "./dataIssues";
import { readInvoices } from "./invoiceReader";
import { isBlankRow, TableReader, type PortfolioReadOptions, type RowCount } from "./tableReader";
import { totalsLabel } from "./totalsRows";
import { rowCount, rowReader } from "./tableRows";
import type { RawTable } from "./ports";
import { CUSTOMERS_SCHEMA, HISTORY_SCHEMA, INVOICES_SCHEMA, mapColumns } from "./schema";

export type { PortfolioReadOptions, RowCount } from "./tableReader";
export { minusExactly } from "./invoiceReader";

export interface PortfolioRead {
  readonly portfolio: Portfolio;
  readonly issues: readonly DataIssue[];
  readonly counts: { readonly customers: RowCount; readonly invoices: RowCount; readonly history: RowCount };
  /** The currency amounts are in, when the Invoices table has a Currency column. */
  readonly currency?: string;
}

function readCustomers(table: RawTable, issues: DataIssue[]): { customers: Customer[]; counts: RowCount } {
  const r = new TableReader(table, CUSTOMERS_SCHEMA, issues);
  const customers: Customer[] = [];
  const firstRow = new Map<string, number>();
  table.rows.forEach((row, i) => {
    r.read++;
    if (isBlankRow(row)) {
      r.blank++;
      return;
    }
    if (r.isTotalsRow(row, i)) return;
    const idCell = r.cell(row, "id");
    const fault = cellFault(idCell);
    if (fault) return r.reportFault(i, "id", idCell, fault, "rejected");
    const id = cellText(idCell);
    if (id === "") return r.report(i, "id", idCell, "rejected", "issueRequiredMissing");
    const seen = firstRow.get(id);
    if (seen !== undefined) return r.report(i, "id", id, "rejected", "issueDuplicateId", { firstRow: seen });
    firstRow.set(id, table.firstDataRow + i);
    const limit = (key: "creditLimit" | "insuredLimit"): number | undefined => {
      const v = r.optionalNumber(row, i, key);
      if (v !== undefined && v < 0) {
        r.report(i, key, r.cell(row, key), "repaired", "issueNegativeLimit");
        return 0;
      }
      return v;
    };
    let terms = r.optionalNumber(row, i, "paymentTerms");
    if (terms !== undefined && terms < 0) {
      r.report(i, "paymentTerms", r.cell(row, "paymentTerms"), "repaired", "issueNegativeTerms");
      terms = undefined;
    }
    customers.push({
      id,
      name: cellText(r.cell(row, "name")),
      segment: cellText(r.cell(row, "segment")),
      country: cellText(r.cell(row, "country")) || undefined,
      creditLimit: limit("creditLimit"),
      insuredLimit: limit("insuredLimit"),
      paymentTerms: terms,
      annualRevenue: r.optionalNumber(row, i, "annualRevenue"),
      totalAssets: r.optionalNumber(row, i, "totalAssets"),
      totalLiabilities: r.optionalNumber(row, i, "totalLiabilities"),
      currentAssets: r.optionalNumber(row, i, "currentAssets"),
      currentLiabilities: r.optionalNumber(row, i, "currentLiabilities"),
      retainedEarnings: r.optionalNumber(row, i, "retainedEarnings"),
      ebit: r.optionalNumber(row, i, "ebit"),
      equity: r.optionalNumber(row, i, "equity"),
      yearsTrading: r.optionalNumber(row, i, "yearsTrading"),
      externalScore: r.optionalNumber(row, i, "externalScore"),
      strategic: r.flag(row, i, "strategic"),
      blacklisted: r.flag(row, i, "blacklisted"),
      sourceRow: table.firstDataRow + i,
    });
  });
  return { customers, counts: r.counts(customers.length) };
}

/**
 * ReviewHistory rows (written by earlier reviews) back into HistoryRow values. Rows without a review date or a
 * customer id are rejected; unreadable figures are dropped from the row and reported.
 */
export function readHistory(
  table: RawTable,
  issues: DataIssue[],
  asOf?: SerialDate,
): { history: HistoryRow[]; counts: RowCount } {
  const dates =
    asOf === undefined ? { ...ANY_EXCEL_DAY, date1904: table.date1904 } : ledgerWindow(asOf, table.date1904);
  const r = new TableReader(table, HISTORY_SCHEMA, issues, dates);
  const history: HistoryRow[] = [];
  table.rows.forEach((row, i) => {
    r.read++;
    if (isBlankRow(row)) {
      r.blank++;
      return;
    }
    const reviewDate = r.date(row, i, "reviewDate");
    if (typeof reviewDate !== "number")
      return r.reportDate(i, "reviewDate", r.cell(row, "reviewDate"), reviewDate, "rejected");
    const customerFault = cellFault(r.cell(row, "customerId"));
    if (customerFault) return r.reportFault(i, "customerId", r.cell(row, "customerId"), customerFault, "rejected");
    const customerId = cellText(r.cell(row, "customerId"));
    if (customerId === "")
      return r.report(i, "customerId", r.cell(row, "customerId"), "rejected", "issueRequiredMissing");
    history.push({
      reviewDate,
      customerId,
      score: r.optionalNumber(row, i, "score"),
      grade: cellText(r.cell(row, "grade")) || undefined,
      exposure: r.optionalNumber(row, i, "exposure"),
      creditLimit: r.optionalNumber(row, i, "creditLimit"),
      recommendedLimit: r.optionalNumber(row, i, "recommendedLimit"),
      maxDaysPastDue: r.optionalNumber(row, i, "maxDaysPastDue"),
      zZone: cellText(r.cell(row, "zZone")) || undefined,
    });
  });
  return { history, counts: r.counts(history.length) };
}

const NO_ROWS: RowCount = { read: 0, used: 0, rejected: 0, excluded: 0, blank: 0 };

/**
 * An Invoices-only ledger (no Customers table): one customer per distinct customer id, named from the invoices'
 * Customer Name column where there is one, with nothing else known. Said once, as one data issue on the header row,
 * not once per row. Ids the invoice reader rejects (blank, a totals label, an Excel error value) make no customer;
 * those rows are reported there.
 */
function customersFromInvoices(table: RawTable, issues: DataIssue[]): { customers: Customer[]; counts: RowCount } {
  const { map } = mapColumns(INVOICES_SCHEMA, table.headers);
  const byId = new Map<string, { id: string; name: string }>();
  // The rows the invoice reader leaves out as totals rows make no customer either (the same labels, the same rows).
  const tableTotals = new Set((table.totalsRows ?? []).map((t) => t.row));
  const labelColumns = [map.id, map.customerId, map.customerName, 0].filter((c) => c >= 0);
  const rowAt = rowReader(table);
  for (let i = 0, n = rowCount(table); i < n; i++) {
    const row = rowAt(i);
    if (tableTotals.has(table.firstDataRow + i) || labelColumns.some((c) => totalsLabel(row[c]) !== undefined)) continue;
    const cell = row[map.customerId];
    if (cellFault(cell) !== undefined) continue;
    const id = cellText(cell);
    if (id === "") continue;
    const name = map.customerName >= 0 ? cellText(row[map.customerName]) : "";
    const known = byId.get(id);
    if (!known) byId.set(id, { id, name });
    else if (known.name === "" && name !== "") known.name = name;
  }
  const customers: Customer[] = [...byId.values()].map((c) => ({
    ...c,
    segment: "",
    strategic: false,
    blacklisted: false,
  }));
  issues.push({
    sheet: table.sheet,
    row: table.firstDataRow - 1,
    column: "",
    value: "",
    action: "repaired",
    code: "issueCustomersFromInvoices",
    params: { count: customers.length },
  });
  return { customers, counts: { read: customers.length, used: customers.length, rejected: 0, excluded: 0, blank: 0 } };
}

/**
 * Reads the contract's tables into a Portfolio. Every data row ends up used, rejected, excluded (each of the last
 * two with a data issue) or blank; repaired rows are used and carry an issue per repaired cell.
 * Stops with a CreditError only when the input cannot be reviewed at all: a required column is missing, or
 * invoices mix currencies without exchange rates.
 * @example portfolioFromTables({ customers, invoices }, { asOf: 46203, defaultPaymentTerms: 30 }).portfolio.invoices.length
 */
export function portfolioFromTables(
  tables: { readonly customers?: RawTable; readonly invoices: RawTable; readonly history?: RawTable },
  options: PortfolioReadOptions,
): PortfolioRead {
  const issues: DataIssue[] = [];
  const { customers, counts: customerCounts } = tables.customers
    ? readCustomers(tables.customers, issues)
    : customersFromInvoices(tables.invoices, issues);
  const { invoices, counts: invoiceCounts, currency } = readInvoices(tables.invoices, customers, options, issues);
  const { history, counts: historyCounts } = tables.history
    ? readHistory(tables.history, issues, options.asOf)
    : { history: [], counts: NO_ROWS };
  return {
    portfolio: { customers, invoices, history },
    issues,
    counts: { customers: customerCounts, invoices: invoiceCounts, history: historyCounts },
    currency,
  };
}
