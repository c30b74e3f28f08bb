/**
 * A small horizontal bar chart in SVG: fits the pane's width, labelled for screen readers with its numbers. Given
 * `onOpen`, each bar (its label and value too) is a button that opens the rows behind it.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as shown beside the bar. */
  readonly shown: string;
  readonly color?: string;
  /** The button's accessible name, when bars open (e.g. "Show the customers behind 31–60 1.2K"). */
  readonly openLabel?: string;
}

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "11px" },
  value: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
  button: {
    cursor: "pointer",
    outlineStyle: "none",
    "&:hover > .hit": { fill: tokens.colorNeutralBackground1Hover },
    "&:focus-visible > .hit": { stroke: tokens.colorStrokeFocus2, strokeWidth: "2px" },
  },
  hit: { fill: "transparent" },
});

const ROW = 20;
const LABEL_W = 64;
const VALUE_W = 84;
const WIDTH = 320;

export interface BarChartProps {
  readonly bars: readonly Bar[];
  readonly ariaLabel: string;
  /** Opens the rows behind bar `index`; without it the chart is one image. */
  readonly onOpen?: (index: number) => void;
  /** Prefix of each bar's test id (`${testId}-${index}`). */
  readonly testId?: string;
}

export function BarChart({ bars, ariaLabel, onOpen, testId }: BarChartProps): React.JSX.Element {
  const styles = useStyles();
  const max = Math.max(0, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_W - VALUE_W;
  const keyOpen = (index: number) => (event: React.KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onOpen?.(index);
  };
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
      role={onOpen ? "group" : "img"}
      aria-label={ariaLabel}
    >
      {bars.map((bar, i) => {
        const w = max > 0 ? Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * plot) : 0;
        const y = i * ROW;
        const open = onOpen
          ? {
              role: "button",
              tabIndex: 0,
              "aria-label": bar.openLabel ?? `${bar.label} ${bar.shown}`,
              className: styles.button,
              onClick: () => onOpen(i),
              onKeyDown: keyOpen(i),
              "data-testid": testId ? `${testId}-${i}` : undefined,
            }
          : {};
        return (
          <g key={bar.label} {...open}>
            {onOpen && <rect className={`hit ${styles.hit}`} x={0} y={y + 1} width={WIDTH} height={ROW - 2} rx={2} />}
            <text className={styles.label} x={0} y={y + 14}>
              {bar.label}
            </text>
            <rect
              x={LABEL_W}
              y={y + 4}
              width={w}
              height={ROW - 8}
              rx={2}
              fill={bar.color ?? tokens.colorBrandBackground}
              data-testid={testId ? `${testId}-${i}-bar` : undefined}
            />
            <text className={styles.value} x={LABEL_W + w + 4} y={y + 14}>
              {bar.shown}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
