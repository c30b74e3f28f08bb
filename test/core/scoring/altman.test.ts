import { altmanRatios, altmanZ, altmanZone, altmanModelFromText } from "../../../src/core/scoring/altman";
import { customerAltman } from "../../../src/core/scoring/customerAltman";
import { CreditError } from "../../../src/core/errors";

// Ratios given directly (total assets = total liabilities = 1): WC/TA 0.34, RE/TA 0.15, EBIT/TA 0.00,
// equity/TL 0.80, sales/TA 1.6. Published answer for the 1968 model: Z = 2.70 (to 2 decimals),
// https://wizedu.com/questions/366502/calculate-the-z-score-of-the-firm-that-has-the
// 1.2×0.34 + 1.4×0.15 + 3.3×0 + 0.6×0.8 + 1.0×1.6 = 0.408 + 0.21 + 0 + 0.48 + 1.6 = 2.698.
const ratiosOnly = {
  workingCapital: 0.34,
  retainedEarnings: 0.15,
  ebit: 0,
  equity: 0.8,
  sales: 1.6,
  totalAssets: 1,
  totalLiabilities: 1,
};

describe("altmanZ", () => {
  it("public model: the published worked example, 2.698 → 2.70", () => {
    expect(altmanZ(ratiosOnly, "public")).toBeCloseTo(2.698, 10);
    expect(altmanZ(ratiosOnly)).toBeCloseTo(2.698, 10);
  });

  it("private model Z′ uses 0.717, 0.847, 3.107, 0.420, 0.998", () => {
    // 0.717×0.34 + 0.847×0.15 + 0.420×0.8 + 0.998×1.6 = 0.24378 + 0.12705 + 0.336 + 1.5968 = 2.30363
    expect(altmanZ(ratiosOnly, "private")).toBeCloseTo(2.30363, 10);
  });

  it("non-manufacturing model Z″ has no sales term", () => {
    // 6.56×0.34 + 3.26×0.15 + 6.72×0 + 1.05×0.8 = 2.2304 + 0.489 + 0.84 = 3.5594
    expect(altmanZ(ratiosOnly, "nonmfg")).toBeCloseTo(3.5594, 10);
    expect(altmanZ({ ...ratiosOnly, sales: 1e9 }, "nonmfg")).toBeCloseTo(3.5594, 10);
  });

  it("emerging-market model is Z″ + 3.25", () => {
    expect(altmanZ(ratiosOnly, "em")).toBeCloseTo(3.5594 + 3.25, 10);
  });

  it("computes the ratios from currency amounts", () => {
    // TA 72,000; TL 66,000; WC 5,100; RE 16,900; EBIT 8,800; equity 27,000; sales 108,000:
    // 1.2×0.0708333 + 1.4×0.2347222 + 3.3×0.1222222 + 0.6×0.4090909 + 1.0×1.5 = 2.5623990
    const inputs = {
      workingCapital: 5_100,
      retainedEarnings: 16_900,
      ebit: 8_800,
      equity: 27_000,
      sales: 108_000,
      totalAssets: 72_000,
      totalLiabilities: 66_000,
    };
    expect(altmanRatios(inputs)[3]).toBeCloseTo(27_000 / 66_000, 12);
    expect(altmanZ(inputs, "public")).toBeCloseTo(2.562399, 6);
  });

  it("zero total assets or liabilities is #DIV/0!, negative ones #NUM!", () => {
    expect(() => altmanZ({ ...ratiosOnly, totalAssets: 0 })).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => altmanZ({ ...ratiosOnly, totalLiabilities: 0 })).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => altmanZ({ ...ratiosOnly, totalAssets: -1 })).toThrow(expect.objectContaining({ kind: "num" }));
    expect(() => altmanZ({ ...ratiosOnly, totalLiabilities: -1 })).toThrow(CreditError);
  });
});

describe("altmanZone", () => {
  it("public: Distress below 1.81, Safe above 2.99, Grey between with both cut-offs Grey", () => {
    expect(altmanZone(1.8099, "public")).toBe("Distress");
    expect(altmanZone(1.81, "public")).toBe("Grey");
    expect(altmanZone(2.698, "public")).toBe("Grey");
    expect(altmanZone(2.99, "public")).toBe("Grey");
    expect(altmanZone(2.9901, "public")).toBe("Safe");
  });

  it("private 1.23 / 2.90, nonmfg 1.10 / 2.60, em 4.35 / 5.85", () => {
    expect([1.22, 1.23, 2.9, 2.91].map((z) => altmanZone(z, "private"))).toEqual(["Distress", "Grey", "Grey", "Safe"]);
    expect([1.09, 1.1, 2.6, 2.61].map((z) => altmanZone(z, "nonmfg"))).toEqual(["Distress", "Grey", "Grey", "Safe"]);
    expect([4.34, 4.35, 5.85, 5.86].map((z) => altmanZone(z, "em"))).toEqual(["Distress", "Grey", "Grey", "Safe"]);
  });

  it("EM zones are the Z″ zones shifted by the same 3.25, so a firm keeps its zone across the two", () => {
    for (const z of [0.5, 1.1, 2.0, 2.6, 3.5594]) expect(altmanZone(z + 3.25, "em")).toBe(altmanZone(z, "nonmfg"));
  });
});

describe("altmanModelFromText", () => {
  it("accepts the four names in any case and nothing else", () => {
    expect(altmanModelFromText(" Private ")).toBe("private");
    expect(altmanModelFromText("EM")).toBe("em");
    expect(altmanModelFromText("z-prime")).toBeUndefined();
  });
});

describe("customerAltman", () => {
  const base = { id: "C1", name: "Acme", segment: "Mid", strategic: false, blacklisted: false };
  const figures = {
    totalAssets: 1000,
    totalLiabilities: 600,
    currentAssets: 500,
    currentLiabilities: 300,
    retainedEarnings: 200,
    ebit: 100,
  };

  it("picks Z′ (private, book equity) when revenue is known", () => {
    const r = customerAltman({ ...base, ...figures, equity: 400, annualRevenue: 1500 });
    // 0.717×0.2 + 0.847×0.2 + 3.107×0.1 + 0.42×(400/600) + 0.998×1.5 = 0.1434 + 0.1694 + 0.3107 + 0.28 + 1.497 = 2.4005
    expect(r).toEqual({ z: expect.closeTo(2.4005, 10), model: "private", zone: "Grey" });
  });

  it("picks Z″ (non-manufacturing) without revenue, and equity defaults to assets − liabilities", () => {
    const r = customerAltman({ ...base, ...figures });
    // 6.56×0.2 + 3.26×0.2 + 6.72×0.1 + 1.05×(400/600) = 1.312 + 0.652 + 0.672 + 0.7 = 3.336
    expect(r).toEqual({ z: expect.closeTo(3.336, 10), model: "nonmfg", zone: "Safe" });
  });

  it("is undefined when a figure is missing or assets are not positive", () => {
    expect(customerAltman({ ...base, ...figures, ebit: undefined })).toBeUndefined();
    expect(customerAltman({ ...base, ...figures, totalAssets: 0 })).toBeUndefined();
  });
});
