/**
 * The portfolio KPIs after a run, each with the sum that produced it, plus the aging and grade-mix charts. Every
 * number opens the customers behind it (rowsBehind): inline below the tiles and, in Excel, as a filter on the review.
 */
import * as React from "react";
import { Caption1, Card, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CreditAction } from "../../core/policy/creditPolicy";
import { actionLabel } from "../../workbook/decisionLabels";
import { rowsBehind, type DrillTarget } from "../../workbook/drillDown";
import type { PaneReviewOutcome } from "../worker/paneReview";
import { gradeColour } from "../gradeColour";
import type { PaneHost } from "../paneHost";
import { format, useLocale, useStrings } from "../i18n";
import { formatDays, formatMoney, formatMoneyShort, formatNumber, formatPercent } from "../format";
import { BarChart } from "./BarChart";
import { DrillDownTable } from "./DrillDownTable";

const useStyles = makeStyles({
  // As many columns as fit at 136 px or more; one column when the pane is narrower than that.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-format, minmax(min(100%, 136px), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  tile: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    containerType: "inline-size",
  },
  // The value shrinks with its tile (down to 14 px) and, failing that, wraps: a value is never clipped.
  value: {
    display: "block",
    fontSize: `clamp(${tokens.fontSizeBase300}, 11cqi, ${tokens.fontSizeBase500})`,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: 1.3,
    overflowWrap: "anywhere",
  },
  open: {
    fontSize: "inherit",
    fontWeight: "inherit",
    lineHeight: "inherit",
    textAlign: "start",
    overflowWrap: "anywhere",
  },
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

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

interface TileProps {
  readonly label: string;
  /** The value as shown; a tile that opens as a whole gives `onOpen`, one whose parts open passes them as nodes. */
  readonly value: React.ReactNode;
  readonly explain: string;
  readonly testId: string;
  readonly onOpen?: () => void;
  readonly openLabel?: string;
}

function Tile({ label, value, explain, testId, onOpen, openLabel }: TileProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Card className={styles.tile} data-testid={testId} size="small">
      <Caption1>{label}</Caption1>
      <Text className={styles.value} data-testid={`${testId}-value`}>
        {onOpen ? (
          <Link as="button" className={styles.open} onClick={onOpen} aria-label={openLabel}>
            {value}
          </Link>
        ) : (
          value
        )}
      </Text>
      <Caption1>{explain}</Caption1>
    </Card>
  );
}

/** A template's `{name}` placeholders filled with nodes (links), its text kept as the translation has it. */
function fillNodes(template: string, nodes: Readonly<Record<string, React.ReactNode>>): React.ReactNode[] {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return <React.Fragment key={i}>{name !== undefined && name in nodes ? nodes[name] : part}</React.Fragment>;
  });
}

/** A number opened: what it is, how the pane names and shows it. */
interface Opened {
  readonly target: DrillTarget;
  readonly number: string;
  readonly value: string;
  readonly bucket?: string;
}

export interface KpiSummaryProps {
  readonly outcome: PaneReviewOutcome;
  /** Where the pane runs: inside Excel its `showRows` filters the Credit Review table to the rows opened. */
  readonly host?: Pick<PaneHost, "showRows">;
}

