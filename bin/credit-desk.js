#!/usr/bin/env node
// The credit-desk command. Build first: `npm run build:cli` (tsc -p tsconfig.cli.json → lib/).
const { main } = require("../lib/cli/main.js");

main(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
}).then((code) => {
  process.exitCode = code;
});
