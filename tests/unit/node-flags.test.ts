import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS } from "~/cli/node-flags.ts";

const scripts = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("the server's V8 flags", () => {
  // package.json cannot import them, so it repeats them; this keeps the copies in step.
  it.each(["start", "bench:match"])("are given to node by `npm run %s`", (name) => {
    const command = scripts[name]!;
    expect(command.startsWith("node ")).toBe(true);
    for (const flag of SERVER_NODE_FLAGS) expect(command.split(" ")).toContain(flag);
  });
});
