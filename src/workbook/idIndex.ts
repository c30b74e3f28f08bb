/** A first-occurrence index of ids (invoice numbers), for duplicate detection over a million rows. */

/**
 * Remembers where each id was first seen. An open-addressing hash table over typed arrays (FNV-1a over the UTF-16
 * code units, linear probing): a JavaScript Map of a million fresh strings spends most of its time rehashing as it
 * grows; this one is sized once from the row count and costs a few tens of milliseconds per million ids.
 * @example const ids = new IdIndex(3); ids.firstRow("I1", 2); ids.firstRow("I1", 5) // 2
 */
export class IdIndex {
  private readonly mask: number;
  private readonly rows: Int32Array;
  private readonly keys: string[];

  private count = 0;

  /** @param expected how many ids at most will be added (the table holds twice that) */
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.rows = new Int32Array(capacity).fill(-1);
    this.keys = new Array<string>(capacity).fill("");
  }

  /**
   * Records `id` at `row` if it is new and returns -1; if it was seen before, returns the row it was first seen on.
   */
  firstRow(id: string, row: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const seen = this.rows[slot];
      if (seen < 0) {
        if (++this.count > this.mask) throw new RangeError("IdIndex is full: more ids than it was sized for");
        this.rows[slot] = row;
        this.keys[slot] = id;
        return -1;
      }
      if (this.keys[slot] === id) return seen;
      slot = (slot + 1) & this.mask;
    }
  }
}
