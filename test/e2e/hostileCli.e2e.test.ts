/**
 * The built `credit-desk` binary on cases of the hostile corpus (test/fixtures/hostile): exit 0 when the review
 * completes, exit 2 with exactly one line on stderr when the input is unreadable or cannot be reviewed.
 * Needs `npm run build:cli` first (npm test runs it before the e2e tests).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReviewSummary } from "../../src/workbook/reviewSummary";
import { HOSTILE_AS_OF, HOSTILE_CASES, hostilePath } from "../fixtures/hostileCorpus";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/credit-desk.js");
const dir = mkdtempSync(join(tmpdir(), "credit-desk-hostile-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function creditDesk(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  const lines = (text: string) => text.split("\n").filter((l) => l !== "");
  return { code: r.status, stdout: lines(r.stdout), stderr: lines(r.stderr) };
}

const byName = (name: string) => HOSTILE_CASES.find((c) => c.name === name)!;

it("the binary is built", () => {
  expect(existsSync(join(ROOT, "lib/cli/main.js"))).toBe(true);
});

describe.each([
  "csv-text-amounts",
  "csv-ids",
  "xlsx-formula-text",
  "xlsx-long-strings",
  "xlsx-merged-headers",
  "csv-headers-only",
])("credit-desk review %s", (name) => {
  it("exits 0 and its JSON accounts for every row", () => {
    const c = byName(name);
    const json = join(dir, `${name}.json`);
    const r = creditDesk(
      "review",
      hostilePath(c),
      "--as-of",
      HOSTILE_AS_OF,
      "--out",
      join(dir, `${name}.xlsx`),
      "--json",
      json,
    );
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(json, "utf8")) as ReviewSummary;
    for (const [sheet, rows] of Object.entries(c.rows)) {
      const counts = /customer/i.test(sheet) ? summary.rows!.customers : summary.rows!.invoices;
      expect(counts.read).toBe(rows);
      expect(counts.used + counts.rejected + counts.excluded + counts.blank).toBe(rows);
    }
  });
});

describe.each(HOSTILE_CASES.filter((c) => c.expect !== "reviewed").map((c) => [c.name, c] as const))(
  "credit-desk review %s",
  (_name, c) => {
    it("exits 2 with a one-line reason naming the problem", () => {
      const r = creditDesk("review", hostilePath(c), "--as-of", HOSTILE_AS_OF, "--json", join(dir, `${c.name}.json`));
      expect(r.code).toBe(2);
      expect(r.stdout).toEqual([]);
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0]).toMatch(new RegExp(`^credit-desk: .*${c.message}`));
      expect(existsSync(join(dir, `${c.name}.json`))).toBe(false);
    });
  },
);
