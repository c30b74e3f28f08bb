/** How many input rows were rejected, repaired or left out, with the first few and a way to the full sheet. */
import * as React from "react";
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { issueMessage, type DataIssue } from "../../workbook/dataIssues";
import { fill, useLocale, useStrings } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

const FIRST = 10;

export interface DataIssuesPanelProps {
  readonly issues: readonly DataIssue[];
  /** Present inside Excel: activates the Data Issues sheet. */
  readonly onOpenSheet?: () => void;
}

export function DataIssuesPanel({ issues, onOpenSheet }: DataIssuesPanelProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  return (
    <section aria-labelledby="issues-title">
      <Subtitle2 id="issues-title" as="h2">
        {strings.issuesTitle}
      </Subtitle2>
      <div className={styles.row}>
        <Text data-testid="issues-count">{issues.length === 0 ? strings.issuesNone : fill(strings.issuesCount, { count: issues.length })}</Text>
        {issues.length > 0 && onOpenSheet && (
          <Button size="small" onClick={onOpenSheet}>
            {strings.issuesOpenSheet}
          </Button>
        )}
        {issues.length > 0 && !open && (
          <Button size="small" appearance="transparent" onClick={() => setOpen(true)}>
            {fill(strings.issuesShow, { count: Math.min(FIRST, issues.length) })}
          </Button>
        )}
      </div>
      {open && (
        <ol className={styles.list}>
          {issues.slice(0, FIRST).map((issue, i) => (
            <li key={i}>
              <Caption1>
                {fill(strings.issueRow, { sheet: issue.sheet, row: issue.row })}: {issueMessage(issue, locale)}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
