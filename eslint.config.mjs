import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const officeOrUi = [
  { name: "react", message: "The engine is pure: no React." },
  { name: "react-dom", message: "The engine is pure: no React." },
  { name: "fs", message: "The engine is pure: no file system." },
  { name: "path", message: "The engine is pure: no file system." },
  { name: "exceljs", message: "The engine is pure: files are read by src/xlsx." },
];

const sourceFiles = ["**/*.{js,mjs,cjs,ts,tsx}"];
const [eslintRecommended, prettierCompatible, officeBlock] = officeAddins.configs.recommended;
// The office-addins block registers its own @typescript-eslint plugin: use that plugin's
// recommended rules, so the plugin and its rules are of one version.
const typescriptPlugin = officeBlock.plugins["@typescript-eslint"];
const typescriptRules = [
  {
    files: sourceFiles,
    rules: {
      ...typescriptPlugin.configs["eslint-recommended"].overrides[0].rules,
      ...typescriptPlugin.configs.recommended.rules,
      // This version of the rule cannot load under ESLint 9; the core rule does the same job.
      "@typescript-eslint/no-unused-expressions": "off",
      "no-unused-expressions": "error",
    },
  },
];

export default [
  {
    ignores: [
      "dist/**",
      "dist-cli/**",
      "build/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "bench/.data/**",
    ],
  },
  eslintRecommended,
  prettierCompatible,
  { ...officeBlock, files: sourceFiles },
  ...typescriptRules,
  {
    files: sourceFiles,
    languageOptions: { parser: tsParser },
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The engine must stay free of Office, Excel, CustomFunctions, React, DOM and the file system.
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: officeOrUi,
          patterns: [
            {
              group: ["@fluentui/*", "@microsoft/office-js", "office-*", "node:*"],
              message: "The engine is pure.",
            },
            {
              group: [
                "**/excel/**",
                "**/functions/**",
                "**/taskpane/**",
                "**/xlsx/**",
                "**/cli/**",
                "**/preview/**",
              ],
              message: "Imports flow one way: the engine imports nothing above it.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "The engine is pure: no Office." },
        { name: "Excel", message: "The engine is pure: no Excel." },
        { name: "CustomFunctions", message: "The engine is pure: no CustomFunctions." },
        { name: "document", message: "The engine is pure: no DOM." },
        { name: "window", message: "The engine is pure: no DOM." },
      ],
    },
  },
  {
    // One front door: outside the engine, code imports src/engine/index.ts only.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/engine/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/engine/*"],
              message: "Import the engine through its index (src/engine/index.ts) only.",
            },
          ],
        },
      ],
    },
  },
  {
    // The custom functions import only the engine (and their own files). The one exception is
    // their entry, src/functions/functions.ts: the composition root, it wires in the Office
    // implementation of the blank probe from src/excel.
    files: ["src/functions/**/*.ts"],
    ignores: ["src/functions/functions.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/engine/*"],
              message: "Import the engine through its index (src/engine/index.ts) only.",
            },
            {
              group: ["**/excel/**", "**/taskpane/**", "**/xlsx/**", "**/cli/**", "**/preview/**"],
              message:
                "Imports flow one way: the functions import the engine only; functions.ts wires the rest.",
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/excel touches the Excel API; the functions only the engine.
    files: [
      "src/taskpane/**/*.{ts,tsx}",
      "src/functions/**/*.ts",
      "src/cli/**/*.ts",
      "src/xlsx/**/*.ts",
    ],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Excel.* belongs in src/excel/." },
      ],
    },
  },
  {
    // The office-addins load/sync rules are about Excel proxies; exceljs cells are plain objects.
    files: [
      "src/xlsx/**/*.ts",
      "src/preview/**/*.ts",
      "src/cli/**/*.ts",
      "scripts/**/*.ts",
      "test/e2e/**/*.ts",
      "test/xlsx/**/*.ts",
      "test/preview/**/*.ts",
    ],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/call-sync-after-load": "off",
      "office-addins/no-navigational-load": "off",
    },
  },
  {
    files: ["scripts/**/*.js", "bench/**/*.js", "bin/**/*.js", "*.js"],
    languageOptions: { globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];
