// Synthetic producers and products for growing the demo catalog through the bulk import, so
// the benches measure a large catalog built by the same code path real data would take.
import { SECTOR_VOCABULARY } from "../../prisma/factories/vocabulary.ts";

const PROVINCES = ["31", "32", "33", "34", "35", "36", "51", "52", "61", "73"];
const CERTS = ["halal", "pirt", "sni", "bpom"];

/** A seeded pseudo-random generator, so every run grows the same catalog. */
export function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/** An import file adding `producers` producers with `perProducer` products each. */
export function batch(from: number, producers: number, perProducer: number, random: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sectors = Object.values(SECTOR_VOCABULARY);
  const file = { producers: [] as object[], products: [] as object[], certifications: [] as object[] };
  for (let i = from; i < from + producers; i++) {
    const sector = pick(sectors);
    const province = pick(PROVINCES);
    file.producers.push({ ref: `B:P${i}`, legalName: `${pick(sector.nameStems)} Bench ${i}`, sector: sector.sector, provinceCode: province, regencyCode: `${province}.01` });
    for (let j = 0; j < perProducer; j++) {
      const template = pick(sector.products);
      file.products.push({
        ref: `B:P${i}:${j}`,
        producerRef: `B:P${i}`,
        name: `${template.name}${template.variants ? ` ${pick(template.variants)}` : ""}`,
        description: template.description,
        category: template.category,
        unit: template.unit,
        minOrder: template.minOrder[0],
        monthlyCapacity: template.capacity[1],
        priceMin: template.price[0],
        tkdnPercent: Math.round(30 + random() * 70),
      });
    }
    for (const type of CERTS.filter(() => random() < 0.4)) {
      file.certifications.push({ ref: `B:C${i}:${type}`, producerRef: `B:P${i}`, type, number: `${type.toUpperCase()}-${i}`, issuer: "Bench", validUntil: "2030-12-31", status: random() < 0.7 ? "verified" : "pending" });
    }
  }
  return new TextEncoder().encode(JSON.stringify(file));
}
