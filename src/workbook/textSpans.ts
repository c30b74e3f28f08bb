/** A text column held as positions in the text it was read from: no string per cell until one is asked for. */
import type { RawCell } from "./ports";

/**
 * Column cells as spans of one source text: cell i is `source.slice(start[i], end[i])` when `start[i] >= 0`, else
 * `other.get(i)` (a quoted field, whose value is not the text as written; undefined past a short record's end).
 *
 * Why: a million invoice numbers read as strings cost a million small allocations, most of a second of scanning and
 * garbage collection over a review, for ids that are only checked for duplicates. Spans cost two integers each, and a
 * reader compares and hashes them in the source (see `IdIndex.firstRowIn`).
 * @example const spans = new TextSpans("I1,I2", Int32Array.of(0, 3), Int32Array.of(2, 5)); spans.at(1) // "I2"
 */
export class TextSpans {
  constructor(
    readonly source: string,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly other: ReadonlyMap<number, RawCell> = new Map(),
  ) {
    if (start.length !== end.length) throw new RangeError("A span column needs as many ends as starts");
  }

  get length(): number {
    return this.start.length;
  }

  /** Cell i, as a string made now (or the value held for it). */
  at(i: number): RawCell {
    const from = this.start[i] ?? -1;
    return from >= 0 ? this.source.slice(from, this.end[i]) : this.other.get(i);
  }
}

/** A table's column as a host read it: cells in an array, or spans of the text they were read from. */
export type RawColumn = readonly RawCell[] | TextSpans;

/** Cell i of a column, whichever way it is held. */
export function cellOf(column: RawColumn, i: number): RawCell {
  return column instanceof TextSpans ? column.at(i) : column[i];
}
