/** Runs the portfolio review from the pane: stages for the progress bar, the outcome, or the error to show. */
import * as React from "react";
import type { SerialDate } from "../../core/dates";
import type { Locale } from "../../core/messages";
import type { ColumnChoices, StaleMapping, TableResolution } from "../../workbook/columnMapping";
import { REVIEW_STAGES, runWorkbookReview, type ReviewOutcome, type ReviewStage } from "../../workbook/runWorkbookReview";
import type { PaneHost } from "../paneHost";

export type RunState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly stage: ReviewStage; readonly progress: number }
  | {
      readonly status: "needsMapping";
      readonly tables: readonly TableResolution[];
      readonly openItems: boolean;
      readonly stale: readonly StaleMapping[];
    }
  | { readonly status: "done"; readonly outcome: ReviewOutcome; readonly seconds: number }
  | { readonly status: "failed"; readonly message: string };

/**
 * The review as a state machine the pane renders. It asks before reviewing (`needsMapping`) when a column is missing,
 * only hinted at, or the ledger has no payment data, and always when `showColumns` (the Check columns button). `run` never throws, a failure becomes a `failed` state. The
 * sheets are written in `locale` when the user picked one, else in the workbook's language, else `paneLocale`.
 */
export function useReviewRun(host: PaneHost | undefined, locale: Locale | undefined, paneLocale: Locale) {
  const [state, setState] = React.useState<RunState>({ status: "idle" });
  const run = React.useCallback(
    async (asOf: SerialDate, choices: ColumnChoices = { mappings: {}, openItems: false }, showColumns = false) => {
      if (!host) return;
      const started = performance.now();
      setState({ status: "running", stage: REVIEW_STAGES[0], progress: 0 });
      try {
        const result = await runWorkbookReview(host.source(), host.sink(), {
          asOf,
          locale,
          defaultLocale: paneLocale,
          mappings: choices.mappings,
          openItems: choices.openItems,
          confirmColumns: true,
          showColumns,
          onStage: (stage) => setState({ status: "running", stage, progress: REVIEW_STAGES.indexOf(stage) / REVIEW_STAGES.length }),
        });
        if (result.kind === "needsMapping") setState({ status: "needsMapping", tables: result.tables, openItems: result.openItems, stale: result.stale });
        else setState({ status: "done", outcome: result.outcome, seconds: (performance.now() - started) / 1000 });
      } catch (error) {
        setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [host, locale, paneLocale],
  );
  return { state, run };
}
