/**
 * A finished review in the Review tab: how long it took (focused, so the keyboard and a screen reader land on the
 * results), the downloads, then the KPIs, the alerts with each customer's card, and the data issues.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { openItemsByCustomer } from "../../workbook/openItems";
import { reviewSheetName } from "../../workbook/reviewLayout";
import type { ReviewDownloads } from "../hooks/useReviewDownloads";
import { format, useStrings } from "../i18n";
import type { PaneHost } from "../paneHost";
import type { PaneReviewOutcome } from "../worker/paneReview";
import { AlertsList } from "./AlertsList";
import { CustomerDetail } from "./CustomerDetail";
import { DataIssuesPanel } from "./DataIssuesPanel";
import { KpiSummary } from "./KpiSummary";

const useStyles = makeStyles({
  runRow: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "flex-end", flexWrap: "wrap" },
});

/** The review workbook (browser mode) and the decisions file. */
function ReviewDownloadLinks({ reviewUrl, decisionsUrl }: ReviewDownloads): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.runRow}>
      {reviewUrl && (
        <Button as="a" href={reviewUrl} download="review.xlsx" appearance="secondary">
          {strings.downloadReview}
        </Button>
      )}
      {decisionsUrl && (
        <Button
          as="a"
          href={decisionsUrl}
          download="decisions.csv"
          appearance="secondary"
          title={strings.downloadDecisionsHint}
          data-testid="download-decisions"
        >
          {strings.downloadDecisions}
        </Button>
      )}
    </div>
  );
}

export interface ReviewResultsProps {
  readonly host: PaneHost;
  readonly outcome: PaneReviewOutcome;
  readonly seconds: number;
  readonly downloads: ReviewDownloads;
  /** The customer whose card is open. */
  readonly selected: string | undefined;
  readonly onSelect: (customerId: string | undefined) => void;
}

export function ReviewResults(props: ReviewResultsProps): React.JSX.Element {
  const strings = useStrings();
  const { host, outcome } = props;
  const openItems = React.useMemo(() => openItemsByCustomer(outcome.openInvoices, outcome.review.asOf), [outcome]);
  // After a run, focus moves to the results' first line, so the keyboard and a screen reader land on them.
  const doneRef = React.useRef<HTMLSpanElement>(null);
  React.useEffect(() => {
    doneRef.current?.focus();
  }, [outcome]);
  const renderCard = (id: string) => {
    const line = outcome.review.customers.find((c) => c.customer.id === id);
    return (
      line && (
        <CustomerDetail
          line={line}
          bucketLimits={outcome.review.bucketLimits}
          openItems={openItems.get(id) ?? []}
          onShowInSheet={host.showCustomer ? () => void host.showCustomer?.(id) : undefined}
        />
      )
    );
  };
  return (
    <>
      <Text role="status" data-testid="run-done" ref={doneRef} tabIndex={-1}>
        {format(strings.stageDone, { seconds: props.seconds.toFixed(1) })}
      </Text>
      <ReviewDownloadLinks {...props.downloads} />
      <KpiSummary outcome={outcome} host={host} />
      <AlertsList review={outcome.review} selected={props.selected} onSelect={props.onSelect} renderCard={renderCard} />
      <DataIssuesPanel
        issues={outcome.issues}
        onOpenSheet={
          host.showSheet ? () => void host.showSheet?.(reviewSheetName("dataIssues", outcome.locale)) : undefined
        }
      />
    </>
  );
}
