import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { absoluteHelpUrls, DEV_URL } = require("../../scripts/urls") as {
  absoluteHelpUrls: (metadataJson: string, baseUrl: string) => string;
  DEV_URL: string;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionsZhCn } = require("../../scripts/functions-zh-cn") as {
  functionsZhCn: (metadata: Metadata, dir: string) => Metadata;
};

interface Parameter {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
}
interface Metadata {
  functions: FunctionMetadata[];
}

const ROOT = join(__dirname, "../..");
let metadata: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([join(ROOT, "src/functions/functions.ts")], true);
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Metadata;
}, 60000);

describe("functions.json generated from src/functions/functions.ts", () => {
  it("registers CREDIT.DSO", () => {
    expect(metadata.functions.map((f) => f.id)).toContain("DSO");
  });

  it("describes every function and every parameter", () => {
    for (const fn of metadata.functions) {
      expect({ id: fn.id, description: Boolean(fn.description) }).toEqual({ id: fn.id, description: true });
      for (const p of fn.parameters)
        expect({ fn: fn.id, p: p.name, described: Boolean(p.description) }).toEqual({
          fn: fn.id,
          p: p.name,
          described: true,
        });
    }
  });

  it("points every help link at an anchor of docs/functions.md, one section per function", () => {
    const docs = readFileSync(join(ROOT, "docs/functions.md"), "utf8");
    for (const fn of metadata.functions) {
      const anchor = `credit-${fn.id.toLowerCase()}`;
      // Relative in the source; the build makes it absolute (scripts/urls.js, tested below).
      expect(fn.helpUrl).toBe(`functions.html#${anchor}`);
      expect({ fn: fn.id, documented: docs.includes(`<a id="${anchor}"></a>`) }).toEqual({
        fn: fn.id,
        documented: true,
      });
      expect({ fn: fn.id, heading: docs.includes(`## CREDIT.${fn.id}\n`) }).toEqual({ fn: fn.id, heading: true });
    }
  });
});

describe("the build's help links", () => {
  it("makes every relative @helpurl absolute under the add-in's one development URL", () => {
    const built = JSON.parse(absoluteHelpUrls(JSON.stringify(metadata), DEV_URL)) as Metadata;
    expect(DEV_URL).toBe("https://localhost:3000/");
    for (const fn of built.functions)
      expect(fn.helpUrl).toBe(`https://localhost:3000/functions.html#credit-${fn.id.toLowerCase()}`);
  });
});

describe("functions.zh-CN.json (generated from the translation tables)", () => {
  it("has the same ids, names and parameters as functions.json, with Chinese texts", () => {
    const zh = functionsZhCn(metadata, join(ROOT, "src/functions/i18n/zh-CN"));
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    zh.functions.forEach((fn, i) => {
      const en = metadata.functions[i];
      expect(fn.name).toBe(en.name);
      expect(fn.parameters.map((p) => [p.name, p.optional, p.dimensionality])).toEqual(
        en.parameters.map((p) => [p.name, p.optional, p.dimensionality]),
      );
      expect({ fn: fn.id, chinese: /[\u4e00-\u9fff]/.test(fn.description ?? "") }).toEqual({
        fn: fn.id,
        chinese: true,
      });
    });
  });

  it("refuses a function without a translation instead of falling back to English", () => {
    const extra: Metadata = { functions: [...metadata.functions, { id: "NEWFN", name: "NEWFN", parameters: [] }] };
    expect(() => functionsZhCn(extra, join(ROOT, "src/functions/i18n/zh-CN"))).toThrow(/NEWFN: no Chinese description/);
  });
});
