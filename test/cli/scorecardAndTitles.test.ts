/** A user's workbook through the CLI: title rows above the Customers header and a Scorecard with a misspelt factor. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

const dir = mkdtempSync(join(tmpdir(), "credit-desk-cli-scorecard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: (l) => out.push(l),
    stderr: (l) => err.push(l),
    now: () => new Date(2026, 5, 30, 12),
  });
  return { code, out, err };
}

/** Customers under a merged title and a date line; a Scorecard whose revenue factor is misspelt. */
async function userWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const customers = wb.addWorksheet("Customers");
  customers.addRow(["ACME 贸易有限公司"]);
  customers.mergeCells(1, 1, 1, 4);
  customers.addRow(["截止日期：2026-06-30"]);
  customers.addRow(["Customer ID", "Customer Name", "Segment", "Annual Revenue"]);
  customers.addRow(["C1", "Acme", "Large", 12_000_000]);
  customers.addRow(["C2", "Beta", "Micro", 400_000]);
  const invoices = wb.addWorksheet("Invoices");
  invoices.addRow(["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"]);
  invoices.addRow(["I1", "C1", "2026-05-01", "2026-05-31", 1_000, 400]);
  invoices.addRow(["I2", "C2", "2026-06-10", "2026-07-10", 250, 250]);
  const scorecard = wb.addWorksheet("Scorecard");
  scorecard.addRow(["Factor", "From", "To", "Category", "Points"]);
  scorecard.addRow(["Anual Revenue", null, 1_000_000, null, 10]);
  scorecard.addRow(["Anual Revenue", 1_000_000, null, null, 40]);
  scorecard.addRow(["Anual Revenue", null, null, "(missing)", 0]);
  scorecard.addRow(["Segment", null, null, "Large", 30]);
  scorecard.addRow(["Segment", null, null, "Small", 10]);
  const path = join(dir, "ledger.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

describe("credit-desk review of a user's workbook with title rows and a misspelt scorecard factor", () => {
  it("reads Customers from row 3 and counts every issue: header row, unknown factor, value in no bin", async () => {
    const out = join(dir, "review.xlsx");
    const r = await run("review", await userWorkbook(), "--as-of", "2026-06-30", "--out", out);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const text = r.out.join("\n");
    expect(text).toMatch(/Open receivables\s+650\.00/); // 400 + 250
    // Header on row 3; "Anual Revenue" matches no column; C2's segment Micro is neither Large nor Small.
    expect(text).toMatch(/Data issues\s+3 \(rejected 0, repaired 3, excluded 0\)/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const issues = book.getWorksheet("Data Issues")!;
    const cells: string[] = [];
    issues.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    const sheetText = cells.join("\n");
    expect(sheetText).toContain("The header of the Customers table is on row 3 of Customers");
    expect(sheetText).toContain("Scorecard factor “Anual Revenue” matches no Customers column");
    expect(sheetText).toContain(
      "Customer C2 (Beta): the Segment value “Micro” falls in no bin of the scorecard (Large; Small)",
    );
  });
});
