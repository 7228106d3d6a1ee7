import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");
const alias = { "~": path.join(root, "app") };

// Three projects: unit (pure code), integration (real SQLite, real HTTP server), and
// e2e (real headless Chromium). Run them all with `npm test`.
export default defineConfig({
  root,
  resolve: { alias },
  test: {
    // Builds the app and the template databases once for the whole run.
    globalSetup: ["tests/helpers/global-setup.ts"],
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { APP_ENV: "test" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
          env: { APP_ENV: "test" },
        },
      },
    ],
  },
});
