/** A first-occurrence index of ids (invoice numbers), for duplicate detection over a million rows. */
import { at } from "../core/arrays";

/**
 * Remembers where each id was first seen. An id is a string, or a span `text[start, end)` of a larger text (a field
 * of a CSV file, never cut out as a string: see TextSpans); both are compared by their UTF-16 code units, so the
 * span `"I1,I2"[3, 5)` and the string `"I2"` are the same id.
 *
 * An open-addressing hash table over typed arrays (FNV-1a over the code units, linear probing): a JavaScript Map of a
 * million fresh strings spends most of its time rehashing as it grows; this one is sized once from the row count and
 * costs a few tens of milliseconds per million ids.
 * Ids that arrive in strictly increasing order (invoice numbers in issue order, what most ledgers export) cannot
 * repeat, so while that lasts they are only listed; the first id not above its predecessor hashes the list in one go
 * and the table takes over. Same answers either way, without a random memory access per id in the usual case.
 * @example const ids = new IdIndex(3); ids.firstRow("I1", 2); ids.firstRow("I1", 5) // 2
 */
export class IdIndex {
  private readonly mask: number;
  /**
   * Per slot: the row (−1 when empty) and the id, as a span of `slotText`. Made when the first id out of order
   * arrives: a ledger in invoice-number order never needs them.
   */
  private slotRow = new Int32Array(0);
  private slotText: string[] = [];
  private slotStart = new Int32Array(0);
  private slotEnd = new Int32Array(0);

  private count = 0;
  /** Slots in use; one is always left empty, so a probe for a new id always ends. */
  private filled = 0;
  /** While ids only increase: the ids so far, in order (as spans), and their rows; a full list hands over to the table. */
  private ordered = true;
  private readonly listText: string[];
  private readonly listStart: Int32Array;
  private readonly listEnd: Int32Array;
  private readonly listRow: Int32Array;

  /** @param expected how many ids at most will be added (the table holds twice that) */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.mask = capacity - 1;
    const listed = Math.max(16, expected);
    this.listText = new Array<string>(listed);
    this.listStart = new Int32Array(listed);
    this.listEnd = new Int32Array(listed);
    this.listRow = new Int32Array(listed);
  }

  /**
   * Records `id` at `row` if it is new and returns -1; if it was seen before, returns the row it was first seen on.
   */
  firstRow(id: string, row: number): number {
    return this.firstRowIn(id, 0, id.length, row);
  }

  /** {@link firstRow} for the id `text[start, end)`. */
  firstRowIn(text: string, start: number, end: number, row: number): number {
    if (this.ordered) {
      const n = this.count;
      const inOrder =
        n < this.listRow.length &&
        (n === 0 ||
          compareSpans(text, start, end, at(this.listText, n - 1), at(this.listStart, n - 1), at(this.listEnd, n - 1)) >
            0);
      if (inOrder) {
        this.countNew();
        this.listText[n] = text;
        this.listStart[n] = start;
        this.listEnd[n] = end;
        this.listRow[n] = row;
        return -1;
      }
      this.ordered = false;
      const capacity = this.mask + 1;
      this.slotRow = new Int32Array(capacity).fill(-1);
      this.slotText = new Array<string>(capacity).fill("");
      this.slotStart = new Int32Array(capacity);
      this.slotEnd = new Int32Array(capacity);
      for (let k = 0; k < n; k++)
        this.insert(at(this.listText, k), at(this.listStart, k), at(this.listEnd, k), at(this.listRow, k));
      this.listText.length = 0;
    }
    const seen = this.insert(text, start, end, row);
    if (seen < 0) this.countNew();
    return seen;
  }

  private countNew(): void {
    if (++this.count > this.mask) throw new RangeError("IdIndex is full: more ids than it was sized for");
  }

  /** Adds the id at `row` unless present; returns the row it was first seen on, or -1 when it was added. */
  private insert(text: string, start: number, end: number, row: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const seen = at(this.slotRow, slot);
      if (seen < 0) {
        if (++this.filled > this.mask) throw new RangeError("IdIndex is full: more ids than it was sized for");
        this.slotRow[slot] = row;
        this.slotText[slot] = text;
        this.slotStart[slot] = start;
        this.slotEnd[slot] = end;
        return -1;
      }
      if (
        compareSpans(text, start, end, at(this.slotText, slot), at(this.slotStart, slot), at(this.slotEnd, slot)) === 0
      )
        return seen;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** `a[as, ae)` against `b[bs, be)` by UTF-16 code units, as `<` compares strings: negative, 0 or positive. */
function compareSpans(a: string, as: number, ae: number, b: string, bs: number, be: number): number {
  const la = ae - as,
    lb = be - bs;
  const n = la < lb ? la : lb;
  for (let k = 0; k < n; k++) {
    const d = a.charCodeAt(as + k) - b.charCodeAt(bs + k);
    if (d !== 0) return d;
  }
  return la - lb;
}
