// `npm run bench:import`: the import rate for a 10,000-row file, on a fresh migrated SQLite
// file seeded with the demo data. It imports a JSON file (1,000 producers, 8,000 products,
// 1,000 certifications), then the same file again (nothing changes), then a 10,000-row CSV
// of products and an XLSX file of 10,000 products, and prints rows per second for each.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { createDb } from "../../app/db.server.ts";
import { importActorFor } from "../../app/models/import/actor.server.ts";
import { importFile } from "../../app/models/import/import-file.server.ts";
import { csvColumns } from "../../app/models/import/rows.ts";
import { seed } from "../../prisma/seed.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "mitraikm-import-bench-"));
const REGENCIES = ["35.07", "35.73", "33.20", "32.73", "51.04"];

function producer(i: number) {
  const regencyCode = REGENCIES[i % REGENCIES.length]!;
  return {
    ref: `BENCH:IKM-${i}`,
    legalName: `UD Bench Pangan ${i}`,
    sector: "food_beverage",
    kbli: ["10792"],
    provinceCode: regencyCode.slice(0, 2),
    regencyCode,
    employees: 5 + (i % 40),
    contacts: [{ name: `Pemilik ${i}`, phone: `0812${String(1000000 + i)}` }],
  };
}

function product(i: number, suffix = "") {
  return {
    ref: `BENCH:PRD-${i}${suffix}`,
    producerRef: `BENCH:IKM-${i % 1000}`,
    name: `Keripik singkong balado ${i}`,
    description: "Keripik singkong pedas manis, kemasan 250 g, tanpa pengawet.",
    category: "snacks",
    unit: "pak",
    minOrder: 50,
    monthlyCapacity: 5000,
    priceMin: 12000 + (i % 50) * 100,
    tkdnPercent: 90,
  };
}

function certification(i: number) {
  return {
    ref: `BENCH:CERT-${i}`,
    producerRef: `BENCH:IKM-${i}`,
    productRefs: [`BENCH:PRD-${i}`],
    type: "pirt",
    number: `P-IRT 2063507${String(10000 + i)}`,
    issuer: "Dinas Kesehatan",
    validFrom: "2024-01-01",
    validUntil: "2029-01-01",
  };
}

async function timed(label: string, run: () => ReturnType<typeof importFile>) {
  const started = performance.now();
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(`${label}: ${result.error}`);
  const { rows, counts, problems } = result.report;
  const summary = Object.entries(counts)
    .filter(([, c]) => c.created + c.updated + c.unchanged + c.rejected > 0)
    .map(([kind, c]) => `${kind} +${c.created} ~${c.updated} =${c.unchanged} x${c.rejected}`)
    .join(", ");
  console.log(`${label}: ${rows} rows in ${seconds.toFixed(2)} s = ${Math.round(rows / seconds)} rows/s (${summary}; ${problems.length} problems)`);
}

try {
  const file = path.join(dir, "bench.db");
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, stdio: "pipe", env: { ...process.env, DATABASE_URL: `file:${file}` } });
  const db = createDb(`file:${file}`);
  await seed(db);
  const actor = await importActorFor(db);
  if (!actor.ok) throw new Error(actor.message);

  const json = new TextEncoder().encode(
    JSON.stringify({
      producers: Array.from({ length: 1000 }, (_, i) => producer(i)),
      products: Array.from({ length: 8000 }, (_, i) => product(i)),
      certifications: Array.from({ length: 1000 }, (_, i) => certification(i)),
    }),
  );
  await timed("JSON, first import ", () => importFile(db, { name: "bench.json", bytes: json }, actor.actor));
  await timed("JSON, same file again", () => importFile(db, { name: "bench.json", bytes: json }, actor.actor));

  const columns = csvColumns("products");
  const csvRows = Array.from({ length: 10_000 }, (_, i) => product(i, "-csv") as Record<string, unknown>);
  const csv = [columns.join(","), ...csvRows.map((row) => columns.map((c) => `"${String(row[c] ?? "").replaceAll('"', '""')}"`).join(","))].join("\n");
  await timed("CSV, 10,000 products", () => importFile(db, { name: "products.csv", bytes: new TextEncoder().encode(csv) }, actor.actor));

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("products");
  sheet.addRow(columns);
  for (let i = 0; i < 10_000; i++) {
    const row = product(i, "-xlsx") as Record<string, unknown>;
    sheet.addRow(columns.map((c) => row[c] ?? null));
  }
  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  await timed("XLSX, 10,000 products", () => importFile(db, { name: "products.xlsx", bytes: xlsx }, actor.actor));
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
