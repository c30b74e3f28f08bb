/**
 * The hostile-input corpus (test/fixtures/hostile, `npm run make-hostile`) through the CLI's review path: each case
 * is reviewed or stops with a one-line reason; every input row is used, reported, or blank; and text that looks like
 * a formula leaves every sink (the .xlsx, the Excel adapter, the JSON summary) as text.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { serialFromIso } from "../../src/core/dates";
import { runReview } from "../../src/core/portfolio/review";
import type { Review } from "../../src/core/portfolio/reviewTypes";
import { ExcelReviewSink } from "../../src/excel/excelReviewSink";
import { FileWorkbookSource, UnreadableInputError } from "../../src/files/fileWorkbookSource";
import { CELL_TEXT_LIMIT } from "../../src/workbook/layout";
import { readReviewInput, type ReviewInput } from "../../src/workbook/reviewInput";
import { reviewLayout } from "../../src/workbook/reviewLayout";
import type { ReviewSummary } from "../../src/workbook/reviewSummary";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { FORMULA_LIKE, HOSTILE_AS_OF, HOSTILE_CASES, hostilePath, type HostileCase } from "../fixtures/hostileCorpus";
import { invoiceList } from "../../src/core/portfolio/invoiceColumns";
import { tempDir } from "../helpers/tempDir";

const AS_OF = serialFromIso(HOSTILE_AS_OF)!;
const dir = tempDir("credit-desk-hostile-");

const reviewed = HOSTILE_CASES.filter((c) => c.expect === "reviewed");
const stopping = HOSTILE_CASES.filter((c) => c.expect !== "reviewed");

/** The review as the CLI runs it, in-process: exit code, output lines, and the files it wrote. */
async function cli(c: HostileCase) {
  const out = join(dir, `${c.name}.xlsx`);
  const json = join(dir, `${c.name}.json`);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(["review", hostilePath(c), "--as-of", HOSTILE_AS_OF, "--out", out, "--json", json], {
    stdout: (l) => stdout.push(l),
    stderr: (l) => stderr.push(l),
  });
  return { code, stdout, stderr, out, json };
}

/** The review's input and result over the same FileWorkbookSource the CLI opens. */
async function reviewOf(c: HostileCase): Promise<{ input: ReviewInput; review: Review }> {
  const input = await readReviewInput(await FileWorkbookSource.open(hostilePath(c)), AS_OF);
  return { input, review: runReview(input.portfolio, input.policy, AS_OF, input.scorecard) };
}

/** Every string of every cell of an .xlsx, with the sheets whose cells hold a formula. */
async function xlsxCells(
  path: string,
): Promise<{ strings: string[]; formulas: string[]; sheets: Map<string, string[][]> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const strings: string[] = [];
  const formulas: string[] = [];
  const sheets = new Map<string, string[][]>();
  for (const ws of workbook.worksheets) {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const texts: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula) formulas.push(`${ws.name}!${cell.address}`);
        if (cell.type === ExcelJS.ValueType.String) strings.push(cell.value as string);
        texts.push(cell.type === ExcelJS.ValueType.String ? (cell.value as string) : String(cell.value ?? ""));
      });
      rows.push(texts);
    });
    sheets.set(ws.name, rows);
  }
  return { strings, formulas, sheets };
}

describe.each(stopping.map((c) => [c.name, c] as const))("%s stops with a one-line reason", (_name, c) => {
  it(`exits 2 naming the problem (${c.checks})`, async () => {
    const r = await cli(c);
    expect(r.code).toBe(2);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).not.toMatch(/[\r\n]/);
    expect(r.stderr[0]).toMatch(/^credit-desk: /);
    expect(r.stderr[0]).toMatch(new RegExp(c.message!));
    expect(r.stderr[0]).not.toMatch(/unexpected error|at .*\.ts:\d+/);
    // Nothing half-written.
    expect(existsSync(r.out)).toBe(false);
    expect(existsSync(r.json)).toBe(false);
  });

  if (c.expect === "unreadable")
    it("is an UnreadableInputError naming the file", async () => {
      await expect(FileWorkbookSource.open(hostilePath(c)).then((s) => readReviewInput(s, AS_OF))).rejects.toThrow(
        UnreadableInputError,
      );
      await expect(FileWorkbookSource.open(hostilePath(c)).then((s) => readReviewInput(s, AS_OF))).rejects.toThrow(
        c.path.split("/")[0],
      );
    });
});