export function KpiSummary({ outcome, host }: KpiSummaryProps): React.JSX.Element {
  const { summary, review } = outcome;
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [opened, setOpened] = React.useState<Opened | undefined>(undefined);
  const opener = React.useRef<HTMLElement | null>(null);
  const drill = React.useMemo(() => (opened ? rowsBehind(review, opened.target) : undefined), [opened, review]);
  const scale = outcome.grades;
  // A new review: nothing open.
  React.useEffect(() => setOpened(undefined), [outcome]);
  // Inside Excel the review table shows the same rows.
  React.useEffect(() => {
    // No rows behind the number (an action nobody got): the sheet is left as it is, since an empty list would clear
    // the filter and show every customer while the pane says none.
    if (drill && drill.rows.length > 0)
      void host?.showRows?.(drill.rows.map((r) => r.customerId))?.catch(() => undefined);
  }, [drill, host]);
  const open = (next: Opened) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpened(next);
  };
  const close = () => {
    setOpened(undefined);
    void host?.showRows?.([])?.catch(() => undefined);
    opener.current?.focus();
  };
  const openLabel = (number: string, value: string) => format(strings.drillOpen, { number: `${number} ${value}` });
  /** Props that make a tile open the rows behind it. */
  const opens = (target: DrillTarget, number: string, value: string) => ({
    onOpen: () => open({ target, number, value }),
    openLabel: openLabel(number, value),
  });

  const money = (v: number) => formatMoney(v, locale);
  const days = (v: number | null) =>
    v === null ? strings.kpiNotAvailable : format(strings.kpiDays, { value: formatDays(v, locale) });
  const agingKeys = Object.keys(summary.aging);
  const current = summary.aging.current ?? 0;
  const overdueShare = summary.openReceivables > 0 ? summary.overdueReceivables / summary.openReceivables : 0;
  const eclParts = agingKeys
    .map(
      (k) =>
        `${bucketLabel(k, strings.bucketCurrent)} ${formatMoneyShort(summary.aging[k], locale)} × ${formatPercent(summary.lossRates[k] ?? 0, locale)}`,
    )
    .join(" + ");
  const agingBars = agingKeys.map((k, i) => {
    const label = bucketLabel(k, strings.bucketCurrent);
    const shown = formatMoneyShort(summary.aging[k], locale);
    return {
      label,
      value: summary.aging[k],
      shown,
      color: AGING_COLOURS[Math.min(i, AGING_COLOURS.length - 1)],
      openLabel: openLabel(format(strings.drillAgingTitle, { bucket: label }), shown),
    };
  });
  const grades = Object.keys(summary.gradeCounts);
  const gradeBars = grades.map((g) => {
    const shown = formatNumber(summary.gradeCounts[g], locale);
    return {
      label: g,
      value: summary.gradeCounts[g],
      shown,
      color: gradeColour(g, scale),
      openLabel: openLabel(format(strings.drillGradeTitle, { grade: g }), shown),
    };
  });
  const openAging = (i: number) =>
    open({
      target: { kind: "aging", bucket: i },
      number: format(strings.drillAgingTitle, { bucket: agingBars[i].label }),
      value: money(agingBars[i].value),
      bucket: agingBars[i].label,
    });
  const openGrade = (i: number) =>
    open({
      target: { kind: "grade", grade: grades[i] },
      number: format(strings.drillGradeTitle, { grade: grades[i] }),
      value: gradeBars[i].shown,
    });
  const actionLink = (action: CreditAction) => {
    const value = formatNumber(summary.actions[action], locale);
    const number = actionLabel(action, locale);
    return (
      <Link
        as="button"
        className={styles.open}
        data-testid={`kpi-action-${action}`}
        aria-label={openLabel(number, value)}
        onClick={() => open({ target: { kind: "action", action }, number, value })}
      >
        {value}
      </Link>
    );
  };
  const overLimitText = format(strings.overLimitCount, { count: summary.overLimitCustomers });
  const tiles = {
    open: money(summary.openReceivables),
    overdue: formatPercent(overdueShare, locale),
    dso: days(summary.dso),
    bpdso: days(summary.bpdso),
    provision: money(summary.provisionMatrix),
    expectedLoss: money(summary.expectedLoss),
    top10: summary.top10Share === null ? strings.kpiNotAvailable : formatPercent(summary.top10Share, locale),
  };

  return (
    <section aria-labelledby="kpi-title" className={styles.charts}>
      <Subtitle2 id="kpi-title" as="h2">
        {format(strings.kpiTitle, { asOf: summary.asOf })}
      </Subtitle2>
      <div className={styles.grid}>
        <Tile
          testId="kpi-open"
          label={strings.kpiOpen}
          value={tiles.open}
          {...opens({ kind: "open" }, strings.kpiOpen, tiles.open)}
          explain={format(strings.kpiOpenExplain, {
            invoices: formatNumber(summary.invoices, locale),
            customers: formatNumber(summary.customers, locale),
          })}
        />
        <Tile
          testId="kpi-overdue"
          label={strings.kpiOverdue}
          value={tiles.overdue}
          {...opens({ kind: "overdue" }, strings.kpiOverdue, tiles.overdue)}
          explain={format(strings.kpiOverdueExplain, {
            overdue: money(summary.overdueReceivables),
            open: money(summary.openReceivables),
          })}
        />
        <Tile
          testId="kpi-dso"
          label={strings.kpiDso}
          value={tiles.dso}
          {...opens({ kind: "dso" }, strings.kpiDso, tiles.dso)}
          explain={format(strings.kpiDsoExplain, {
            open: money(summary.openReceivables),
            sales: money(summary.creditSales365),
          })}
        />
        <Tile
          testId="kpi-bpdso"
          label={strings.kpiBpdso}
          value={tiles.bpdso}
          {...opens({ kind: "bpdso" }, strings.kpiBpdso, tiles.bpdso)}
          explain={format(strings.kpiBpdsoExplain, {
            current: money(current),
            sales: money(summary.creditSales365),
            add: summary.add === null ? strings.kpiNotAvailable : formatDays(summary.add, locale),
          })}
        />
        <Tile
          testId="kpi-ecl"
          label={strings.kpiEcl}
          value={tiles.provision}
          {...opens({ kind: "provision" }, strings.kpiEcl, tiles.provision)}
          explain={format(strings.kpiEclExplain, { parts: eclParts })}
        />
        <Tile
          testId="kpi-expected-loss"
          label={strings.kpiExpectedLoss}
          value={tiles.expectedLoss}
          {...opens({ kind: "expectedLoss" }, strings.kpiExpectedLoss, tiles.expectedLoss)}
          explain={strings.kpiExpectedLossExplain}
        />
        <Tile
          testId="kpi-actions"
          label={strings.kpiActions}
          value={fillNodes(strings.kpiActionsValue, {
            increase: actionLink("increase"),
            keep: actionLink("keep"),
            reduce: actionLink("reduce"),
            stop: actionLink("stop"),
          })}
          explain={strings.kpiActionsExplain}
        />
        <Tile
          testId="kpi-top10"
          label={strings.kpiTop10}
          value={tiles.top10}
          {...opens({ kind: "top10" }, strings.kpiTop10, tiles.top10)}
          explain={format(strings.kpiTop10Explain, {
            hhi: summary.hhi === null ? strings.kpiNotAvailable : formatNumber(summary.hhi, locale, 4),
          })}
        />
      </div>
      {summary.overLimitCustomers > 0 && (
        <Text weight="semibold">
          <Link
            as="button"
            className={styles.open}
            data-testid="over-limit"
            onClick={() =>
              open({
                target: { kind: "overLimit" },
                number: overLimitText,
                value: formatNumber(summary.overLimitCustomers, locale),
              })
            }
          >
            {overLimitText}
          </Link>
        </Text>
      )}
      {opened && drill && (
        <DrillDownTable
          drill={drill}
          number={opened.number}
          value={opened.value}
          bucket={opened.bucket}
          filtered={host?.showRows !== undefined}
          onClose={close}
        />
      )}
      <div>
        <Subtitle2 as="h3">{strings.agingChartTitle}</Subtitle2>
        <BarChart
          bars={agingBars}
          testId="aging-bar"
          onOpen={openAging}
          ariaLabel={format(strings.agingChartLabel, {
            parts: agingBars.map((b) => `${b.label} ${money(b.value)}`).join(", "),
          })}
        />
      </div>
      <div>
        <Subtitle2 as="h3">{strings.gradeChartTitle}</Subtitle2>
        <BarChart
          bars={gradeBars}
          testId="grade-bar"
          onOpen={openGrade}
          ariaLabel={format(strings.gradeChartLabel, {
            parts: gradeBars.map((b) => `${b.label} ${b.shown}`).join(", "),
          })}
        />
      </div>
    </section>
  );
}
