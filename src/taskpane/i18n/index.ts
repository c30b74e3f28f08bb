/** The pane's texts by locale, and the React context that hands them to components. */
import { createContext, useContext } from "react";
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { localeFromLanguage, type Locale } from "../../core/messages";

export type PaneStrings = Record<keyof typeof en, string>;
export type { Locale };
export { localeFromLanguage };

const tables: Record<Locale, PaneStrings> = { en, "zh-CN": zhCN };

export function paneStrings(locale: Locale): PaneStrings {
  return tables[locale];
}

/** The project's one placeholder formatter, for the pane's templates. */
export { format } from "../../core/messages";

export const LocaleContext = createContext<Locale>("en");

/** The current locale. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** The current locale's texts. */
export function useStrings(): PaneStrings {
  return paneStrings(useContext(LocaleContext));
}
