/**
 * The `credit-desk` command: `review` runs the portfolio review on an .xlsx or a CSV folder, `scorecard` builds a
 * scorecard. Every command reads its arguments by the same rules (see commandLine.ts) and reports in `--lang`.
 */
import { runCommand, type CliIo, type Command } from "./command";
import { COMMON_OPTIONS, requestedLocale } from "./commandLine";
import { cliText } from "./i18n";
import { REVIEW_COMMAND } from "./reviewCommand";
import { SCORECARD_COMMAND } from "./scorecardCommand";

export type { CliIo } from "./command";

/** The commands, by the word that names them. */
const COMMANDS: Readonly<Record<string, Command>> = { review: REVIEW_COMMAND, scorecard: SCORECARD_COMMAND };

/** The words that ask for the general usage. */
const HELP_WORDS: ReadonlySet<string> = new Set(["--help", "-h", "help"]);

/** The general usage: one line per command, in `locale`. */
function usage(locale: Parameters<typeof cliText>[2]): string {
  const review = cliText("usageReviewLine", { command: REVIEW_COMMAND.name }, locale);
  const scorecard = cliText("usageScorecardLine", { command: SCORECARD_COMMAND.name }, locale);
  return cliText("usage", { review, scorecard }, locale);
}

/**
 * Runs the command line in-process and returns the exit code: 0 on success, 2 on bad arguments or unreadable input
 * (with a one-line reason on stderr), 1 on an unexpected failure.
 * @example await main(["review", "assets/sample-portfolio.xlsx", "--as-of=2026-06-30"], { stdout: console.log, stderr: console.error })
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  const context = { io, locale: requestedLocale(rest, command?.options ?? COMMON_OPTIONS) };
  if (command) return runCommand(command, rest, context);
  if (name === undefined || HELP_WORDS.has(name)) {
    // Asked for, usage is the output; given no command, it is the error.
    const write = name === undefined ? io.stderr : io.stdout;
    usage(context.locale)
      .split("\n")
      .forEach((l) => write(l));
    return name === undefined ? 2 : 0;
  }
  io.stderr(`credit-desk: ${cliText("argUnknownCommand", { command: name }, context.locale)}`);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: (l) => console.log(l), stderr: (l) => console.error(l) }).then((code) => {
    process.exitCode = code;
  });
}
