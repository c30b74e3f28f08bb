/**
 * Opening a KPI: the number opened, the customers behind it (rowsBehind) and, inside Excel, the Credit Review table
 * filtered to them. Closing it clears the filter and gives focus back to what opened it.
 */
import * as React from "react";
import { rowsBehind, type DrillDown, type DrillTarget } from "../../workbook/drillDown";
import { format, useStrings } from "../i18n";
import type { PaneHost } from "../paneHost";
import type { PaneReviewOutcome } from "../worker/paneReview";

/** A number opened: what it is, how the pane names and shows it. */
export interface OpenedNumber {
  readonly target: DrillTarget;
  readonly number: string;
  readonly value: string;
  readonly bucket?: string;
}

export interface KpiDrill {
  readonly opened: OpenedNumber | undefined;
  /** The customers behind the number opened. */
  readonly behind: DrillDown | undefined;
  readonly open: (next: OpenedNumber) => void;
  readonly close: () => void;
  /** The accessible name of a button that opens `number` (shown as `value`). */
  readonly openLabel: (number: string, value: string) => string;
  /** Props that make a tile open the rows behind it. */
  readonly opens: (
    target: DrillTarget,
    number: string,
    value: string,
  ) => { readonly onOpen: () => void; readonly openLabel: string };
}

/** The drill-down of one review's KPIs; a new review closes what was open. */
export function useKpiDrill(outcome: PaneReviewOutcome, host: Pick<PaneHost, "showRows"> | undefined): KpiDrill {
  const strings = useStrings();
  const [opened, setOpened] = React.useState<OpenedNumber | undefined>(undefined);
  const opener = React.useRef<HTMLElement | null>(null);
  const { review } = outcome;
  const behind = React.useMemo(() => (opened ? rowsBehind(review, opened.target) : undefined), [opened, review]);
  // A new review: nothing open.
  React.useEffect(() => setOpened(undefined), [outcome]);
  // Inside Excel the review table shows the same rows.
  React.useEffect(() => {
    // No rows behind the number (an action nobody got): the sheet is left as it is, since an empty list would clear
    // the filter and show every customer while the pane says none.
    if (behind && behind.rows.length > 0)
      void host?.showRows?.(behind.rows.map((r) => r.customerId))?.catch(() => undefined);
  }, [behind, host]);
  const open = (next: OpenedNumber) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpened(next);
  };
  const close = () => {
    setOpened(undefined);
    void host?.showRows?.([])?.catch(() => undefined);
    opener.current?.focus();
  };
  const openLabel = (number: string, value: string) => format(strings.drillOpen, { number: `${number} ${value}` });
  const opens = (target: DrillTarget, number: string, value: string) => ({
    onOpen: () => open({ target, number, value }),
    openLabel: openLabel(number, value),
  });
  return { opened, behind, open, close, openLabel, opens };
}
