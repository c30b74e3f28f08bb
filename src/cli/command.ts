/** A `credit-desk` command, and the one way every command is run: read by the rules, help, failures reported. */
import { CreditError } from "../core/errors";
import { formatMessage, type Locale } from "../core/messages";
import { CsvFormatError } from "../files/csv";
import { UnreadableInputError } from "../files/fileWorkbookSource";
import { readCommandLine, UsageError, type CommandLine, type OptionTable } from "./commandLine";
import { cliText } from "./i18n";

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** The clock for the default as-of date (today in local time). */
  readonly now?: () => Date;
}

/** What a command runs with: where it writes, and the language its messages and errors are in. */
export interface CliContext {
  readonly io: CliIo;
  readonly locale: Locale;
}

/** One command: its name as typed (`credit-desk review`), its options, its help text and what it does. */
export interface Command {
  readonly name: string;
  /** How its error lines start (`credit-desk:` for review, as scripts that read them expect). */
  readonly errorPrefix: string;
  readonly options: OptionTable;
  readonly usage: (locale: Locale) => string;
  readonly run: (line: CommandLine, context: CliContext) => Promise<number>;
}

/** One line, whatever the input put into the message (a header or a currency with a line break in it). */
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ");

/**
 * The line a failure is reported with and the exit code: 2 for a bad command line or input that cannot be reviewed
 * (a usage error, an unreadable file, a CSV that is not one, an engine error, a file system error), 1 for anything
 * unexpected (with its stack, so it can be reported).
 */
export function failureReport(error: unknown, locale: Locale): { readonly code: 1 | 2; readonly message: string } {
  if (error instanceof UsageError) return { code: 2, message: cliText(error.code, error.params, locale) };
  if (error instanceof CreditError) return { code: 2, message: formatMessage(error.code, error.params, locale) };
  if (error instanceof UnreadableInputError || error instanceof CsvFormatError)
    return { code: 2, message: error.message };
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e.code === "string" && /^E[A-Z]+$/.test(e.code)) return { code: 2, message: e.message };
  return { code: 1, message: cliText("unexpectedError", { detail: e?.stack ?? String(error) }, locale) };
}

/**
 * Runs `command` on its arguments and returns the exit code: its help on `--help`, else its run; a failure is one
 * line on stderr in the context's language.
 */
export async function runCommand(command: Command, argv: readonly string[], context: CliContext): Promise<number> {
  try {
    const line = readCommandLine(argv, command.options, command.name);
    if (line.switches.has("help")) {
      command
        .usage(context.locale)
        .split("\n")
        .forEach((l) => context.io.stdout(l));
      return 0;
    }
    return await command.run(line, context);
  } catch (error) {
    const { code, message } = failureReport(error, context.locale);
    context.io.stderr(`${command.errorPrefix} ${code === 2 ? oneLine(message) : message}`);
    return code;
  }
}
