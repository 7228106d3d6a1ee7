// `npm run bench:search`: the embedded engine on synthetic catalogs of 10,000 and 100,000
// products built from the demo vocabulary (real Indonesian product names and descriptions,
// producers spread over provinces, certificates). Reports indexing throughput, search
// p50/p95 for typed queries with and without filters, and heap growth; then the "did you mean":
// reading the catalogue's words (once per five minutes a process) and correcting a mistyped query.
import { EmbeddedEngine } from "../../search/embedded-engine.ts";
import type { SearchDocument } from "../../search/engine.ts";
import type { Filter } from "../../search/filters.ts";
import { SECTOR_VOCABULARY } from "../../prisma/factories/vocabulary.ts";
import { countWords } from "../../app/models/catalog/catalog-words.server.ts";
import { correctedWords } from "../../app/lib/spelling.ts";
import { words } from "../../search/text.ts";
import { percentile } from "./percentile.ts";

const SIZES = [10_000, 100_000];
const MISTYPED = ["keripk pisang", "kripk", "gula mreah", "seragam kreja", "mebl jati", "tas anyamn pandan", "kopi robsta", "btaik tulis", "sepatu kulti", "sabn"];
const QUERIES = ["keripik pisang", "kripik", "gula merah", "seragam kerja", "mebel jati", "tas anyaman pandan", "kopi robusta", "batik tulis", "sepatu kulit", "sabun", "kemasan kardus", "madu hutan"];
const FILTERS: (Filter | undefined)[] = [undefined, { certifications: { all: ["halal"] } }, { provinceCode: { eq: "35" }, verified: { eq: true } }];
const CERTS = ["halal", "pirt", "sni", "bpom", "tkdn", "svlk"];
const PROVINCES = ["31", "32", "33", "34", "35", "36", "51", "52", "61", "73"];

/** A deterministic pseudo-random sequence, so runs compare. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function catalog(size: number): SearchDocument[] {
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sectors = Object.values(SECTOR_VOCABULARY);
  return Array.from({ length: size }, (_, i) => {
    const sector = pick(sectors);
    const template = pick(sector.products);
    const province = pick(PROVINCES);
    const certifications = CERTS.filter(() => random() < 0.25);
    return {
      id: `p${i}`,
      name: `${template.name}${template.variants ? ` ${pick(template.variants)}` : ""}`,
      description: template.description,
      categoryLabel: template.category,
      producerName: `${pick(sector.nameStems)} ${pick(["Makmur", "Jaya", "Sentosa", "Abadi", "Lestari", "Barokah"])} ${i % 997}`,
      sentraName: "",
      sector: sector.sector,
      category: template.category,
      provinceCode: province,
      regencyCode: `${province}.${String(1 + (i % 20)).padStart(2, "0")}`,
      certifications,
      verifiedCertifications: certifications.filter(() => random() < 0.7),
      verified: certifications.length > 0,
      producerId: `producer-${i % (size / 5)}`,
      tkdnPercent: Math.round(random() * 100),
      monthlyCapacity: Math.round(random() * 10_000),
      priceMin: Math.round(random() * 100_000),
      updatedAt: new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString(),
    };
  });
}

for (const size of SIZES) {
  const documents = catalog(size);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const engine = new EmbeddedEngine();
  const started = performance.now();
  for (let i = 0; i < documents.length; i += 2000) await engine.upsert("products", documents.slice(i, i + 2000));
  const indexSeconds = (performance.now() - started) / 1000;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      for (const filter of FILTERS) {
        const t = performance.now();
        await engine.search("products", { q, filter, facets: ["sector", "provinceCode", "certifications"], hitsPerPage: 20 });
        times.push(performance.now() - t);
      }
    }
  }
  times.sort((a, b) => a - b);
  console.log(
    `${size.toLocaleString("en")} products: index ${Math.round(size / indexSeconds).toLocaleString("en")} docs/s (${indexSeconds.toFixed(2)} s), ` +
      `search p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${times.length} queries (facets on), heap +${Math.round(heapMb)} MB`,
  );
  const counting = performance.now();
  const vocabulary = countWords(documents.map((d) => ({ name: String(d.name), description: String(d.description) })));
  const countMs = performance.now() - counting;
  const corrections: number[] = [];
  for (let round = 0; round < 20; round++)
    for (const q of MISTYPED) {
      const t = performance.now();
      correctedWords(words(q), vocabulary);
      corrections.push(performance.now() - t);
    }
  corrections.sort((a, b) => a - b);
  console.log(
    `  did you mean: ${vocabulary.size.toLocaleString("en")} catalogue words counted in ${countMs.toFixed(0)} ms; ` +
      `a mistyped query corrected in p50 ${percentile(corrections, 50).toFixed(2)} ms, p95 ${percentile(corrections, 95).toFixed(2)} ms over ${corrections.length}`,
  );
}
