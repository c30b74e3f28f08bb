/** Raw Customers / Invoices / ReviewHistory tables → a checked Portfolio, with a data issue for every row not used as is. */
import { isoFromSerial, type SerialDate } from "../core/dates";
import type { Customer, HistoryRow, Portfolio } from "../core/portfolio/model";
import { ANY_EXCEL_DAY, cellFault, cellText, ledgerWindow } from "../core/cells";
import type { DataIssue } from "./dataIssues";
import {
  ACTION_CODES,
  actionFromLabel,
  BLACKLIST_STATUS_CODES,
  blacklistStatusFromLabel,
  zoneFromLabel,
} from "./decisionLabels";
import { readInvoices } from "./invoiceReader";
import { isBlankRow, TableReader, type PortfolioReadOptions, type RowCount } from "./tableReader";
import { totalsLabel } from "./totalsRows";
import { rowCount, rowReader } from "./tableRows";
import type { RawCell, RawTable } from "./ports";
import {
  CUSTOMERS_SCHEMA,
  HISTORY_SCHEMA,
  INVOICES_SCHEMA,
  mapColumns,
  type CustomerColumn,
  type HistoryColumn,
} from "./schema";

export type { PortfolioReadOptions, RowCount } from "./tableReader";

export interface PortfolioRead {
  readonly portfolio: Portfolio;
  readonly issues: readonly DataIssue[];
  readonly counts: { readonly customers: RowCount; readonly invoices: RowCount; readonly history: RowCount };
  /** The currency amounts are in, when the Invoices table has a Currency column. */
  readonly currency?: string;
}

/** An optional date cell: blank → undefined; unreadable or outside the window → undefined, reported as ignored. */
function optionalDate<K extends string>(
  r: TableReader<K>,
  row: readonly RawCell[],
  i: number,
  key: K,
): SerialDate | undefined {
  const date = r.date(row, i, key);
  if (typeof date === "number") return date;
  r.reportDate(i, key, r.cell(row, key), date, "ignored");
  return undefined;
}

type TemporaryLimit = Pick<Customer, "temporaryLimit" | "temporaryLimitExpiry" | "temporaryLimitReason">;

/**
 * A customer's temporary limit, kept only with the day it ends: a temporary limit must end, so one without an
 * expiry date is ignored, and so is an expiry without a limit; a negative temporary limit is ignored (set to 0 it
 * would stop the customer's credit until the expiry). Each is reported; an unreadable cell is reported as such, and
 * the expiry of an ignored limit goes with it. The reason is kept with the limit it explains.
 */
function temporaryLimitOf(r: TableReader<CustomerColumn>, row: readonly RawCell[], i: number): TemporaryLimit {
  const limitCell = r.cell(row, "temporaryLimit");
  const expiryCell = r.cell(row, "temporaryLimitExpiry");
  const limit = r.optionalNumber(row, i, "temporaryLimit");
  const expiry = optionalDate(r, row, i, "temporaryLimitExpiry");
  if (limit === undefined) {
    // An unreadable limit was reported: its expiry goes with it. Only an expiry beside a blank cell is reported.
    const date = expiry === undefined ? undefined : isoFromSerial(expiry);
    if (date !== undefined && cellText(limitCell) === "")
      r.report(i, "temporaryLimitExpiry", expiryCell, "repaired", "issueTemporaryExpiryNoLimit", { date });
    return {};
  }
  if (limit < 0) {
    r.report(i, "temporaryLimit", limitCell, "repaired", "issueTemporaryLimitNegative");
    return {};
  }
  if (expiry === undefined) {
    r.report(i, "temporaryLimit", limitCell, "repaired", "issueTemporaryLimitNoExpiry");
    return {};
  }
  const reason = cellText(r.cell(row, "temporaryLimitReason"));
  return { temporaryLimit: limit, temporaryLimitExpiry: expiry, temporaryLimitReason: reason || undefined };
}