describe.each(reviewed.map((c) => [c.name, c] as const))("%s is reviewed and loses no row", (_name, c) => {
  let run: Awaited<ReturnType<typeof cli>>;
  let input: ReviewInput;
  let review: Review;
  beforeAll(async () => {
    run = await cli(c);
    ({ input, review } = await reviewOf(c));
  });

  it(`exits 0 and writes the workbook and the JSON summary (${c.checks})`, () => {
    expect(run.stderr).toEqual([]);
    expect(run.code).toBe(0);
    expect(existsSync(run.out)).toBe(true);
    expect(existsSync(run.json)).toBe(true);
  });

  it("accounts for every data row of each input sheet: used, or reported rejected or excluded, or blank", () => {
    for (const [sheet, rows] of Object.entries(c.rows)) {
      const isCustomers = /customer/i.test(sheet);
      const counts = isCustomers ? input.counts.customers : input.counts.invoices;
      const used = (isCustomers ? input.portfolio.customers : invoiceList(input.portfolio.invoices)).map(
        (x) => x.sourceRow!,
      );
      const dropped = input.issues.filter(
        (i) => i.sheet === sheet && (i.action === "rejected" || i.action === "excluded"),
      );
      const droppedRows = new Set(dropped.map((i) => i.row));
      const blank = c.blank?.[sheet] ?? 0;
      const firstDataRow = (c.headerRow?.[sheet] ?? 1) + 1;

      expect({ sheet, read: counts.read, blank: counts.blank }).toEqual({ sheet, read: rows, blank });
      // One issue per row left out, never a row both used and left out, every row inside the sheet's data rows.
      expect(droppedRows.size).toBe(dropped.length);
      expect(used.filter((row) => droppedRows.has(row))).toEqual([]);
      expect(new Set(used).size).toBe(used.length);
      for (const row of [...used, ...droppedRows]) expect(row >= firstDataRow && row < firstDataRow + rows).toBe(true);
      expect(used.length + droppedRows.size + blank).toBe(rows);
    }
  });

  it("reviews every row it used, and the summary, the printed lines and the Data Issues sheet say so", async () => {
    expect(review.kpis.customers).toBe(input.portfolio.customers.length);
    expect(review.kpis.invoices).toBe(input.portfolio.invoices.length);
    const summary = JSON.parse(readFileSync(run.json, "utf8")) as ReviewSummary;
    expect(summary.dataIssues).toBe(input.issues.length);
    expect(summary.rows).toEqual(input.counts);
    expect(run.stdout.join("\n")).toMatch(new RegExp(`Data issues\\s+${input.issues.length} \\(`));
    const { sheets } = await xlsxCells(run.out);
    // Header row plus one row per issue (an empty table shows one blank row under its header).
    expect(sheets.get("Data Issues")!.length).toBe(1 + Math.max(1, input.issues.length));
  });

  it("writes the Excel adapter's sheets without a formula anywhere", async () => {
    const excel = new FakeExcel();
    await new ExcelReviewSink(excel.run, { runTag: () => "H", yieldToHost: async () => undefined }).write(
      reviewLayout(review, input.issues),
    );
    for (const name of excel.sheetNames())
      expect({ name, formulas: excel.sheet(name).formulas.size }).toEqual({ name, formulas: 0 });
  });

  it("writes no cell the review's .xlsx could take for a formula, and no text over Excel's cell limit", async () => {
    const { strings, formulas } = await xlsxCells(run.out);
    expect(formulas).toEqual([]);
    expect(strings.filter((s) => s.length > CELL_TEXT_LIMIT)).toEqual([]);
  });
});

