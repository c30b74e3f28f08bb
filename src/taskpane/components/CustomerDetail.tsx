/**
 * One customer's line of the review: the decision and the rule behind it, the limits side by side (in force,
 * temporary, by the credit rules, recommended), blacklist status, approval and why, the numbers behind an alert, the
 * aging split, the open invoices, and a link to its row in the sheet. Every code is shown in words. It takes focus
 * when it opens, so a keyboard or screen-reader user lands on it.
 */
import * as React from "react";
import { Button, Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isoFromSerial } from "../../core/dates";
import { bucketLabel } from "../../core/receivables/aging";
import { formatMessage } from "../../core/messages";
import type { CustomerReview } from "../../core/portfolio/reviewTypes";
import { actionSentence, blacklistStatusLabel } from "../../workbook/decisionLabels";
import { bindingRuleText, stageText } from "../../workbook/reviewWords";
import type { OpenItem } from "../../workbook/openItems";
import { format, useLocale, useStrings } from "../i18n";
import { formatMoney, formatNumber, formatPercent } from "../format";

const useStyles = makeStyles({
  // Each fact on a line of its own: the value beside its name when both fit, else on the next line, right-aligned.
  facts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0 },
  fact: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, justifyContent: "space-between" },
  term: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    marginLeft: "auto",
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    maxWidth: "100%",
    overflowWrap: "break-word",
  },
  card: { scrollMarginTop: tokens.spacingVerticalXXL },
  table: { width: "100%", borderCollapse: "collapse", fontVariantNumeric: "tabular-nums" },
  cell: { textAlign: "end", padding: `0 ${tokens.spacingHorizontalXS}`, whiteSpace: "nowrap" },
  firstCell: { textAlign: "start", padding: `0 ${tokens.spacingHorizontalXS} 0 0`, whiteSpace: "nowrap" },
});

const FIRST_ITEMS = 10;

export interface CustomerDetailProps {
  readonly line: CustomerReview;
  /** The review's aging bucket limits (days), for the aging split's labels. */
  readonly bucketLimits: readonly number[];
  /** The customer's open invoices on the review date, most overdue first. */
  readonly openItems: readonly OpenItem[];
  /** Present inside Excel: selects the customer's row in the Credit Review sheet. */
  readonly onShowInSheet?: () => void;
}

export function CustomerDetail({
  line,
  bucketLimits,
  openItems,
  onShowInSheet,
}: CustomerDetailProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const [allItems, setAllItems] = React.useState(false);
  // Focus and bring the card into view when it opens (a different customer is a new card).
  React.useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [line.customer.id]);
  const money = (v: number | undefined) => (v === undefined ? strings.kpiNotAvailable : formatMoney(v, locale));
  const temporary =
    line.temporaryLimitActive && line.customer.temporaryLimit !== undefined
      ? line.customer.temporaryLimitExpiry === undefined
        ? money(line.customer.temporaryLimit)
        : format(strings.customerTemporaryValue, {
            limit: money(line.customer.temporaryLimit),
            expiry: isoFromSerial(line.customer.temporaryLimitExpiry),
          })
      : strings.customerTemporaryNone;
  const facts: [string, string][] = [
    [strings.customerAction, actionSentence(line.action, line.actionRule, locale)],
    [strings.customerExposure, money(line.exposure)],
    ...line.aging.map((amount, k): [string, string] => [
      format(strings.customerAgingBucket, { bucket: bucketLabel(k, bucketLimits, locale) }),
      money(amount),
    ]),
    [strings.customerDisputed, money(line.disputed)],
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
    <Card
      data-testid="customer-detail"
      ref={ref}
      tabIndex={-1}
      className={styles.card}
      aria-label={format(strings.customerTitle, { name: line.customer.name, id: line.customer.id })}
    >
      <CardHeader
        header={
          <Text weight="semibold">
            {format(strings.customerTitle, { name: line.customer.name, id: line.customer.id })}
          </Text>
        }
      />
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.fact}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <OpenItemsTable items={allItems ? openItems : openItems.slice(0, FIRST_ITEMS)} />
      {!allItems && openItems.length > FIRST_ITEMS && (
        <Button appearance="transparent" onClick={() => setAllItems(true)}>
          {format(strings.customerItemsShowAll, { count: openItems.length })}
        </Button>
      )}
      {onShowInSheet && (
        <Button appearance="secondary" onClick={onShowInSheet}>
          {strings.customerShowInSheet}
        </Button>
      )}
    </Card>
  );
}

/** The customer's open invoices: id, due date, open amount, days past due (disputed ones marked). */
function OpenItemsTable({ items }: { readonly items: readonly OpenItem[] }): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  if (items.length === 0) return <Caption1>{strings.customerItemsNone}</Caption1>;
  return (
    <table className={styles.table} data-testid="customer-items">
      <caption>
        <Caption1>{strings.customerItemsTitle}</Caption1>
      </caption>
      <thead>
        <tr>
          <th className={styles.firstCell} scope="col">
            <Caption1>{strings.customerItemsInvoice}</Caption1>
          </th>
          <th className={styles.cell} scope="col">
            <Caption1>{strings.customerItemsDue}</Caption1>
          </th>
          <th className={styles.cell} scope="col">
            <Caption1>{strings.customerItemsOpen}</Caption1>
          </th>
          <th className={styles.cell} scope="col">
            <Caption1>{strings.customerItemsDays}</Caption1>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={`${item.invoiceId}-${i}`}>
            <td className={styles.firstCell}>
              <Caption1>
                {item.disputed ? format(strings.customerItemsDisputed, { invoice: item.invoiceId }) : item.invoiceId}
              </Caption1>
            </td>
            <td className={styles.cell}>
              <Caption1>{isoFromSerial(item.dueDate)}</Caption1>
            </td>
            <td className={styles.cell}>
              <Caption1>{formatMoney(item.open, locale)}</Caption1>
            </td>
            <td className={styles.cell}>
              <Caption1>{formatNumber(item.daysPastDue, locale)}</Caption1>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
