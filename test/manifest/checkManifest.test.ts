import { readFileSync } from "node:fs";
import { join } from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, checkFunctionsMetadata } = require("../../scripts/check-manifest") as {
  checkManifest: (xml: string, functionsJson?: string) => string[];
  checkFunctionsMetadata: (json: string) => string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteLocalhost, DEV_URL } = require("../../scripts/urls") as {
  rewriteLocalhost: (text: string, base: string) => string;
  DEV_URL: string;
};

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");

describe("offline manifest check", () => {
  it("passes the project's manifest", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("fails a resid that resolves to nothing", () => {
    const broken = manifest.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Taskpane.Missing"');
    expect(checkManifest(broken)).toEqual(
      expect.arrayContaining([expect.stringContaining('resid="Taskpane.Missing"> does not resolve')]),
    );
  });

  it("fails a resid that points to the wrong kind of resource", () => {
    const broken = manifest.replace('<Label resid="Group.Label" />', '<Label resid="Taskpane.Url" />');
    expect(checkManifest(broken).join("\n")).toMatch(/must point to a ShortStrings resource/);
  });

  it("fails a shared runtime that is not long-lived or not shared by the functions page", () => {
    expect(checkManifest(manifest.replace('lifetime="long"', 'lifetime="short"')).join("\n")).toMatch(
      /lifetime="long"/,
    );
    const otherPage = manifest.replace(
      '<Page>\n              <SourceLocation resid="Taskpane.Url" />',
      '<Page>\n              <SourceLocation resid="Functions.Script.Url" />',
    );
    expect(checkManifest(otherPage).join("\n")).toMatch(/<Page> must use the runtime's resid/);
  });

  it("fails elements out of schema order", () => {
    const swapped = manifest.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, "$2\n  $1");
    expect(checkManifest(swapped).join("\n")).toMatch(/<Version> is out of order/);
  });

  it("fails a plain-http URL", () => {
    const http = manifest.replace(
      'DefaultValue="https://localhost:3000/functions.js"',
      'DefaultValue="http://localhost:3000/functions.js"',
    );
    expect(checkManifest(http).join("\n")).toMatch(
      /Functions.Script.Url: URL "http:\/\/localhost:3000\/functions.js" must use https/,
    );
  });

  it("fails XML that is not well formed", () => {
    expect(checkManifest("<OfficeApp><Id>")[0]).toMatch(/not well-formed|root element/);
  });

  it("requires unique upper-case function ids in functions.json", () => {
    const json = (ids: string[]) => JSON.stringify({ functions: ids.map((id) => ({ id, name: id })) });
    expect(checkFunctionsMetadata(json(["DSO", "AGING"]))).toEqual([]);
    expect(checkFunctionsMetadata(json(["DSO", "DSO"])).join()).toMatch(/defined twice/);
    expect(checkFunctionsMetadata(json(["dso"])).join()).toMatch(/upper case/);
  });

  it("rewrites every localhost URL for production, leaving none behind", () => {
    const prod = rewriteLocalhost(manifest, "https://credit.example.org/addin/");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('DefaultValue="https://credit.example.org/addin/taskpane.html"');
    expect(checkManifest(prod)).toEqual([]);
  });

  it("writes every URL under the one development URL of scripts/urls.js (the build rewrites that one)", () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    // Icon and high-res icon, support, source, 6 ribbon images, script, metadata (+ zh), pane, help page (+ zh).
    expect(urls).toHaveLength(16);
    expect(urls.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });
});
