/** CREDIT.AGING on 100,000 open items, argument coercion included: the custom-function speed target (< 50 ms). */
import "../test/fakes/customFunctionsRuntime";
import { aging } from "../src/functions/functions";
import { measure, report } from "./harness";

const ROWS = 100_000;
const AS_OF = 46203; // 2026-06-30

/** A deterministic ledger: due dates spread over 200 days either side of the as-of date, amounts in whole cents. */
function ledger(): { dueDates: number[][]; amounts: number[][] } {
  const dueDates: number[][] = [];
  const amounts: number[][] = [];
  let seed = 20260630;
  for (let i = 0; i < ROWS; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    dueDates.push([AS_OF - 200 + (seed % 400)]);
    amounts.push([((seed % 2_000_000) - 100_000) / 100]);
  }
  return { dueDates, amounts };
}

export function run(): string[] {
  const { dueDates, amounts } = ledger();
  const result = measure(
    "CREDIT.AGING 100,000 × 1 (due dates, amounts), limits 30/60/90",
    () => aging(dueDates, amounts, AS_OF),
    {
      runs: 15,
      warmup: 3,
      targetMs: 50,
    },
  );
  return [report(result)];
}
