/**
 * A hostile ledger reviewed on the CLI's path: an invoices.csv with hostile rows strewn through it
 * (test/fixtures/hostileLedger.ts), every row accounted for; and a ledger of 300,000 rejected rows, reported row by
 * row. The full sheet of 1,048,575 rows, with its time and memory, is measured by the bench (bench/million.bench.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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
import { rejectedRows, writeHostileLedger } from "../fixtures/hostileLedger";
import { tempDir } from "../helpers/tempDir";

const AS_OF = serialFromIso("2026-06-30")!;
const dir = tempDir("credit-desk-hostile-ledger-");

it("reviews a ledger with hostile rows strewn through it and accounts for every row", async () => {
  // 50,000 invoices with a hostile row every few thousand: about 10 to 20 of each kind, tallied as written.
  const size = { invoices: 50_000, customers: 2_000, every: 500 };
  const folder = mkdtempSync(join(dir, "strewn-"));
  const planted = writeHostileLedger(folder, size);
  expect(Object.values(planted).every((n) => n >= 5)).toBe(true);
  const input = await readReviewInput(await FileWorkbookSource.open(folder), AS_OF);
  const review = runReview(input.portfolio, input.policy, AS_OF, input.scorecard);
  const summary = reviewSummary(review, input.issues, input.counts);

  const rejected = rejectedRows(planted);
  expect(input.counts.invoices).toEqual({
    read: size.invoices,
    used: size.invoices - planted.blank - rejected - planted.future,
    rejected,
    excluded: planted.future,
    blank: planted.blank,
  });
  const left = input.issues.filter((i) => i.sheet === "invoices.csv" && i.action !== "repaired");
  expect(new Set(left.map((i) => i.row)).size).toBe(rejected + planted.future);
  expect(input.portfolio.invoices.length + left.length + planted.blank).toBe(size.invoices);
  // Row numbers are the file's lines: the header is line 1, the last invoice line size.invoices + 1.
  expect(Math.max(...left.map((i) => i.row))).toBeLessThanOrEqual(size.invoices + 1);
  expect(invoiceList(input.portfolio.invoices).filter((x) => x.id.startsWith("=HYPERLINK(")).length).toBe(
    planted.formulaLike,
  );
  expect(summary.invoices).toBe(input.counts.invoices.used);
  expect(input.counts.customers).toEqual({
    read: size.customers,
    used: size.customers,
    rejected: 0,
    excluded: 0,
    blank: 0,
  });
});

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
