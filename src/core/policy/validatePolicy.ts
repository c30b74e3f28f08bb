/** The rules of a credit policy that span several settings, checked after the settings are read one by one. */
import { at } from "../arrays";
import type { MessageCode, MessageParams } from "../messages";
import { BUILT_IN_FACTORS } from "../scoring/builtInFactors";
import { LADDER_STAGES, SEGMENTS, type CreditPolicy } from "./creditPolicy";

/** A broken cross-setting rule; `group` names the settings (see PolicySetting.group) that must be reset together. */
export interface PolicyRuleProblem {
  readonly group: string;
  readonly code: MessageCode;
  readonly params: MessageParams;
}

function rising(values: readonly number[]): boolean {
  return values.every((v, i) => i === 0 || v > at(values, i - 1));
}

/**
 * Checks what single settings cannot: grade minimum scores strictly fall from A to D; each segment's built-in
 * weights add up to more than zero (and none is negative); the collection ladder's days strictly rise from
 * reminder to agency; approval thresholds strictly rise; aging bucket limits strictly rise; the minimum scorecard
 * AUC is at least 0.5 (below it a scorecard ranks worse than a coin toss, so the guard would guard nothing).
 * Returns the broken rules (empty when the policy is consistent).
 * @example validatePolicy(defaultPolicy) // []
 */
export function validatePolicy(policy: CreditPolicy): PolicyRuleProblem[] {
  const out: PolicyRuleProblem[] = [];
  const mins = policy.gradeBands.slice(0, -1).map((b) => b.minScore);
  if (!mins.every(Number.isFinite) || !rising([...mins].reverse())) {
    out.push({ group: "gradeBands", code: "policyBandsOrder", params: {} });
  }
  for (const s of SEGMENTS) {
    const w = BUILT_IN_FACTORS.map((f) => policy.segmentWeights[s][f]);
    if (!w.every((x) => Number.isFinite(x) && x >= 0) || w.reduce((a, b) => a + b, 0) <= 0) {
      out.push({ group: `weights:${s}`, code: "policyWeightsZero", params: { segment: s } });
    }
  }
  if (!rising(LADDER_STAGES.map((s) => policy.collection.fromDays[s]))) {
    out.push({ group: "ladder", code: "policyLadderOrder", params: {} });
  }
  if (!rising(policy.approvalLevels.map((l) => l.upTo))) {
    out.push({ group: "approval", code: "policyApprovalOrder", params: {} });
  }
  if (!rising(policy.bucketLimits) || !policy.bucketLimits.every((d) => d > 0)) {
    out.push({ group: "buckets", code: "policyBucketsOrder", params: {} });
  }
  if (!(policy.minScorecardAuc >= 0.5 && policy.minScorecardAuc <= 1)) {
    out.push({ group: "minScorecardAuc", code: "policyMinAucRange", params: { value: policy.minScorecardAuc } });
  }
  return out;
}
