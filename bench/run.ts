/** Runs every benchmark module in bench/ (files named *.bench.ts exporting `run(): Promise<string[]> | string[]`). */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.js"))
    .filter((f) => !only || f.includes(only))
    .sort();
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(__dirname, file)) as { run: () => Promise<string[]> | string[] };
    console.log(`# ${file.replace(/\.js$/, "")}`);
    for (const line of await mod.run()) console.log(line);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
