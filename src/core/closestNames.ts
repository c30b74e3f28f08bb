/** The names nearest to a misspelt one, by edit distance: what a message suggests when a name matches nothing. */
import { at } from "./arrays";

/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions that turn `a` into `b`
 * (Levenshtein 1966; the two-row dynamic programme of Wagner & Fischer 1974). Counted in UTF-16 code units, which
 * are whole characters for Latin and Chinese text.
 * @example editDistance("anualrevenue", "annualrevenue") // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = at(previous, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(at(previous, j) + 1, at(current, j - 1) + 1, substitution);
    }
    previous = current;
  }
  return at(previous, b.length);
}

/**
 * Up to `count` candidates nearest to `name`, nearest first (ties in the candidates' order), compared after `key`
 * (a normalisation such as the header one, so case and spacing cost nothing). Candidates with the same key are
 * listed once, as first written.
 * @example closestNames("Anual Revenue", ["Customer ID", "Annual Revenue", "Segment"], 2, (s) => s.toLowerCase())
 *   // ["Annual Revenue", "Segment"]
 */
export function closestNames(
  name: string,
  candidates: readonly string[],
  count: number,
  key: (text: string) => string,
): string[] {
  const target = key(name);
  const seen = new Set<string>();
  const scored: { name: string; distance: number; order: number }[] = [];
  candidates.forEach((candidate, order) => {
    const k = key(candidate);
    if (k === "" || seen.has(k)) return;
    seen.add(k);
    scored.push({ name: candidate, distance: editDistance(target, k), order });
  });
  scored.sort((x, y) => x.distance - y.distance || x.order - y.order);
  return scored.slice(0, count).map((s) => s.name);
}
