/**
 * The triage list's filters: the severities and rules picked, the entries they leave (worst first, see
 * core/portfolio/alertTriage.ts) and how many each severity button and rule option would show.
 */
import * as React from "react";
import { groupsBySeverity, triageAlerts, type AlertSeverity } from "../../core/portfolio/alertTriage";
import type { AlertRule, Review } from "../../core/portfolio/reviewTypes";

/** How many alerts each rule raised, in the order the rules first appear. */
function countRules(review: Review): Map<AlertRule, number> {
  const counts = new Map<AlertRule, number>();
  for (const alert of review.alerts) counts.set(alert.rule, (counts.get(alert.rule) ?? 0) + 1);
  return counts;
}

/** No severity picked: every alert shows; picking some shows only those. Likewise for rules. */
export function useAlertFilters(review: Review) {
  const [severities, setSeverities] = React.useState<ReadonlySet<AlertSeverity>>(() => new Set());
  const [rules, setRules] = React.useState<readonly AlertRule[]>([]);
  // Entries per severity under the rule filter: what each severity button would show.
  const ruleSet = React.useMemo(() => (rules.length > 0 ? new Set(rules) : undefined), [rules]);
  const counts = React.useMemo(() => groupsBySeverity(triageAlerts(review, { rules: ruleSet })), [review, ruleSet]);
  const ruleCounts = React.useMemo(() => countRules(review), [review]);
  const groups = React.useMemo(
    () => triageAlerts(review, { severities: severities.size > 0 ? severities : undefined, rules: ruleSet }),
    [review, severities, ruleSet],
  );
  const toggle = (s: AlertSeverity) => {
    const next = new Set(severities);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setSeverities(next);
  };
  return { severities, toggle, rules, setRules, counts, ruleCounts, groups };
}

export type AlertFilters = ReturnType<typeof useAlertFilters>;
