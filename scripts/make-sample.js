#!/usr/bin/env node
// Regenerates assets/sample-portfolio.xlsx from the seeded generator in src/files/samplePortfolio.ts.
// Build first: `npm run build:cli` (tsc -p tsconfig.cli.json → lib/).
const { join } = require("node:path");
const { writeSampleWorkbook } = require("../lib/files/sampleWorkbook.js");

const path = process.argv[2] || join(__dirname, "..", "assets", "sample-portfolio.xlsx");
writeSampleWorkbook(path).then(
  () => console.log(`Sample portfolio written to ${path}`),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