/**
 * Whether a customer is blacklisted, and when and why it was listed. The Blacklisted flag decides: a date on a
 * customer not flagged is ignored (a person releases a customer by clearing the flag), and so is a date after the
 * review date; each is reported. The reason is kept with the flag.
 */
function blacklistOf(
  r: TableReader<CustomerColumn>,
  row: readonly RawCell[],
  i: number,
  asOf: SerialDate,
): Pick<Customer, "blacklisted" | "blacklistDate" | "blacklistReason"> {
  const blacklisted = r.flag(row, i, "blacklisted");
  const date = optionalDate(r, row, i, "blacklistDate");
  const cell = r.cell(row, "blacklistDate");
  if (!blacklisted) {
    if (date !== undefined)
      r.report(i, "blacklistDate", cell, "repaired", "issueBlacklistDateNotListed", { date: isoFromSerial(date) });
    return { blacklisted };
  }
  const reason = cellText(r.cell(row, "blacklistReason")) || undefined;
  if (date !== undefined && date > asOf) {
    r.report(i, "blacklistDate", cell, "repaired", "issueBlacklistDateAfterAsOf", {
      date: isoFromSerial(date),
      asOf: isoFromSerial(asOf),
    });
    return { blacklisted, blacklistReason: reason };
  }
  return { blacklisted, blacklistDate: date, blacklistReason: reason };
}

/** Customers rows; dates (temporary limit expiry, blacklist date) in the ledger's plausible window for `asOf`. */
function readCustomers(
  table: RawTable,
  asOf: SerialDate,
  issues: DataIssue[],
): { customers: Customer[]; counts: RowCount } {
  const r = new TableReader(table, CUSTOMERS_SCHEMA, issues, ledgerWindow(asOf, table.date1904));
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
    const nonNegative = (key: "creditLimit" | "insuredLimit" | "writtenOff"): number | undefined => {
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
      creditLimit: nonNegative("creditLimit"),
      insuredLimit: nonNegative("insuredLimit"),
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
      ...blacklistOf(r, row, i, asOf),
      ...temporaryLimitOf(r, row, i),
      writtenOff: nonNegative("writtenOff"),
      sourceRow: table.firstDataRow + i,
    });
  });
  return { customers, counts: r.counts(customers.length) };
}

/**
 * A decision column of ReviewHistory (blacklist status, action) as its code, whichever language's label the cell
 * holds; blank → undefined; a cell that names no code is ignored and reported.
 */
function decisionCode<C extends string>(
  r: TableReader<HistoryColumn>,
  row: readonly RawCell[],
  i: number,
  key: "blacklistStatus" | "action",
  fromLabel: (text: string) => C | undefined,
  codes: readonly C[],
): C | undefined {
  const cell = r.cell(row, key);
  const fault = cellFault(cell);
  if (fault) return void r.reportFault(i, key, cell, fault, "ignored");
  const text = cellText(cell);
  if (text === "") return undefined;
  const code = fromLabel(text);
  if (code === undefined) r.report(i, key, cell, "repaired", "issueHistoryValueUnknown", { options: codes.join(", ") });
  return code;
}

/**
 * ReviewHistory rows (written by earlier reviews) back into HistoryRow values. Rows without a review date or a
 * customer id are rejected; unreadable figures are dropped from the row and reported. Blacklist status and action,
 * written as labels in the review's language, are read back as their codes; histories from before they were written
 * have neither column.
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
      zZone: zoneFromLabel(cellText(r.cell(row, "zZone"))) || undefined,
      blacklistStatus: decisionCode(r, row, i, "blacklistStatus", blacklistStatusFromLabel, BLACKLIST_STATUS_CODES),
      action: decisionCode(r, row, i, "action", actionFromLabel, ACTION_CODES),
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
    if (tableTotals.has(table.firstDataRow + i) || labelColumns.some((c) => totalsLabel(row[c]) !== undefined))
      continue;
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
    ? readCustomers(tables.customers, options.asOf, issues)
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
