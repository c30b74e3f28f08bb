/** Grades from scores: the policy's bands or a user's table of minimum scores. */
import { naError, valueError } from "../errors";
import type { GradeBand } from "../policy/creditPolicy";

/**
 * The grade of a score: the first band, best first, whose minimum the score reaches (score ≥ minScore).
 * With the default policy: A ≥ 80, B ≥ 65, C ≥ 50, D ≥ 35, E below.
 * @param bands best first, minimum scores falling (as the policy keeps them, or as gradeBandsFromTable returns)
 * @example gradeFromScore(65, defaultPolicy.gradeBands) // "B" (a score on a boundary earns the better grade)
 * @throws CreditError na when the score is below every minimum (only possible with a user's table)
 */
export function gradeFromScore(score: number, bands: readonly GradeBand[]): string {
  for (const band of bands) if (score >= band.minScore) return band.grade;
  const min = bands.at(-1)?.minScore ?? NaN;
  throw naError("gradeBelowTable", { score, min });
}

/**
 * Grade bands from a two-column table of (minimum score, grade) rows in any order. Sorted best first (highest
 * minimum first). A grade may be any label ("AAA", "低风险").
 * @param rows minimum score and grade of each row, with the row's 1-based position for messages
 * @throws CreditError value for a blank grade or a minimum that repeats an earlier row
 * @example gradeBandsFromTable([{ minScore: 0, grade: "Low", row: 1 }, { minScore: 50, grade: "High", row: 2 }])
 *   // [{ grade: "High", minScore: 50 }, { grade: "Low", minScore: 0 }]
 */
export function gradeBandsFromTable(rows: readonly { minScore: number; grade: string; row: number }[]): GradeBand[] {
  const seen = new Map<number, number>();
  for (const r of rows) {
    if (r.grade.trim() === "") throw valueError("gradeTableGradeBlank", { row: r.row });
    const other = seen.get(r.minScore);
    if (other !== undefined) throw valueError("gradeTableDuplicate", { row: r.row, score: r.minScore, other });
    seen.set(r.minScore, r.row);
  }
  return [...rows]
    .sort((a, b) => b.minScore - a.minScore)
    .map((r) => ({ grade: r.grade.trim(), minScore: r.minScore }));
}
