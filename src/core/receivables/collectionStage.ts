/** The collection ladder: which action an overdue account calls for, by days past due and grade. */
import { numError } from "../errors";
import { formatMessage, type Locale, type MessageCode } from "../messages";
import {
  defaultPolicy,
  GRADES,
  LADDER_STAGES,
  type CreditPolicy,
  type Grade,
  type LadderStage,
} from "../policy/creditPolicy";

/**
 * A ladder stage, `none` (nothing overdue), `dispute` (routed to dispute handling, not up the ladder) or
 * `disputeEscalated` (a dispute older than the policy's escalation days, escalated by the review).
 */
export type CollectionStage = "none" | LadderStage | "dispute" | "disputeEscalated";

const LABELS: Record<CollectionStage, MessageCode> = {
  none: "stageNone",
  reminder: "stageReminder",
  phone: "stagePhone",
  letter: "stageLetter",
  stopSupply: "stageStopSupply",
  agency: "stageAgency",
  dispute: "stageDispute",
  disputeEscalated: "stageDisputeEscalated",
};

/**
 * The collection stage of an account.
 *
 * - disputed → `dispute`: a disputed item goes to dispute handling, not up the ladder, whatever its age (the
 *   portfolio review escalates disputes older than the policy's escalation days: `disputeEscalated`);
 * - days past due ≤ 0 → `none`: nothing is overdue, whatever the grade;
 * - otherwise the ladder is read at adjusted days = days past due + the grade's shift (A −10, B −5, C 0, D +10,
 *   E +20 by default: good customers get patience, weak ones escalate sooner): the last stage whose "from days"
 *   the adjusted days reach; an overdue account gets at least a reminder (the first stage), even when a
 *   grade's patience would push it below the ladder.
 *
 * Default ladder: reminder from day 1, phone 15, letter 30, stop supply 60, agency / legal 90.
 * @param grade a policy grade; blank, unknown or undefined → no shift
 * @example collectionStage(45, "C") // "letter"
 * @example collectionStage(45, "E") // "stopSupply" (45 + 20 = 65)
 * @example collectionStage(200, "E", true) // "dispute"
 * @throws CreditError num for NaN days
 */
export function collectionStage(
  daysPastDue: number,
  grade?: string,
  disputed = false,
  policy: CreditPolicy = defaultPolicy,
): CollectionStage {
  if (Number.isNaN(daysPastDue)) throw numError("argumentNotNumber", { argument: "days_past_due" });
  if (disputed) return "dispute";
  if (daysPastDue <= 0) return "none";
  const g = grade?.trim().toUpperCase();
  const shift = g && (GRADES as readonly string[]).includes(g) ? policy.collection.gradeShiftDays[g as Grade] : 0;
  const adjusted = daysPastDue + shift;
  let stage: LadderStage = LADDER_STAGES[0];
  for (const s of LADDER_STAGES) if (adjusted >= policy.collection.fromDays[s]) stage = s;
  return stage;
}

/** The stage's label in a language, e.g. "Demand letter" / "催款函". */
export function collectionStageLabel(stage: CollectionStage, locale: Locale = "en"): string {
  return formatMessage(LABELS[stage], {}, locale);
}
