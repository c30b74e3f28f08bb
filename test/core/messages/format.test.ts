/** The one placeholder formatter: `{name}` filled from parameters, everything else kept as the translation wrote it. */
import { format, templateParts } from "../../../src/core/messages";

describe("format", () => {
  it("fills every placeholder it has a parameter for, numbers as written", () => {
    expect(format("{count} customers over {limit}", { count: 3, limit: "CNY 50,000" })).toBe(
      "3 customers over CNY 50,000",
    );
  });

  it("leaves a placeholder with no parameter as written, so a missing value shows instead of vanishing", () => {
    expect(format("{count} of {total}", { count: 2 })).toBe("2 of {total}");
  });

  it("fills the same placeholder twice and ignores unused parameters", () => {
    expect(format("{a}-{a}", { a: "x", b: "y" })).toBe("x-x");
  });

  it("does not read inherited properties as parameters", () => {
    expect(format("{toString}", {})).toBe("{toString}");
  });

  it("keeps Chinese text and braces that are not placeholders", () => {
    expect(format("共 {count} 家客户 {not a name}", { count: 12 })).toBe("共 12 家客户 {not a name}");
  });
});

describe("templateParts", () => {
  it("splits a template into text and placeholders, in order, with no empty pieces", () => {
    expect(templateParts("{n} over limit, {m} stopped")).toEqual([
      { name: "n", text: "{n}" },
      " over limit, ",
      { name: "m", text: "{m}" },
      " stopped",
    ]);
  });

  it("returns a template without placeholders as one piece", () => {
    expect(templateParts("无")).toEqual(["无"]);
  });
});
