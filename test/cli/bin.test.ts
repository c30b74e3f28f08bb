/**
 * `bin/credit-desk.js` after `npm ci` (issue 17, point 6): it runs the built command, builds it first when lib/ is
 * missing and TypeScript is installed, and otherwise says in one line what to run instead of a stack trace.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../helpers/tempDir";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { binPlan } = require("../../bin/credit-desk.js") as {
  binPlan: (state: { built: boolean; tsc?: string }) => { action: "run" | "build" | "explain"; line?: string };
};

describe("bin/credit-desk.js", () => {
  const dir = tempDir("credit-desk-bin-");

  it("runs the built command without a word, whether or not TypeScript is there", () => {
    expect(binPlan({ built: true, tsc: "/x/typescript/bin/tsc" })).toEqual({ action: "run" });
    expect(binPlan({ built: true })).toEqual({ action: "run" });
  });

  it("builds it first when lib/ is missing and TypeScript is installed, and says so", () => {
    expect(binPlan({ built: false, tsc: "/x/typescript/bin/tsc" })).toEqual({
      action: "build",
      line: "credit-desk: building the command first (npm run build:cli)…",
    });
  });

  it("a copy with neither lib/ nor node_modules exits 1 with the one line to act on, no stack trace", () => {
    const bin = join(dir, "bin");
    mkdirSync(bin);
    copyFileSync(join(__dirname, "../../bin/credit-desk.js"), join(bin, "credit-desk.js"));
    const run = spawnSync(process.execPath, [join(bin, "credit-desk.js"), "--help"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "credit-desk: not built (lib/cli/main.js is missing) and TypeScript is not installed: run `npm ci`, which installs and builds it.\n",
    );
  });
});
