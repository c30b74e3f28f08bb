import { factorSource, scorecardLookup } from "../../../src/core/scoring/customerFactors";
import { builtInInputFromCustomer } from "../../../src/core/scoring/builtInModel";
import { parseScorecard, scoreOnScorecard } from "../../../src/core/scoring/scorecard";

const customer = {
  id: "C7",
  name: "Acme GmbH",
  segment: "Mid",
  country: "DE",
  paymentTerms: 60,
  currentAssets: 600,
  currentLiabilities: 400,
  strategic: false,
  blacklisted: false,
};

describe("scorecardLookup, for a factor the reader resolved no source of", () => {
  // A card with no resolved sources: every factor is looked up by `factorSource` of its name, as the review does
  // for a scorecard whose headers name built-in factors or Customers fields directly.
  const unresolved = { factors: [] };
  const valueOf = scorecardLookup(unresolved)(
    customer,
    builtInInputFromCustomer(customer, { daysBeyondTerms: 12, altmanZone: "Grey" }),
  );

  it("derives built-in factors by any of their names", () => {
    expect(valueOf("Current Ratio")).toBe(1.5);
    expect(valueOf("流动比率")).toBe(1.5);
    expect(valueOf("DBT")).toBe(12);
    expect(valueOf("altman zone")).toBe("Grey");
  });

  it("reads Customers columns by their English header", () => {
    expect(valueOf("Country")).toBe("DE");
    expect(valueOf("Payment Terms")).toBe(60);
    expect(valueOf("strategic")).toBe(false);
  });

  it("gives blank for a factor the customer has no value of, so the (missing) row applies", () => {
    expect(valueOf("Years Trading")).toBeUndefined();
    expect(valueOf("Colour")).toBeUndefined();
    const card = parseScorecard([
      ["Country", null, null, "DE", 30],
      ["Years Trading", null, null, "(missing)", 15],
      ["Years Trading", 0, null, null, 40],
    ]);
    expect(scoreOnScorecard(card, valueOf).total).toBe(45);
  });
});

describe("factorSource", () => {
  it("prefers a built-in factor, then a Customers field by its own name", () => {
    expect(factorSource("Debt Ratio")).toEqual({ builtIn: "debtRatio" });
    expect(factorSource("annual revenue")).toEqual({ builtIn: "annualRevenue" });
    expect(factorSource("Credit Limit")).toEqual({ field: "creditLimit" });
    expect(factorSource("Anual Revenue")).toBeUndefined();
  });

  it("asks `fieldOf` for names that are not a built-in factor", () => {
    expect(factorSource("客户细分", (name) => (name === "客户细分" ? "segment" : undefined))).toEqual({
      field: "segment",
    });
    expect(factorSource("流动比率", () => "country")).toEqual({ builtIn: "currentRatio" });
  });
});

describe("scorecardLookup", () => {
  it("reads each factor from the source the reader resolved for it", () => {
    const card = parseScorecard([
      ["Factor", "From", "To", "Category", "Points"],
      ["国家", null, null, "DE", 30],
      ["国家", null, null, "(missing)", 0],
    ]);
    const resolved = { factors: card.factors.map((f) => ({ ...f, source: { field: "country" as const } })) };
    const derived = builtInInputFromCustomer(customer);
    expect(scoreOnScorecard(resolved, scorecardLookup(resolved)(customer, derived)).total).toBe(30);
    // Unresolved, 国家 is still the Country column: the contract's one list of column names knows it.
    expect(scoreOnScorecard(card, scorecardLookup(card)(customer, derived)).total).toBe(30);
    // A name no list knows is blank unless the reader resolved it: the (missing) row, 0 points.
    const unknown = { factors: card.factors.map((f) => ({ ...f, name: "Herkunft" })) };
    expect(scoreOnScorecard(unknown, scorecardLookup(unknown)(customer, derived)).total).toBe(0);
    const unknownResolved = { factors: unknown.factors.map((f) => ({ ...f, source: { field: "country" as const } })) };
    expect(scoreOnScorecard(unknownResolved, scorecardLookup(unknownResolved)(customer, derived)).total).toBe(30);
  });
});
