/**
 * The Chinese texts are Chinese: no English phrase (two or more English words in a row) left in a zh-CN string,
 * apart from the terms a Chinese credit team uses as they are (DSO, Altman Z, IFRS 9, Excel, …) and the names of
 * sheets that keep their English names (the scorecard builder's Scorecard Report).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { en } from "../../../src/core/messages/en";
import { zhCN } from "../../../src/core/messages/zh-CN";
import { policyZhCN } from "../../../src/core/policy/i18n/zh-CN";
import { zhCN as paneZh } from "../../../src/taskpane/i18n/zh-CN";
import { zhCN as cliZh } from "../../../src/cli/i18n/zh-CN";
import { sheetLabelsZh } from "../../../src/workbook/labels/zh-CN";

/** Terms kept in English in Chinese text, matched as whole words. */
const ALLOWED_TERMS = [
  "DSO",
  "BPDSO",
  "ADD",
  "CEI",
  "ECL",
  "EL",
  "PD",
  "LGD",
  "EAD",
  "IV",
  "WOE",
  "AUC",
  "KS",
  "PSI",
  "HHI",
  "Gini",
  "PDO",
  "CSV",
  "xlsx",
  "Excel",
  "Office",
  "IFRS 9",
  "Altman",
  "Altman Z",
  "Z",
  "TRUE",
  "FALSE",
  "Scorecard Report",
  "Scorecard",
  "Large",
  "Mid",
  "Small",
  "Safe",
  "Grey",
  "Distress",
  "public",
  "private",
  "nonmfg",
  "em",
  "Credit Desk",
];

/** Runs of two or more English words, once placeholders and the allowed terms are taken out. */
function englishRuns(text: string): string[] {
  // Placeholders, and command-line options with their example value (`--out review.xlsx`), are not prose.
  let rest = text.replace(/\{\w+\}/g, " ").replace(/--[a-z-]+(?:\s+[\w.|-]+)?/g, " ");
  for (const term of [...ALLOWED_TERMS].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(`(?<![A-Za-z])${term.replace(/ /g, "\\s+")}(?![A-Za-z])`, "g"), " · ");
  }
  return rest.match(/[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*)+/g) ?? [];
}

function leftovers(catalogue: Readonly<Record<string, string>>): string[] {
  return Object.entries(catalogue).flatMap(([key, text]) => englishRuns(text).map((run) => `${key}: ${run}`));
}

describe("no English phrases left in Chinese strings", () => {
  it("finds one when there is one (the scan can fail)", () => {
    expect(englishRuns("评分卡中 the scorecard 没有行")).toEqual(["the scorecard"]);
    expect(englishRuns("{argument} 的 DSO 与 IFRS 9 准备")).toEqual([]);
  });

  it("the engine's messages (src/core/messages/zh-CN.ts)", () => {
    expect(leftovers(zhCN)).toEqual([]);
  });

  it("the sheets' labels (src/workbook/labels/zh-CN.ts)", () => {
    expect(leftovers(sheetLabelsZh)).toEqual([]);
  });

  it("the pane's texts (src/taskpane/i18n/zh-CN.ts)", () => {
    expect(leftovers(paneZh)).toEqual([]);
  });

  it("the policy settings' names and meanings (src/core/policy/i18n/zh-CN.ts)", () => {
    expect(leftovers(policyZhCN)).toEqual([]);
  });

  it("the command line's texts (src/cli/i18n/zh-CN.ts)", () => {
    expect(leftovers(cliZh)).toEqual([]);
  });

  it("the custom functions' Chinese descriptions (src/functions/i18n/zh-CN/*.json)", () => {
    const dir = join(__dirname, "../../../src/functions/i18n/zh-CN");
    const texts: Record<string, string> = {};
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const walk = (value: unknown, path: string): void => {
        if (typeof value === "string") texts[`${file}${path}`] = value;
        else if (value && typeof value === "object")
          for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      };
      walk(JSON.parse(readFileSync(join(dir, file), "utf8")), "");
    }
    expect(Object.keys(texts).length).toBeGreaterThan(0);
    expect(leftovers(texts)).toEqual([]);
  });

  it("the scorecard builder's one-class error has a Chinese message of its own", () => {
    for (const code of ["builderNoBads", "builderNoGoods"] as const) {
      expect(en[code]).toContain("{argument}");
      expect(zhCN[code]).toContain("评分卡");
      expect(englishRuns(zhCN[code])).toEqual([]);
    }
  });
});
