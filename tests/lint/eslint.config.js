// ESLint flat config, kept under tests/ so the top level holds only what the product
// owner named. Run with `npm run lint`.
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", "app/generated/**", "data/**", "tests/.artifacts/**"] },
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
    // Actions read forms through readForm (app/lib/form-body.server.ts): request.formData()
    // answers a 500 to a body that is not a form, and reads any size.
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='formData'][callee.object.name='request']", message: "Use readForm(request) from ~/lib/form-body.server.ts." },
      ],
    },
  },
);
