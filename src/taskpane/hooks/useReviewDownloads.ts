/** The files a review offers for download: the workbook with its sheets (browser mode) and the decisions as CSV. */
import { decisionsCsv } from "../../workbook/decisionsFile";
import { csvBlob, useObjectUrl } from "../download";
import type { PaneHost } from "../paneHost";
import type { PaneReviewOutcome } from "../worker/paneReview";

export interface ReviewDownloads {
  readonly reviewUrl: string | undefined;
  readonly decisionsUrl: string | undefined;
}

/** One URL per file, freed when the next run replaces it (not one per redraw). */
export function useReviewDownloads(host: PaneHost, outcome: PaneReviewOutcome | undefined): ReviewDownloads {
  const file = host.reviewFile?.();
  const reviewUrl = useObjectUrl(() => file, [file]);
  const decisionsUrl = useObjectUrl(() => (outcome ? csvBlob(decisionsCsv(outcome.review)) : undefined), [outcome]);
  return { reviewUrl, decisionsUrl };
}
