/** The first-occurrence id index behaves like a Map of first rows. */
import fc from "fast-check";
import { IdIndex } from "../../src/workbook/idIndex";

describe("IdIndex", () => {
  it("returns -1 for a new id and the first row for a repeated one", () => {
    const index = new IdIndex(4);
    expect(index.firstRow("INV-1", 2)).toBe(-1);
    expect(index.firstRow("INV-2", 3)).toBe(-1);
    expect(index.firstRow("INV-1", 4)).toBe(2);
    expect(index.firstRow("INV-1", 5)).toBe(2);
    expect(index.firstRow("inv-1", 6)).toBe(-1); // ids are case-sensitive, as in the ledger
  });

  it("agrees with a Map on any list of ids, collisions included", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), (ids) => {
        const index = new IdIndex(ids.length);
        const map = new Map<string, number>();
        ids.forEach((id, row) => {
          const expected = map.get(id) ?? -1;
          if (expected < 0) map.set(id, row);
          expect(index.firstRow(id, row)).toBe(expected);
        });
      }),
    );
  });

  it("ids in increasing order, then one out of order: the earlier ones are still found", () => {
    const index = new IdIndex(6);
    expect(["A1", "A2", "B1", "B7"].map((id, row) => index.firstRow(id, row + 2))).toEqual([-1, -1, -1, -1]);
    expect(index.firstRow("A2", 6)).toBe(3); // not above B7: the table takes over with all ids so far
    expect(index.firstRow("B7", 7)).toBe(5);
    expect(index.firstRow("C1", 8)).toBe(-1);
  });

  it("an id inside a larger text (a span of a CSV line) is the same id as the string it spells", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom("a", "b", "1", "客"), maxLength: 3 }), { maxLength: 200 }),
        fc.array(fc.boolean()),
        (ids, asString) => {
          // All ids in one text, comma-separated; each added as a span of it or as its own string, at random.
          const text = ids.join(",");
          const index = new IdIndex(ids.length);
          const map = new Map<string, number>();
          let at = 0;
          ids.forEach((id, row) => {
            const expected = map.get(id) ?? -1;
            if (expected < 0) map.set(id, row);
            const seen = asString[row] ? index.firstRow(id, row) : index.firstRowIn(text, at, at + id.length, row);
            expect(seen).toBe(expected);
            at += id.length + 1;
          });
        },
      ),
      { seed: 20261129 },
    );
  });

  it("more ordered ids than it expected: the list hands over to the table, answers unchanged", () => {
    const index = new IdIndex(20); // lists 20, holds 63
    const ids = Array.from({ length: 30 }, (_, i) => `I${String(i).padStart(2, "0")}`);
    expect(ids.map((id, row) => index.firstRow(id, row))).toEqual(ids.map(() => -1));
    expect(index.firstRow("I05", 99)).toBe(5);
    expect(index.firstRow("I29", 99)).toBe(29);
  });

  it("once full, keeps refusing new ids (never loops) and still finds the ids it holds", () => {
    const index = new IdIndex(1); // 16 slots
    index.firstRow("z", 0); // out of order below: the table takes over
    expect(() => {
      for (let i = 0; i < 20; i++) index.firstRow(`id${i}`, i + 1);
    }).toThrow(RangeError);
    expect(() => index.firstRow("another", 99)).toThrow(RangeError);
    expect(index.firstRow("z", 100)).toBe(0);
  });

  it("refuses more ids than it was sized for instead of looping", () => {
    const index = new IdIndex(1); // 16 slots
    expect(() => {
      for (let i = 0; i < 17; i++) index.firstRow(`id${i}`, i);
    }).toThrow(RangeError);
    const ordered = new IdIndex(1);
    expect(() => {
      for (let i = 0; i < 17; i++) ordered.firstRow(`id${String(i).padStart(2, "0")}`, i);
    }).toThrow(RangeError);
  });
});
