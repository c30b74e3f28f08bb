/**
 * The layers of docs/architecture.md §Layers are a lint rule, not a convention: ESLint (the project's own
 * eslint.config.mjs, through ESLint's Node API) reports an import that points the wrong way and stays silent on one
 * that points the right way. ESLint loads its ESM config with a dynamic import, which Jest's module system does not
 * run, so the cases are linted in a plain Node process and the verdicts come back as JSON.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

interface LintCase {
  /** Where the file would live: the rule is chosen by the file's folder. */
  readonly filePath: string;
  readonly code: string;
}

/** Lints every case with `new ESLint().lintText` and returns, per case, the messages of one rule. */
const LINT_IN_NODE = `
import { readFileSync } from "node:fs";
import { ESLint } from "eslint";
const { rule, cases } = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint();
const verdicts = [];
for (const { filePath, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  verdicts.push(result.messages.filter((m) => m.ruleId === rule).map((m) => m.message));
}
process.stdout.write(JSON.stringify(verdicts));
`;

function lintFor(rule: string, cases: readonly LintCase[]): string[][] {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", LINT_IN_NODE], {
    cwd: join(__dirname, "../.."),
    input: JSON.stringify({ rule, cases }),
    encoding: "utf8",
  });
  return JSON.parse(out) as string[][];
}

/** [file, import line]: imports against the arrows, at least one per forbidden arrow of §Layers. */
const WRONG_WAY: readonly [string, string][] = [
  ["src/core/probe.ts", 'import type { RawTable } from "../workbook/ports";'],
  ["src/core/portfolio/probe.ts", 'import { formatCsv } from "../../files/csv";'],
  ["src/core/probe.ts", 'import ExcelJS from "exceljs";'],
  ["src/workbook/probe.ts", 'import { formatCsv } from "../files/csv";'],
  ["src/workbook/probe.ts", 'export { samplePortfolio } from "../sample/samplePortfolio";'],
  ["src/workbook/probe.ts", 'import { readFileSync } from "node:fs";'],
  ["src/excel/probe.ts", 'import { formatCsv } from "../files/csv";'],
  ["src/excel/probe.ts", 'import type { PaneHost } from "../taskpane/paneHost";'],
  ["src/files/probe.ts", 'import { ExcelReviewSink } from "../excel/excelReviewSink";'],
  ["src/files/probe.ts", 'import { main } from "../cli/main";'],
  ["src/functions/probe.ts", 'import { CUSTOMERS_SCHEMA } from "../workbook/schema";'],
  ["src/functions/probe.ts", 'import { parseCsv } from "../files/csv";'],
  ["src/sample/probe.ts", 'import { formatCsv } from "../files/csv";'],
  // Packages by subpath and Node built-ins without the node: prefix.
  ["src/core/probe.ts", 'import { createRoot } from "react-dom/client";'],
  ["src/workbook/probe.ts", 'import { readFile } from "fs/promises";'],
  ["src/sample/probe.ts", 'import { createHash } from "crypto";'],
  ["src/functions/probe.ts", 'import { format } from "util";'],
  ["src/files/probe.ts", 'import { jsx } from "react/jsx-runtime";'],
  ["src/excel/probe.ts", 'import ExcelJS from "exceljs/dist/es5";'],
  ["src/commands/probe.ts", 'import { dso } from "../core/receivables/dso";'],
  ["src/files/probe.ts", 'import type { PaneHost } from "../taskpane/paneHost";'],
];

/** [file, import line]: imports along the arrows, and inside one layer. */
const RIGHT_WAY: readonly [string, string][] = [
  ["src/core/portfolio/probe.ts", 'import { defaultPolicy } from "../policy";'],
  ["src/core/probe.ts", 'import Decimal from "decimal.js";'],
  ["src/workbook/probe.ts", 'import { serialFromIso } from "../core/dates";'],
  ["src/excel/probe.ts", 'import type { ReviewSink } from "../workbook/ports";'],
  ["src/files/probe.ts", 'import { samplePortfolio } from "../sample/samplePortfolio";'],
  ["src/functions/probe.ts", 'import { dso } from "../core/receivables/dso";'],
  ["src/sample/probe.ts", 'import { CUSTOMERS_SCHEMA } from "../workbook/schema";'],
  ["src/taskpane/components/probe.tsx", 'import { ExcelReviewSink } from "../../excel/excelReviewSink";'],
];

/** Only the rule's own messages are kept, so an unused import (another rule) cannot blur a verdict. */
const asCase = ([filePath, code]: readonly [string, string]): LintCase => ({ filePath, code: `${code}\n` });

describe("the layer rule (no-restricted-imports in eslint.config.mjs)", () => {
  let verdicts: string[][] = [];
  beforeAll(() => {
    verdicts = lintFor("no-restricted-imports", [...WRONG_WAY, ...RIGHT_WAY].map(asCase));
  });

  it.each(WRONG_WAY.map((c, i) => [...c, i] as const))("reports %s: %s", (filePath, _line, i) => {
    const layer = filePath.split("/")[1];
    // One message, naming the layer and where the rule is explained.
    expect(verdicts[i]).toEqual([expect.stringMatching(new RegExp(` src/${layer} .*docs/architecture\\.md §Layers`))]);
  });

  it.each(RIGHT_WAY.map((c, i) => [...c, WRONG_WAY.length + i] as const))("accepts %s: %s", (_file, _line, i) => {
    expect(verdicts[i]).toEqual([]);
  });
});

describe("short functions (max-lines-per-function in eslint.config.mjs)", () => {
  /** A function whose body is `statements` lines of `x += 1;`: with its signature, `let`, `return` and
   * closing brace, statements + 4 lines. */
  const functionOf = (statements: number) =>
    `export function probe(): number {\n  let x = 0;\n${"  x += 1;\n".repeat(statements)}  return x;\n}\n`;

  it("reports a function of 121 lines in src/ and accepts one of 120", () => {
    const [long, short] = lintFor("max-lines-per-function", [
      { filePath: "src/core/probe.ts", code: functionOf(117) }, // 117 + 4 = 121 lines
      { filePath: "src/core/probe.ts", code: functionOf(116) }, // 116 + 4 = 120 lines
    ]);
    expect(long).toEqual([expect.stringContaining("(121). Maximum allowed is 120")]);
    expect(short).toEqual([]);
  });
});
