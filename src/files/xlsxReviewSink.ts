/** ReviewSink writing an .xlsx file with ExcelJS (the CLI's sink); the drawing itself is in xlsxReviewDrawing. */
import { promises as fs } from "node:fs";
import type { WorkbookLayout } from "../workbook/layout";
import type { ReviewSink } from "../workbook/ports";
import { drawReview, reviewPackage } from "./xlsxReviewDrawing";

/**
 * Writes the review to an .xlsx. When the file exists it is opened and only the review's own sheets are replaced
 * (ReviewHistory gets the new rows appended); every other sheet is left as it was. The new file is written beside
 * the target and renamed over it, so a failure leaves the target untouched.
 * Charts are native: ExcelJS writes none, so `addNativeCharts` adds them to the package ExcelJS wrote.
 * Caveat of writing into an existing file: it goes through ExcelJS, which keeps other sheets' values, styles and
 * tables but not their charts, pivot tables or macros — write the review to a file of its own to be safe.
 */
export class XlsxReviewSink implements ReviewSink {
  constructor(readonly path: string) {}

  async write(layout: WorkbookLayout): Promise<void> {
    // Loaded on demand: ExcelJS takes a quarter of a second to load, and a JSON-only run never needs it.
    const { default: Excel } = await import("exceljs");
    const workbook = new Excel.Workbook();
    let exists = true;
    try {
      await fs.access(this.path);
    } catch {
      exists = false;
    }
    if (exists) await workbook.xlsx.readFile(this.path);
    drawReview(workbook, layout);
    const bytes = await reviewPackage(workbook, layout);
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      await fs.writeFile(temp, bytes);
      await fs.rename(temp, this.path);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
  }
}
