/** Runs the portfolio review from the pane: stages for the progress bar, the outcome, or the error to show. */
import * as React from "react";
import type { SerialDate } from "../../core/dates";
import type { Locale } from "../../core/messages";
import type { ColumnChoices, StaleMapping, TableResolution } from "../../workbook/columnMapping";
import { REVIEW_STAGES, type ReviewStage } from "../../workbook/runWorkbookReview";
import type { PaneHost } from "../paneHost";
import type { PaneReviewOutcome } from "../worker/paneReview";

export type RunState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly stage: ReviewStage; readonly progress: number }
  | {
      readonly status: "needsMapping";
      readonly tables: readonly TableResolution[];
      readonly openItems: boolean;
      readonly stale: readonly StaleMapping[];
    }
  | { readonly status: "done"; readonly outcome: PaneReviewOutcome; readonly seconds: number }
  | { readonly status: "failed"; readonly message: string };

/** The bar as a stage starts: the share of the stages already done (read 0, check ¼, score ½, write ¾). */
export const stageProgress = (stage: ReviewStage): number => REVIEW_STAGES.indexOf(stage) / REVIEW_STAGES.length;

/**
 * The review as a state machine the pane renders. It asks before reviewing (`needsMapping`) when a column is missing,
 * only hinted at, or the ledger has no payment data, and always when `showColumns` (the Check columns button). `run`
 * never throws, a failure becomes a `failed` state. The sheets are written in `locale` when the user picked one,
 * else in the workbook's language, else `paneLocale`. The review runs off the main thread (see PaneHost.review);
 * only the latest run speaks: a run started after it, or the pane going away, silences its stages and its end.
 */
export function useReviewRun(host: PaneHost | undefined, locale: Locale | undefined, paneLocale: Locale) {
  const [state, setState] = React.useState<RunState>({ status: "idle" });
  const latest = React.useRef(0);
  React.useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );
  const run = React.useCallback(
    async (asOf: SerialDate, choices: ColumnChoices = { mappings: {}, openItems: false }, showColumns = false) => {
      if (!host) return;
      const ticket = ++latest.current;
      const speak = (next: RunState) => {
        if (ticket === latest.current) setState(next);
      };
      const started = performance.now();
      speak({ status: "running", stage: REVIEW_STAGES[0], progress: 0 });
      try {
        const result = await host.review({
          asOf,
          locale,
          defaultLocale: paneLocale,
          mappings: choices.mappings,
          openItems: choices.openItems,
          confirmColumns: true,
          showColumns,
          onStage: (stage) => speak({ status: "running", stage, progress: stageProgress(stage) }),
        });
        const seconds = (performance.now() - started) / 1000;
        // A transition: React draws the results (hundreds of alerts, charts) in slices that leave the page responsive.
        React.startTransition(() => {
          if (result.kind === "needsMapping")
            speak({ status: "needsMapping", tables: result.tables, openItems: result.openItems, stale: result.stale });
          else speak({ status: "done", outcome: result.outcome, seconds });
        });
      } catch (error) {
        speak({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [host, locale, paneLocale],
  );
  return { state, run };
}
