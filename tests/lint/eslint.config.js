// ESLint flat config, kept under tests/ so the top level holds only what the product
// owner named. Run with `npm run lint`.
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/**", "tests/bench/bare-remix/build/**", "node_modules/**", "app/generated/**", "data/**", "tests/.artifacts/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": "off",
    },
  },
  {
    // search/ is pure TypeScript: no Remix, no React, no environment, nothing of the app.
    files: ["search/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@remix-run/*", "react", "react-dom", "~/*", "**/app/**"] }],
      "no-restricted-globals": ["error", "process"],
    },
  },
  {
    // Matching's pure modules (all but *.server.ts): testable without the web layer, the
    // database or the environment. Only the domain's shared value sets may come from models.
    files: ["app/matching/**/*.ts"],
    ignores: ["app/matching/**/*.server.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["@remix-run/*", "react", "react-dom", "~/db.server.ts", "~/env.server.ts", "~/routes/*", "~/components/*", "~/models/*", "!~/models/domain.ts", "**/*.server.ts"] },
      ],
      "no-restricted-globals": ["error", "process"],
    },
  },
  {
    // Layers (ARCHITECTURE.md): app/lib/ holds pure utilities that import nothing of the app;
    // models and matching never reach up into the HTTP layer, the JSON API, routes or
    // components; components never into routes.
    files: ["app/lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["~/*", "!~/lib/*", "../*", "@remix-run/*"], message: "app/lib/ is pure utilities: nothing of the app." }] }],
    },
  },
  {
    files: ["app/components/**/*.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["~/routes/*", "../routes/*"], message: "Components take what they show as props; its type lives with the component." }] }],
    },
  },
  {
    files: ["app/models/**/*.ts", "app/matching/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [{ group: ["~/http/*", "~/api/*", "~/routes/*", "~/components/*", "**/http/*", "**/api/*", "**/routes/*", "**/components/*", "@remix-run/*", "react", "react-dom"], message: "Models and matching do not depend on the web layer." }] },
      ],
    },
  },
  {
    // Actions read forms through readForm (app/http/form-body.server.ts): request.formData()
    // answers a 500 to a body that is not a form, and reads any size.
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='formData'][callee.object.name='request']", message: "Use readForm(request) from ~/http/form-body.server.ts." },
      ],
    },
  },
);
