/** The engine's one error type, caught so a test can read its code, kind, params and message. */
import { CreditError } from "../../src/core/errors";

/** The CreditError `fn` throws. Any other error is rethrown, and a call that returns fails the test. */
export function thrown(fn: () => unknown): CreditError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CreditError) return error;
    throw error;
  }
  throw new Error("expected a CreditError");
}

/** The CreditError `promise` rejects with. Any other error is rethrown, and a promise that resolves fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<CreditError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CreditError) return error;
    throw error;
  }
  throw new Error("expected a CreditError");
}
