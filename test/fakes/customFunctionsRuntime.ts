/** A faithful stand-in for the custom-functions runtime's globals (CustomFunctions.Error, ErrorCode) in Node tests. */
class FakeCustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeCustomFunctionsError,
  ErrorCode,
  associate: () => undefined,
};

export {};
