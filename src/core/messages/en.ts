/** English message texts. Every code here must have a twin in zh-CN.ts (the type checker enforces it). */
export const en = {
  // ── Arguments (shared by every function) ──
  argumentRequired: "{argument} is required.",
  argumentNotNumber: "{argument} must be a number.",
  argumentNotNumberAt: "{argument} must hold numbers; row {row} holds “{value}”.",
  argumentNotDate: "{argument} must be a date (a serial number or text like 2026-06-30).",
  argumentNotDateAt: "{argument} must hold dates; row {row} holds “{value}”.",
  argumentNotBoolean: "{argument} must be TRUE or FALSE.",
  argumentNotText: "{argument} must be text.",
  argumentEmpty: "{argument} holds no values.",
  argumentShapeMismatch: "{argument} must have the same number of rows and columns as {other}.",
  argumentBlankAt: "{argument} is blank in row {row} while {other} is not.",
  argumentNotPositive: "{argument} must be greater than zero.",
  argumentNegative: "{argument} must not be negative.",
  argumentOutOfRange: "{argument} must be between {min} and {max}.",
  argumentNotInteger: "{argument} must be a whole number.",
  argumentUnknownOption: "{argument} must be one of: {options}.",
  argumentNotIncreasing: "{argument} must be in increasing order.",
  unexpected: "Unexpected error: {detail}",
  resultNotFinite: "The result is too large or undefined for these inputs.",

  // ── Receivables ──
  denominatorZero: "{argument} is zero, so the ratio is undefined.",
} as const;
