/** Edit distance and the nearest names a message suggests for a misspelt one. */
import { closestNames, editDistance } from "../../src/core/closestNames";

const lower = (s: string) => s.toLowerCase();

describe("editDistance", () => {
  it("kitten → sitting is 3 (the textbook example: two substitutions and an insertion)", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("a dropped letter is 1, the same text 0, against nothing the length", () => {
    expect(editDistance("anualrevenue", "annualrevenue")).toBe(1);
    expect(editDistance("segment", "segment")).toBe(0);
    expect(editDistance("", "equity")).toBe(6);
  });

  it("counts Chinese characters one each", () => {
    expect(editDistance("营业收入", "营业总收入")).toBe(1);
  });
});

describe("closestNames", () => {
  it("lists the nearest first, at most `count`", () => {
    // anual → annual: insert n (1); → equal: a→e, n→q (2); → segment: further (only the n lines up).
    expect(closestNames("anual", ["segment", "annual", "equal"], 2, lower)).toEqual(["annual", "equal"]);
  });

  it("compares after the key, so case and spacing cost nothing", () => {
    const key = (s: string) => s.toLowerCase().replace(/\s+/g, "");
    expect(closestNames("TOTAL ASSETS", ["Total Liabilities", "Total Assets"], 1, key)).toEqual(["Total Assets"]);
  });

  it("keeps the candidates' order for equal distances and lists a repeated name once", () => {
    expect(closestNames("ab", ["ax", "xb", "AX"], 3, lower)).toEqual(["ax", "xb"]);
  });
});
