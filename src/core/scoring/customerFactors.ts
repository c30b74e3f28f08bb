/** A customer's value of a scorecard factor, looked up by the factor's name: built-in factors and Customers columns. */
import type { Customer } from "../portfolio/model";
import type { AltmanZone } from "./builtInFactors";
import { builtInFactorByName, nameKey } from "./builtInFactors";
import { builtInInputFromCustomer } from "./builtInModel";
import type { ScoreValue } from "./scorecard";

/**
 * A lookup for scoreOnScorecard: the value of a factor for one customer. A factor name is matched, case- and
 * space-insensitively, first against the built-in factors (English, Chinese or a synonym: `Current Ratio`,
 * `资产负债率`, `Days Beyond Terms`, `Altman Zone` …, derived as the built-in model derives them), then against
 * the Customers columns by their English header (`Segment`, `Country`, `Payment Terms`, `Total Assets`,
 * `Strategic` …). Anything else is blank, which the scorecard scores through its `(missing)` row (or #N/A).
 * @example scoreOnScorecard(card, customerFactorLookup(customer, { daysBeyondTerms: 4 }))
 */
export function customerFactorLookup(
  customer: Customer,
  fromReview: { readonly daysBeyondTerms?: number; readonly altmanZone?: AltmanZone } = {},
): (factor: string) => ScoreValue {
  const derived = builtInInputFromCustomer(customer, fromReview);
  const columns = new Map<string, ScoreValue>();
  for (const [key, value] of Object.entries(customer)) {
    if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
      columns.set(nameKey(key), value);
  }
  return (factor) => {
    const builtIn = builtInFactorByName(factor);
    if (builtIn) return derived[builtIn];
    return columns.get(nameKey(factor));
  };
}
