import { GRADE_PALETTE, UNRANKED_GRADE_COLOUR, gradeColour } from "../../src/taskpane/gradeColour";

const GREEN = "#107c10";
const LIGHT_GREEN = "#5ea63f";
const AMBER = "#c9a400";
const ORANGE = "#e8825a";
const RED = "#c50f1f";
const SCALE = ["A", "B", "C", "D", "E"];

describe("grade colours follow the grade's rank, not the bar's position", () => {
  it("gives the default five grades the palette in order: A green … E red", () => {
    expect(GRADE_PALETTE).toEqual([GREEN, LIGHT_GREEN, AMBER, ORANGE, RED]);
    // Rank r of 5 → palette index r × 4 ÷ 4 = r.
    expect(SCALE.map((g) => gradeColour(g, SCALE))).toEqual([GREEN, LIGHT_GREEN, AMBER, ORANGE, RED]);
  });

  it("colours an all-E portfolio's only bar red (E's colour), where position would have made it green", () => {
    const bars = ["E"];
    expect(bars.map((g) => gradeColour(g, SCALE))).toEqual([RED]);
  });

  it("keeps each grade's colour whichever grades are present", () => {
    // Only C and E present: amber and red, not the first and last colours of a two-bar chart (green and red).
    expect(["C", "E"].map((g) => gradeColour(g, SCALE))).toEqual([AMBER, RED]);
  });

  it("spreads a shorter scale over the palette: best green, middle amber, worst red", () => {
    // Ranks 0, 1, 2 of 3 → indexes 0 × 4 ÷ 2 = 0, 1 × 4 ÷ 2 = 2, 2 × 4 ÷ 2 = 4.
    expect(["A", "B", "C"].map((g) => gradeColour(g, ["A", "B", "C"]))).toEqual([GREEN, AMBER, RED]);
    expect(gradeColour("A", ["A"])).toBe(GREEN);
  });

  it("greys a grade the scale does not know", () => {
    expect(gradeColour("Z", SCALE)).toBe(UNRANKED_GRADE_COLOUR);
  });
});
