/**
 * The one set of argument rules every `credit-desk` command follows, on `node:util.parseArgs`: options are written
 * `--flag value` or `--flag=value`; `-h`/`--help` and `--lang en|zh-CN` belong to every command; an option the command
 * does not have, a value missing, or a value given to a switch is refused with a reason naming the option.
 */
import { parseArgs } from "node:util";
import type { Locale, MessageParams } from "../core/messages";
import { cliText, type CliTextCode } from "./i18n";

/** What an option takes: one value (the last given wins), a value each time it is given, or nothing (a switch). */
export type OptionKind = "value" | "values" | "switch";

/** A command's options by long name (without the dashes). */
export type OptionTable = Readonly<Record<string, OptionKind>>;

/** The options of every command. */
export const COMMON_OPTIONS: OptionTable = { help: "switch", lang: "value" };

/** A bad command line (or input the command names): exit code 2 and one line, in the user's language. */
export class UsageError extends Error {
  readonly code: CliTextCode;
  readonly params: MessageParams;

  constructor(code: CliTextCode, params: MessageParams = {}) {
    super(cliText(code, params, "en"));
    this.name = "UsageError";
    this.code = code;
    this.params = params;
  }
}

/** A command line read by the rules: its positional arguments, the values of each option and the switches given. */
export interface CommandLine {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, readonly string[]>>;
  readonly switches: ReadonlySet<string>;
  /** `--lang`, when given. */
  readonly locale?: Locale;
}

/** The `--lang` values (any case), and the locale each names. */
const LANGUAGES: Readonly<Record<string, Locale>> = { en: "en", "zh-cn": "zh-CN", zh: "zh-CN" };

type Token = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/** parseArgs' tokens for `argv`, read leniently: the rules are applied to the tokens, so every refusal is ours. */
function tokensOf(argv: readonly string[], table: OptionTable): Token[] {
  const options = Object.fromEntries(
    Object.entries({ ...table, ...COMMON_OPTIONS }).map(([name, kind]) => [
      name,
      { type: kind === "switch" ? ("boolean" as const) : ("string" as const), ...(name === "help" && { short: "h" }) },
    ]),
  );
  return parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true }).tokens ?? [];
}

/**
 * The value of an option token, or why there is none: `--out` last, `--out=` empty, or `--out --json` (the next
 * argument is another option; a value that starts with a dash is written `--seed=-1`).
 */
function optionValue(token: Extract<Token, { kind: "option" }>): string {
  const value = token.value;
  if (value === undefined || value === "" || (token.inlineValue === false && value.startsWith("-")))
    throw new UsageError("argNeedsValue", { option: `--${token.name}` });
  return value;
}

/** The locale a `--lang` value names; anything else is refused. */
export function localeNamed(text: string): Locale {
  const locale = LANGUAGES[text.toLowerCase()];
  if (locale === undefined) throw new UsageError("argLang", { value: text });
  return locale;
}

/**
 * Reads `argv` by the rules for a command with the options in `table` (plus `--help` and `--lang`).
 * @example readCommandLine(["in.csv", "--target=bad", "--force"], { target: "value", force: "switch" }, "credit-desk scorecard")
 *   // { positionals: ["in.csv"], values: { target: ["bad"] }, switches: Set { "force" } }
 */
export function readCommandLine(argv: readonly string[], table: OptionTable, command: string): CommandLine {
  const positionals: string[] = [];
  const values: Record<string, string[]> = {};
  const switches = new Set<string>();
  for (const token of tokensOf(argv, table)) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const kind = table[token.name] ?? COMMON_OPTIONS[token.name];
    if (kind === undefined) throw new UsageError("argUnknownOption", { option: token.rawName, command });
    if (kind === "switch" && token.value !== undefined)
      throw new UsageError("argTakesNoValue", { option: `--${token.name}`, command });
    if (kind === "switch") switches.add(token.name);
    else values[token.name] = [...(kind === "values" ? (values[token.name] ?? []) : []), optionValue(token)];
  }
  const lang = values.lang?.[0];
  return { positionals, values, switches, locale: lang === undefined ? undefined : localeNamed(lang) };
}

/** The value of a one-value option, if given. */
export const valueOf = (line: CommandLine, name: string): string | undefined => line.values[name]?.at(-1);

/**
 * The language the user asked for with `--lang`, read before the rules are applied so that a refusal of the command
 * line is already in that language; English when it is missing or not a language the command line speaks.
 * @example requestedLocale(["x.xlsx", "--colour", "--lang=zh"], {}) // "zh-CN"
 */
export function requestedLocale(argv: readonly string[], table: OptionTable): Locale {
  const lang = tokensOf(argv, table)
    .filter((t) => t.kind === "option" && t.name === "lang")
    .map((t) => (t.kind === "option" ? t.value : undefined))
    .at(-1);
  return (lang && LANGUAGES[lang.toLowerCase()]) || "en";
}