describe.each(["csv-formula-text", "xlsx-formula-text"])(
  "formula-like text in %s comes out as text in every sink",
  (name) => {
    const c = HOSTILE_CASES.find((x) => x.name === name)!;
    let run: Awaited<ReturnType<typeof cli>>;
    let excel: FakeExcel;
    beforeAll(async () => {
      run = await cli(c);
      const { input, review } = await reviewOf(c);
      excel = new FakeExcel();
      await new ExcelReviewSink(excel.run, { runTag: () => "H", yieldToHost: async () => undefined }).write(
        reviewLayout(review, input.issues),
      );
    });

    it("the CLI's .xlsx holds each as a string cell in Credit Review and Collections, and the bad amount in Data Issues", async () => {
      const { sheets } = await xlsxCells(run.out);
      const text = (sheet: string) => sheets.get(sheet)!.flat();
      for (const value of FORMULA_LIKE) expect(text("Credit Review")).toContain(value);
      for (const value of FORMULA_LIKE) expect(text("Collections")).toContain(value);
      expect(text("Data Issues")).toContain("@SUM(A1)");
      expect(text("Data Issues")).toContain("=C9");
    });

    it("the Excel adapter stores each as text (format @), never a formula", () => {
      for (const sheet of ["Credit Review", "Collections", "Data Issues"]) {
        const values = excel.sheetValues(sheet).flat();
        expect(excel.sheet(sheet).formulas.size).toBe(0);
        if (sheet !== "Data Issues") for (const value of FORMULA_LIKE) expect(values).toContain(value);
      }
      expect(excel.sheetValues("Data Issues").flat()).toContain("@SUM(A1)");
    });

    it("the JSON summary lists the over-limit customers' ids exactly as strings", () => {
      const summary = JSON.parse(readFileSync(run.json, "utf8")) as ReviewSummary;
      expect([...summary.overLimitList].sort()).toEqual(expect.arrayContaining([...FORMULA_LIKE].sort()));
      for (const id of summary.overLimitList) expect(typeof id).toBe("string");
    });
  },
);

describe("what the corpus's cases must come to", () => {
  const issuesOf = async (name: string) => (await reviewOf(HOSTILE_CASES.find((c) => c.name === name)!)).input.issues;

  it("an amount too large for a double (1e400, 400 nines) is rejected, not a crash", async () => {
    const issues = await issuesOf("csv-text-amounts");
    expect(issues.filter((i) => i.column === "Amount" && i.action === "rejected").map((i) => i.row)).toEqual([
      7, 8, 9, 10, 11, 12,
    ]);
  });

  it("a header repeated by merged cells is reported, with how many values went unread", async () => {
    const issues = await issuesOf("xlsx-merged-headers");
    expect(issues).toEqual([
      expect.objectContaining({
        sheet: "Invoices",
        row: 1,
        column: "Amount",
        action: "repaired",
        code: "issueColumnRepeated",
        params: expect.objectContaining({ position: 6, count: 2 }),
      }),
    ]);
  });

  it("100,000-character names and ids are cut to Excel's limit in the sheets and kept whole in the JSON", async () => {
    const c = HOSTILE_CASES.find((x) => x.name === "xlsx-long-strings")!;
    const run = await cli(c);
    const { sheets } = await xlsxCells(run.out);
    const ids = sheets.get("Credit Review")!.map((row) => row[0]);
    expect(ids).toContain(`${"L".repeat(CELL_TEXT_LIMIT - 1)}…`);
    const summary = JSON.parse(readFileSync(run.json, "utf8")) as ReviewSummary;
    expect(summary.overLimitList).toContain("L".repeat(100_000));
  });

  it("mixed currencies with rates are converted to the base; a bad rate rejects its row only", async () => {
    const c = HOSTILE_CASES.find((x) => x.name === "csv-currencies-with-rates")!;
    const { input, review } = await reviewOf(c);
    // "0,0061" is not read as 0.0061: a decimal comma is taken only before one or two digits (cells.ts).
    expect(input.issues.filter((i) => i.code === "issueRateRejected").map((i) => i.value)).toEqual([
      "abc",
      "0",
      "-7",
      "0,0061",
    ]);
    // EUR (three rows, "eur" and blank included) is the base; 100 USD at 0.9 adds 90.
    expect(input.currency).toBe("EUR");
    expect(review.kpis.openReceivables.toNumber()).toBe(390);
  });
});
