/** One customer's line of the review: the numbers behind an alert, and a link to its row in the sheet. */
import * as React from "react";
import { Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CustomerReview } from "../../core/portfolio/reviewTypes";
import { fill, useLocale, useStrings } from "../i18n";
import { formatMoney, formatNumber, formatPercent } from "../format";

const useStyles = makeStyles({
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface CustomerDetailProps {
  readonly line: CustomerReview;
  /** Present inside Excel: selects the customer's row in the Credit Review sheet. */
  readonly onShowInSheet?: () => void;
}

export function CustomerDetail({ line, onShowInSheet }: CustomerDetailProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const money = (v: number | undefined) => (v === undefined ? strings.kpiNotAvailable : formatMoney(v, locale));
  const facts: [string, string][] = [
    [strings.customerExposure, money(line.exposure)],
    [strings.customerLimit, money(line.customer.creditLimit)],
    [strings.customerRecommended, money(line.recommendedLimit)],
    [strings.customerBinding, line.bindingRule],
    [strings.customerScore, line.score === undefined ? strings.kpiNotAvailable : formatNumber(line.score, locale, 1)],
    [strings.customerGrade, line.grade],
    [strings.customerPd, line.pd === undefined ? strings.kpiNotAvailable : formatPercent(line.pd, locale)],
    [strings.customerMaxDpd, formatNumber(line.maxDaysPastDue, locale)],
    [strings.customerStage, line.collectionStage],
  ];
  return (
    <Card data-testid="customer-detail">
      <CardHeader header={<Text weight="semibold">{fill(strings.customerTitle, { name: line.customer.name, id: line.customer.id })}</Text>} />
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <React.Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </React.Fragment>
        ))}
      </dl>
      {onShowInSheet && (
        <Button appearance="secondary" onClick={onShowInSheet}>
          {strings.customerShowInSheet}
        </Button>
      )}
    </Card>
  );
}
