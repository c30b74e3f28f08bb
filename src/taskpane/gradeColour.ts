/** Colours of the grade-mix chart: by the grade's rank in the policy's scale, never by where its bar happens to be. */

/** Best (green) to worst (red), for a scale of any length. */
export const GRADE_PALETTE = ["#107c10", "#5ea63f", "#c9a400", "#e8825a", "#c50f1f"] as const;

/** For a grade the scale does not know (a scorecard's own grade): neutral grey. */
export const UNRANKED_GRADE_COLOUR = "#8a8886";

/**
 * A grade's colour: its rank in the scale (best first) spread over the palette, so the best grade is green and the
 * worst red whatever the scale's length, and a portfolio holding only E shows E's red, not the first bar's green.
 * @param scale the policy's grades, best first (policyGrades)
 * @example gradeColour("E", ["A", "B", "C", "D", "E"]) // rank 4 of 4 → the palette's last, red "#c50f1f"
 */
export function gradeColour(grade: string, scale: readonly string[]): string {
  const rank = scale.indexOf(grade);
  if (rank < 0) return UNRANKED_GRADE_COLOUR;
  const last = GRADE_PALETTE.length - 1;
  return GRADE_PALETTE[scale.length === 1 ? 0 : Math.round((rank * last) / (scale.length - 1))];
}
