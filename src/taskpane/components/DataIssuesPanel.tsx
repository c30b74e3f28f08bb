/**
 * How many input rows were rejected, repaired or left out, and every one of them in a scrolling list that draws only
 * the rows in view (a million-row ledger can have thousands). Each row shows where and what; selecting one shows its
 * full text below the list. Inside Excel, a button opens the Data Issues sheet.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Caption1Strong,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { issueMessage, type DataIssue } from "../../workbook/dataIssues";
import { format, useLocale, useStrings } from "../i18n";
import { rowWindow } from "../virtualWindow";

/** Every row is this tall: a where-line and at most two lines of message (the full text shows when selected). */
const ROW_HEIGHT = 60;
/** The list shows at most this many rows at once, then scrolls. */
const ROWS_IN_VIEW = 6;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  viewport: {
    position: "relative",
    overflowY: "auto",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  slot: { position: "absolute", left: 0, right: 0, height: `${ROW_HEIGHT}px` },
  item: {
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    textAlign: "start",
    overflow: "hidden",
    cursor: "pointer",
    backgroundColor: "transparent",
    border: "none",
    font: "inherit",
    color: "inherit",
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  clamp: {
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  detail: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
});

export interface DataIssuesPanelProps {
  readonly issues: readonly DataIssue[];
  /** Present inside Excel: activates the Data Issues sheet. */
  readonly onOpenSheet?: () => void;
}

export function DataIssuesPanel({ issues, onOpenSheet }: DataIssuesPanelProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  return (
    <section aria-labelledby="issues-title" className={styles.root}>
      <Subtitle2 id="issues-title" as="h2">
        {strings.issuesTitle}
      </Subtitle2>
      <div className={styles.row}>
        <Text data-testid="issues-count">
          {issues.length === 0 ? strings.issuesNone : format(strings.issuesCount, { count: issues.length })}
        </Text>
        {issues.length > 0 && onOpenSheet && (
          <Button size="small" onClick={onOpenSheet}>
            {strings.issuesOpenSheet}
          </Button>
        )}
        {issues.length > 0 && (
          <Button
            size="small"
            appearance="transparent"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            data-testid="issues-toggle"
          >
            {open ? strings.issuesHide : format(strings.issuesShowAll, { count: issues.length })}
          </Button>
        )}
      </div>
      {open && <IssueList issues={issues} />}
    </section>
  );
}

/** The issues in a scrolling list that draws only the rows in view, and the selected one's full text. */
function IssueList({ issues }: { readonly issues: readonly DataIssue[] }): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [scrollTop, setScrollTop] = React.useState(0);
  const [selected, setSelected] = React.useState<number | undefined>(undefined);
  const viewport = Math.min(issues.length, ROWS_IN_VIEW) * ROW_HEIGHT;
  const { first, end } = rowWindow(scrollTop, viewport, ROW_HEIGHT, issues.length);
  const where = (issue: DataIssue) => format(strings.issueRow, { sheet: issue.sheet, row: issue.row });
  const rows: React.JSX.Element[] = [];
  for (let i = first; i < end; i++) {
    const issue = issues[i];
    rows.push(
      <div
        key={i}
        role="listitem"
        aria-setsize={issues.length}
        aria-posinset={i + 1}
        className={styles.slot}
        style={{ top: i * ROW_HEIGHT }}
      >
        <button
          type="button"
          aria-pressed={selected === i}
          className={mergeClasses(styles.item, selected === i && styles.selected)}
          onClick={() => setSelected(i)}
          data-testid="issue-row"
        >
          <Caption1Strong>{where(issue)}</Caption1Strong>
          <Caption1 className={styles.clamp}>{issueMessage(issue, locale)}</Caption1>
        </button>
      </div>,
    );
  }
  const chosen = selected === undefined ? undefined : issues[selected];
  return (
    <>
      <div
        className={styles.viewport}
        style={{ height: viewport }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        role="list"
        aria-label={strings.issuesTitle}
        tabIndex={0}
        data-testid="issues-list"
      >
        <div style={{ height: issues.length * ROW_HEIGHT }}>{rows}</div>
      </div>
      {chosen && (
        <Text className={styles.detail} role="status" data-testid="issue-detail">
          {where(chosen)}: {issueMessage(chosen, locale)}
        </Text>
      )}
    </>
  );
}
