/**
 * Excel's row limit: a CSV ledger of 1,048,575 invoice rows under its header (a full sheet), with hostile rows strewn
 * through it (test/fixtures/hostileLedger.ts), read and reviewed on the CLI's path. Prints the time to read and
 * check, the time to review, the memory, and whether every row was accounted for (the unit test checks the same
 * accounting on a small ledger). Target: the whole review in under 60 s on the 2-core machine.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { serialFromIso } from "../src/core/dates";
import { runReview } from "../src/core/portfolio/review";
import { FileWorkbookSource } from "../src/files/fileWorkbookSource";
import { readReviewInput } from "../src/workbook/reviewInput";
import { reviewSummary } from "../src/workbook/reviewSummary";
import { rejectedRows, writeHostileLedger } from "../test/fixtures/hostileLedger";

const EXCEL_ROWS = 1_048_576;
const SIZE = { invoices: EXCEL_ROWS - 1, customers: 20_000, every: 10_000 };
const AS_OF = serialFromIso("2026-06-30")!;
const TARGET_MS = 60_000;

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "credit-desk-bench-million-"));
  try {
    const planted = writeHostileLedger(dir, SIZE);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const input = await readReviewInput(await FileWorkbookSource.open(dir), AS_OF);
    const readMs = performance.now() - started;
    const review = runReview(input.portfolio, input.policy, AS_OF, input.scorecard);
    const summary = reviewSummary(review, input.issues, input.counts);
    const totalMs = performance.now() - started;
    const rssAfter = process.memoryUsage().rss;
    const peakRss = process.resourceUsage().maxRSS * 1024;

    const left = input.issues.filter((i) => i.sheet === "invoices.csv" && i.action !== "repaired").length;
    const counts = input.counts.invoices;
    const accounted =
      counts.read === SIZE.invoices &&
      counts.rejected === rejectedRows(planted) &&
      counts.excluded === planted.future &&
      counts.blank === planted.blank &&
      input.portfolio.invoices.length + left + planted.blank === SIZE.invoices &&
      summary.invoices === counts.used;
    const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
    const verdict = totalMs < TARGET_MS ? "PASS" : "MISS";
    return [
      `${SIZE.invoices.toLocaleString("en")}-row invoices.csv: read and checked in ${Math.round(readMs)} ms, ` +
        `reviewed in ${Math.round(totalMs)} ms  target < ${TARGET_MS} ms: ${verdict}`,
      `RSS ${mb(rssBefore)} → ${mb(rssAfter)} MB, peak ${mb(peakRss)} MB; ${input.issues.length} data issues; ` +
        `every row accounted for: ${accounted ? "yes" : "NO"}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
