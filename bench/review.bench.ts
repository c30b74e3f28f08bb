/**
 * The portfolio review at scale: the engine on 1,000,000 invoices × 50,000 customers in memory (target < 1 s), and
 * the CLI end to end on CSV files of that size against the same portfolio figures computed with pandas
 * (bench/pandas_review.py: receivables, aging, provision, DSO family, concentration, limits and insurance cover).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { serialFromIso } from "../src/core/dates";
import { defaultPolicy } from "../src/core/policy";
import type { Portfolio } from "../src/core/portfolio/model";
import { runReview } from "../src/core/portfolio/review";
import { samplePortfolio } from "../src/sample/samplePortfolio";
import { writeSampleCsvFolder } from "../src/files/sampleWorkbook";
import type { RawTable } from "../src/workbook/ports";
import { portfolioFromTables } from "../src/workbook/portfolioFromTables";
import { measure, report } from "./harness";

const AS_OF = serialFromIso("2026-06-30")!;
const CUSTOMERS = 50_000;
const INVOICES = 1_000_000;

function raw(name: string, headers: readonly string[], rows: RawTable["rows"]): RawTable {
  return { name, sheet: name, headers, rows, firstDataRow: 2 };
}

function wallClock(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** The generated portfolio and its CSV folder; the raw tables are dropped so the engine is timed on a lean heap. */
async function prepare(dir: string): Promise<Portfolio> {
  const tables = samplePortfolio({ seed: 1, customers: CUSTOMERS, invoices: INVOICES, badRows: false });
  await writeSampleCsvFolder(dir, { customers: tables.customers, invoices: tables.invoices });
  return portfolioFromTables(
    {
      customers: raw("Customers", tables.customers.headers, tables.customers.rows),
      invoices: raw("Invoices", tables.invoices.headers, tables.invoices.rows),
      history: raw("ReviewHistory", tables.reviewHistory!.headers, tables.reviewHistory!.rows),
    },
    { asOf: AS_OF, defaultPaymentTerms: 30 },
  ).portfolio;
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "credit-desk-bench-"));
  try {
    const portfolio = await prepare(dir);
    (globalThis as { gc?: () => void }).gc?.();
    lines.push(
      `portfolio: ${portfolio.customers.length} customers, ${portfolio.invoices.length} invoices, ${portfolio.history.length} history rows`,
    );
    lines.push(
      report(
        measure(
          `runReview, ${INVOICES / 1e6}M invoices × ${CUSTOMERS / 1e3}k customers`,
          () => runReview(portfolio, defaultPolicy, AS_OF),
          { runs: 7, warmup: 2, targetMs: 1000 },
        ),
      ),
    );

    // CLI end to end on CSV vs pandas on the same files, each a fresh process timed from outside.
    const cli = join(__dirname, "..", "src", "cli", "main.js");
    const json = join(dir, "summary.json");
    const args = [cli, "review", dir, "--as-of", "2026-06-30", "--json", json];
    execFileSync(process.execPath, args); // warm the file cache
    // CLI and pandas alternate, run after run, so a busy machine slows both alike; medians of five each.
    const script = join(__dirname, "..", "..", "..", "bench", "pandas_review.py");
    let pandasOut = "";
    const cliTimes: number[] = [];
    const pandasTimes: number[] = [];
    for (let run = 0; run < 5; run++) {
      cliTimes.push(wallClock(() => execFileSync(process.execPath, args, { stdio: "ignore" })));
      pandasTimes.push(
        wallClock(
          () => (pandasOut = execFileSync("/usr/bin/python3", [script, dir, "2026-06-30"], { encoding: "utf8" })),
        ),
      );
    }
    cliTimes.sort((a, b) => a - b);
    pandasTimes.sort((a, b) => a - b);
    const ours = JSON.parse(readFileSync(json, "utf8")) as Record<string, unknown>;
    const theirs = JSON.parse(pandasOut) as Record<string, unknown>;
    // Every figure both compute: money to the cent, ratios to 1e-9 (float sums in a different order).
    const shared = Object.keys(theirs).filter((k) => k in ours);
    const equal = (a: unknown, b: unknown): boolean =>
      typeof a === "number" && typeof b === "number"
        ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b))
        : JSON.stringify(a) === JSON.stringify(b);
    const differ = shared.filter((k) => !equal(ours[k], theirs[k]));
    lines.push(
      `CLI review on CSV (${INVOICES} invoice rows, full review + JSON), end to end   median ${cliTimes[2].toFixed(0)} ms  min ${cliTimes[0].toFixed(0)} ms`,
    );
    lines.push(
      `pandas (the same ${shared.length} portfolio figures and input checks), end to end   median ${pandasTimes[2].toFixed(0)} ms  min ${pandasTimes[0].toFixed(0)} ms`,
    );
    lines.push(
      `ratio pandas / CLI: ${(pandasTimes[2] / cliTimes[2]).toFixed(2)}× (target > 1: ${pandasTimes[2] > cliTimes[2] ? "PASS" : "MISS"}); figures equal to pandas': ${differ.length === 0 ? `all ${shared.length}` : `NO: ${differ.join(", ")}`}`,
    );
    writeFileSync(join(dir, "pandas.json"), pandasOut);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
