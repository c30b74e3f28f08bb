/**
 * The command line's column mapping (issue 14): `--map`, `--mapping`, `--show-mapping` and `--open-items`, on CSV
 * folders shaped like an AR listing. Expected figures are computed by hand beside each ledger.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCsv } from "../../src/files/csv";
import { tempDir } from "../helpers/tempDir";
import { runCli } from "./runCli";

const dir = tempDir("credit-desk-mapping-");

const run = (...argv: string[]) => runCli(argv);

function folder(name: string, invoices: (string | number)[][]): string {
  const path = join(dir, name);
  mkdirSync(path);
  writeFileSync(
    join(path, "customers.csv"),
    formatCsv([
      ["Customer ID", "Customer Name", "Credit Limit"],
      ["C1", "Acme", 5000],
      ["C2", "Bolt", 2000],
    ]),
  );
  writeFileSync(join(path, "invoices.csv"), formatCsv(invoices));
  return path;
}

/** An AR listing: open amount under `Amount Due`. Mapped: open 1000 + 200 + 300 = 1,500; overdue 200 + 300 = 500. */
const arListing = [
  ["Invoice No", "Customer", "Date", "Due", "Amount", "Amount Due", "Paid On"],
  ["I1", "C1", "2026-06-01", "2026-07-01", 1000, 1000, ""],
  ["I2", "C1", "2026-04-01", "2026-05-01", 500, 200, ""],
  ["I3", "C2", "2026-03-01", "2026-03-31", 800, 0, "2026-04-10"],
  ["I4", "C2", "2026-05-15", "2026-06-14", 300, 300, ""],
];

describe("credit-desk review --map / --mapping / --show-mapping", () => {
  it("reads the column the user maps and shows every figure column's source", async () => {
    const path = folder("mapped", arListing);
    const json = join(dir, "mapped.json");
    const r = await run(
      "review",
      path,
      "--as-of",
      "2026-06-30",
      "--map",
      "Open Amount=Amount Due",
      "--show-mapping",
      "--json",
      json,
    );
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const text = r.out.join("\n");
    expect(text).toMatch(/Open receivables\s+1,500\.00/);
    expect(text).toMatch(/Overdue receivables\s+500\.00/);
    expect(text).toContain("Columns of Invoices (invoices.csv):");
    expect(text).toMatch(/Open Amount\s+“Amount Due” \(mapped\)/);
    expect(text).toMatch(/Due Date\s+“Due” \(found\)/);
    expect(text).toMatch(/Paid Amount\s+not found/);
    expect(JSON.parse(readFileSync(json, "utf8"))).toMatchObject({ openReceivables: 1500, dataIssues: 0 });
  });

  it("takes the same mapping from a CSV file (Table, Column, Header)", async () => {
    const path = folder("mapping-file", arListing);
    const mapping = join(dir, "mapping.csv");
    writeFileSync(
      mapping,
      `\uFEFF${formatCsv([
        ["Table", "Column", "Header"],
        ["Invoices", "Open Amount", "Amount Due"],
      ])}`,
    );
    const r = await run("review", path, "--as-of=2026-06-30", `--mapping=${mapping}`);
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(/Open receivables\s+1,500\.00/);
  });

  it("reads a mapping file saved by Chinese Excel (GBK, semicolons) as it reads ledgers", async () => {
    const listing = [["单据编号", "客户", "Date", "Due", "Amount", "未收", "Paid On"], ...arListing.slice(1)];
    const path = folder("mapping-gbk", listing);
    const mapping = join(dir, "mapping-gbk.csv");
    // "Column;Header\r\nOpen Amount;未收\r\n" in GBK: 未 = CE B4, 收 = CA D5 (GB 2312 code chart).
    writeFileSync(
      mapping,
      Buffer.concat([
        Buffer.from("Column;Header\r\nOpen Amount;", "latin1"),
        Buffer.from([0xce, 0xb4, 0xca, 0xd5]),
        Buffer.from("\r\n"),
      ]),
    );
    const r = await run("review", path, "--as-of", "2026-06-30", "--mapping", mapping);
    expect(r.err).toEqual([]);
    expect(r.out.join("\n")).toMatch(/Open receivables\s+1,500\.00/);
  });

  it("without a mapping, the hinted column is reported, not guessed", async () => {
    const r = await run("review", folder("unmapped", arListing), "--as-of", "2026-06-30", "--show-mapping");
    const text = r.out.join("\n");
    expect(text).toMatch(/Open Amount\s+not read: may be “Amount Due”; map it with --map/);
    expect(text).toMatch(/Open receivables\s+1,800\.00/); // 1000 + 500 + 300: the paid date of I3 still counts
    expect(text).toMatch(/Data issues\s+1 \(rejected 0, repaired 1, excluded 0\)/);
  });

  it("says what to write when a mapping is wrong", async () => {
    const path = folder("wrong", arListing);
    expect((await run("review", path, "--map", "Open Amount")).err[0]).toMatch(/written Column=Header/);
    expect((await run("review", path, "--map", "Opn Amount=Amount Due")).err[0]).toMatch(
      /“Opn Amount” is not a column the review reads/,
    );
    const missing = await run("review", path, "--map", "Open Amount=Rest");
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(
      /reads Open Amount from “Rest”, but the Invoices table has no such column \(headers found: Invoice No, Customer/,
    );
  });
});

describe("credit-desk review on a list of open items", () => {
  const openItems = [
    ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount"],
    ["I1", "C1", "2026-06-01", "2026-07-01", 700],
    ["I2", "C2", "2026-05-01", "2026-05-31", 300],
  ];

  it("says on its first line that every invoice counted as open, and counts it as a data issue", async () => {
    const r = await run("review", folder("open-items", openItems), "--as-of", "2026-06-30");
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^Note: Invoices has no open amount, paid amount or paid date column/);
    expect(r.out.join("\n")).toMatch(/Open receivables\s+1,000\.00/);
    expect(r.out.join("\n")).toMatch(/Data issues\s+1 \(rejected 0, repaired 1, excluded 0\)/);
  });

  it("--open-items confirms it and silences the note", async () => {
    const r = await run("review", folder("open-items-confirmed", openItems), "--as-of", "2026-06-30", "--open-items");
    expect(r.out[0]).toMatch(/^Credit Desk review of/);
    expect(r.out.join("\n")).toMatch(/Data issues\s+0 /);
  });
});
