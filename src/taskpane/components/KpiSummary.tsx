/**
 * The portfolio KPIs after a run, each with the sum that produced it, plus the aging and grade-mix charts. Every
 * number opens the customers behind it (rowsBehind): inline below the tiles and, in Excel, as a filter on the review.
 */
import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneReviewOutcome } from "../worker/paneReview";
import type { PaneHost } from "../paneHost";
import { useKpiDrill } from "../hooks/useKpiDrill";
import { format, useStrings } from "../i18n";
import { DrillDownTable } from "./DrillDownTable";
import { AgingBars, GradeBars } from "./KpiCharts";
import { KpiTiles, OverLimitLink } from "./KpiTiles";

const useStyles = makeStyles({
  charts: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface KpiSummaryProps {
  readonly outcome: PaneReviewOutcome;
  /** Where the pane runs: inside Excel its `showRows` filters the Credit Review table to the rows opened. */
  readonly host?: Pick<PaneHost, "showRows">;
}

export function KpiSummary({ outcome, host }: KpiSummaryProps): React.JSX.Element {
  const { summary } = outcome;
  const strings = useStrings();
  const styles = useStyles();
  const drill = useKpiDrill(outcome, host);
  const { opened, behind } = drill;
  return (
    <section aria-labelledby="kpi-title" className={styles.charts}>
      <Subtitle2 id="kpi-title" as="h2">
        {format(strings.kpiTitle, { asOf: summary.asOf })}
      </Subtitle2>
      <KpiTiles summary={summary} drill={drill} />
      {summary.overLimitCustomers > 0 && <OverLimitLink summary={summary} drill={drill} />}
      {opened && behind && (
        <DrillDownTable
          drill={behind}
          number={opened.number}
          value={opened.value}
          bucket={opened.bucket}
          filtered={host?.showRows !== undefined}
          onClose={drill.close}
        />
      )}
      <AgingBars summary={summary} drill={drill} />
      <GradeBars summary={summary} scale={outcome.grades} drill={drill} />
    </section>
  );
}
