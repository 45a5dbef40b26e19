// Lint: typed rules (floating promises) and no import cycles across the workspace.
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      ".data/**",
      "bench/results/**",
      "coverage/**",
      "web/src/graphql/generated/**",
    ],
  },
  ...tseslint.configs.recommended,
  { files: ["**/*.ts", "web/src/**/*.tsx"], ...importX.flatConfigs.typescript },
  {
    files: ["**/*.ts", "web/src/**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: [
            "subgraphs/*/tsconfig.json",
            "gateway/tsconfig.json",
            "scripts/tsconfig.json",
            "tests/tsconfig.json",
            "web/tsconfig.json",
            "web/server/tsconfig.json",
          ],
        }),
      ],
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "no-restricted-properties": [
        "error",
        {
          object: "process",
          property: "env",
          message: "read the environment only in a config module",
        },
      ],
    },
  },
  {
    // The kit's main entry loads MikroORM, knex, pg, type-graphql and @apollo/subgraph.
    files: ["gateway/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@gongxiang/kit",
              message: "the gateway imports @gongxiang/kit/contracts (and /tracing) only",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/config.ts", "tests/**/*.ts", "**/*.test.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // The web app's build tooling (Vite and codegen configs, check scripts) runs in Node.
    files: ["web/*.ts", "web/*.mts", "web/scripts/**"],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      "no-restricted-properties": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
      },
    },
  },
);
