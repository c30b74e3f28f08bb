/**
 * Early warnings as a triage list: one entry per customer, worst severity first, then the largest amount at stake
 * (see core/portfolio/alertTriage.ts), each with its severity, amount, action and every alert's message. Filters by
 * severity and by rule. Selecting a customer opens its card right below its entry and moves focus to the card.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Dropdown,
  Option,
  Subtitle2,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { formatMessage, type Locale } from "../../core/messages";
import {
  ALERT_SEVERITIES,
  SEVERITY_LABEL,
  type AlertGroup,
  type AlertSeverity,
} from "../../core/portfolio/alertTriage";
import type { AlertRule, Review } from "../../core/portfolio/reviewTypes";
import { actionLabel } from "../../workbook/decisionLabels";
import { alertMessage, alertRuleText } from "../../workbook/reviewWords";
import { useAlertFilters, type AlertFilters } from "../hooks/useAlertFilters";
import { format, useLocale, useStrings } from "../i18n";
import { formatMoney } from "../format";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  ruleFilter: { minWidth: "0", width: "100%" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  critical: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  high: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  medium: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  low: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  head: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
  },
  headLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  amount: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  messages: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** Badge colours: the severity is also written out, so colour is never the only sign. */
const BADGE_COLOR: Record<AlertSeverity, BadgeProps["color"]> = {
  critical: "danger",
  high: "severe",
  medium: "warning",
  low: "informative",
};

const FIRST = 10;

export interface AlertsListProps {
  readonly review: Review;
  /** The customer whose card is open. */
  readonly selected: string | undefined;
  /** Opens (or, with undefined, closes) a customer's card. */
  readonly onSelect: (customerId: string | undefined) => void;
  /** The card of a customer, shown right below its entry. */
  readonly renderCard: (customerId: string) => React.ReactNode;
}

const severityText = (s: AlertSeverity, locale: Locale) => formatMessage(SEVERITY_LABEL[s], {}, locale);

/** A toggle per severity (with its count under the rule filter) and the rule filter, a multi-select. */
function AlertFilterBar({ filters }: { readonly filters: AlertFilters }): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { severities, toggle, rules, setRules, counts, ruleCounts } = filters;
  return (
    <>
      <div className={styles.filters} role="group" aria-label={strings.alertsSeverityFilter}>
        {ALERT_SEVERITIES.filter((s) => counts[s] > 0 || severities.has(s)).map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={severities.has(s)}
            onClick={() => toggle(s)}
            data-testid={`severity-${s}`}
          >
            {format(strings.alertsSeverityCount, { severity: severityText(s, locale), count: counts[s] })}
          </ToggleButton>
        ))}
      </div>
      <Dropdown
        className={styles.ruleFilter}
        multiselect
        aria-label={strings.alertsRuleFilter}
        placeholder={strings.alertsRuleAll}
        selectedOptions={[...rules]}
        value={rules.map((r) => alertRuleText(r, locale)).join(", ")}
        onOptionSelect={(_, d) => setRules(d.selectedOptions as AlertRule[])}
        data-testid="rule-filter"
      >
        {[...ruleCounts].map(([rule, count]) => (
          <Option key={rule} value={rule} text={alertRuleText(rule, locale)}>
            {format(strings.alertsRuleOption, { rule: alertRuleText(rule, locale), count })}
          </Option>
        ))}
      </Dropdown>
    </>
  );
}

/**
 * One customer's entry: a button with its severity, name, amount at stake and action that opens (or closes) its
 * card right below, then every alert's message.
 */
function AlertEntry(props: {
  readonly group: AlertGroup;
  readonly open: boolean;
  readonly onSelect: (customerId: string | undefined) => void;
  readonly renderCard: (customerId: string) => React.ReactNode;
}): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const { group, open } = props;
  const cardId = `customer-card-${group.customerId}`;
  return (
    <li
      className={mergeClasses(styles.group, styles[group.severity])}
      data-testid="alert-group"
      data-severity={group.severity}
    >
      <Button
        appearance="subtle"
        className={mergeClasses(styles.head, open && styles.selected)}
        aria-expanded={open}
        aria-controls={open ? cardId : undefined}
        onClick={() => props.onSelect(open ? undefined : group.customerId)}
      >
        <span className={styles.headLine}>
          <Badge appearance="filled" color={BADGE_COLOR[group.severity]}>
            {severityText(group.severity, locale)}
          </Badge>
          <Text weight="semibold" className={styles.name}>
            {group.customerName}
          </Text>
          <Text className={styles.amount} data-testid="alert-at-stake">
            {formatMoney(group.atStake, locale)}
          </Text>
        </span>
        <Caption1>
          {format(group.alerts.length === 1 ? strings.alertsGroupLineOne : strings.alertsGroupLine, {
            action: group.action ? actionLabel(group.action, locale) : strings.kpiNotAvailable,
            count: group.alerts.length,
          })}
        </Caption1>
      </Button>
      <ul className={styles.messages}>
        {group.alerts.map((alert, i) => (
          <li key={`${alert.rule}-${i}`}>
            <Caption1>{alertMessage(alert, locale)}</Caption1>
          </li>
        ))}
      </ul>
      {open && <div id={cardId}>{props.renderCard(group.customerId)}</div>}
    </li>
  );
}

export function AlertsList({ review, selected, onSelect, renderCard }: AlertsListProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const filters = useAlertFilters(review);
  const { groups } = filters;
  const [all, setAll] = React.useState(false);
  const shown = all ? groups : groups.slice(0, FIRST);
  const customers = new Set(review.alerts.map((a) => a.customerId)).size;
  return (
    <section aria-labelledby="alerts-title" className={styles.root}>
      <Subtitle2 id="alerts-title" as="h2">
        {format(strings.alertsTitle, { count: review.alerts.length, customers })}
      </Subtitle2>
      {review.alerts.length === 0 ? (
        <Text>{strings.alertsNone}</Text>
      ) : (
        <>
          <AlertFilterBar filters={filters} />
          <Caption1>{strings.alertsSelectHint}</Caption1>
          {groups.length === 0 && <Text>{strings.alertsNoneMatch}</Text>}
          <ul className={styles.list} data-testid="alerts">
            {shown.map((group) => (
              <AlertEntry
                key={group.customerId}
                group={group}
                open={selected === group.customerId}
                onSelect={onSelect}
                renderCard={renderCard}
              />
            ))}
          </ul>
          {!all && groups.length > FIRST && (
            <Button appearance="transparent" onClick={() => setAll(true)}>
              {format(strings.alertsShowMore, { count: groups.length })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
