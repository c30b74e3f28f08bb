#!/usr/bin/env node
/** Prints one closing line for the whole `npm test` run from the Jest JSON reports in test-results/ (`--reset` clears them first). */
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "..", "test-results");
if (process.argv[2] === "--reset") {
  // Before a run: forget the last run's reports, so the closing line counts this run only.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.exit(0);
}
let passed = 0;
let failed = 0;
let skipped = 0;
const parts = [];
for (const file of fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : []) {
  const r = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests || 0);
  parts.push(`${path.basename(file, ".json")} ${r.numPassedTests}`);
}
console.log(`(${parts.join(", ")})`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
