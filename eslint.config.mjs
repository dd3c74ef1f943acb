// npm run lint. Microsoft's template wraps ESLint in office-addin-lint; plain ESLint with typescript-eslint
// gives the same checks without that package's extra dependencies.
//
// The layers' directions are enforced here, not remembered (docs/architecture.md):
//   src/core     imports nothing outside src/core but big.js (no Office, files, React or application code);
//   src/app      imports the core and nothing of the hosts (no adapters, UI, messages, Office or files);
//   src/i18n     the message catalogue: imports only the core's types (finding codes and parameters);
//   the hosts    (CLI, ribbon command, task pane) reach a workbook only through src/app: they never import the
//                core's pipeline or its planners, and components never import adapters.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Anything that is neither relative nor big.js: a package, Node's modules. */
const PACKAGES_BUT_BIG = { regex: "^(?!big\\.js$)[^.]", message: "The core imports no package but big.js." };
/** Core modules only the application layer may call: the pipeline, the readers and the write planners. */
const CORE_PIPELINE = {
  group: ["**/core/evaluate", "**/core/reader", "**/core/read/*", "**/core/plan", "**/core/validate", "**/core/scoring"],
  message: "Hosts reach the workbook through the use cases in src/app.",
  allowTypeImports: true,
};
const ADAPTERS = { group: ["**/adapters/**"], message: "Components call the use cases (src/app), never an adapter." };

/** `@typescript-eslint/no-restricted-imports` with these patterns (it knows `import type`). */
const restrict = (...patterns) => ({
  "no-restricted-imports": "off",
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

export default tseslint.config(
  { ignores: ["dist/", "build/", "bin/", "out/", "coverage/", "node_modules/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly" } },
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  { files: ["**/*.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Small files with one job: a longer one says why in a comment and raises its own limit there.
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  // The core: relative imports may not climb out of src/core, whatever the depth of the file.
  { files: ["src/core/*.ts"], rules: restrict(PACKAGES_BUT_BIG, { regex: "^\\.\\./", message: "The core imports only the core." }) },
  { files: ["src/core/*/*.ts"], rules: restrict(PACKAGES_BUT_BIG, { regex: "^(\\.\\./){2}", message: "The core imports only the core." }) },
  {
    files: ["src/core/*/*/*.ts"],
    rules: restrict(PACKAGES_BUT_BIG, { regex: "^(\\.\\./){3}", message: "The core imports only the core." }),
  },
  {
    files: ["src/app/**/*.ts"],
    rules: restrict(
      {
        group: ["**/adapters/**", "**/cli/**", "**/commands/**", "**/taskpane/**", "**/ui/**", "**/i18n", "**/i18n/**"],
        message: "The application layer knows no host, nor their words.",
      },
      { regex: "^[^.]", message: "The application layer imports no package." },
    ),
  },
  // The message catalogue: a leaf the hosts use. It knows the core's finding types and nothing else.
  {
    files: ["src/i18n/**/*.ts"],
    rules: restrict(
      { group: ["**/core/**"], message: "The catalogue imports only the core's types.", allowTypeImports: true },
      {
        group: ["**/app", "**/app/**"],
        message: "The catalogue knows the application's types only (the file error codes).",
        allowTypeImports: true,
      },
      {
        group: ["**/adapters/**", "**/cli/**", "**/commands/**", "**/taskpane/**", "**/ui/**", "**/dialog/**"],
        message: "The catalogue is a leaf: hosts use it; it uses none of them.",
      },
      { regex: "^[^.]", message: "The catalogue imports no package." },
    ),
  },
  // Entry points wire an adapter to the use cases; everything else in a host only calls the use cases.
  { files: ["src/cli/**/*.ts", "src/commands/commands.ts", "src/taskpane/index.tsx"], rules: restrict(CORE_PIPELINE) },
  {
    files: ["src/commands/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/ui/**/*.ts", "src/dialog/**/*.ts"],
    ignores: ["src/commands/commands.ts", "src/taskpane/index.tsx"],
    rules: restrict(CORE_PIPELINE, ADAPTERS),
  },
  { files: ["src/**/*.tsx"], ...reactHooks.configs.flat["recommended-latest"] },
);
