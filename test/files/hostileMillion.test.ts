/**
 * Excel's row limit: an invoices.csv of 1,048,575 data rows under its header (1,048,576 lines, a full sheet), with
 * hostile rows strewn through it, generated into a temp folder (never committed) and reviewed on the CLI's path.
 * Every row must be accounted for; time and memory are printed for docs/reliability.md.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialFromIso } from "../../src/core/dates";
import { runReview } from "../../src/core/portfolio/review";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { readReviewInput } from "../../src/workbook/reviewInput";
import { main } from "../../src/cli/main";
import { DATA_ISSUES_LISTED } from "../../src/workbook/layout";
import { reviewLayout } from "../../src/workbook/reviewLayout";
import { reviewSummary } from "../../src/workbook/reviewSummary";
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";

const EXCEL_ROWS = 1_048_576;
const INVOICES = EXCEL_ROWS - 1;
const CUSTOMERS = 20_000;
const AS_OF = serialFromIso("2026-06-30")!;

const dir = mkdtempSync(join(tmpdir(), "credit-desk-million-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the generator put in, tallied as it wrote: the oracle the review's counts are checked against. */
interface Planted {
  blank: number;
  unknownCustomer: number;
  textAmount: number;
  duplicateId: number;
  future: number;
  formulaLike: number;
}

function writeCorpus(folder: string): Planted {
  const planted: Planted = { blank: 0, unknownCustomer: 0, textAmount: 0, duplicateId: 0, future: 0, formulaLike: 0 };
  const customers = ["Customer ID,Customer Name,Segment,Credit Limit,Payment Terms"];
  for (let c = 0; c < CUSTOMERS; c++)
    customers.push(`C${c},Customer ${c},${c % 3 === 0 ? "Large" : "Small"},${50_000 + c},30`);
  writeFileSync(join(folder, "customers.csv"), customers.join("\r\n") + "\r\n");

  // Written in blocks of lines, so the 65 MB file is never one string in memory.
  const file = openSync(join(folder, "invoices.csv"), "w");
  let lines = ["Invoice ID,Customer ID,Invoice Date,Due Date,Amount,Open Amount,Paid Date,Disputed"];
  const flush = () => {
    writeSync(file, lines.join("\r\n") + "\r\n");
    lines = [];
  };
  for (let i = 1; i <= INVOICES; i++) {
    if (lines.length === 50_000) flush();
    const month = String(1 + (i % 6)).padStart(2, "0");
    const day = String(1 + (i % 28)).padStart(2, "0");
    const amount = (100 + (i % 997) * 1.25).toFixed(2);
    if (i % 100_000 === 1) {
      planted.blank++;
      lines.push("");
    } else if (i % 50_000 === 2) {
      planted.unknownCustomer++;
      lines.push(`INV${i},NOBODY,2026-${month}-${day},,${amount},${amount},,FALSE`);
    } else if (i % 70_000 === 3) {
      planted.textAmount++;
      lines.push(`INV${i},C${i % CUSTOMERS},2026-${month}-${day},,abc,${amount},,FALSE`);
    } else if (i % 90_000 === 4 && i > 7) {
      planted.duplicateId++;
      lines.push(`INV7,C${i % CUSTOMERS},2026-${month}-${day},,${amount},${amount},,FALSE`);
    } else if (i % 110_000 === 5) {
      planted.future++;
      lines.push(`INV${i},C${i % CUSTOMERS},2027-${month}-${day},,${amount},${amount},,FALSE`);
    } else if (i % 130_000 === 6) {
      planted.formulaLike++;
      lines.push(
        `"=HYPERLINK(""http://x"",""${i}"")",C${i % CUSTOMERS},2026-${month}-${day},2026-07-${day},${amount},0,2026-06-${day},FALSE`,
      );
    } else {
      const paid = i % 4 === 0;
      lines.push(
        `INV${i},C${i % CUSTOMERS},2026-${month}-${day},2026-07-${day},${amount},${paid ? 0 : amount},${paid ? `2026-06-${day}` : ""},${i % 50 === 0 ? "TRUE" : "FALSE"}`,
      );
    }
  }
  flush();
  closeSync(file);
  return planted;
}

