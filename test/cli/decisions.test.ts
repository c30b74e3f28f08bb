/** `credit-desk review --decisions decisions.csv`: the file a credit team uploads to its ERP (issue 15, item 11). */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatCsv, parseCsv } from "../../src/files/csv";
import { tempDir } from "../helpers/tempDir";
import { runCli } from "./runCli";

const dir = tempDir("credit-desk-decisions-");
const SAMPLE = join(__dirname, "../../assets/sample-portfolio.xlsx");
const ZH_SAMPLE = join(__dirname, "../../assets/sample-portfolio.zh-CN.xlsx");
const HEADER =
  "Customer ID,Grade,Score,Current Limit,Effective Limit,Recommended Limit,Action,Action Rule,Approval Level,Manual Review,Collection Stage,Blacklist Status,Alerts";

/** The file's records after the BOM, as text, and the header's column positions. */
function readDecisions(path: string): { bytes: Buffer; rows: string[][]; at: (name: string) => number } {
  const bytes = readFileSync(path);
  const [header, ...rows] = parseCsv(bytes.toString("utf8").slice(1)).map((r) => r.map(String));
  return { bytes, rows, at: (name) => header.indexOf(name) };
}

/** Two customers, nothing overdue at 2026-06-30: C1 owes 1,500 against a limit of 1,000 (over), C2 200 of 500. */
function ledger(name: string): string {
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
      ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
      ["I1", "C1", "2026-06-15", "2026-07-15", 1500, 1500], // not yet due
      ["I2", "C2", "2026-06-01", "2026-07-01", 200, 200], // not yet due
    ]),
  );
  return folder;
}

describe("credit-desk review --decisions", () => {
  jest.setTimeout(60000);

  it("a tiny ledger: BOM, the exact header, one row per customer, limits, stage and alerts worked out by hand", async () => {
    const path = join(dir, "tiny-decisions.csv");
    const r = await runCli(["review", ledger("tiny"), "--as-of", "2026-06-30", "--decisions", path]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toContain(`Decisions file (2 customers) written to ${path}`);
    const { bytes, rows, at } = readDecisions(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8").slice(1).split("\r\n")[0]).toBe(HEADER);
    expect(rows.map((row) => row[0])).toEqual(["C1", "C2"]);
    const c1 = rows[0],
      c2 = rows[1];
    // No temporary limit: the limit in force is the credit limit.
    expect([c1[at("Current Limit")], c1[at("Effective Limit")]]).toEqual(["1000", "1000"]);
    expect([c2[at("Current Limit")], c2[at("Effective Limit")]]).toEqual(["500", "500"]);
    // Nothing is overdue: no collection stage; no one is blacklisted.
    expect([c1[at("Collection Stage")], c2[at("Collection Stage")]]).toEqual(["none", "none"]);
    expect([c1[at("Blacklist Status")], c2[at("Blacklist Status")]]).toEqual(["", ""]);
    // C1's exposure 1,500 > 1,000: overLimit among its alerts; C2's 200 ≤ 500 is not over.
    expect(c1[at("Alerts")].split(";")).toContain("overLimit");
    expect(c2[at("Alerts")].split(";")).not.toContain("overLimit");
    for (const row of rows) {
      expect(["increase", "keep", "reduce", "stop"]).toContain(row[at("Action")]);
      expect(["TRUE", "FALSE"]).toContain(row[at("Manual Review")]);
    }
    // A warning (over limit) never comes with an increase.
    expect(c1[at("Action")]).not.toBe("increase");
  });

  it("the sample: one row per customer, unique ids, the same count as the JSON summary; codes in English", async () => {
    const path = join(dir, "sample-decisions.csv"),
      json = join(dir, "sample.json");
    const r = await runCli(["review", SAMPLE, "--as-of", "2026-06-30", "--decisions", path, "--json", json]);
    expect(r.code).toBe(0);
    const { rows, at } = readDecisions(path);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(rows).toHaveLength(summary.customers);
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
    // The actions add up to the JSON's counts.
    const count = (action: string) => rows.filter((row) => row[at("Action")] === action).length;
    expect({ increase: count("increase"), keep: count("keep"), reduce: count("reduce"), stop: count("stop") }).toEqual(
      summary.actions,
    );
    // The sample's formula-looking id is defused.
    expect(readFileSync(path, "utf8")).toContain(`'=HYPERLINK(""http://example.com"")`);
  });

  it("the Chinese sample: the header and codes stay English", async () => {
    const path = join(dir, "zh-decisions.csv");
    const r = await runCli(["review", ZH_SAMPLE, "--as-of", "2026-06-30", "--decisions", path]);
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toContain(`已写入 ${path}`);
    const text = readFileSync(path, "utf8");
    expect(text.slice(1).split("\r\n")[0]).toBe(HEADER);
    const { rows, at } = readDecisions(path);
    for (const row of rows) expect(["increase", "keep", "reduce", "stop"]).toContain(row[at("Action")]);
  });

  it("the printed summary names provision and expected loss apart and counts the actions", async () => {
    const r = await runCli(["review", ledger("tiny-summary"), "--as-of", "2026-06-30"]);
    const text = r.out.join("\n");
    expect(text).toMatch(/Provision \(matrix\)\s+[\d,.]+\n\s+Σ aging bucket × loss rate.*how late the money is/);
    expect(text).toMatch(/Expected loss \(PD × LGD × EAD\)\s+[\d,.]+\n\s+Σ PD × LGD × exposure.*who owes the money/);
    const counts = /Actions: increase \/ keep \/ reduce \/ stop\s+(\d+) \/ (\d+) \/ (\d+) \/ (\d+)/.exec(text)!;
    expect(counts.slice(1).reduce((n, c) => n + Number(c), 0)).toBe(2); // two customers, one action each
  });

  it("--help documents --decisions in English, and in Chinese with --lang zh-CN", async () => {
    expect((await runCli(["review", "--help"])).out.join("\n")).toContain("--decisions FILE");
    const zh = (await runCli(["review", "--help", "--lang", "zh-CN"])).out.join("\n");
    expect(zh).toContain("--decisions 文件");
    expect(zh).toContain("用法：");
    expect((await runCli(["review", "--decisions"])).err).toEqual([
      "credit-desk: --decisions needs a value (written --decisions VALUE or --decisions=VALUE)",
    ]);
  });
});
