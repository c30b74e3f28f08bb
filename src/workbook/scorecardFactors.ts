/**
 * A Scorecard table's factors matched to the Customers table, and what the match cannot score: a factor that names
 * no column (a misspelling), a column the table lacks, a customer's value that falls in no bin.
 */
import { at } from "../core/arrays";
import { closestNames } from "../core/closestNames";
import { customerFieldNamed } from "../core/portfolio/customerColumns";
import type { Review } from "../core/portfolio/reviewTypes";
import { BUILT_IN_FACTOR_DEFINITIONS, BUILT_IN_FACTORS, type BuiltInFactor } from "../core/scoring/builtInFactors";
import { factorSource, type CustomerField, type FactorSource } from "../core/scoring/customerFactors";
import { binLabel, type Scorecard, type ScorecardFactor, type ScoreValue } from "../core/scoring/scorecard";
import type { DataIssue } from "./dataIssues";
import type { RawTable } from "./ports";
import { CUSTOMERS_SCHEMA, mapColumns, normalizeHeader, type CustomerColumn } from "./schema";

/** How many near names an unknown factor's issue suggests. */
const SUGGESTIONS = 3;

/** The Customers columns a factor can read: all but the customer's id. */
const FACTOR_COLUMNS = CUSTOMERS_SCHEMA.columns.filter((c) => c.key !== "id");

/** The Customers columns a built-in factor is derived from; none listed where the data picks (Altman) or invoices give it. */
const BUILT_IN_COLUMNS: Readonly<Record<BuiltInFactor, readonly CustomerColumn[]>> = {
  yearsTrading: ["yearsTrading"],
  externalScore: ["externalScore"],
  currentRatio: ["currentAssets", "currentLiabilities"],
  debtRatio: ["totalLiabilities", "totalAssets"],
  altmanZone: [],
  profitability: ["ebit", "totalAssets"],
  daysBeyondTerms: [],
  annualRevenue: ["annualRevenue"],
};

/**
 * The Customers column a factor name names: its canonical header, its key or one of its synonyms, compared as
 * headers are compared. The engine's own lookup (core/portfolio/customerColumns.ts), so the workbook reader and the
 * review's customer assessment resolve a factor name to the same column.
 * @example customerColumnNamed("客户细分") // "segment"
 */
export function customerColumnNamed(name: string): CustomerField | undefined {
  return customerFieldNamed(name);
}

/** The sheet row of a factor's first bin (parseScorecard counts the table's header as row 1). */
function factorRow(factor: ScorecardFactor, table: RawTable): number {
  return at(factor.bins, 0).row + table.firstDataRow - 2;
}

/** Names a factor could have meant: the Customers table's readable headers, then the built-in factors' names. */
function readableNames(factor: string, customers: RawTable, map: Readonly<Record<CustomerColumn, number>>): string[] {
  const headers = FACTOR_COLUMNS.map((c) => map[c.key])
    .filter((i) => i >= 0)
    .sort((a, b) => a - b)
    .map((i) => at(customers.headers, i));
  const chinese = /\p{Script=Han}/u.test(factor);
  const builtIn = BUILT_IN_FACTORS.map((f) =>
    chinese ? BUILT_IN_FACTOR_DEFINITIONS[f].zh : BUILT_IN_FACTOR_DEFINITIONS[f].name,
  );
  return [...headers, ...builtIn];
}

/** The canonical headers of the columns a source needs that the Customers table lacks. */
function absentColumns(source: FactorSource, map: Readonly<Record<CustomerColumn, number>>): string[] {
  const needed = "builtIn" in source ? BUILT_IN_COLUMNS[source.builtIn] : [source.field];
  return needed.filter((key) => map[key] < 0).map((key) => CUSTOMERS_SCHEMA.columns.find((c) => c.key === key)!.header);
}

/**
 * Each factor of a scorecard with the source of its values (a built-in factor, or the Customers column its name
 * names), and a data issue per factor that would score every customer as blank: a name that matches nothing,
 * with the nearest readable names (edit distance on normalised headers), or a column the table lacks.
 * @param table the Scorecard table read, for the rows the issues point at
 * @example resolveScorecardFactors(card, customers, scorecardTable).issues[0].code // "scorecardFactorUnknown"
 */
export function resolveScorecardFactors(
  card: Scorecard,
  customers: RawTable,
  table: RawTable,
): { readonly scorecard: Scorecard; readonly issues: DataIssue[] } {
  const { map } = mapColumns(CUSTOMERS_SCHEMA, customers.headers);
  const issues: DataIssue[] = [];
  const factors = card.factors.map((factor) => {
    const at = {
      sheet: table.sheet,
      row: factorRow(factor, table),
      column: "Factor",
      value: factor.name,
      action: "repaired" as const,
    };
    const source = factorSource(factor.name, customerColumnNamed);
    if (!source) {
      const closest = closestNames(
        factor.name,
        readableNames(factor.name, customers, map),
        SUGGESTIONS,
        normalizeHeader,
      );
      issues.push({
        ...at,
        code: "scorecardFactorUnknown",
        params: { factor: factor.name, closest: closest.join(", ") },
      });
      return factor;
    }
    const absent = absentColumns(source, map);
    if (absent.length > 0)
      issues.push({
        ...at,
        code: "scorecardFactorColumnAbsent",
        params: { factor: factor.name, columns: absent.join(", ") },
      });
    return { ...factor, source };
  });
  return { scorecard: { factors }, issues };
}

/** A factor value as an issue shows it. */
function shownValue(value: ScoreValue): string {
  return value === null || value === undefined || value === "" ? "(blank)" : String(value);
}

/**
 * A data issue for each customer value that fell in no bin of its factor (the review gave that customer no score):
 * on the customer's row, naming the customer, the factor, the value and the factor's bins. Factors that are blank
 * for every customer because of their name or a missing column are left out: `resolveScorecardFactors` reported
 * them once.
 * @param customers the Customers table read, for its sheet and headers
 * @example scorecardValueIssues(review, card, customers)[0].params.bins // "[0, 3); [3, +∞)"
 */
export function scorecardValueIssues(review: Review, card: Scorecard, customers: RawTable): DataIssue[] {
  const { map } = mapColumns(CUSTOMERS_SCHEMA, customers.headers);
  const reported = new Set(
    card.factors.filter((f) => !f.source || absentColumns(f.source, map).length > 0).map((f) => f.name),
  );
  const issues: DataIssue[] = [];
  for (const line of review.customers) {
    for (const { factor, value } of line.valuesOutsideBins ?? []) {
      if (reported.has(factor.name)) continue;
      const { id, name } = line.customer;
      const shown = shownValue(value);
      issues.push({
        sheet: customers.sheet,
        row: line.customer.sourceRow ?? 0,
        column: factor.name,
        value: shown,
        action: "repaired",
        code: "scorecardValueOutsideBins",
        params: { customer: id, name, factor: factor.name, value: shown, bins: factor.bins.map(binLabel).join("; ") },
      });
    }
  }
  return issues;
}
