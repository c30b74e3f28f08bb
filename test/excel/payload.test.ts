/** Payload sizes: the adapter's byte counts must match what UTF-8 puts on the wire. */
import fc from "fast-check";
import { jsonBytes, utf8Length } from "../../src/excel/payload";

describe("utf8Length", () => {
  it.each([
    ["ASCII", "Customer ID", 11],
    ["Chinese header (3 bytes a character)", "客户编号", 12],
    ["accented Latin (2 bytes)", "Société", 9],
    ["emoji outside the BMP (one 4-byte character from two UTF-16 units)", "🙂", 4],
    ["a lone surrogate, sent as U+FFFD", "\ud800x", 4],
  ])("counts %s", (_, text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });

  it("agrees with Node's encoder for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => utf8Length(text) === Buffer.byteLength(text, "utf8")),
    );
  });
});

describe("jsonBytes", () => {
  it("measures a values array as it is serialised", () => {
    expect(jsonBytes([["客户", 1.5, true, ""]])).toBe(Buffer.byteLength('[["客户",1.5,true,""]]'));
  });
});
