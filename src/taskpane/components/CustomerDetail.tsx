/**
 * One customer's line of the review: the decision and the rule behind it, the limits side by side (in force,
 * temporary, by the credit rules, recommended), blacklist status, approval and why, the numbers behind an alert, and
 * a link to its row in the sheet. Every code is shown in words.
 */
import * as React from "react";
import { Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isoFromSerial } from "../../core/dates";
import { formatMessage } from "../../core/messages";
import type { CustomerReview } from "../../core/portfolio/reviewTypes";
import { actionSentence, blacklistStatusLabel } from "../../workbook/decisionLabels";
import { bindingRuleText, stageText } from "../../workbook/reviewLayout";
import { fill, useLocale, useStrings } from "../i18n";
import { formatMoney, formatNumber, formatPercent } from "../format";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
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
  const temporary =
    line.temporaryLimitActive && line.customer.temporaryLimit !== undefined
      ? line.customer.temporaryLimitExpiry === undefined
        ? money(line.customer.temporaryLimit)
        : fill(strings.customerTemporaryValue, {
            limit: money(line.customer.temporaryLimit),
            expiry: isoFromSerial(line.customer.temporaryLimitExpiry),
          })
      : strings.customerTemporaryNone;
  const facts: [string, string][] = [
    [strings.customerAction, actionSentence(line.action, line.actionRule, locale)],
    [strings.customerExposure, money(line.exposure)],
    [strings.customerLimit, money(line.customer.creditLimit)],
    [strings.customerTemporary, temporary],
    [strings.customerEffective, money(line.effectiveLimit)],
    [strings.customerLimitByRules, money(line.limitByRules)],
    [strings.customerBinding, bindingRuleText(line.bindingRule, locale)],
    [strings.customerRecommended, money(line.recommendedLimit)],
    ...(line.policyBreaches.length > 0
      ? [
          [strings.customerPolicyBreaches, line.policyBreaches.map((b) => bindingRuleText(b, locale)).join("; ")] as [
            string,
            string,
          ],
        ]
      : []),
    [
      strings.customerBlacklist,
      line.blacklistStatus ? blacklistStatusLabel(line.blacklistStatus, locale) : strings.customerBlacklistNone,
    ],
    [strings.customerApproval, line.approvalLevel],
    ...(line.approvalReasons.length > 0
      ? [
          [
            strings.customerApprovalReasons,
            line.approvalReasons.map((code) => formatMessage(code, {}, locale)).join("; "),
          ] as [string, string],
        ]
      : []),
    [strings.customerScore, line.score === undefined ? strings.kpiNotAvailable : formatNumber(line.score, locale, 1)],
    [strings.customerGrade, line.grade],
    [strings.customerPd, line.pd === undefined ? strings.kpiNotAvailable : formatPercent(line.pd, locale)],
    [strings.customerMaxDpd, formatNumber(line.maxDaysPastDue, locale)],
    [strings.customerStage, stageText(line.collectionStage, locale)],
  ];
  return (
    <Card data-testid="customer-detail">
      <CardHeader
        header={
          <Text weight="semibold">
            {fill(strings.customerTitle, { name: line.customer.name, id: line.customer.id })}
          </Text>
        }
      />
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
