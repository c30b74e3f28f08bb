#!/usr/bin/env node
// Regenerates assets/sample-portfolio.xlsx and its Chinese edition assets/sample-portfolio.zh-CN.xlsx (same data,
// Chinese sheet names and headers) from the seeded generator in src/sample/samplePortfolio.ts.
// Build first: `npm run build:cli` (tsc -p tsconfig.cli.json → lib/). With a path argument, writes the English one there.
const { join } = require("node:path");
const { defaultSampleTables } = require("../lib/sample/samplePortfolio.js");
const { chineseSampleTables } = require("../lib/sample/samplePortfolioZh.js");
const { writeSampleWorkbook } = require("../lib/files/sampleWorkbook.js");

const assets = join(__dirname, "..", "assets");
const targets = process.argv[2]
  ? [[process.argv[2], defaultSampleTables()]]
  : [
      [join(assets, "sample-portfolio.xlsx"), defaultSampleTables()],
      [join(assets, "sample-portfolio.zh-CN.xlsx"), chineseSampleTables(defaultSampleTables())],
    ];

(async () => {
  for (const [path, tables] of targets) {
    await writeSampleWorkbook(path, tables);
    console.log(`Sample portfolio written to ${path}`);
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
