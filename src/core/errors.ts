/** The one error type the engine throws: a kind that maps to an Excel error and a message code. */
import { formatMessage, type MessageCode, type MessageParams } from "./messages";

/**
 * What went wrong, in Excel's terms: `value` → #VALUE! (wrong type or shape), `num` → #NUM! (out of domain),
 * `div0` → #DIV/0! (zero denominator), `na` → #N/A (lookup miss).
 */
export type CreditErrorKind = "value" | "num" | "div0" | "na";

/** A domain error: carries a message code so every host can show it in the user's language. */
export class CreditError extends Error {
  readonly kind: CreditErrorKind;
  readonly code: MessageCode;
  readonly params: MessageParams;

  constructor(kind: CreditErrorKind, code: MessageCode, params: MessageParams = {}) {
    super(formatMessage(code, params, "en"));
    this.name = "CreditError";
    this.kind = kind;
    this.code = code;
    this.params = params;
  }
}

/**
 * A broken invariant of the engine itself (an index that cannot be out of range was): a bug to report, never the
 * user's data. Hosts show it like any unexpected error.
 */
export class InternalError extends Error {
  constructor(message: string) {
    super(`Internal error: ${message}`);
    this.name = "InternalError";
  }
}

export function valueError(code: MessageCode, params?: MessageParams): CreditError {
  return new CreditError("value", code, params);
}
export function numError(code: MessageCode, params?: MessageParams): CreditError {
  return new CreditError("num", code, params);
}
export function div0Error(code: MessageCode, params?: MessageParams): CreditError {
  return new CreditError("div0", code, params);
}
export function naError(code: MessageCode, params?: MessageParams): CreditError {
  return new CreditError("na", code, params);
}
