/** `credit-desk scorecard`, run in-process end to end on the German credit fixture, writing into a temp dir. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { parseScorecard, scoreOnScorecard } from "../../src/core/scoring/scorecard";
import { parseCsv } from "../../src/files/csv";

const GERMAN = join(__dirname, "../fixtures/germancredit.csv");
const dir = mkdtempSync(join(tmpdir(), "credit-desk-scorecard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["scorecard", ...argv], { stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out, err };
}

describe("credit-desk scorecard on the German credit data", () => {
  const xlsx = join(dir, "scorecard.xlsx");
  const json = join(dir, "report.json");
  let result: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    result = await run(GERMAN, "--target", "creditability", "--out", xlsx, "--json", json);
  }, 60000);

  it("exits 0 and summarises the validation", () => {
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe(`Scorecard of ${GERMAN}: 1000 rows, target creditability`);
    expect(result.out.some((l) => /^ {2}test {2}AUC 0\.7\d\d/.test(l))).toBe(true);
  });

  it("writes a JSON report with per-variable IV, the selection, AUC/Gini/KS on train and test and the scaling", () => {
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.variables[0]).toMatchObject({ variable: "status_of_existing_checking_account", selected: true });
    expect(report.variables[0].iv).toBeGreaterThan(0.6);
    expect(report.selected.length).toBeGreaterThanOrEqual(5);
    for (const set of ["train", "test"])
      expect(Object.keys(report[set])).toEqual(expect.arrayContaining(["auc", "gini", "ks"]));
    expect(report.test.auc).toBeGreaterThan(0.74);
    expect(report.scaling).toMatchObject({ basePoints: 600, baseOdds: 50, pdo: 20 });
  });

  it("writes the Scorecard sheet in the table format CREDIT.SCORE reads, and the Scorecard Report sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Scorecard", "Scorecard Report"]);
    const grid: (string | number | null)[][] = [];
    wb.getWorksheet("Scorecard")!.eachRow((row) => {
      grid.push([1, 2, 3, 4, 5].map((c) => (row.getCell(c).value as string | number | null) ?? null));
    });
    expect(grid[0]).toEqual(["Factor", "From", "To", "Category", "Points"]);
    const card = parseScorecard(grid);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(card.factors.map((f) => f.name)).toEqual(report.selected);
    // the sheet scores an applicant: the first applicant of the file
    const [header, first] = parseCsv(readFileSync(GERMAN, "utf8"));
    const total = scoreOnScorecard(card, (f) => first[header.indexOf(f)]).total;
    expect(total).toBeGreaterThan(300);
    expect(total).toBeLessThan(900);
    const reportSheet = wb.getWorksheet("Scorecard Report")!;
    const labels: string[] = [];
    reportSheet.eachRow((row) => labels.push(String(row.getCell(1).value)));
    expect(labels).toEqual(
      expect.arrayContaining(["Train (development)", "Test (hold-out)", "Base points", "Variable", "Score band"]),
    );
    // the same layout as the pane writes: the points table is an Excel table named Scorecard, and the report charts
    // the score distribution natively
    const tables = (wb.getWorksheet("Scorecard")!.getTables() as unknown as { table: { name: string } }[]).map(
      (t) => t.table.name,
    );
    expect(tables).toEqual(["Scorecard"]);
    const zip = await JSZip.loadAsync(readFileSync(xlsx));
    expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(1);
  });
});

describe("credit-desk scorecard reads the first sheet of an .xlsx", () => {
  it("builds the same scorecard as from the CSV", async () => {
    const [header, ...rows] = parseCsv(readFileSync(GERMAN, "utf8"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Applicants");
    ws.addRow(header);
    // numbers as numbers, as a workbook holds them
    for (const r of rows) ws.addRow(r.map((v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v)));
    const input = join(dir, "german.xlsx");
    await wb.xlsx.writeFile(input);
    const fromXlsx = join(dir, "x.json");
    const fromCsv = join(dir, "c.json");
    expect((await run(input, "--target", "creditability", "--json", fromXlsx)).code).toBe(0);
    expect((await run(GERMAN, "--target", "creditability", "--json", fromCsv)).code).toBe(0);
    const a = JSON.parse(readFileSync(fromXlsx, "utf8"));
    const b = JSON.parse(readFileSync(fromCsv, "utf8"));
    expect(a.scorecard).toEqual(b.scorecard);
  }, 60000);
});

describe("credit-desk scorecard: bad arguments and unreadable input exit 2 with one line", () => {
  it.each([
    [[], "give the input file"],
    [[GERMAN], "give the good/bad column with --target COLUMN"],
    [[GERMAN, "--target"], "--target needs a value"],
    [[GERMAN, "--target", "creditability", "--frobnicate"], "unknown option --frobnicate"],
    [[GERMAN, "--target", "creditability", "--out", "card.csv"], "--out must name an .xlsx file"],
    [[join(dir, "missing.csv"), "--target", "y"], "no such file"],
    [[join(dir, "data.json"), "--target", "y"], "must be a .csv or .xlsx file"],
    [[GERMAN, "--target", "defaulted"], "the data has no column “defaulted”"],
  ])("%j → %s", async (argv, reason) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(reason);
  });

  it("a target holding one class only", async () => {
    const file = join(dir, "allgood.csv");
    writeFileSync(file, "x,y\n1,good\n2,good\n3,good\n");
    const r = await run(file, "--target", "y");
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      "credit-desk scorecard: y holds no bad outcome, so no scorecard can be built: it needs both goods and bads.",
    ]);
  });

  it("a file that is not an xlsx", async () => {
    const file = join(dir, "fake.xlsx");
    copyFileSync(GERMAN, file);
    const r = await run(file, "--target", "creditability");
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("cannot read");
  });

  it("--help prints the usage and exits 0", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe("Usage: credit-desk scorecard <file.csv | file.xlsx> --target COLUMN [options]");
    expect(r.out.join("\n")).toContain("--force");
  });
});

describe("credit-desk scorecard refuses to write a useless scorecard without --force", () => {
  // The German data with a coin-toss target: every third applicant "bad", whatever their data says. The variables
  // that pass on the training rows by chance rank the hold-out rows no better than a coin (test AUC below 0.6).
  const coin = join(dir, "coin.csv");
  beforeAll(() => {
    const [header, ...rows] = parseCsv(readFileSync(GERMAN, "utf8"));
    const quote = (cell: unknown) => {
      const v = String(cell ?? "");
      return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    };
    const lines = [[...header, "coin"], ...rows.map((r, i) => [...r, i % 3 === 0 ? "bad" : "good"])];
    writeFileSync(coin, lines.map((l) => l.map(quote).join(",")).join("\n") + "\n");
  });

  it("exits 2, says why and how to force it, and writes no .xlsx (the JSON report still comes)", async () => {
    const out = join(dir, "coin.xlsx");
    const json = join(dir, "coin.json");
    const r = await run(coin, "--target", "coin", "--out", out, "--json", json);
    expect(r.code).toBe(2);
    const report = JSON.parse(readFileSync(json, "utf8"));
    expect(report.test.auc).toBeLessThan(0.6);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(
      /^credit-desk scorecard: the scorecard was not written: test AUC 0\.\d{3} is below the minimum 0\.600 \(CreditPolicy: Minimum scorecard AUC\)\. Check the target column, or add --force to write it anyway\.$/,
    );
    expect(r.err[0]).toContain(`test AUC ${report.test.auc.toFixed(3)}`);
    expect(existsSync(out)).toBe(false);
  }, 60000);

  it("writes it with --force, its report dated", async () => {
    const out = join(dir, "coin-forced.xlsx");
    const r = await run(coin, "--target", "coin", "--out", out, "--force");
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Scorecard", "Scorecard Report"]);
    // the validation table ends with the Built column: today, in both rows
    const built: unknown[] = [];
    wb.getWorksheet("Scorecard Report")!.eachRow((row) => {
      if (row.getCell(1).value === "Set") built.push(row.getCell(8).value);
      if (/^(Train|Test) /.test(String(row.getCell(1).value))) built.push(row.getCell(8).value);
    });
    const today = new Date().toISOString().slice(0, 10);
    expect(built.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))).toEqual(["Built", today, today]);
  }, 60000);

  it("never refuses a build without --out: nothing goes into a workbook", async () => {
    const r = await run(coin, "--target", "coin");
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toBe("(no files written: add --out scorecard.xlsx and/or --json report.json)");
  }, 60000);
});
