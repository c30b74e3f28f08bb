/** Early warnings after a run; selecting one shows the customer's line and, in Excel, selects its row. */
import * as React from "react";
import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatMessage } from "../../core/messages";
import type { Alert } from "../../core/portfolio/reviewTypes";
import { fill, useLocale, useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
});

const FIRST = 8;

export interface AlertsListProps {
  readonly alerts: readonly Alert[];
  readonly selected: string | undefined;
  readonly onSelect: (customerId: string) => void;
}

export function AlertsList({ alerts, selected, onSelect }: AlertsListProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const shown = all ? alerts : alerts.slice(0, FIRST);
  return (
    <section aria-labelledby="alerts-title" className={styles.root}>
      <Subtitle2 id="alerts-title" as="h2">
        {fill(strings.alertsTitle, { count: alerts.length })}
      </Subtitle2>
      {alerts.length === 0 ? (
        <Text>{strings.alertsNone}</Text>
      ) : (
        <>
          <Caption1>{strings.alertsSelectHint}</Caption1>
          <ul className={styles.list} data-testid="alerts">
            {shown.map((alert, i) => (
              <li key={`${alert.customerId}-${alert.rule}-${i}`}>
                <Button
                  appearance="subtle"
                  className={`${styles.item} ${selected === alert.customerId ? styles.selected : ""}`}
                  aria-pressed={selected === alert.customerId}
                  onClick={() => onSelect(alert.customerId)}
                >
                  <Text weight="semibold">{alert.customerName}</Text>
                  <Caption1>{formatMessage(alert.code, alert.params, locale)}</Caption1>
                </Button>
              </li>
            ))}
          </ul>
          {!all && alerts.length > FIRST && (
            <Button appearance="transparent" onClick={() => setAll(true)}>
              {fill(strings.alertsShowMore, { count: alerts.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
