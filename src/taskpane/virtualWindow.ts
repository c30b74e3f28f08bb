/** Which rows of a long list of equal-height rows are drawn: those in view and a few either side. */

/** Rows [first, end) to draw. */
export interface RowWindow {
  readonly first: number;
  readonly end: number;
}

/**
 * The rows of a scrolled list that are in view, plus `overscan` rows either side (so a fast scroll shows no gap).
 * first = max(0, ⌊scrollTop ÷ rowHeight⌋ − overscan); end = min(count, ⌈(scrollTop + viewport) ÷ rowHeight⌉ + overscan).
 * @example rowWindow(720, 360, 72, 1000, 2) // { first: 8, end: 17 }: rows 10–14 in view, 2 more either side
 */
export function rowWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = 3,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.min(count - 1, Math.floor(top / rowHeight)) - overscan);
  const end = Math.min(count, Math.ceil((top + Math.max(0, viewport)) / rowHeight) + overscan);
  return { first, end: Math.max(first, end) };
}
