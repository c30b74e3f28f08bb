/**
 * The function reference in both languages: every function of functions.json has a section under the same anchor
 * in docs/functions.md and docs/functions.zh-CN.md, with the same worked-example results; the Chinese edition is
 * the generator's current output, and the zh-CN metadata's help links open it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/* eslint-disable @typescript-eslint/no-require-imports */
const doc = require("../../scripts/functions-doc-zh") as {
  generate: () => string;
  englishSections: (markdown: string) => { anchor: string; name: string; syntax: string; example: string[] }[];
  boldValues: (text: string) => string[];
};
const { functionsZhCn } = require("../../scripts/functions-zh-cn") as {
  functionsZhCn: (metadata: Metadata, dir: string) => Metadata;
};
/* eslint-enable @typescript-eslint/no-require-imports */

interface Metadata {
  functions: { id: string; name: string; helpUrl?: string; parameters: { name: string }[] }[];
}

const ROOT = join(__dirname, "../..");
const english = readFileSync(join(ROOT, "docs/functions.md"), "utf8");
const chinese = readFileSync(join(ROOT, "docs/functions.zh-CN.md"), "utf8");
let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([join(ROOT, "src/functions/functions.ts")], true);
  metadata = JSON.parse(result.metadataJson) as Metadata;
}, 60000);

/** A section's text: from its anchor to the next one. */
function section(markdown: string, anchor: string): string | undefined {
  const start = markdown.indexOf(`<a id="${anchor}"></a>`);
  if (start < 0) return undefined;
  const next = markdown.indexOf('<a id="credit-', start + 1);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe("docs/functions.md and docs/functions.zh-CN.md", () => {
  it("every function has a section in both editions, under the anchor its help link names", () => {
    expect(metadata.functions.length).toBeGreaterThan(20);
    for (const fn of metadata.functions) {
      const anchor = `credit-${fn.id.toLowerCase()}`;
      expect({ fn: fn.id, helpUrl: fn.helpUrl?.endsWith(`#${anchor}`) }).toEqual({ fn: fn.id, helpUrl: true });
      for (const [edition, markdown] of [
        ["en", english],
        ["zh-CN", chinese],
      ] as const) {
        const text = section(markdown, anchor);
        expect({ fn: fn.id, edition, heading: text?.includes(`## CREDIT.${fn.id}\n`) }).toEqual({
          fn: fn.id,
          edition,
          heading: true,
        });
      }
    }
  });

  it("the Chinese sections carry the English worked examples' formulas and results", () => {
    for (const { anchor, name, example } of doc.englishSections(english)) {
      const results = doc.boldValues(example.join("\n"));
      const zh = section(chinese, anchor) ?? "";
      const at = zh.indexOf("**示例**");
      const zhResults = at < 0 ? [] : doc.boldValues(zh.slice(at + "**示例**".length));
      // The same values: formulas' results first, results stated without a formula after them.
      expect({ name, results: [...zhResults].sort() }).toEqual({ name, results: [...results].sort() });
      for (const formula of example.join(" ").match(/`=CREDIT\.[^`]+`/g) ?? [])
        expect({ name, has: zh.includes(formula) }).toEqual({ name, has: true });
    }
  });

  it("the Chinese edition is the generator's current output (run `node scripts/functions-doc-zh.js`)", () => {
    expect(chinese).toBe(doc.generate());
  });

  it("each edition links to the other", () => {
    expect(english).toContain("[简体中文](functions.zh-CN.md)");
    expect(chinese).toContain("[English](functions.md)");
  });

  it("the zh-CN metadata's help links open the Chinese edition at the same anchor", () => {
    const zh = functionsZhCn(metadata, join(ROOT, "src/functions/i18n/zh-CN"));
    zh.functions.forEach((fn, i) => {
      expect(fn.helpUrl).toBe(metadata.functions[i].helpUrl?.replace("functions.html#", "functions.zh-CN.html#"));
    });
  });
});

describe("manifest.xml", () => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  it("points Excel in Chinese at the zh-CN function metadata and the Chinese reference", () => {
    expect(manifest).toMatch(
      /<bt:Url id="Functions.Metadata.Url"[^>]*>\s*<bt:Override Locale="zh-CN" Value="[^"]*\/functions\.zh-CN\.json" \/>/,
    );
    expect(manifest).toMatch(
      /<bt:Url id="GetStarted.LearnMoreUrl"[^>]*>\s*<bt:Override Locale="zh-CN" Value="[^"]*\/functions\.zh-CN\.html" \/>/,
    );
  });
});
