/** The custom functions' contract under arbitrary input: a value, or an Excel error, never a plain error. */

/** The Excel errors a CREDIT.* function may raise. */
const EXCEL_ERROR_CODES = ["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"];

/**
 * Per function, how many calls returned a value: a property that only ever sees errors would prove little. Each
 * call must return finite numbers or text (a cell or a spill range of them), or throw a CustomFunctions.Error
 * with one of Excel's error codes.
 */
export class ValueOrExcelError {
  private readonly returned = new Map<string, number>();

  /** Runs `call` (one call of function `name`), checks what it returned or threw, and counts a returned value. */
  check(name: string, call: () => unknown): void {
    let result: unknown;
    try {
      result = call();
    } catch (error) {
      expect(error).toBeInstanceOf(CustomFunctions.Error);
      expect(EXCEL_ERROR_CODES).toContain((error as CustomFunctions.Error).code);
      return;
    }
    this.returned.set(name, this.valuesOf(name) + 1);
    const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
    for (const cell of cells) {
      if (typeof cell === "number") expect(Number.isFinite(cell)).toBe(true);
      else expect(typeof cell).toBe("string");
    }
  }

  /** How many calls of `name` returned a value. */
  valuesOf(name: string): number {
    return this.returned.get(name) ?? 0;
  }
}
