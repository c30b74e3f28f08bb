/** The review's input: customers and invoices as checked plain values (parsed at the edge, trusted here). */
import type { SerialDate } from "../dates";
import type { InvoiceColumns } from "./invoiceColumns";

export type CustomerId = string;
export type InvoiceId = string;

/**
 * One customer from the Customers table (docs/architecture.md §Workbook contract). Optional figures are `undefined`
 * when not given.
 */
export interface Customer {
  readonly id: CustomerId;
  readonly name: string;
  /** Size segment as written (Large / Mid / Small …); matched case-insensitively against the policy. */
  readonly segment: string;
  readonly country?: string;
  readonly creditLimit?: number;
  readonly insuredLimit?: number;
  /** Payment terms in days. */
  readonly paymentTerms?: number;
  readonly annualRevenue?: number;
  readonly totalAssets?: number;
  readonly totalLiabilities?: number;
  readonly currentAssets?: number;
  readonly currentLiabilities?: number;
  readonly retainedEarnings?: number;
  readonly ebit?: number;
  readonly equity?: number;
  readonly yearsTrading?: number;
  /** An external (bureau) score, 0–100. */
  readonly externalScore?: number;
  readonly strategic: boolean;
  readonly blacklisted: boolean;
  /** A temporary (e.g. seasonal) limit that replaces the credit limit until it expires (issue 15). */
  readonly temporaryLimit?: number;
  /** The last day the temporary limit is in force. */
  readonly temporaryLimitExpiry?: SerialDate;
  /** Why the temporary limit was granted (e.g. "peak season"), shown as written. */
  readonly temporaryLimitReason?: string;
  /** The day the customer was put on the blacklist: release conditions count months from it. */
  readonly blacklistDate?: SerialDate;
  readonly blacklistReason?: string;
  /** Receivables of the customer written off as bad debt (currency, ≥ 0): a reason to list it. */
  readonly writtenOff?: number;
  /** The 1-based sheet row the customer came from, for messages and for selecting it. */
  readonly sourceRow?: number;
}

/** One invoice or credit note from the Invoices table. */
export interface Invoice {
  readonly id: InvoiceId;
  readonly customerId: CustomerId;
  readonly invoiceDate: SerialDate;
  /** Due date; when the sheet had none, invoice date + the customer's terms (reported as a repair). */
  readonly dueDate: SerialDate;
  /** Invoiced amount; negative for a credit note. */
  readonly amount: number;
  /** Still unpaid; 0 when paid. Same sign as the amount. */
  readonly openAmount: number;
  readonly paidDate?: SerialDate;
  readonly disputed: boolean;
  readonly currency?: string;
  readonly sourceRow?: number;
}

/** One customer's row of an earlier review, read back from ReviewHistory for early warnings. */
export interface HistoryRow {
  readonly reviewDate: SerialDate;
  readonly customerId: CustomerId;
  readonly score?: number;
  readonly grade?: string;
  readonly exposure?: number;
  readonly creditLimit?: number;
  readonly recommendedLimit?: number;
  readonly maxDaysPastDue?: number;
  readonly zZone?: string;
  /** The blacklist status the review gave (`listed`, `list`, `eligible-for-release`, `probation`), if any. */
  readonly blacklistStatus?: string;
  /** The review's action (`increase`, `keep`, `reduce`, `stop`). */
  readonly action?: string;
}

export interface Portfolio {
  readonly customers: readonly Customer[];
  /** As objects, or by column (what the workbook reader gives: a million invoices without a million objects). */
  readonly invoices: readonly Invoice[] | InvoiceColumns;
  readonly history: readonly HistoryRow[];
}
