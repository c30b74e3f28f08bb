/** The KPI charts: receivables by aging bucket and customers by grade, each bar opening the customers behind it. */
import * as React from "react";
import { Subtitle2 } from "@fluentui/react-components";
import { gradeColour } from "../gradeColour";
import { formatMoney, formatMoneyShort, formatNumber } from "../format";
import { format, useLocale, useStrings } from "../i18n";
import { BarChart } from "./BarChart";
import type { KpiPartProps } from "./KpiTiles";

/** Aging colours: not due in brand, then from amber to red as days past due grow. */
const AGING_COLOURS = ["#0f6cbd", "#8bb5e0", "#f2c661", "#e8825a", "#c50f1f"];

/** Bucket labels from the aging keys: current → "Not due", d1_30 → "1–30", d90plus → "90+". */
export function bucketLabel(key: string, notDue: string): string {
  if (key === "current") return notDue;
  const range = /^d(\d+)_(\d+)$/.exec(key);
  if (range) return `${range[1]}–${range[2]}`;
  const plus = /^d(\d+)plus$/.exec(key);
  return plus ? `${plus[1]}+` : key;
}

/** Open receivables by aging bucket, not due first; a bar opens the customers with money in its bucket. */
export function AgingBars({ summary, drill }: KpiPartProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const money = (v: number) => formatMoney(v, locale);
  const bars = Object.keys(summary.aging).map((k, i) => {
    const label = bucketLabel(k, strings.bucketCurrent);
    const shown = formatMoneyShort(summary.aging[k], locale);
    return {
      label,
      value: summary.aging[k],
      shown,
      color: AGING_COLOURS[Math.min(i, AGING_COLOURS.length - 1)],
      openLabel: drill.openLabel(format(strings.drillAgingTitle, { bucket: label }), shown),
    };
  });
  const openBucket = (i: number) =>
    drill.open({
      target: { kind: "aging", bucket: i },
      number: format(strings.drillAgingTitle, { bucket: bars[i].label }),
      value: money(bars[i].value),
      bucket: bars[i].label,
    });
  return (
    <div>
      <Subtitle2 as="h3">{strings.agingChartTitle}</Subtitle2>
      <BarChart
        bars={bars}
        testId="aging-bar"
        onOpen={openBucket}
        ariaLabel={format(strings.agingChartLabel, {
          parts: bars.map((b) => `${b.label} ${money(b.value)}`).join(", "),
        })}
      />
    </div>
  );
}

/** Customers by grade, coloured by the grade's rank in the policy's scale; a bar opens the grade's customers. */
export function GradeBars(
  props: KpiPartProps & {
    /** The policy's grades, best first. */
    readonly scale: readonly string[];
  },
): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const { summary, scale, drill } = props;
  const grades = Object.keys(summary.gradeCounts);
  const bars = grades.map((g) => {
    const shown = formatNumber(summary.gradeCounts[g], locale);
    return {
      label: g,
      value: summary.gradeCounts[g],
      shown,
      color: gradeColour(g, scale),
      openLabel: drill.openLabel(format(strings.drillGradeTitle, { grade: g }), shown),
    };
  });
  const openGrade = (i: number) =>
    drill.open({
      target: { kind: "grade", grade: grades[i] },
      number: format(strings.drillGradeTitle, { grade: grades[i] }),
      value: bars[i].shown,
    });
  return (
    <div>
      <Subtitle2 as="h3">{strings.gradeChartTitle}</Subtitle2>
      <BarChart
        bars={bars}
        testId="grade-bar"
        onOpen={openGrade}
        ariaLabel={format(strings.gradeChartLabel, {
          parts: bars.map((b) => `${b.label} ${b.shown}`).join(", "),
        })}
      />
    </div>
  );
}
