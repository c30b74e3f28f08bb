/**
 * The pane in a plain browser: the review runs on an .xlsx the user opened (the sample by default), held in memory.
 * Nothing leaves the page: the file is read with the File API, reviewed here, and offered back as a download.
 * This module pulls in ExcelJS, so the pane loads it with a dynamic import only outside Office.
 */
import { faultAsText } from "../core/cells";
import type ExcelJS from "exceljs";
import type { ColumnChoices } from "../workbook/columnMapping";
import type { SerialDate } from "../core/dates";
import type { Locale } from "../core/messages";
import { defaultSampleTables } from "../files/samplePortfolio";
import { chineseSampleTables } from "../files/samplePortfolioZh";
import { drawReview, replaceSheet, reviewPackage } from "../files/xlsxReviewDrawing";
import { retireXlsxScorecard } from "../files/xlsxScorecardRetire";
import { listXlsxTables, loadXlsx, XlsxWorkbookSource } from "../files/xlsxWorkbookSource";
import type { WorkbookLayout } from "../workbook/layout";
import type { RawCell, ReviewSink, WorkbookTableInfo } from "../workbook/ports";
import type { RetirePlan } from "../workbook/scoringModel";
import { sampleLayout } from "../workbook/sampleLayout";
import { ContractTableSource } from "../workbook/contractTables";
import { INVOICES_SCHEMA, POLICY_TABLE } from "../workbook/schema";
import type { PaneHost, PolicyRow } from "./paneHost";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const policyCell = (raw: RawCell): PolicyRow[1] => {
  const cell = faultAsText(raw);
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null || cell === undefined ? "" : cell;
};

export class BrowserPaneHost implements PaneHost {
  readonly kind = "browser" as const;
  private reviewed: Blob | undefined;

  private constructor(
    /** The file's name, shown in the pane and used in messages. */
    readonly fileName: string,
    private bytes: Uint8Array,
    private workbook: ExcelJS.Workbook,
    readonly suggestedAsOf: SerialDate | undefined,
  ) {}

  /**
   * Opens .xlsx bytes. `suggestedAsOf` is the date the file is known to be as of (the sample's), else the pane
   * proposes today.
   * @throws UnreadableInputError when the bytes are not an .xlsx workbook
   */
  static async open(bytes: ArrayBuffer | Uint8Array, fileName: string, suggestedAsOf?: SerialDate): Promise<BrowserPaneHost> {
    const copy = new Uint8Array(bytes.slice(0));
    return new BrowserPaneHost(fileName, copy, await loadXlsx(copy, fileName), suggestedAsOf);
  }

  private choices: ColumnChoices | undefined;

  /** Column choices last as long as the file is open in the page (a browser cannot save them into the user's file). */
  async readColumnChoices(): Promise<ColumnChoices | undefined> {
    return this.choices;
  }

  async writeColumnChoices(choices: ColumnChoices): Promise<void> {
    this.choices = choices;
  }

  source(): XlsxWorkbookSource {
    return XlsxWorkbookSource.of(this.workbook, this.fileName);
  }

  /** The source, finding the contract's tables under their Chinese names too (客户, 发票, 信用政策). */
  private contractSource(): ContractTableSource {
    return new ContractTableSource(this.source());
  }

  /**
   * All or nothing: the review is drawn into a fresh copy of the file's bytes; only when the whole package is
   * written does it become the current workbook (and the download).
   */
  sink(): ReviewSink {
    return { write: (layout) => this.commit(layout) };
  }

  private async commit(layout: WorkbookLayout): Promise<void> {
    const draft = await loadXlsx(this.bytes, this.fileName);
    drawReview(draft, layout);
    const bytes = await reviewPackage(draft, layout);
    this.bytes = bytes;
    this.workbook = draft;
    this.reviewed = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  }

  async listTables(): Promise<WorkbookTableInfo[]> {
    return listXlsxTables(this.workbook);
  }

  async hasReviewInput(): Promise<boolean> {
    const source = this.contractSource();
    // Invoices alone will do: the review then makes the customers from them.
    return (await source.readTable(INVOICES_SCHEMA.name)) !== undefined;
  }

  async readPolicy(): Promise<PolicyRow[]> {
    const table = await this.contractSource().readTable(POLICY_TABLE);
    if (!table) return [];
    return table.rows
      .filter((row) => row.some((c) => c !== null && c !== undefined && c !== ""))
      .map((row): PolicyRow => [String(policyCell(row[0])), policyCell(row[1])]);
  }

  /**
   * Replaces the CreditPolicy sheet of the in-memory workbook (a Setting | Value table), under the name it has
   * (信用政策 in a Chinese workbook); other sheets stay.
   */
  async writePolicy(rows: readonly PolicyRow[]): Promise<void> {
    const existing = await this.contractSource().readTable(POLICY_TABLE);
    const name = existing?.sheet ?? POLICY_TABLE;
    const draft = await loadXlsx(this.bytes, this.fileName);
    replaceSheet(draft, {
      name,
      tables: [
        {
          name: /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : POLICY_TABLE,
          startRow: 0,
          columns: [
            { header: "Setting", width: 32 },
            { header: "Value", width: 18 },
          ],
          rows: rows.map(([setting, value]) => [setting, value]),
        },
      ],
      freezeRows: 1,
    });
    this.bytes = new Uint8Array(await draft.xlsx.writeBuffer());
    this.workbook = draft;
  }

  /** Adds the sample's sheets to the open file (as "Insert sample data" does in Excel). */
  async insertSampleData(asOf?: SerialDate, locale: Locale = "en"): Promise<void> {
    const tables = defaultSampleTables(asOf === undefined ? {} : { asOf });
    await this.commit(sampleLayout(locale === "zh-CN" ? chineseSampleTables(tables) : tables));
    this.reviewed = undefined;
  }

  reviewFile(): Blob | undefined {
    return this.reviewed;
  }

  /**
   * Renames the Scorecard tables and sheets of a fresh copy of the file as `retirePlan` says; the copy becomes the
   * workbook (and the download, when one was offered) only once it is written whole.
   */
  async retireScorecard(): Promise<RetirePlan> {
    const draft = await loadXlsx(this.bytes, this.fileName);
    const plan = retireXlsxScorecard(draft);
    if (plan.tables.length + plan.sheets.length === 0) return plan;
    const bytes = new Uint8Array(await draft.xlsx.writeBuffer());
    this.bytes = bytes;
    this.workbook = await loadXlsx(bytes, this.fileName);
    if (this.reviewed) this.reviewed = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
    return plan;
  }
}
