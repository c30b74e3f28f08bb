/** The credit-desk command, run in-process on small fixtures. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatCsv } from "../../src/files/csv";
import { runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "credit-desk-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(argv);

/** Two customers, four invoices (one credit note, one for an unknown customer), as of 2026-06-30. */
function csvFolder(name: string, invoices: (string | number)[][] = []): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  writeFileSync(
    join(folder, "customers.csv"),
    formatCsv([
      ["Customer ID", "Customer Name", "Segment", "Credit Limit", "Payment Terms"],
      ["C1", "Acme, Ltd", "Mid", 1000, 30],
      ["C2", "=cmd|' /C calc'!A0", "Small", 500, 30],
    ]),
  );
  writeFileSync(
    join(folder, "invoices.csv"),
    formatCsv([
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount", "Paid Date", "Disputed"],
      ["I1", "C1", "2026-06-01", "2026-07-01", 600, 600, "", "FALSE"], // not yet due
      ["I2", "C1", "2026-04-01", "2026-05-01", 400, 400, "", "FALSE"], // 60 days past due
      ["I3", "C2", "2026-05-20", "2026-06-19", -100, -100, "", "FALSE"], // credit note, 11 days
      ["I4", "C9", "2026-05-20", "2026-06-19", 100, 100, "", "FALSE"], // unknown customer → data issue
      ...invoices,
    ]),
  );
  return folder;
}

describe("credit-desk review", () => {
  it("reviews a CSV folder: prints the KPIs and writes the workbook and the JSON summary", async () => {
    const folder = csvFolder("ok");
    const out = join(dir, "review.xlsx"),
      json = join(dir, "summary.json");
    const r = await run("review", folder, "--as-of", "2026-06-30", "--out", out, "--json", json);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const text = r.out.join("\n");
    expect(text).toContain("as of 2026-06-30");
    expect(text).toMatch(/Open receivables\s+900\.00/); // 600 + 400 − 100
    expect(text).toMatch(/Overdue receivables\s+300\.00/); // 400 − 100
    expect(text).toMatch(/Data issues\s+1 \(rejected 1, repaired 0, excluded 0\)/);
    expect(text).toContain(`Review workbook written to ${out}`);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary).toMatchObject({
      asOf: "2026-06-30",
      customers: 2,
      invoices: 3,
      openReceivables: 900,
      overdueReceivables: 300,
      aging: { current: 600, d1_30: -100, d31_60: 400, d61_90: 0, d90plus: 0 },
      creditSales365: 900,
      dataIssues: 1,
    });
    expect(summary.dso).toBeCloseTo(365, 10); // 900 / 900 × 365
    expect(existsSync(out)).toBe(true);
  });

  it("defaults the as-of date to today", async () => {
    const r = await run("review", csvFolder("today"));
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain("as of 2026-06-30");
    expect(r.out.join("\n")).toContain("no files written");
  });

  it("reviews the sample workbook", async () => {
    const r = await run("review", "assets/sample-portfolio.xlsx", "--as-of=2026-06-30");
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(/Customers\s+30\d/);
  });

  it.each([
    [["review"], /missing/],
    [["review", "x", "y"], /one input only/],
    [["review", "x", "--as-of", "30/06/2026"], /YYYY-MM-DD/],
    [["review", "x", "--as-of"], /needs a value/],
    [["review", "x", "--colour"], /unknown option --colour/],
    [["audit"], /unknown command "audit"/],
    [["review", "/no/such/folder"], /does not exist/],
    [["review", "package.json"], /not a readable \.xlsx workbook/],
  ])("%j exits 2 with a one-line reason", async (argv, reason) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(reason);
  });

  it("a folder without invoices.csv exits 2 naming the table", async () => {
    const folder = join(dir, "no-invoices");
    mkdirSync(folder);
    writeFileSync(join(folder, "customers.csv"), "Customer ID\nC1\n");
    const r = await run("review", folder);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("no Invoices table or sheet");
  });

  it("a table without a required column exits 2 naming the column and the headers it has", async () => {
    const folder = join(dir, "no-due");
    mkdirSync(folder);
    writeFileSync(join(folder, "customers.csv"), "Customer ID\nC1\n");
    writeFileSync(join(folder, "invoices.csv"), "Invoice ID,Client,Invoice Date,Amount\nI1,C1,2026-06-01,10\n");
    const r = await run("review", folder, "--as-of", "2026-06-30");
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(
      /Invoices table has no Customer ID column \(headers found: Invoice ID, Client, Invoice Date, Amount\)/,
    );
  });

  it("reviewing a workbook into itself twice on one date: the same figures, and that date's ReviewHistory rows replaced, not doubled", async () => {
    const out = join(dir, "rerun.xlsx");
    copyFileSync("assets/sample-portfolio.xlsx", out);
    const first = await run("review", out, "--as-of", "2026-06-30", "--out", out, "--json", join(dir, "first.json"));
    expect(first.code).toBe(0);
    const historyRows = async () => {
      const ExcelJS = (await import("exceljs")).default;
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      return book.getWorksheet("ReviewHistory")!.actualRowCount;
    };
    const rowsAfterFirst = await historyRows();
    const second = await run("review", out, "--as-of", "2026-06-30", "--out", out, "--json", join(dir, "second.json"));
    expect(second.code).toBe(0);
    const [a, b] = ["first.json", "second.json"].map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
    // The second run reads the first's history rows too (dated the as-of day, so not compared against); nothing else differs.
    expect(b.rows.history.read).toBe(a.rows.history.read + a.customers);
    delete a.rows.history;
    delete b.rows.history;
    expect(b).toEqual(a);
    expect(await historyRows()).toBe(rowsAfterFirst);
  });

  it("reviewing a workbook with today's history rows into a new file writes this review's rows only, under ReviewHistory", async () => {
    const input = join(dir, "with-today.xlsx");
    copyFileSync("assets/sample-portfolio.xlsx", input);
    expect((await run("review", input, "--as-of", "2026-06-30", "--out", input)).code).toBe(0);
    const out = join(dir, "elsewhere.xlsx");
    expect((await run("review", input, "--as-of", "2026-06-30", "--out", out)).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "ReviewHistory",
    ]);
    expect(book.getWorksheet("ReviewHistory")!.actualRowCount).toBe(1 + 302);
  });

  it("mixed currencies without a rate stop with a message instead of a sum", async () => {
    const folder = join(dir, "fx");
    mkdirSync(folder);
    writeFileSync(join(folder, "customers.csv"), "Customer ID\nC1\n");
    writeFileSync(
      join(folder, "invoices.csv"),
      "Invoice ID,Customer ID,Invoice Date,Amount,Currency\nI1,C1,2026-06-01,10,EUR\nI2,C1,2026-06-01,10,USD\n",
    );
    const r = await run("review", folder, "--as-of", "2026-06-30");
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/several currencies \(EUR, USD\)/);
  });

  it("scorecard is dispatched to the scorecard command", async () => {
    const r = await run("scorecard", "--help");
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toContain("credit-desk scorecard <file.csv | file.xlsx> --target COLUMN");
  });

  it("review --help prints the usage and exits 0", async () => {
    const r = await run("review", "--help");
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toContain("credit-desk review <workbook.xlsx");
  });

  it("help exits 0 and lists both commands", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(/credit-desk review .*\n[\s\S]*credit-desk scorecard/);
  });
});
