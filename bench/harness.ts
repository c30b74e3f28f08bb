/** A tiny benchmark harness: warm up, time repeated runs, report the median. Used by `npm run bench`. */
import { performance } from "node:perf_hooks";

export interface BenchResult {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
  readonly targetMs?: number;
}

/** Times `run` after `warmup` untimed runs; returns the median and minimum of `runs` timed runs. */
export function measure(
  name: string,
  run: () => unknown,
  options: { runs?: number; warmup?: number; targetMs?: number } = {},
): BenchResult {
  const runs = options.runs ?? 7;
  for (let i = 0; i < (options.warmup ?? 2); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], runs, targetMs: options.targetMs };
}

/** One line per result: name, median, min, and the target with PASS/MISS where there is one. */
export function report(result: BenchResult): string {
  const target =
    result.targetMs === undefined
      ? ""
      : `  target < ${result.targetMs} ms: ${result.medianMs < result.targetMs ? "PASS" : "MISS"}`;
  return `${result.name.padEnd(60)} median ${result.medianMs.toFixed(1).padStart(9)} ms  min ${result.minMs.toFixed(1).padStart(9)} ms${target}`;
}
