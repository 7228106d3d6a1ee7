// The operator commands as a person runs them: a real process on a copy of the demo
// database. Import the example file, then ask for a need's suggestions as JSON.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SEEDED_TEMPLATE, copyTemplate } from "../helpers/templates.ts";

const run = promisify(execFile);
const database = copyTemplate(SEEDED_TEMPLATE, "cli");
const cli = (...args: string[]) =>
  run(path.resolve("node_modules/.bin/tsx"), ["app/cli/index.ts", ...args], { env: { ...process.env, DATABASE_URL: `file:${database}`, APP_ENV: "test" } });

describe("npm run cli", () => {
  it("imports a file (exit 0), and refuses a bad one with exit 2", async () => {
    const { stdout } = await cli("import", "app/models/import/example.json");
    expect(stdout).toContain("Imported 8 rows");
    const refused = await cli("import", "README.md").catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 2 });
    expect((refused as { stderr: string }).stderr).toContain("JSON, CSV or XLSX");
  }, 60_000);

  it("prints a need's ranked suggestions with their breakdowns as JSON, by the need's ref", async () => {
    const { stdout } = await cli("match", "DISPERINDAG-JATIM:NEED-01", "--json");
    const output = JSON.parse(stdout) as {
      need: { ref: string };
      matches: { rank: number; score: number; breakdown: Record<string, { points: number; max: number }> }[];
      nearMisses: { gaps: { kind: string }[] }[];
    };
    expect(output.need.ref).toBe("DISPERINDAG-JATIM:NEED-01");
    const all = [...output.matches, ...output.nearMisses] as { score: number; breakdown: Record<string, { points: number; max: number }> }[];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(Object.keys(s.breakdown).sort()).toEqual(["capacity", "certifications", "price", "region", "text", "track"]);
      const sum = Object.values(s.breakdown).reduce((total, p) => total + p.points, 0);
      expect(Math.abs(sum - s.score)).toBeLessThan(0.5);
    }
    expect(output.matches.map((m) => m.rank)).toEqual(output.matches.map((_, i) => i + 1));
    for (const near of output.nearMisses) expect(near.gaps).toHaveLength(1);
    const missing = await cli("match", "NO-SUCH-NEED").catch((error: { code: number }) => error);
    expect(missing).toMatchObject({ code: 2 });
  }, 60_000);

  it("names, in the text listing too, the closer product a producer shown through another one makes, and what keeps it out", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "cli-")), "standin.json");
    const product = (ref: string, name: string, tkdnPercent: number) => ({ ref, producerRef: "CLI:IKM-1", name, description: `${name}, kain tebal, sablon logo pemesan.`, category: "bags_souvenirs", unit: "pcs", minOrder: 10, monthlyCapacity: 20000, priceMin: 20000, tkdnPercent, leadTimeDays: 7 });
    writeFileSync(
      file,
      JSON.stringify({
        producers: [{ ref: "CLI:IKM-1", legalName: "CV Tas Seminar Sidoarjo", legalForm: "cv", sector: "textile_apparel", kbli: ["13921"], provinceCode: "35", regencyCode: "35.15", monthlyCapacity: 20000, capacityUnit: "pcs", contacts: [{ name: "Wati" }] }],
        buyers: [{ ref: "CLI:BUYER-1", name: "PT Bank Contoh (Persero)", legalForm: "persero", buyerType: "bumn", regionCode: "35.78" }],
        products: [product("CLI:PRD-1", "Tas blacu seminar sablon", 15), product("CLI:PRD-2", "Tas seminar kanvas", 61)],
        needs: [{ ref: "CLI:NEED-1", buyerRef: "CLI:BUYER-1", title: "Tas seminar kain blacu untuk peserta pelatihan", description: "Tas seminar untuk 500 peserta pelatihan nasabah, sablon logo satu warna.", category: "bags_souvenirs", quantity: 500, unit: "pcs", deliveryProvinceCode: "35", deliveryRegencyCode: "35.78", neededBy: "2029-09-30", minTkdnPercent: 40, budgetPerUnit: 30000, visibility: "public", status: "open" }],
      }),
    );
    await cli("import", file);
    const { stdout } = await cli("match", "CLI:NEED-1");
    const lines = stdout.split("\n");
    const shown = lines.findIndex((l) => l.includes("CV Tas Seminar Sidoarjo — Tas seminar kanvas"));
    expect(shown).toBeGreaterThan(0);
    expect(lines[shown + 1]).toContain("also makes Tas blacu seminar sablon, closer to the need, not qualifying [tkdn_below]");
  }, 60_000);
});
