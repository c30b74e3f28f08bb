// ESLint: typescript-eslint's recommended rules, the Office add-in rules of eslint-plugin-office-addins
// (no context.sync() in loops, load before read, isNullObject checks, …), React hooks, and no eval-like code.
// Formatting is Prettier's job (`npm run format`), not the linter's. The layers of docs/architecture.md are checked
// here too: a wrong-way import is a lint error (test/lint/layers.test.ts shows it).
import { builtinModules } from "node:module";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** The office-addins rules exactly as the plugin's recommended config sets them. */
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

/**
 * The layers (folders of src/) and the layers each may import: the one-way arrows of docs/architecture.md §Layers.
 * A layer may always import its own files; every layer not listed is forbidden to it.
 */
const LAYERS = {
  core: [],
  workbook: ["core"],
  sample: ["core", "workbook"],
  functions: ["core"],
  excel: ["core", "workbook"],
  files: ["core", "workbook", "sample"],
  commands: [],
  cli: ["core", "workbook", "sample", "files"],
  taskpane: ["core", "workbook", "sample", "excel", "files"],
};

/** Packages a layer must not import: host libraries and Node's I/O outside the hosts that own them. */
const NODE = ["node:.*", ...builtinModules.filter((m) => !m.startsWith("_"))].join("|");
const HOST_LIBRARIES = "exceljs|jszip|react|react-dom|@fluentui/[^/]+";
const FORBIDDEN_PACKAGES = {
  core: `${HOST_LIBRARIES}|${NODE}`,
  workbook: `${HOST_LIBRARIES}|${NODE}`,
  sample: `${HOST_LIBRARIES}|${NODE}`,
  functions: `${HOST_LIBRARIES}|${NODE}`,
  excel: `${HOST_LIBRARIES}|${NODE}`,
  files: "react|react-dom|@fluentui/[^/]+",
};

/** One `no-restricted-imports` block per layer: relative imports that climb into a forbidden layer, and packages. */
function layerRules(layer, allowed) {
  const forbidden = Object.keys(LAYERS).filter((other) => other !== layer && !allowed.includes(other));
  const patterns = [
    {
      regex: `^(\\./)?(\\.\\./)+(src/)?(${forbidden.join("|")})(/|$)`,
      message: `src/${layer} may import only ${allowed.length ? allowed.join(", ") : "its own files"} (docs/architecture.md §Layers).`,
    },
  ];
  if (FORBIDDEN_PACKAGES[layer]) {
    patterns.push({
      // A package or any of its subpaths: `react-dom/client`, `fs/promises`, `exceljs/dist/es5`.
      regex: `^(${FORBIDDEN_PACKAGES[layer]})(/.*)?$`,
      message: `src/${layer} stays free of host libraries and Node I/O (docs/architecture.md §Layers).`,
    });
  }
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: { "no-restricted-imports": ["error", { patterns }] },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**", "test-results/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: { ...officeRules, "office-addins/no-context-sync-in-loop": "error" },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    // A function reads at once: none in src/ is longer than 120 lines (docs/architecture.md §Where a change goes).
    files: ["src/**/*.{ts,tsx}"],
    rules: { "max-lines-per-function": ["error", { max: 120 }] },
  },
  ...Object.entries(LAYERS).map(([layer, allowed]) => layerRules(layer, allowed)),
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
