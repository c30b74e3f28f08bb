/**
 * What the pane needs from where it runs. Inside Excel: the open workbook (src/excel). In a plain browser: an
 * .xlsx the user opened, held in memory (src/files). Components get a PaneHost and never call Office directly.
 */
import type { ReviewSink, WorkbookSource } from "../workbook/ports";

export type PolicyRow = readonly [setting: string, value: string | number | boolean];

export interface PaneHost {
  readonly kind: "excel" | "browser";
  /** Where the review reads Customers, Invoices, CreditPolicy, Scorecard and ReviewHistory. */
  source(): WorkbookSource;
  /** Where the review's sheets go (all-or-nothing). */
  sink(): ReviewSink;
  /** The CreditPolicy table's rows (empty when there is none). */
  readPolicy(): Promise<PolicyRow[]>;
  /** Replaces the CreditPolicy table's rows (creating the table if needed); nothing else is touched. */
  writePolicy(rows: readonly PolicyRow[]): Promise<void>;
  /** Adds the sample portfolio's sheets (Customers, Invoices, CreditPolicy, ReviewHistory). */
  insertSampleData(): Promise<void>;
  /** Inside Excel: activates a review sheet. */
  showSheet?(name: string): Promise<void>;
  /** Inside Excel: selects a customer's row in the Credit Review sheet. */
  showCustomer?(customerId: string): Promise<void>;
  /** In the browser: the reviewed workbook as an .xlsx file to download, once a review has been written. */
  reviewFile?(): Blob | undefined;
}
