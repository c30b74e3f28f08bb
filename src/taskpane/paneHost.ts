/**
 * What the pane needs from where it runs. Inside Excel: the open workbook (src/excel). In a plain browser: an
 * .xlsx the user opened, held in memory (src/files). Components get a PaneHost and never call Office directly.
 */
import type { SerialDate } from "../core/dates";
import type { Locale } from "../core/messages";
import type { ColumnChoices } from "../workbook/columnMapping";
import type { PaneReviewOptions, PaneRunResult } from "./worker/paneReview";
import type { ReviewSink, WorkbookSource, WorkbookTableInfo } from "../workbook/ports";
import type { RetirePlan } from "../workbook/scoringModel";

export type PolicyRow = readonly [setting: string, value: string | number | boolean];

export interface PaneHost {
  readonly kind: "excel" | "browser";
  /** Where the review reads Customers, Invoices, CreditPolicy, Scorecard and ReviewHistory. */
  source(): WorkbookSource;
  /** Where the review's sheets go (all-or-nothing). */
  sink(): ReviewSink;
  /**
   * Reviews the workbook and writes the review's sheets into it, with the heavy work off the main thread (see
   * worker/): in the browser all of it, in Excel the computation between Office.js's reading and writing.
   */
  review(options: PaneReviewOptions): Promise<PaneRunResult>;
  /** The CreditPolicy table's rows (empty when there is none). */
  readPolicy(): Promise<PolicyRow[]>;
  /** Replaces the CreditPolicy table's rows (creating the table if needed); nothing else is touched. */
  writePolicy(rows: readonly PolicyRow[]): Promise<void>;
  /**
   * The workbook's tables, and its sheets that hold no table, with headers and row counts (no rows): what the
   * scorecard builder can train on. Each is read by `source().readTable(name)`.
   */
  listTables(): Promise<WorkbookTableInfo[]>;
  /** True when the workbook has both a Customers and an Invoices table (or sheet). */
  hasReviewInput(): Promise<boolean>;
  /**
   * Adds the sample portfolio's sheets (Customers, Invoices, CreditPolicy, ReviewHistory), dated `asOf`; in Chinese
   * (`zh-CN`) its Chinese edition (客户, 发票, 信用政策, 评审历史).
   */
  insertSampleData(asOf?: SerialDate, locale?: Locale): Promise<void>;
  /** The as-of date the data suggests (the sample's date), when it knows better than "today". */
  readonly suggestedAsOf?: SerialDate;
  /** Inside Excel: activates a review sheet. */
  showSheet?(name: string): Promise<void>;
  /** Inside Excel: selects a customer's row in the Credit Review sheet. */
  showCustomer?(customerId: string): Promise<void>;
  /**
   * The column choices (mappings, open items) remembered with the workbook: inside Excel in its document settings,
   * saved with the file; in the browser for as long as the file is open.
   */
  readColumnChoices(): Promise<ColumnChoices | undefined>;
  writeColumnChoices(choices: ColumnChoices): Promise<void>;
  /** In the browser: the workbook as an .xlsx file to download, once a review or a scorecard has been written. */
  reviewFile?(): Blob | undefined;
  /**
   * Inside Excel: filters the Credit Review table to these customers (the rows behind a number the pane opened) and
   * shows it; no customers clears the filter.
   */
  showRows?(customerIds: readonly string[]): Promise<void>;
  /**
   * Goes back to the built-in model: renames the workbook's Scorecard table and sheet (Scorecard, 评分卡) so the
   * review no longer reads them (see retirePlan); nothing is deleted. Returns what was renamed.
   */
  retireScorecard(): Promise<RetirePlan>;
}
