// `npm test`: the whole suite — typecheck, lint, build, then unit, integration and browser
// tests — ending with one plain line "N passed, N failed" that CI reads. Exits non-zero
// when anything failed.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ensureChromium } from "./helpers/chromium.ts";

const started = Date.now();
const bin = (name: string) => path.resolve("node_modules/.bin", name);
const checks: { name: string; ok: boolean }[] = [];

function run(name: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${name}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    // The build just ran: the tests' global setup need not build again.
    env: { ...process.env, FORCE_COLOR: "0", MITRAIKM_SKIP_BUILD: "1" },
  });
  const ok = result.status === 0;
  console.log(`━━ ${name}: ${ok ? "ok" : "FAILED"}`);
  return ok;
}

ensureChromium();
const generated = run("prisma generate", bin("prisma"), ["generate"]);
checks.push({ name: "typecheck", ok: generated && run("typecheck", bin("tsc"), ["--noEmit"]) });
checks.push({ name: "lint", ok: run("lint", bin("eslint"), ["--config", "tests/lint/eslint.config.js", "."]) });
const built = run("build", bin("remix"), ["build"]);
checks.push({ name: "build", ok: built });

mkdirSync("tests/.artifacts", { recursive: true });
const report = path.resolve("tests/.artifacts/vitest-report.json");
run("vitest (unit, integration, e2e)", bin("vitest"), [
  "run",
  "--config",
  "tests/vitest.config.ts",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTestSuites: number;
    numFailedTestSuites: number;
  };
  passed = json.numPassedTests;
  failed = json.numFailedTests + json.numFailedTestSuites; // a file that fails to load counts
  skipped = json.numPendingTests + json.numTodoTests;
} catch {
  console.error("No Vitest report: the test run did not complete.");
  failed += 1;
}
for (const check of checks) {
  if (check.ok) passed += 1;
  else failed += 1;
}
if (passed === 0) failed += 1; // a run that executed nothing is a failure

console.log(`\nChecks: ${checks.map((c) => `${c.name} ${c.ok ? "ok" : "FAILED"}`).join(", ")} (counted as tests below)`);
console.log(`Wall time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
