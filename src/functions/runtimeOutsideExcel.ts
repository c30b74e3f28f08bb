/**
 * In a plain browser (the pane tried without Excel) there is no custom-functions runtime: give the page a
 * `CustomFunctions` whose `associate` registers nothing, so loading the functions bundle does not fail.
 * Inside Excel the real runtime is already there and this does nothing.
 */
const host = globalThis as unknown as { CustomFunctions?: unknown };

if (typeof host.CustomFunctions === "undefined") {
  class OutsideExcelError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message ?? code);
    }
  }
  host.CustomFunctions = {
    associate: () => undefined,
    Error: OutsideExcelError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  };
}

export {};
