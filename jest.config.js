/** Unit tests: the engine, the workbook contract, the adapters (against fakes) and the functions. */
module.exports = {
  testEnvironment: "node",
  // Reviews of the sample workbook take a few seconds; on a loaded 2-core CI machine, more than the 5 s default.
  testTimeout: 60_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  setupFiles: ["<rootDir>/test/fakes/customFunctionsRuntime.ts"],
  // Type errors fail the test that imports them (ts-jest diagnostics): measured on test/core/receivables and
  // test/core/limits with --no-cache, no dearer than with diagnostics off (both build a language service).
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: true }] },
};
