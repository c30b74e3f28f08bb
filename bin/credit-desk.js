#!/usr/bin/env node
/**
 * The credit-desk command, compiled from src/cli into lib/ by `npm run build:cli`. `npm ci` builds it (the prepare
 * script); when lib/ is missing all the same (`npm ci --ignore-scripts`, a clean of lib/), this builds it once with
 * the TypeScript compiler the project installs, or, without one, says in one line what to run.
 */
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { spawnSync } = require("node:child_process");

const ROOT = join(__dirname, "..");
const ENTRY = join(ROOT, "lib", "cli", "main.js");

/**
 * What to do before running the command: run it (built), build it first (not built, TypeScript installed), or
 * explain (neither), with the one line to show.
 * @example binPlan({ built: false, tsc: undefined }) // { action: "explain", line: "credit-desk: not built …" }
 */
function binPlan({ built, tsc }) {
  if (built) return { action: "run" };
  if (tsc) return { action: "build", line: "credit-desk: building the command first (npm run build:cli)…" };
  return {
    action: "explain",
    line: "credit-desk: not built (lib/cli/main.js is missing) and TypeScript is not installed: run `npm ci`, which installs and builds it.",
  };
}

/** The TypeScript compiler of the project's own node_modules (a devDependency), if installed. */
function findTsc() {
  const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
  return existsSync(tsc) ? tsc : undefined;
}

/** Builds the command as `npm run build:cli` does; true when lib/cli/main.js is there afterwards. */
function build(tsc) {
  const run = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.cli.json")], {
    cwd: ROOT,
    stdio: ["ignore", 2, 2], // the compiler's words go to stderr: stdout is the command's
  });
  return run.status === 0 && existsSync(ENTRY);
}

function start() {
  const tsc = existsSync(ENTRY) ? undefined : findTsc();
  const plan = binPlan({ built: existsSync(ENTRY), tsc });
  if (plan.line) console.error(plan.line);
  if (plan.action === "explain") return void (process.exitCode = 1);
  if (plan.action === "build" && !build(tsc)) {
    console.error("credit-desk: the build failed (see above); fix it, then run `npm run build:cli`.");
    return void (process.exitCode = 1);
  }
  require(ENTRY)
    .main(process.argv.slice(2), { stdout: (line) => console.log(line), stderr: (line) => console.error(line) })
    .then((code) => {
      process.exitCode = code;
    });
}

if (require.main === module) start();

module.exports = { binPlan };
