/**
 * The review's docs keep up with its tables: docs/credit-policy.md's decision table lists every condition of the
 * policy, in the engine's order, with its default action and its CreditPolicy setting; docs/portfolio-review.md's
 * alert table lists every early-warning rule in the order the Alerts sheet shows them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DECISION_CONDITIONS, defaultPolicy } from "../../src/core/policy/creditPolicy";
import { POLICY_SETTINGS } from "../../src/core/policy/policySettings";
import { WARNING_RULES } from "../../src/core/portfolio/earlyWarnings";
import { ALERT_SEVERITY } from "../../src/core/portfolio/alertTriage";

const ROOT = join(__dirname, "../..");
const policyDoc = readFileSync(join(ROOT, "docs/credit-policy.md"), "utf8");
const reviewDoc = readFileSync(join(ROOT, "docs/portfolio-review.md"), "utf8");

/** The rows of the first table after `heading`, as arrays of trimmed cells (header and rule line left out). */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const lines = markdown.slice(start).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (let k = first + 2; k < lines.length && lines[k].startsWith("|"); k++)
    rows.push(
      lines[k]
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
  return rows;
}

describe("docs/credit-policy.md, Decisions", () => {
  const rows = tableAfter(policyDoc, "### Decisions");

  it("lists every condition once, numbered in the engine's order", () => {
    // Cells: #, `condition` (setting), when it holds, default action.
    expect(rows.map((r) => r[0])).toEqual(DECISION_CONDITIONS.map((_, i) => String(i + 1)));
    expect(rows.map((r) => /^`(\w+)`/.exec(r[1])?.[1])).toEqual([...DECISION_CONDITIONS]);
  });

  it("gives each condition the CreditPolicy setting a credit manager edits and its default action", () => {
    // The "Action if …" settings are built in DECISION_CONDITIONS order, one per condition.
    const settings = POLICY_SETTINGS.filter((s) => s.kind === "action");
    expect(rows.map((r) => /\((Action if [^)]+)\)/.exec(r[1])?.[1])).toEqual(settings.map((s) => s.key));
    expect(rows.map((r) => r[3])).toEqual(settings.map((s) => s.get(defaultPolicy)));
    expect(rows.map((r) => r[3])).toEqual(defaultPolicy.decisions.map((d) => d.action));
  });
});

describe("docs/portfolio-review.md, Alerts", () => {
  it("lists every early-warning rule once, in the order the review raises them", () => {
    const rows = tableAfter(reviewDoc, "### Alerts");
    expect(rows.map((r) => /^`(\w+)`$/.exec(r[0])?.[1])).toEqual(WARNING_RULES.map((w) => w.rule));
  });
});

describe("docs/portfolio-review.md, alert severities", () => {
  it("gives each rule the severity the triage uses, every rule once", () => {
    const rows = tableAfter(reviewDoc, "#### Severity and triage");
    const documented = rows.flatMap(([severity, rules]) =>
      [...rules.matchAll(/`(\w+)`/g)].map((m) => [m[1], severity] as const),
    );
    expect(Object.fromEntries(documented)).toEqual(ALERT_SEVERITY);
    expect(documented).toHaveLength(WARNING_RULES.length);
  });
});
