/** A small horizontal bar chart in SVG: fits the pane's width, labelled for screen readers with its numbers. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as shown beside the bar. */
  readonly shown: string;
  readonly color?: string;
}

const useStyles = makeStyles({
  svg: { width: "100%", height: "auto", display: "block" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "11px" },
  value: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
});

const ROW = 20;
const LABEL_W = 64;
const VALUE_W = 84;
const WIDTH = 320;

export function BarChart({ bars, ariaLabel }: { readonly bars: readonly Bar[]; readonly ariaLabel: string }): React.JSX.Element {
  const styles = useStyles();
  const max = Math.max(0, ...bars.map((b) => b.value));
  const plot = WIDTH - LABEL_W - VALUE_W;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} role="img" aria-label={ariaLabel}>
      {bars.map((bar, i) => {
        const w = max > 0 ? Math.max(bar.value > 0 ? 1 : 0, (bar.value / max) * plot) : 0;
        const y = i * ROW;
        return (
          <g key={bar.label}>
            <text className={styles.label} x={0} y={y + 14}>
              {bar.label}
            </text>
            <rect x={LABEL_W} y={y + 4} width={w} height={ROW - 8} rx={2} fill={bar.color ?? tokens.colorBrandBackground} />
            <text className={styles.value} x={LABEL_W + w + 4} y={y + 14}>
              {bar.shown}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
