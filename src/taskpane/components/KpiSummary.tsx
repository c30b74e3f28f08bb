/** The portfolio KPIs after a run, each with the sum that produced it, plus the aging and grade-mix charts. */
import * as React from "react";
import { Caption1, Card, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReviewSummary } from "../../workbook/reviewSummary";
import { fill, useLocale, useStrings } from "../i18n";
import { formatDays, formatMoney, formatMoneyShort, formatNumber, formatPercent } from "../format";
import { BarChart } from "./BarChart";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(150px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  tile: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  value: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Aging colours: not due in brand, then from amber to red as days past due grow. */
const AGING_COLOURS = ["#0f6cbd", "#8bb5e0", "#f2c661", "#e8825a", "#c50f1f"];
const GRADE_COLOURS = ["#107c10", "#5ea63f", "#c9a400", "#e8825a", "#c50f1f", "#8a1c1c"];

/** Bucket labels from the aging keys: current → "Not due", d1_30 → "1–30", d90plus → "90+". */
export function bucketLabel(key: string, notDue: string): string {
  if (key === "current") return notDue;
  const range = /^d(\d+)_(\d+)$/.exec(key);
  if (range) return `${range[1]}–${range[2]}`;
  const plus = /^d(\d+)plus$/.exec(key);
  return plus ? `${plus[1]}+` : key;
}

interface TileProps {
  readonly label: string;
  readonly value: string;
  readonly explain: string;
  readonly testId: string;
}

function Tile({ label, value, explain, testId }: TileProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Card className={styles.tile} data-testid={testId} size="small">
      <Caption1>{label}</Caption1>
      <Text className={styles.value} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Caption1>{explain}</Caption1>
    </Card>
  );
}

export function KpiSummary({ summary }: { readonly summary: ReviewSummary }): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const money = (v: number) => formatMoney(v, locale);
  const days = (v: number | null) =>
    v === null ? strings.kpiNotAvailable : fill(strings.kpiDays, { value: formatDays(v, locale) });
  const agingKeys = Object.keys(summary.aging);
  const current = summary.aging.current ?? 0;
  const overdueShare = summary.openReceivables > 0 ? summary.overdueReceivables / summary.openReceivables : 0;
  const eclParts = agingKeys
    .map(
      (k) =>
        `${bucketLabel(k, strings.bucketCurrent)} ${formatMoneyShort(summary.aging[k], locale)} × ${formatPercent(summary.lossRates[k] ?? 0, locale)}`,
    )
    .join(" + ");
  const agingBars = agingKeys.map((k, i) => ({
    label: bucketLabel(k, strings.bucketCurrent),
    value: summary.aging[k],
    shown: formatMoneyShort(summary.aging[k], locale),
    color: AGING_COLOURS[Math.min(i, AGING_COLOURS.length - 1)],
  }));
  const grades = Object.keys(summary.gradeCounts);
  const gradeBars = grades.map((g, i) => ({
    label: g,
    value: summary.gradeCounts[g],
    shown: formatNumber(summary.gradeCounts[g], locale),
    color:
      GRADE_COLOURS[
        Math.min(
          Math.round((i * (GRADE_COLOURS.length - 1)) / Math.max(1, grades.length - 1)),
          GRADE_COLOURS.length - 1,
        )
      ],
  }));

  return (
    <section aria-labelledby="kpi-title" className={styles.charts}>
      <Subtitle2 id="kpi-title" as="h2">
        {fill(strings.kpiTitle, { asOf: summary.asOf })}
      </Subtitle2>
      <div className={styles.grid}>
        <Tile
          testId="kpi-open"
          label={strings.kpiOpen}
          value={money(summary.openReceivables)}
          explain={fill(strings.kpiOpenExplain, {
            invoices: formatNumber(summary.invoices, locale),
            customers: formatNumber(summary.customers, locale),
          })}
        />
        <Tile
          testId="kpi-overdue"
          label={strings.kpiOverdue}
          value={formatPercent(overdueShare, locale)}
          explain={fill(strings.kpiOverdueExplain, {
            overdue: money(summary.overdueReceivables),
            open: money(summary.openReceivables),
          })}
        />
        <Tile
          testId="kpi-dso"
          label={strings.kpiDso}
          value={days(summary.dso)}
          explain={fill(strings.kpiDsoExplain, {
            open: money(summary.openReceivables),
            sales: money(summary.creditSales365),
          })}
        />
        <Tile
          testId="kpi-bpdso"
          label={strings.kpiBpdso}
          value={days(summary.bpdso)}
          explain={fill(strings.kpiBpdsoExplain, {
            current: money(current),
            sales: money(summary.creditSales365),
            add: summary.add === null ? strings.kpiNotAvailable : formatDays(summary.add, locale),
          })}
        />
        <Tile
          testId="kpi-ecl"
          label={strings.kpiEcl}
          value={money(summary.provisionMatrix)}
          explain={fill(strings.kpiEclExplain, { parts: eclParts })}
        />
        <Tile
          testId="kpi-expected-loss"
          label={strings.kpiExpectedLoss}
          value={money(summary.expectedLoss)}
          explain={strings.kpiExpectedLossExplain}
        />
        <Tile
          testId="kpi-actions"
          label={strings.kpiActions}
          value={fill(strings.kpiActionsValue, {
            increase: formatNumber(summary.actions.increase, locale),
            keep: formatNumber(summary.actions.keep, locale),
            reduce: formatNumber(summary.actions.reduce, locale),
            stop: formatNumber(summary.actions.stop, locale),
          })}
          explain={strings.kpiActionsExplain}
        />
        <Tile
          testId="kpi-top10"
          label={strings.kpiTop10}
          value={summary.top10Share === null ? strings.kpiNotAvailable : formatPercent(summary.top10Share, locale)}
          explain={fill(strings.kpiTop10Explain, {
            hhi: summary.hhi === null ? strings.kpiNotAvailable : formatNumber(summary.hhi, locale, 4),
          })}
        />
      </div>
      {summary.overLimitCustomers > 0 && (
        <Text weight="semibold">{fill(strings.overLimitCount, { count: summary.overLimitCustomers })}</Text>
      )}
      <div>
        <Subtitle2 as="h3">{strings.agingChartTitle}</Subtitle2>
        <BarChart
          bars={agingBars}
          ariaLabel={fill(strings.agingChartLabel, {
            parts: agingBars.map((b) => `${b.label} ${money(b.value)}`).join(", "),
          })}
        />
      </div>
      <div>
        <Subtitle2 as="h3">{strings.gradeChartTitle}</Subtitle2>
        <BarChart
          bars={gradeBars}
          ariaLabel={fill(strings.gradeChartLabel, { parts: gradeBars.map((b) => `${b.label} ${b.shown}`).join(", ") })}
        />
      </div>
    </section>
  );
}
