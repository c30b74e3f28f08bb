/**
 * The review worker's work, as plain async methods: in the browser an .xlsx held in memory (ExcelJS) is read,
 * reviewed, drawn and packaged here; in Excel the review is computed here from tables Office.js read. The worker
 * script answers messages with it; where there is no Worker (Node, the unit tests) the pane calls it in-process
 * through the same protocol.
 */
import type ExcelJS from "exceljs";
import { faultAsText } from "../../core/cells";
import type { SerialDate } from "../../core/dates";
import type { Locale } from "../../core/messages";
import { defaultSampleTables } from "../../sample/samplePortfolio";
import { chineseSampleTables } from "../../sample/samplePortfolioZh";
import { drawReview, replaceSheet, reviewPackage } from "../../files/xlsxReviewDrawing";
import { retireXlsxScorecard } from "../../files/xlsxScorecardRetire";
import { listXlsxTables, loadXlsx, XlsxWorkbookSource } from "../../files/xlsxWorkbookSource";
import { ContractTableSource } from "../../workbook/contractTables";
import type { WorkbookLayout } from "../../workbook/layout";
import type { RawCell, WorkbookTableInfo } from "../../workbook/ports";
import type { RetirePlan } from "../../workbook/scoringModel";
import { computeWorkbookReview, runWorkbookReview, type ReviewRunResult } from "../../workbook/runWorkbookReview";
import { sampleLayout } from "../../sample/sampleLayout";
import { INVOICES_SCHEMA, POLICY_TABLE } from "../../workbook/schema";
import type { PolicyRow } from "../paneHost";
import { paneOutcome, type PaneRunResult } from "./paneReview";
import {
  rawTables,
  wireResult,
  wireTable,
  type ReviewWorkerApi,
  type StageListener,
  type WireRunOptions,
  type WireTable,
} from "./protocol";

const policyCell = (raw: RawCell): PolicyRow[1] => {
  const cell = faultAsText(raw);
  return cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null || cell === undefined ? "" : cell;
};

/** The open workbook: its bytes (what a download offers) and the same loaded with ExcelJS. */
interface OpenWorkbook {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly workbook: ExcelJS.Workbook;
}

/** A copy of the bytes to send: the worker keeps its own, since sending moves the buffer. */
const copyOf = (bytes: Uint8Array) => new Uint8Array(bytes);

export class ReviewService implements ReviewWorkerApi {
  private book: OpenWorkbook | undefined;

  private get opened(): OpenWorkbook {
    if (!this.book) throw new Error("No workbook is open.");
    return this.book;
  }

  async open({ bytes, fileName }: { readonly bytes: Uint8Array; readonly fileName: string }): Promise<void> {
    this.book = { fileName, bytes, workbook: await loadXlsx(bytes, fileName) };
  }

  private source(): XlsxWorkbookSource {
    return XlsxWorkbookSource.of(this.opened.workbook, this.opened.fileName);
  }

  /** The source, finding the contract's tables under their Chinese names too (客户, 发票, 信用政策). */
  private contractSource(): ContractTableSource {
    return new ContractTableSource(this.source());
  }

  /**
   * All or nothing: the sheets are drawn into a fresh copy of the file's bytes; only when the whole package is
   * written does it become the open workbook.
   */
  private async commit(layout: WorkbookLayout): Promise<Uint8Array> {
    const { fileName, bytes } = this.opened;
    const draft = await loadXlsx(bytes, fileName);
    drawReview(draft, layout);
    const packaged = await reviewPackage(draft, layout);
    this.book = { fileName, bytes: packaged, workbook: draft };
    return copyOf(packaged);
  }

  async readTable({ name }: { readonly name: string }): Promise<WireTable | undefined> {
    const table = await this.source().readTable(name);
    return table && wireTable(table);
  }

  async listTables(): Promise<WorkbookTableInfo[]> {
    return listXlsxTables(this.opened.workbook);
  }