it("reviews a full sheet of invoices (1,048,575 rows + header) and accounts for every row", async () => {
  const planted = writeCorpus(dir);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const input = await readReviewInput(await FileWorkbookSource.open(dir), AS_OF);
  const readMs = performance.now() - started;
  const review = runReview(input.portfolio, input.policy, AS_OF, input.scorecard);
  const summary = reviewSummary(review, input.issues, input.counts);
  const totalMs = performance.now() - started;
  const rssAfter = process.memoryUsage().rss;
  const peakRss = process.resourceUsage().maxRSS * 1024;

  const rejected = planted.unknownCustomer + planted.textAmount + planted.duplicateId;
  expect(input.counts.invoices).toEqual({
    read: INVOICES,
    used: INVOICES - planted.blank - rejected - planted.future,
    rejected,
    excluded: planted.future,
    blank: planted.blank,
  });
  const left = input.issues.filter((i) => i.sheet === "invoices.csv" && i.action !== "repaired");
  expect(new Set(left.map((i) => i.row)).size).toBe(rejected + planted.future);
  expect(input.portfolio.invoices.length + left.length + planted.blank).toBe(INVOICES);
  expect(Math.max(...left.map((i) => i.row))).toBeLessThanOrEqual(EXCEL_ROWS);
  expect(invoiceList(input.portfolio.invoices).filter((x) => x.id.startsWith("=HYPERLINK(")).length).toBe(
    planted.formulaLike,
  );
  expect(summary.invoices).toBe(input.counts.invoices.used);
  expect(input.counts.customers).toEqual({ read: CUSTOMERS, used: CUSTOMERS, rejected: 0, excluded: 0, blank: 0 });

  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  console.log(
    `1,048,575-row invoices.csv: read and checked in ${Math.round(readMs)} ms, reviewed in ${Math.round(totalMs)} ms; ` +
      `RSS ${mb(rssBefore)} → ${mb(rssAfter)} MB, peak ${mb(peakRss)} MB; ${input.issues.length} data issues`,
  );
  expect(totalMs).toBeLessThan(60_000);
}, 120_000);

it("a ledger in which every invoice is rejected is reviewed and reported, row by row (no stack overflow)", async () => {
  // 300,000 issues: more than a spread into push's arguments survives (that once stopped the review).
  const folder = mkdtempSync(join(dir, "all-rejected-"));
  const rows = 300_000;
  writeFileSync(join(folder, "customers.csv"), "Customer ID,Customer Name\r\nC1,Only customer\r\n");
  const lines = ["Invoice ID,Customer ID,Invoice Date,Due Date,Amount"];
  for (let i = 1; i <= rows; i++) lines.push(`INV${i},NOBODY${i % 7},2026-05-01,2026-05-31,100.00`);
  writeFileSync(join(folder, "invoices.csv"), lines.join("\n") + "\n");

  // A list of open items (no payment columns), confirmed as one: the only issues are the rejected rows.
  const input = await readReviewInput(await FileWorkbookSource.open(folder), AS_OF, { openItems: true });
  expect(input.counts.invoices).toEqual({ read: rows, used: 0, rejected: rows, excluded: 0, blank: 0 });
  expect(input.issues.filter((i) => i.code === "issueUnknownCustomer")).toHaveLength(rows);
  const review = runReview(input.portfolio, input.policy, AS_OF, input.scorecard);
  expect(reviewSummary(review, input.issues, input.counts).invoices).toBe(0);
  // The Data Issues sheet lists the first DATA_ISSUES_LISTED and says how many more there are.
  const issuesTable = reviewLayout(review, input.issues, "en")
    .sheets.flatMap((s) => s.tables)
    .find((t) => t.name === "Data_Issues")!;
  expect(issuesTable.rows).toHaveLength(DATA_ISSUES_LISTED + 1);
  expect(issuesTable.rows[DATA_ISSUES_LISTED][5]).toMatch(
    new RegExp(`^${rows - DATA_ISSUES_LISTED} more data issues not listed`),
  );

  // The CLI writes the workbook (it once ran out of memory on a million issues) and every issue to a CSV beside it.
  const out = join(folder, "review.xlsx");
  const stdout: string[] = [];
  const code = await main(["review", folder, "--as-of", "2026-06-30", "--out", out, "--open-items"], {
    stdout: (l) => stdout.push(l),
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  const csv = readFileSync(join(folder, "review-data-issues.csv"), "utf8").split("\r\n");
  expect(csv[0]).toBe("\ufeffSheet,Row,Column,Value,Action,Message");
  expect(csv.filter((line) => line !== "")).toHaveLength(rows + 1);
  expect(csv[rows]).toMatch(new RegExp(`^invoices.csv,${rows + 1},Customer ID,NOBODY${rows % 7},rejected,`));
  expect(stdout.join("\n")).toContain(`All ${rows} data issues written to ${join(folder, "review-data-issues.csv")}`);
}, 180_000);
