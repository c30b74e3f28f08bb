/** A built scorecard in the pane: AUC/Gini/KS on train and test, PSI, the variables by IV, the score distribution. */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { numericBinLabel } from "../../core/modelling/informationValue";
import type { ScoreBand, ScorecardBuild } from "../../core/modelling/scorecardBuilder";
import { scorecardFlagText } from "../../workbook/scorecardLayout";
import { formatNumber, formatPercent } from "../format";
import { format, useLocale, useStrings, type Locale, type PaneStrings } from "../i18n";
import { BarChart, type Bar } from "./BarChart";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  variable: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  variableHead: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  variableName: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  iv: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
});

/** Variables shown before "Show all". */
const FIRST_VARIABLES = 8;

/** PSI bands of the usual rule of thumb (Siddiqi 2006, ch. 8), as on the Scorecard Report sheet. */
function psiVerdict(psi: number, strings: PaneStrings): string {
  if (psi < 0.1) return strings.scorecardPsiStable;
  return psi <= 0.25 ? strings.scorecardPsiShift : strings.scorecardPsiShifted;
}

function score(value: number, locale: Locale): string {
  return Number.isInteger(value) ? formatNumber(value, locale) : formatNumber(value, locale, 1);
}

/** A band as "< 495", "495–512" or "≥ 612": From ≤ score < To. */
export function bandLabel(band: ScoreBand, strings: PaneStrings, locale: Locale): string {
  if (band.from === undefined && band.to === undefined) return numericBinLabel(band); // one band: every score
  if (band.from === undefined) return format(strings.scorecardBandBelow, { to: score(band.to!, locale) });
  if (band.to === undefined) return format(strings.scorecardBandAbove, { from: score(band.from, locale) });
  return format(strings.scorecardBandRange, { from: score(band.from, locale), to: score(band.to, locale) });
}

/** Green for a band far safer than the whole book, red for one twice as bad or worse. */
function riskColour(badRate: number, overall: number): string {
  const t = overall > 0 ? Math.min(1, badRate / (2 * overall)) : 0;
  return `hsl(${Math.round(120 * (1 - t))}, 55%, 42%)`;
}

function distributionBars(build: ScorecardBuild, strings: PaneStrings, locale: Locale): Bar[] {
  const rows = build.train.rows + build.test.rows;
  const overall = rows === 0 ? 0 : (build.train.bads + build.test.bads) / rows;
  return build.distribution.map((band) => {
    const count = band.trainCount + band.testCount;
    const badRate = count === 0 ? 0 : (band.trainBads + band.testBads) / count;
    return {
      label: bandLabel(band, strings, locale),
      value: count,
      shown: format(strings.scorecardBandValue, {
        count: formatNumber(count, locale),
        rate: formatPercent(badRate, locale),
      }),
      color: riskColour(badRate, overall),
    };
  });
}

export interface ScorecardResultProps {
  readonly build: ScorecardBuild;
}

export function ScorecardResult({ build }: ScorecardResultProps): React.JSX.Element {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [allVariables, setAllVariables] = React.useState(false);
  const measure = (value: number) => (Number.isFinite(value) ? formatNumber(value, locale, 3) : "—");
  const measures = [
    { key: "auc", label: strings.scorecardAuc, train: build.train.auc, test: build.test.auc },
    { key: "gini", label: strings.scorecardGini, train: build.train.gini, test: build.test.gini },
    { key: "ks", label: strings.scorecardKs, train: build.train.ks, test: build.test.ks },
  ];
  const variables = allVariables ? build.variables : build.variables.slice(0, FIRST_VARIABLES);
  const bars = distributionBars(build, strings, locale);

  return (
    <>
      <section className={styles.section} aria-labelledby="scorecard-validation-title">
        <Subtitle2 id="scorecard-validation-title" as="h2">
          {strings.scorecardValidationTitle}
        </Subtitle2>
        <Table size="extra-small" aria-labelledby="scorecard-validation-title">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.scorecardColMeasure}</TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numberHeader }}>{strings.scorecardColTrain}</TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numberHeader }}>{strings.scorecardColTest}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {measures.map((m) => (
              <TableRow key={m.key}>
                <TableCell>{m.label}</TableCell>
                <TableCell className={styles.number} data-testid={`scorecard-train-${m.key}`} data-value={m.train}>
                  {measure(m.train)}
                </TableCell>
                <TableCell className={styles.number} data-testid={`scorecard-test-${m.key}`} data-value={m.test}>
                  {measure(m.test)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Text data-testid="scorecard-psi">
          {format(strings.scorecardPsi, {
            psi: formatNumber(build.psi, locale, 3),
            verdict: psiVerdict(build.psi, strings),
          })}
        </Text>
      </section>

      <section className={styles.section} aria-labelledby="scorecard-distribution-title">
        <Subtitle2 id="scorecard-distribution-title" as="h2">
          {strings.scorecardDistributionTitle}
        </Subtitle2>
        <Caption1>{strings.scorecardDistributionCaption}</Caption1>
        <BarChart
          bars={bars}
          ariaLabel={format(strings.scorecardDistributionLabel, {
            parts: bars.map((b) => `${b.label}: ${b.shown}`).join(", "),
          })}
        />
      </section>

      <section className={styles.section} aria-labelledby="scorecard-variables-title">
        <Subtitle2 id="scorecard-variables-title" as="h2">
          {strings.scorecardVariablesTitle}
        </Subtitle2>
        <ol className={styles.list} data-testid="scorecard-variables">
          {variables.map((v) => (
            <li key={v.variable} className={styles.variable}>
              <div className={styles.variableHead}>
                <Text weight="semibold" className={styles.variableName}>
                  {v.variable}
                </Text>
                <Caption1 className={styles.iv}>
                  {format(strings.scorecardIv, { iv: formatNumber(v.iv, locale, 3) })}
                </Caption1>
                <Badge size="small" appearance="tint" color={v.selected ? "success" : "subtle"}>
                  {v.selected ? strings.scorecardSelected : strings.scorecardLeftOut}
                </Badge>
              </div>
              {v.flags.length > 0 && <Caption1>{v.flags.map((f) => scorecardFlagText(f, locale)).join("; ")}</Caption1>}
            </li>
          ))}
        </ol>
        {!allVariables && build.variables.length > FIRST_VARIABLES && (
          <Button size="small" appearance="transparent" onClick={() => setAllVariables(true)}>
            {format(strings.scorecardShowAllVariables, { count: build.variables.length })}
          </Button>
        )}
      </section>
    </>
  );
}
