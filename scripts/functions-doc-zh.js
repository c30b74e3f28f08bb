#!/usr/bin/env node
/**
 * Generates docs/functions.zh-CN.md, the Chinese edition of the function reference, from docs/functions.md and the
 * zh-CN function metadata (src/functions/i18n/zh-CN/*.json): the same sections and anchors, each with the
 * function's Chinese description and argument help, and the worked examples' formulas, tables and results copied
 * from the English edition, so the numbers cannot drift. The prose derivations, errors and sources stay in the
 * English edition, linked from each section. Run `node scripts/functions-doc-zh.js` after editing either source;
 * test/docs/functionsDoc.test.ts fails while the file is out of date.
 */
const fs = require("fs");
const path = require("path");
const { readTranslations } = require("./functions-zh-cn");

const ROOT = path.join(__dirname, "..");

const INTRO = `# CREDIT 函数参考

[English](functions.md) · 简体中文

每个 \`CREDIT.*\` 函数的语法、参数及其单位和示例。Excel 中文版中每个函数的帮助链接打开本页的对应小节；
公式推导、错误说明和出处见英文版对应小节（每节末尾有链接）。本页由 \`node scripts/functions-doc-zh.js\` 根据
英文版和中文函数元数据生成，示例中的公式和结果与英文版一致。

所有函数通用的约定：

- **区域**可以是一行、一列或一个块；完全空白的行会被跳过。并排读取的区域（到期日与金额）必须形状相同，否则结果为 \`#VALUE!\`。
- **日期**为 Excel 序列号（1900 日期系统）或 \`2026-06-30\` 这样的 ISO 文本。天数直接用序列号相减，与 Excel 的 \`DAYS()\` 一致。
- **金额**按十进制精确相加和相乘，因此账龄各段之和与总额精确到分。
- **错误**：\`#VALUE!\` 类型或形状不对（消息会指出参数和行），\`#NUM!\` 超出定义域，\`#DIV/0!\` 分母为零，\`#N/A\` 查找不到匹配项。
- **结果**：\`好\` / \`坏\` 与 good / bad、1 / 0、TRUE / FALSE 同样被接受。
`;

/** Words of the example tables' header rows that the Chinese contract accepts too (the scorecard format). */
const TABLE_WORDS = { Factor: "因子", From: "下限", To: "上限", Category: "类别", Points: "分值" };

/** The English reference cut into sections: anchor, name, syntax line, and the worked example's lines. */
function englishSections(markdown) {
  const sections = [];
  const parts = markdown.split(/^<a id="(credit-[a-z0-9]+)"><\/a>\s*$/m);
  for (let i = 1; i < parts.length; i += 2) {
    const anchor = parts[i];
    const body = parts[i + 1];
    const name = /^## (CREDIT\.[A-Z0-9]+)\s*$/m.exec(body)?.[1];
    const syntax = /^`(CREDIT\.[^`]+)`\s*$/m.exec(body)?.[1];
    if (!name || !syntax) throw new Error(`${anchor}: no "## CREDIT.NAME" heading or syntax line`);
    const lines = body.split("\n");
    const start = lines.findIndex((l) => l.startsWith("**Example"));
    const end = lines.findIndex((l, k) => k > start && /^\*\*(Errors|Source)\b/.test(l));
    const example = start < 0 ? [] : lines.slice(start, end < 0 ? undefined : end);
    sections.push({ anchor, name, syntax, example });
  }
  return sections;
}

/** Bold values of a text (`**0.796**`), in order: the worked example's results. */
function boldValues(text) {
  return [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]).filter((v) => !/^Example/.test(v));
}

/**
 * The example's language-neutral parts: each `formula` → result, the tables (scorecard headers in Chinese), and
 * any result not next to a formula.
 */
function exampleZh(lines) {
  const out = [];
  const text = lines.filter((l) => !l.startsWith("|")).join(" ");
  const used = [];
  for (const m of text.matchAll(/`(=?CREDIT\.[^`]+|=[^`]+)`\s*→\s*([^`*]*?)\*\*([^*]+)\*\*/g)) {
    const between = m[2].trim();
    // Keep a short arithmetic lead-in (10,750 ÷ 13,500 =), drop words.
    const lead = /^[\d\s.,÷×+−\-=()%]*$/.test(between) ? between : "";
    out.push(`- \`${m[1]}\` → ${lead ? `${lead} ` : ""}**${m[3]}**`);
    used.push(m[3]);
  }
  // Formulas stated without a result (a variant of the one above) are listed as they are.
  for (const m of text.matchAll(/`(=CREDIT\.[^`]+)`/g))
    if (!out.some((line) => line.includes(`\`${m[1]}\``))) out.push(`- \`${m[1]}\``);
  let table = [];
  const flush = () => {
    if (table.length) out.push("", ...table, "");
    table = [];
  };
  for (const line of lines) {
    if (line.startsWith("|")) {
      const header = table.length === 0;
      table.push(header ? line.replace(/\b(Factor|From|To|Category|Points)\b/g, (w) => TABLE_WORDS[w]) : line);
    } else flush();
  }
  flush();
  const rest = boldValues(text);
  for (const v of used) rest.splice(rest.indexOf(v), 1);
  if (rest.length) out.push(`- 结果：${rest.map((v) => `**${v}**`).join("、")}`);
  return out;
}

/** The argument table: each parameter of the syntax with its Chinese help. */
function argumentTable(syntax, zh, name) {
  const params = [...syntax.replace(/^[^(]*\(|\)\s*$/g, "").matchAll(/[a-z_][a-z0-9_]*/g)].map((m) => m[0]);
  if (params.length === 0) return [];
  const rows = params.map((p) => {
    const help = zh.parameters?.[p];
    if (typeof help !== "string") throw new Error(`${name}.${p}: no Chinese parameter help`);
    return `| ${p} | ${help.replace(/\|/g, "\\|")} |`;
  });
  return ["| 参数 | 说明 |", "|---|---|", ...rows, ""];
}

/** The Chinese edition's Markdown. */
function functionsDocZh(englishMarkdown, translations) {
  const sections = englishSections(englishMarkdown).map(({ anchor, name, syntax, example }) => {
    const id = name.replace(/^CREDIT\./, "");
    const zh = translations[id];
    if (!zh || typeof zh.description !== "string") throw new Error(`${name}: no Chinese description`);
    return [
      `<a id="${anchor}"></a>`,
      "",
      `## ${name}`,
      "",
      `\`${syntax}\``,
      "",
      zh.description,
      "",
      ...argumentTable(syntax, zh, name),
      ...(example.length ? ["**示例**", "", ...exampleZh(example), ""] : []),
      `定义、推导、错误和出处：见英文版 [${name}](functions.md#${anchor})。`,
      "",
    ].join("\n");
  });
  return `${INTRO}\n<!-- 由 scripts/functions-doc-zh.js 生成，请勿手工编辑。 -->\n\n${sections.join("\n")}`.replace(
    /\n{3,}/g,
    "\n\n",
  );
}

function generate() {
  const english = fs.readFileSync(path.join(ROOT, "docs/functions.md"), "utf8");
  return functionsDocZh(english, readTranslations(path.join(ROOT, "src/functions/i18n/zh-CN")));
}

if (require.main === module) {
  const target = path.join(ROOT, "docs/functions.zh-CN.md");
  fs.writeFileSync(target, generate());
  console.log(`Written ${path.relative(ROOT, target)}`);
}

module.exports = { functionsDocZh, englishSections, boldValues, generate };
