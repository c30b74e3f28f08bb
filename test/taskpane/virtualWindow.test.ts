/** The data-issues list draws only the rows in view (issue 16: all issues listed, virtualised). */
import { rowWindow } from "../../src/taskpane/virtualWindow";

describe("rowWindow", () => {
  it("draws the rows in view and the overscan either side", () => {
    // 72 px rows, scrolled 720 px: rows 10..14 fill a 360 px viewport; 2 rows of overscan → 8..16.
    expect(rowWindow(720, 360, 72, 1000, 2)).toEqual({ first: 8, end: 17 });
  });

  it("starts at row 0 at the top and never passes the last row", () => {
    expect(rowWindow(0, 360, 72, 1000, 3)).toEqual({ first: 0, end: 8 }); // ⌈360 ÷ 72⌉ = 5, + 3
    expect(rowWindow(72 * 995, 360, 72, 1000, 3)).toEqual({ first: 992, end: 1000 });
  });

  it("draws a short list whole", () => {
    expect(rowWindow(0, 360, 72, 3)).toEqual({ first: 0, end: 3 });
  });

  it("draws nothing for an empty list and survives an overscrolled or negative offset", () => {
    expect(rowWindow(100, 360, 72, 0)).toEqual({ first: 0, end: 0 });
    expect(rowWindow(-50, 144, 72, 10, 0)).toEqual({ first: 0, end: 2 });
    expect(rowWindow(10_000, 144, 72, 10, 0)).toEqual({ first: 9, end: 10 });
  });
});
