import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

// Every user-visible string of the pane comes from src/taskpane/i18n (English and Chinese tables). This scans
// the components' JSX for text children and for text-bearing attributes written as literals.
const COMPONENTS = join(__dirname, "../../src/taskpane/components");
const TEXT_ATTRIBUTES = new Set([
  "label",
  "aria-label",
  "title",
  "placeholder",
  "hint",
  "validationMessage",
  "description",
  "header",
  "alt",
  "content",
]);
const LETTERS = /\p{L}/u;

function violations(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${file.split("/").pop()}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(source);
      if (TEXT_ATTRIBUTES.has(name) && LETTERS.test(node.initializer.text))
        found.push(`${where(node)} ${name}="${node.initializer.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteral(node.expression) &&
      LETTERS.test(node.expression.text)
    ) {
      found.push(`${where(node)} {"${node.expression.text}"}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("pane texts come from the i18n tables", () => {
  const files = readdirSync(COMPONENTS).filter((f) => f.endsWith(".tsx"));

  it("scans every component", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)("%s has no hard-coded user-visible text", (file) => {
    expect(violations(join(COMPONENTS, file))).toEqual([]);
  });

  it("catches hard-coded text children, attributes and string expressions (the scan itself works)", () => {
    const probe =
      'export const P = () => <Field label="Due date" aria-label={x}><span>Overdue</span>{"Stop supply"}<b>{t.ok}</b></Field>;';
    expect(violations("probe.tsx", probe)).toEqual([
      'probe.tsx:1 label="Due date"',
      'probe.tsx:1 text "Overdue"',
      'probe.tsx:1 {"Stop supply"}',
    ]);
  });
});
