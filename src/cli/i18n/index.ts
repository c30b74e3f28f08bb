/** The command line's texts, one catalogue per language, filled by the project's one formatter. */
import { format, type Locale, type MessageParams } from "../../core/messages";
import { en } from "./en";
import { zhCN } from "./zh-CN";

export type CliTextCode = keyof typeof en;

const catalogues: Readonly<Record<Locale, Readonly<Record<CliTextCode, string>>>> = { en, "zh-CN": zhCN };

/**
 * A command-line text in `locale` with its `{name}` placeholders filled (numbers as given: the caller formats money).
 * @example cliText("worklistLines", { count: 3 }, "zh-CN") // "3 行"
 */
export function cliText(code: CliTextCode, params: MessageParams = {}, locale: Locale = "en"): string {
  return format(catalogues[locale][code], params);
}
