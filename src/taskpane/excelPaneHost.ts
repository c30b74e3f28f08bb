/** The pane inside Excel: the open workbook through the Office.js adapter. */
import type { SerialDate } from "../core/dates";
import { ExcelReviewSink } from "../excel/excelReviewSink";
import { retireScorecard } from "../excel/excelScorecardTools";
import { listWorkbookTables } from "../excel/excelTableList";
import { ExcelWorkbookSource } from "../excel/excelWorkbookSource";
import {
  activateSheet,
  filterCustomerRows,
  readPolicyRows,
  selectCustomerRow,
  writePolicyRows,
} from "../excel/excelWorkbookTools";
import type { ExcelRun } from "../excel/excelHost";
import { readColumnChoices, writeColumnChoices, type DocumentSettings } from "../excel/documentSettings";
import type { ColumnChoices } from "../workbook/columnMapping";
import type { Locale } from "../core/messages";
import { defaultSampleTables } from "../sample/samplePortfolio";
import { chineseSampleTables } from "../sample/samplePortfolioZh";
import type { WorkbookTableInfo } from "../workbook/ports";
import type { RetirePlan } from "../workbook/scoringModel";
import { sampleLayout } from "../sample/sampleLayout";
import { contractTableNames } from "../workbook/contractTables";
import { INVOICES_SCHEMA } from "../workbook/schema";
import { readReviewTables } from "../workbook/runWorkbookReview";
import type { PaneHost, PolicyRow } from "./paneHost";
import type { PaneReviewOptions, PaneRunResult } from "./worker/paneReview";
import { paneResult, wireTables } from "./worker/protocol";
import { ReviewWorkerFailed, startReviewWorker, type ReviewWorkerClient } from "./worker/reviewClient";

/** The part of the Office global this host asks about. */
interface OfficeRequirements {
  readonly Office?: {
    readonly context?: { readonly requirements?: { isSetSupported(set: string, v: string): boolean } };
  };
}

/**
 * Whether Excel offers ExcelApi `version`. Outside Office (the fake Excel host of the tests, which implements every
 * call used) there is nothing to ask, and the answer is yes.
 */
export function excelApiSupported(version: string): boolean {
  const requirements = (globalThis as OfficeRequirements).Office?.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", version) : true;
}

export class ExcelPaneHost implements PaneHost {
  readonly kind = "excel" as const;
  suggestedAsOf?: SerialDate;

  /**
   * @param settings the workbook's document settings (`Office.context.document.settings`), where column choices are
   *   kept; without them (a host that has none) choices last as long as the pane
   */
  constructor(
    private readonly run: ExcelRun,
    private readonly settings?: DocumentSettings,
  ) {}

  private choices: ColumnChoices | undefined;

  async readColumnChoices(): Promise<ColumnChoices | undefined> {
    return this.settings ? readColumnChoices(this.settings) : this.choices;
  }

  async writeColumnChoices(choices: ColumnChoices): Promise<void> {
    this.choices = choices;
    if (this.settings) await writeColumnChoices(this.settings, choices);
  }

  source(): ExcelWorkbookSource {
    return new ExcelWorkbookSource(this.run);
  }

  /** Printing is set up only where the host has ExcelApi 1.9 (worksheet.pageLayout); elsewhere the sheets still go. */
  sink(): ExcelReviewSink {
    return new ExcelReviewSink(this.run, { printSetup: excelApiSupported("1.9") });
  }

  /** Started on the first review and kept: the review's computation runs there, off the main thread. */
  private worker: ReviewWorkerClient | undefined;

  /**
   * Reads the review's tables through Office.js, computes the review in the worker (checking, scoring and drawing
   * the sheets), then writes the sheets through Office.js: the main thread only talks to Excel.
   */
  async review(options: PaneReviewOptions): Promise<PaneRunResult> {
    const { onStage, ...wire } = options;
    await onStage?.("read");
    const tables = wireTables(await readReviewTables(this.source()));
    const worker = (this.worker ??= startReviewWorker());
    const computed = await worker
      .call("compute", { tables, options: wire }, onStage && ((stage) => void onStage(stage)))
      .catch((error: unknown) => {
        // A failed worker answers nothing more: the next review starts a new one.
        if (error instanceof ReviewWorkerFailed && this.worker === worker) this.worker = undefined;
        throw error;
      });
    if (computed.sheets) await this.sink().write(computed.sheets);
    return paneResult(computed.result);
  }

  listTables(): Promise<WorkbookTableInfo[]> {
    return listWorkbookTables(this.run);
  }

  async hasReviewInput(): Promise<boolean> {
    return this.run(async (context) => {
      // Either language's name will do (Customers or 客户, Invoices or 发票).
      // Invoices alone will do: the review then makes the customers from them.
      const found = [INVOICES_SCHEMA.name].map((contract) =>
        contractTableNames(contract).map((name) => {
          const table = context.workbook.tables.getItemOrNullObject(name);
          const sheet = context.workbook.worksheets.getItemOrNullObject(name);
          table.load("name");
          sheet.load("name");
          return { table, sheet };
        }),
      );
      await context.sync();
      return found.every((names) => names.some(({ table, sheet }) => !table.isNullObject || !sheet.isNullObject));
    });
  }

  readPolicy(): Promise<PolicyRow[]> {
    return readPolicyRows(this.run);
  }

  writePolicy(rows: readonly PolicyRow[]): Promise<void> {
    return writePolicyRows(this.run, rows);
  }

  /** The sample, dated today so its review reads like this month's, written through the review's own sink. */
  async insertSampleData(asOf?: SerialDate, locale: Locale = "en"): Promise<void> {
    const tables = defaultSampleTables(asOf === undefined ? {} : { asOf });
    await this.sink().write(sampleLayout(locale === "zh-CN" ? chineseSampleTables(tables) : tables));
    if (asOf !== undefined) this.suggestedAsOf = asOf;
  }

  showSheet(name: string): Promise<void> {
    return activateSheet(this.run, name);
  }

  async showCustomer(customerId: string): Promise<void> {
    await selectCustomerRow(this.run, customerId);
  }

  async showRows(customerIds: readonly string[]): Promise<void> {
    await filterCustomerRows(this.run, customerIds);
  }

  retireScorecard(): Promise<RetirePlan> {
    return retireScorecard(this.run);
  }
}