  async countRows({ tables }: { readonly tables: readonly string[] }): Promise<number[]> {
    const source = this.contractSource();
    return Promise.all(tables.map(async (name) => (await source.readTable(name))?.rows.length ?? 0));
  }

  async hasReviewInput(): Promise<boolean> {
    // Invoices alone will do: the review then makes the customers from them.
    return (await this.contractSource().readTable(INVOICES_SCHEMA.name)) !== undefined;
  }

  async readPolicy(): Promise<PolicyRow[]> {
    const table = await this.contractSource().readTable(POLICY_TABLE);
    if (!table) return [];
    return table.rows
      .filter((row) => row.some((c) => c !== null && c !== undefined && c !== ""))
      .map((row): PolicyRow => [String(policyCell(row[0])), policyCell(row[1])]);
  }

  /**
   * Replaces the CreditPolicy sheet of the workbook (a Setting | Value table), under the name it has (信用政策 in a
   * Chinese workbook); other sheets stay.
   */
  /**
   * Renames the Scorecard tables and sheets in a fresh copy of the file as `retirePlan` says; the copy becomes the
   * open workbook only once it is written whole.
   */
  async retireScorecard(): Promise<{ readonly plan: RetirePlan; readonly bytes?: Uint8Array }> {
    const { fileName, bytes } = this.opened;
    const draft = await loadXlsx(bytes, fileName);
    const plan = retireXlsxScorecard(draft);
    if (plan.tables.length + plan.sheets.length === 0) return { plan };
    const written = new Uint8Array(await draft.xlsx.writeBuffer());
    this.book = { fileName, bytes: written, workbook: await loadXlsx(written, fileName) };
    return { plan, bytes: copyOf(written) };
  }

  async writePolicy({ rows }: { readonly rows: readonly PolicyRow[] }): Promise<Uint8Array> {
    const existing = await this.contractSource().readTable(POLICY_TABLE);
    const name = existing?.sheet ?? POLICY_TABLE;
    const { fileName, bytes } = this.opened;
    const draft = await loadXlsx(bytes, fileName);
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
    const written = new Uint8Array(await draft.xlsx.writeBuffer());
    this.book = { fileName, bytes: written, workbook: draft };
    return copyOf(written);
  }

  write({ layout }: { readonly layout: WorkbookLayout }): Promise<Uint8Array> {
    return this.commit(layout);
  }

  /** Adds the sample's sheets to the open file (as "Insert sample data" does in Excel). */
  insertSampleData({ asOf, locale }: { readonly asOf?: SerialDate; readonly locale: Locale }): Promise<Uint8Array> {
    const tables = defaultSampleTables(asOf === undefined ? {} : { asOf });
    return this.commit(sampleLayout(locale === "zh-CN" ? chineseSampleTables(tables) : tables));
  }

  async review({ options }: { readonly options: WireRunOptions }, onStage?: StageListener) {
    let bytes: Uint8Array | undefined;
    const sink = { write: async (layout: WorkbookLayout) => void (bytes = await this.commit(layout)) };
    const result = await runWorkbookReview(this.source(), sink, { ...options, onStage });
    return { result: wireResult(keptResult(result)), bytes };
  }

  async compute(
    { tables, options }: { readonly tables: ReadonlyMap<string, WireTable>; readonly options: WireRunOptions },
    onStage?: StageListener,
  ) {
    const computed = await computeWorkbookReview(rawTables(tables), { ...options, sheets: true, onStage });
    return computed.kind === "reviewed"
      ? { result: wireResult(keptResult(computed)), sheets: computed.sheets }
      : { result: wireResult(computed) };
  }
}

/** A run's result with the outcome the pane keeps. */
function keptResult(result: ReviewRunResult): PaneRunResult {
  return result.kind === "reviewed" ? { kind: "reviewed", outcome: paneOutcome(result.outcome) } : result;
}
