/** Runs the command line in-process, as the CLI tests do: its exit code and what it printed, line by line. */
import { main, type CliIo } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** `credit-desk …argv`, with today fixed at 2026-06-30 noon unless `now` says otherwise. */
export async function runCli(
  argv: readonly string[],
  now: CliIo["now"] = () => new Date(2026, 5, 30, 12),
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), now });
  return { code, out, err };
}
