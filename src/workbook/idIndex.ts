/** A first-occurrence index of ids (invoice numbers), for duplicate detection over a million rows. */

/**
 * Remembers where each id was first seen. An open-addressing hash table over typed arrays (FNV-1a over the UTF-16
 * code units, linear probing): a JavaScript Map of a million fresh strings spends most of its time rehashing as it
 * grows; this one is sized once from the row count and costs a few tens of milliseconds per million ids.
 * Ids that arrive in strictly increasing order (invoice numbers in issue order, what most ledgers export) cannot
 * repeat, so while that lasts they are only listed; the first id not above its predecessor hashes the list in one go
 * and the table takes over. Same answers either way, without a random memory access per id in the usual case.
 * @example const ids = new IdIndex(3); ids.firstRow("I1", 2); ids.firstRow("I1", 5) // 2
 */
export class IdIndex {
  private readonly mask: number;
  private readonly rows: Int32Array;
  private readonly keys: string[];

  private count = 0;
  /** While ids only increase: the ids so far, in order, and their rows; undefined once the table is in use. */
  private ordered: { ids: string[]; rows: number[] } | undefined = { ids: [], rows: [] };

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
    const ordered = this.ordered;
    if (ordered !== undefined) {
      const n = ordered.ids.length;
      if (n === 0 || id > ordered.ids[n - 1]) {
        this.countNew();
        ordered.ids.push(id);
        ordered.rows.push(row);
        return -1;
      }
      this.ordered = undefined;
      for (let k = 0; k < n; k++) this.insert(ordered.ids[k], ordered.rows[k]);
    }
    const seen = this.insert(id, row);
    if (seen < 0) this.countNew();
    return seen;
  }

  private countNew(): void {
    if (++this.count > this.mask) throw new RangeError("IdIndex is full: more ids than it was sized for");
  }

  /** Adds `id` at `row` unless present; returns the row it was first seen on, or -1 when it was added. */
  private insert(id: string, row: number): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    let slot = h & this.mask;
    for (;;) {
      const seen = this.rows[slot];
      if (seen < 0) {
        this.rows[slot] = row;
        this.keys[slot] = id;
        return -1;
      }
      if (this.keys[slot] === id) return seen;
      slot = (slot + 1) & this.mask;
    }
  }
}
