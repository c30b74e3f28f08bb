/**
 * The pane in a plain browser: the review runs on an .xlsx the user opened (the sample by default), held in memory.
 * Nothing leaves the page: the file is read with the File API, reviewed here, and offered back as a download.
 * The workbook lives in the review worker (worker/), which loads it with ExcelJS, reads, reviews, draws and
 * packages it off the main thread; this class is the main thread's proxy and keeps the download.
 */
import type { SerialDate } from "../core/dates";
import type { Locale } from "../core/messages";
import type { ColumnChoices } from "../workbook/columnMapping";
import type { RawTable, ReviewSink, WorkbookSource, WorkbookTableInfo } from "../workbook/ports";
import type { RetirePlan } from "../workbook/scoringModel";
import type { PaneHost, PolicyRow } from "./paneHost";
import type { PaneReviewOptions, PaneRunResult } from "./worker/paneReview";
import { paneResult, rawTable } from "./worker/protocol";
import type { StageListener, WorkerArgs, WorkerOp, WorkerValue } from "./worker/protocol";
import { ReviewWorkerFailed, startReviewWorker, type ReviewWorkerClient } from "./worker/reviewClient";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export class BrowserPaneHost implements PaneHost {
  readonly kind = "browser" as const;
  private reviewed: Blob | undefined;

  private constructor(
    /** The file's name, shown in the pane and used in messages. */
    readonly fileName: string,
    private worker: ReviewWorkerClient,
    /** The workbook's bytes as they are now (after any review, policy save or sample insert). */
    private bytes: Uint8Array,
    readonly suggestedAsOf: SerialDate | undefined,
  ) {}

  /**
   * Opens .xlsx bytes in a new review worker. `suggestedAsOf` is the date the file is known to be as of (the
   * sample's), else the pane proposes today. Its worker runs until `close` (the pane closes the file it replaces).
   * @throws UnreadableInputError when the bytes are not an .xlsx workbook
   */
  static async open(
    bytes: ArrayBuffer | Uint8Array,
    fileName: string,
    suggestedAsOf?: SerialDate,
  ): Promise<BrowserPaneHost> {
    const kept = new Uint8Array(bytes.slice(0));
    const worker = startReviewWorker();
    try {
      await worker.call("open", { bytes: new Uint8Array(kept), fileName });
    } catch (error) {
      worker.close();
      throw error;
    }
    return new BrowserPaneHost(fileName, worker, kept, suggestedAsOf);
  }

  private choices: ColumnChoices | undefined;

  /** Column choices last as long as the file is open in the page (a browser cannot save them into the user's file). */
  async readColumnChoices(): Promise<ColumnChoices | undefined> {
    return this.choices;
  }

  async writeColumnChoices(choices: ColumnChoices): Promise<void> {
    this.choices = choices;
  }

  /** Tables are read in the worker and sent here (the scorecard builder's training rows, the file's row counts). */
  source(): WorkbookSource {
    return {
      readTable: async (name: string): Promise<RawTable | undefined> => {
        const table = await this.call("readTable", { name });
        return table && rawTable(table);
      },
    };
  }

  /** All or nothing (see ReviewService.commit): the written workbook becomes the current one and the download. */
  sink(): ReviewSink {
    return {
      write: async (layout) => this.offer(await this.call("write", { layout })),
    };
  }

  /**
   * Reviews the workbook in the worker and writes the review into it: the main thread only hears the stages and
   * receives the figures the pane shows and the new workbook's bytes.
   */
  async review(options: PaneReviewOptions): Promise<PaneRunResult> {
    const { onStage, ...wire } = options;
    const { result, bytes } = await this.call("review", { options: wire }, onStage && ((stage) => void onStage(stage)));
    if (bytes) this.offer(bytes);
    return paneResult(result);
  }

  private offer(bytes: Uint8Array): void {
    this.bytes = bytes;
    this.reviewed = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  }

  listTables(): Promise<WorkbookTableInfo[]> {
    return this.call("listTables", {});
  }

  /**
   * Rows under the header of contract tables (Customers, Invoices, …), 0 for a missing one: counted in the worker,
   * so a 40,000-invoice table is not sent to the main thread only to be counted.
   */
  countRows(tables: readonly string[]): Promise<number[]> {
    return this.call("countRows", { tables });
  }

  hasReviewInput(): Promise<boolean> {
    return this.call("hasReviewInput", {});
  }

  readPolicy(): Promise<PolicyRow[]> {
    return this.call("readPolicy", {});
  }

  /** Replaces the CreditPolicy sheet (a Setting | Value table) under the name it has; other sheets stay. */
  async writePolicy(rows: readonly PolicyRow[]): Promise<void> {
    this.bytes = await this.call("writePolicy", { rows });
  }

  /** Adds the sample's sheets to the open file (as "Insert sample data" does in Excel). */
  async insertSampleData(asOf?: SerialDate, locale: Locale = "en"): Promise<void> {
    this.bytes = await this.call("insertSampleData", { asOf, locale });
    this.reviewed = undefined;
  }

  /**
   * Goes back to the built-in model: the worker renames the Scorecard tables and sheets; the renamed workbook
   * becomes the current one (and the download, when one was offered).
   */
  async retireScorecard(): Promise<RetirePlan> {
    const { plan, bytes } = await this.call("retireScorecard", {});
    if (bytes) {
      if (this.reviewed) this.offer(bytes);
      else this.bytes = bytes;
    }
    return plan;
  }

  /** The workbook as it is now, as .xlsx bytes. */
  workbookBytes(): Uint8Array {
    return this.bytes;
  }

  /**
   * One operation in the worker. A worker that failed (see ReviewWorkerFailed) is replaced by a new one holding the
   * workbook as it is now, so this call fails with its reason and the next one works.
   */
  private async call<K extends WorkerOp>(op: K, args: WorkerArgs<K>, onStage?: StageListener): Promise<WorkerValue<K>> {
    try {
      return await this.worker.call(op, args, onStage);
    } catch (error) {
      if (error instanceof ReviewWorkerFailed) {
        this.worker = startReviewWorker();
        void this.worker.call("open", { bytes: new Uint8Array(this.bytes), fileName: this.fileName }).catch(() => {});
      }
      throw error;
    }
  }

  /** Lets the worker go (another file was opened). */
  close(): void {
    this.worker.close();
  }

  reviewFile(): Blob | undefined {
    return this.reviewed;
  }
}
