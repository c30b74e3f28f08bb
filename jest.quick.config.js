/**
 * `npm run test:quick`, for everyday work: the unit suite without its slow suites, transpiled without a type check
 * (`npm run typecheck` does that). `npm test` runs everything, as CI does.
 */
const base = require("./jest.config");
const { compilerOptions } = require("./tsconfig.json");

/** Suites left to the full run: each takes many seconds, or starts LibreOffice. */
const SLOW_SUITES = [
  // 300,000 rejected rows through the CLI (the 1,048,575-row ledger is in the bench).
  "<rootDir>/test/files/hostileLedger.test.ts",
  // LibreOffice conversions (soffice; npm test makes sure it is installed).
  "<rootDir>/test/files/xlsxCharts.test.ts",
  "<rootDir>/test/files/xlsxReviewSink.test.ts",
  // The sample workbook reviewed and re-run through both hosts.
  "<rootDir>/test/workbook/reviewRerun.test.ts",
  // Whole reviews of generated portfolios, many times over (fast-check properties, the sample generator).
  "<rootDir>/test/core/portfolio/reviewInvariants.test.ts",
  "<rootDir>/test/files/samplePortfolio.test.ts",
];

module.exports = {
  ...base,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, ...SLOW_SUITES],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { ...compilerOptions, isolatedModules: true }, diagnostics: false }],
  },
};
