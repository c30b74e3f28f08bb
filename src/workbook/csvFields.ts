/**
 * CSV fields as every writer of the project spells them: RFC 4180 quoting and formula defusing. Pure text, so the
 * contract's own files (the decisions file) and the hosts' (the data-issue list, CSV folders) share one rule.
 */
/** A value a CSV writer can hold. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV field: quoted when it holds the delimiter, a quote or a line break (quotes doubled), else as is.
 * @example csvField('Acme, "Ltd"') // '"Acme, ""Ltd"""'
 */
export function csvField(value: CsvValue, delimiter = ","): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : String(value);
  if (text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r")) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/**
 * A field a spreadsheet program would not run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with an apostrophe (OWASP, "CSV Injection"), unless it is a number made only of digits, separators and a
 * sign, such as `-120.50` or `-1,234` (nothing a spreadsheet could run).
 * @example safeField("=HYPERLINK(\"http://x\")") // "'=HYPERLINK(\"http://x\")"
 */
export function safeField(value: CsvValue): CsvValue {
  if (typeof value !== "string" || !/^[=+\-@\t\r]/.test(value) || /^[-+]?[\d.,]*\d[\d.,]*$/.test(value)) return value;
  return `'${value}`;
}
