import { customerFactorLookup } from "../../../src/core/scoring/customerFactors";
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

describe("customerFactorLookup", () => {
  const valueOf = customerFactorLookup(customer, { daysBeyondTerms: 12, altmanZone: "Grey" });

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
