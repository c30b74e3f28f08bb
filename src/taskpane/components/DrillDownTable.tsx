/**
 * The customers behind a number, inline below the KPI tiles: one row per customer (name; id, grade and decision below
 * it) with the amount(s) that explain the number, largest first, and the totals that add up to the number. Takes
 * focus when it opens.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Card,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { actionLabel } from "../../workbook/decisionLabels";
import type { DrillColumn, DrillDown } from "../../workbook/drillDown";
import { format, useLocale, useStrings, type Locale, type PaneStrings } from "../i18n";
import { formatMoney, formatNumber, formatPercent } from "../format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  head: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // Scrolled to, the heading keeps a little room above it: Chromium rounds the scroll to whole pixels, which could
  // leave a heading at a fractional position a fraction of a pixel above the top.
  title: { margin: 0, overflowWrap: "anywhere", outlineStyle: "none", scrollMarginTop: tokens.spacingVerticalS },
  // Columns as wide as their content (amounts never squeezed into each other); wider than the pane, it scrolls.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto", width: "100%" },
  heading: { textAlign: "end", verticalAlign: "bottom" },
  amount: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  // The customer's name wraps within 9 rem; its id, grade and decision go on a line below it.
  customer: { display: "block", minWidth: "6rem", maxWidth: "9rem", overflowWrap: "break-word" },
  facts: { display: "block", maxWidth: "9rem", overflowWrap: "anywhere", color: tokens.colorNeutralForeground3 },
  total: { fontWeight: tokens.fontWeightSemibold },
});

/** Rows shown before "show all". */
export const FIRST_ROWS = 20;

/** Each column's header. */
function columnHeader(column: DrillColumn, strings: PaneStrings, bucket: string): string {
  const headers: Record<DrillColumn, string> = {
    exposure: strings.drillColExposure,
    notDue: strings.drillColNotDue,
    overdue: strings.drillColOverdue,
    sales12m: strings.drillColSales12m,
    provision: strings.drillColProvision,
    expectedLoss: strings.drillColExpectedLoss,
    share: strings.drillColShare,
    effectiveLimit: strings.drillColEffectiveLimit,
    overLimitBy: strings.drillColOverLimitBy,
    recommendedLimit: strings.drillColRecommendedLimit,
    agingBucket: format(strings.drillColAgingBucket, { bucket }),
  };
  return headers[column];
}

/** A value as the column shows it: shares as percentages, the rest as money; none as "n/a". */
function cellText(column: DrillColumn, value: number | null, locale: Locale, strings: PaneStrings): string {
  if (value === null) return strings.kpiNotAvailable;
  return column === "share" ? formatPercent(value, locale) : formatMoney(value, locale);
}

export interface DrillDownTableProps {
  readonly drill: DrillDown;
  /** The number opened, named as the pane shows it (a tile's label, "Aging 31–60", "Stop credit sales" …). */
  readonly number: string;
  /** The number's value as shown. */
  readonly value: string;
  /** The aging bucket's label, for an aging bar's amount column. */
  readonly bucket?: string;
  /** True when the workbook's review table is filtered to these customers too (in Excel). */
  readonly filtered: boolean;
  readonly onClose: () => void;
}

export function DrillDownTable({
  drill,
  number,
  value,
  bucket = "",
  filtered,
  onClose,
}: DrillDownTableProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  // A new number: back to the first rows, focus and scroll to the heading.
  React.useEffect(() => {
    setAll(false);
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: "start" });
  }, [drill]);
  const rows = all ? drill.rows : drill.rows.slice(0, FIRST_ROWS);
  const titleId = "drill-title";

  return (
    <Card className={styles.root} data-testid="drill" role="region" aria-labelledby={titleId}>
      <div className={styles.head}>
        <h3 id={titleId} ref={heading} tabIndex={-1} className={styles.title} data-testid="drill-title">
          <Subtitle2>{format(strings.drillTitle, { number, value })}</Subtitle2>
        </h3>
        <Button appearance="secondary" size="small" onClick={onClose} data-testid="drill-close">
          {strings.drillClose}
        </Button>
      </div>
      {drill.rows.length === 0 ? (
        <Text>{strings.drillNone}</Text>
      ) : (
        <>
          <Caption1>
            {format(strings.drillCount, { count: formatNumber(drill.rows.length, locale) })}
            {filtered ? ` ${strings.drillFiltered}` : ""}
          </Caption1>
          <div className={styles.scroll}>
            <Table size="extra-small" className={styles.table} aria-labelledby={titleId}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{strings.drillColCustomer}</TableHeaderCell>
                  {drill.columns.map((column) => (
                    <TableHeaderCell key={column} className={styles.heading}>
                      {columnHeader(column, strings, bucket)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.customerId} data-testid="drill-row">
                    <TableCell>
                      <Text className={styles.customer}>{row.name}</Text>
                      <Caption1 className={styles.facts} data-testid="drill-facts">
                        {format(strings.drillCustomerFacts, {
                          id: row.customerId,
                          grade: row.grade,
                          action: actionLabel(row.action, locale),
                        })}
                      </Caption1>
                    </TableCell>
                    {drill.columns.map((column, i) => (
                      <TableCell key={column} className={styles.amount} data-testid={`drill-${column}`}>
                        {cellText(column, row.values[i], locale, strings)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
                {all || drill.rows.length <= FIRST_ROWS ? (
                  <TableRow className={styles.total} data-testid="drill-total">
                    <TableCell>{strings.drillTotal}</TableCell>
                    {drill.columns.map((column, i) => (
                      <TableCell key={column} className={styles.amount}>
                        {drill.totals[i] === null ? "" : cellText(column, drill.totals[i], locale, strings)}
                      </TableCell>
                    ))}
                  </TableRow>
                ) : null}
              </TableBody>
            </Table>
          </div>
          {!all && drill.rows.length > FIRST_ROWS && (
            <Button appearance="transparent" onClick={() => setAll(true)} data-testid="drill-show-all">
              {format(strings.drillShowAll, { count: formatNumber(drill.rows.length, locale) })}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
