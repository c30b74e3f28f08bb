/** A customer's value of a scorecard factor: where a factor's values come from, and the lookup that reads them. */
import { customerFieldNamed } from "../portfolio/customerColumns";
import type { Customer } from "../portfolio/model";
import type { BuiltInFactor } from "./builtInFactors";
import { builtInFactorByName } from "./builtInFactors";
import type { BuiltInInput } from "./builtInModel";
import type { Scorecard, ScoreValue } from "./scorecard";

/** A Customers field a scorecard factor can read: every column of the contract but the customer's id. */
export type CustomerField = Exclude<keyof Customer, "id" | "sourceRow">;

/**
 * Where a factor's values come from: a built-in factor, derived as the built-in model derives it (`Current Ratio`
 * from current assets and liabilities), or a Customers field read as it is.
 */
export type FactorSource = { readonly builtIn: BuiltInFactor } | { readonly field: CustomerField };

/**
 * Where the values of the factor called `name` come from: the built-in factor of that name (English, Chinese or a
 * synonym, any case), else the Customers column it names by the contract's one list of column names (header, key or
 * synonym, as a header is matched: `customerFieldNamed`). The workbook reader and the review's customer assessment
 * both resolve factors this way.
 * @example factorSource("流动比率") // { builtIn: "currentRatio" }
 * @example factorSource("信用额度") // { field: "creditLimit" }
 */
export function factorSource(
  name: string,
  fieldOf: (name: string) => CustomerField | undefined = customerFieldNamed,
): FactorSource | undefined {
  const builtIn = builtInFactorByName(name);
  if (builtIn) return { builtIn };
  const field = fieldOf(name);
  return field ? { field } : undefined;
}

/** The value a source gives for one customer; `derived` holds the customer's built-in factor values. */
function valueFrom(source: FactorSource | undefined, customer: Customer, derived: BuiltInInput): ScoreValue {
  if (!source) return undefined;
  return "builtIn" in source ? derived[source.builtIn] : customer[source.field];
}

/**
 * The lookups scoreOnScorecard reads customers' values with, for one scorecard: each factor by the source the
 * reader resolved for it, else by `factorSource` of its name. A factor with no source is blank for everyone, which
 * the scorecard scores through its `(missing)` row (the workbook reader reports such factors).
 * @example const lookup = scorecardLookup(card); scoreOnScorecard(card, lookup(customer, derived))
 */
export function scorecardLookup(
  card: Scorecard,
): (customer: Customer, derived: BuiltInInput) => (factor: string) => ScoreValue {
  const sources = new Map(card.factors.map((f) => [f.name, f.source ?? factorSource(f.name)]));
  return (customer, derived) => (factor) =>
    valueFrom(sources.has(factor) ? sources.get(factor) : factorSource(factor), customer, derived);
}
