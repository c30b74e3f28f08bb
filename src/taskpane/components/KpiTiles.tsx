/**
 * The portfolio KPI tiles: each number with the sum that produced it; a tile's number (each action count on its own)
 * opens the customers behind it.
 */
import * as React from "react";
import { Caption1, Card, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { templateParts, type Locale } from "../../core/messages";
import type { CreditAction } from "../../core/policy/creditPolicy";
import { actionLabel } from "../../workbook/decisionLabels";
import type { DrillTarget } from "../../workbook/drillDown";
import { formatDays, formatMoney, formatMoneyShort, formatNumber, formatPercent } from "../format";
import type { KpiDrill } from "../hooks/useKpiDrill";
import { format, useLocale, useStrings, type PaneStrings } from "../i18n";
import type { PaneReviewOutcome } from "../worker/paneReview";
import { bucketLabel } from "./KpiCharts";

type PortfolioSummary = PaneReviewOutcome["summary"];

/** What each part of the KPI summary draws from: the review's figures and the drill-down they open. */
export interface KpiPartProps {
  readonly summary: PortfolioSummary;
  readonly drill: KpiDrill;
}

const useStyles = makeStyles({
  // As many columns as fit at 136 px or more; one column when the pane is narrower than that.
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 136px), 1fr))",
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
});

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
  return templateParts(template).map((part, i) => (
    <React.Fragment key={i}>
      {typeof part === "string"
        ? part
        : Object.prototype.hasOwnProperty.call(nodes, part.name)
          ? nodes[part.name]
          : part.text}
    </React.Fragment>
  ));
}

/** The customers per credit action, in the translation's sentence, each count opening its customers. */
function ActionCounts({ summary, drill }: KpiPartProps): React.JSX.Element {
  const locale = useLocale();
  const strings = useStrings();
  const styles = useStyles();
  const actionLink = (action: CreditAction) => {
    const value = formatNumber(summary.actions[action], locale);
    const number = actionLabel(action, locale);
    return (
      <Link
        as="button"
        className={styles.open}
        data-testid={`kpi-action-${action}`}
        aria-label={drill.openLabel(number, value)}
        onClick={() => drill.open({ target: { kind: "action", action }, number, value })}
      >
        {value}
      </Link>
    );
  };
  return (
    <>
      {fillNodes(strings.kpiActionsValue, {
        increase: actionLink("increase"),
        keep: actionLink("keep"),
        reduce: actionLink("reduce"),
        stop: actionLink("stop"),
      })}
    </>
  );
}

/** A tile: its number opens the customers behind it (`target`), or its parts do (`target` left out). */
type TileSpec = { readonly testId: string; readonly label: string; readonly explain: string } & (
  | { readonly value: string; readonly target: DrillTarget }
  | { readonly value: React.ReactNode; readonly target?: undefined }
);

/** The provision's sum, one part per aging bucket: "Not due 1.2K × 0.5% + 1–30 800 × 2.0% + …". */
function eclParts(summary: PortfolioSummary, strings: PaneStrings, locale: Locale): string {
  return Object.keys(summary.aging)
    .map(
      (k) =>
        `${bucketLabel(k, strings.bucketCurrent)} ${formatMoneyShort(summary.aging[k], locale)} × ${formatPercent(summary.lossRates[k] ?? 0, locale)}`,
    )
    .join(" + ");
}

/** The tiles in the order shown, each with the sum that produced its number. */
function kpiTiles(
  summary: PortfolioSummary,
  strings: PaneStrings,
  locale: Locale,
  actions: React.ReactNode,
): TileSpec[] {
  const money = (v: number) => formatMoney(v, locale);
  const days = (v: number | null) =>
    v === null ? strings.kpiNotAvailable : format(strings.kpiDays, { value: formatDays(v, locale) });
  const overdueShare = summary.openReceivables > 0 ? summary.overdueReceivables / summary.openReceivables : 0;
  const open = money(summary.openReceivables);
  const sales = money(summary.creditSales365);
  return [
    {
      testId: "kpi-open",
      label: strings.kpiOpen,
      value: open,
      target: { kind: "open" },
      explain: format(strings.kpiOpenExplain, {
        invoices: formatNumber(summary.invoices, locale),
        customers: formatNumber(summary.customers, locale),
      }),
    },
    {
      testId: "kpi-overdue",
      label: strings.kpiOverdue,
      value: formatPercent(overdueShare, locale),
      target: { kind: "overdue" },
      explain: format(strings.kpiOverdueExplain, { overdue: money(summary.overdueReceivables), open }),
    },
    {
      testId: "kpi-dso",
      label: strings.kpiDso,
      value: days(summary.dso),
      target: { kind: "dso" },
      explain: format(strings.kpiDsoExplain, { open, sales }),
    },
    {
      testId: "kpi-bpdso",
      label: strings.kpiBpdso,
      value: days(summary.bpdso),
      target: { kind: "bpdso" },
      explain: format(strings.kpiBpdsoExplain, {
        current: money(summary.aging.current ?? 0),
        sales,
        add: summary.add === null ? strings.kpiNotAvailable : formatDays(summary.add, locale),
      }),
    },
    {
      testId: "kpi-ecl",
      label: strings.kpiEcl,
      value: money(summary.provisionMatrix),
      target: { kind: "provision" },
      explain: format(strings.kpiEclExplain, { parts: eclParts(summary, strings, locale) }),
    },
    {
      testId: "kpi-expected-loss",
      label: strings.kpiExpectedLoss,
      value: money(summary.expectedLoss),
      target: { kind: "expectedLoss" },
      explain: strings.kpiExpectedLossExplain,
    },
    { testId: "kpi-actions", label: strings.kpiActions, value: actions, explain: strings.kpiActionsExplain },
    {
      testId: "kpi-top10",
      label: strings.kpiTop10,
      value: summary.top10Share === null ? strings.kpiNotAvailable : formatPercent(summary.top10Share, locale),
      target: { kind: "top10" },
      explain: format(strings.kpiTop10Explain, {
        hhi: summary.hhi === null ? strings.kpiNotAvailable : formatNumber(summary.hhi, locale, 4),
      }),
    },
  ];
}

/** The KPI tiles, as many to a row as the pane's width holds. */
export function KpiTiles({ summary, drill }: KpiPartProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const tiles = kpiTiles(summary, strings, locale, <ActionCounts summary={summary} drill={drill} />);
  return (
    <div className={styles.grid}>
      {tiles.map((t) => (
        <Tile
          key={t.testId}
          testId={t.testId}
          label={t.label}
          value={t.value}
          {...(t.target === undefined ? {} : drill.opens(t.target, t.label, t.value))}
          explain={t.explain}
        />
      ))}
    </div>
  );
}

/** How many customers owe more than their limit, opening them. */
export function OverLimitLink({ summary, drill }: KpiPartProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const text = format(strings.overLimitCount, { count: summary.overLimitCustomers });
  return (
    <Text weight="semibold">
      <Link
        as="button"
        className={styles.open}
        data-testid="over-limit"
        onClick={() =>
          drill.open({
            target: { kind: "overLimit" },
            number: text,
            value: formatNumber(summary.overLimitCustomers, locale),
          })
        }
      >
        {text}
      </Link>
    </Text>
  );
}
