/**
 * Builds functions.zh-CN.json from the generated functions.json and the translation tables in
 * src/functions/i18n/zh-CN/*.json ({ ID: { description, parameters: { name: help } } }). Same ids, names and
 * parameters; only the texts change, and help links point to the Chinese reference (functions.zh-CN.html). A
 * function or parameter without a translation is an error, not a fallback.
 */
const fs = require("fs");
const path = require("path");

function readTranslations(dir) {
  const table = {};
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const entries = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
    for (const [id, entry] of Object.entries(entries)) {
      if (table[id]) throw new Error(`${id} is translated twice (again in ${file})`);
      table[id] = entry;
    }
  }
  return table;
}

function functionsZhCn(metadata, dir) {
  const table = readTranslations(dir);
  const problems = [];
  const functions = metadata.functions.map((fn) => {
    const zh = table[fn.id];
    if (!zh || typeof zh.description !== "string") {
      problems.push(`${fn.id}: no Chinese description`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const help = zh.parameters && zh.parameters[p.name];
      if (typeof help !== "string") problems.push(`${fn.id}.${p.name}: no Chinese parameter help`);
      return { ...p, description: help || p.description };
    });
    const extra = Object.keys(zh.parameters || {}).filter(
      (name) => !(fn.parameters || []).some((p) => p.name === name),
    );
    for (const name of extra) problems.push(`${fn.id}.${name}: translated but not a parameter`);
    // Help links open the Chinese edition of the reference (docs/functions.zh-CN.md), at the same anchor.
    const helpUrl = fn.helpUrl && fn.helpUrl.replace(/functions\.html(?=#|$)/, "functions.zh-CN.html");
    return { ...fn, description: zh.description, parameters, ...(helpUrl ? { helpUrl } : {}) };
  });
  const unknown = Object.keys(table).filter((id) => !metadata.functions.some((fn) => fn.id === id));
  for (const id of unknown) problems.push(`${id}: translated but not a function`);
  if (problems.length) throw new Error(problems.join("; "));
  return { ...metadata, functions };
}

module.exports = { functionsZhCn, readTranslations };
