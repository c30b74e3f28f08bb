/** Sizes of Office.js request and response payloads, and the budgets the adapter keeps them under. */

/**
 * Excel on the web rejects any request or response over 5 MB; the adapter keeps each under 4 MB
 * (docs/architecture.md §Excel payloads). The adapter aims
 * lower still, because Office.js wraps our JSON in its own envelope (action ids, property names).
 */
export const PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;

/** Bytes of written values and formats packed into one request. */
export const WRITE_BUDGET_BYTES = (PAYLOAD_LIMIT_BYTES * 3) / 4;

/** Bytes of values asked for in one read; the first block's size is a guess, later blocks are measured. */
export const READ_BUDGET_BYTES = PAYLOAD_LIMIT_BYTES / 2;

/** UTF-8 length of a string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3; // the rest of the BMP; a lone surrogate travels as U+FFFD, also 3 bytes
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** UTF-8 bytes of a value's JSON, as it travels in a request or a response. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
