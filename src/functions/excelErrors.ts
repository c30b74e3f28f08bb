/** Maps engine errors to Excel errors with a message in the user's language; the custom functions' only catch. */
import { CreditError, type CreditErrorKind } from "../core/errors";
import { formatMessage, localeFromLanguage, type Locale } from "../core/messages";

let locale: Locale = "en";

/** Sets the language of error messages from Office's display language (called once at start-up). */
export function setFunctionsLanguage(languageTag: string | undefined | null): void {
  locale = localeFromLanguage(languageTag);
}

export function functionsLocale(): Locale {
  return locale;
}

const codes: Record<CreditErrorKind, CustomFunctions.ErrorCode> = {
  value: "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  num: "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
  div0: "#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero,
  na: "#N/A" as CustomFunctions.ErrorCode.notAvailable,
};

/** The Excel error for anything a function body threw. A non-domain error becomes #VALUE! with its text. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof CreditError) {
    return new CustomFunctions.Error(codes[error.kind], formatMessage(error.code, error.params, locale));
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(codes.value, formatMessage("unexpected", { detail }, locale));
}

/**
 * Runs a function body and turns any error into an Excel error (thrown, as the custom-functions runtime expects).
 * A result that is not a finite number (NaN, Infinity from extreme inputs) becomes #NUM!.
 */
export function excelResult<T>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error);
  }
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw new CustomFunctions.Error(codes.num, formatMessage("resultNotFinite", {}, locale));
  }
  return result;
}
