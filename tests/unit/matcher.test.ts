// The matcher's scoring on plain facts: hard requirements, near misses, and each factor.
import { describe, expect, it } from "vitest";
import { bestPerProducer, STAND_IN_BELOW } from "../../app/matching/suggestions.server.ts";
import { gapsOf, readStored, toStored } from "../../app/matching/stored.ts";
import { askedMeasures } from "../../app/matching/measures.ts";
import { amountShown, unitRatio } from "../../app/matching/unit-conversion.ts";
import { decodeCertificate, encodeCertificate } from "../../app/matching/candidates.ts";
import { evaluate, FITS, fitOf, fitOfParts, islandOf, sameIslandGroup, tieKey, UNASKED_CERTIFICATES_SHARE, WEIGHTS, type CandidateFacts, type NeedFacts } from "../../app/matching/score.ts";

const now = new Date("2026-11-23T00:00:00+07:00");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

const need: NeedFacts = {
  quantity: 20_000,
  unit: "pak",
  neededBy: inDays(100),
  requiredCertifications: ["halal", "pirt"],
  minTkdnPercent: 40,
  budgetPerUnit: 15_000,
  deliveryProvinceCode: "35",
  deliveryRegencyCode: "35.07",
  measures: [],
  category: "snacks",
};

const candidate: CandidateFacts = {
  relevance: 1,
  name: "Keripik tempe 250 g",
  unit: "pak",
  monthlyCapacity: 6_000,
  leadTimeDays: 0,
  priceMin: 14_000,
  tkdnPercent: 90,
  provinceCode: "35",
  regencyCode: "35.07",
  certificates: [
    { type: "halal", status: "verified", validUntil: inDays(500) },
    { type: "pirt", status: "verified", validUntil: null },
  ],
  completed: 0,
};

const part = (e: ReturnType<typeof evaluate>, factor: string) => e.parts.find((p) => p.factor === factor)!;

describe("matcher", () => {
  it("scores a producer meeting every requirement, with a part per factor", () => {
    const e = evaluate(need, candidate, now);
    expect(e.verdict).toBe("match");
    expect(e.gaps).toEqual([]);
    expect(part(e, "certifications")).toMatchObject({ points: WEIGHTS.certifications, reason: "certificatesVerifiedUntil" });
    expect(part(e, "capacity")).toMatchObject({ points: WEIGHTS.capacity, reason: "capacityEnough", values: { producible: 20_000 } });
    expect(part(e, "price")).toMatchObject({ points: WEIGHTS.price, reason: "priceWithin" });
    expect(part(e, "region")).toMatchObject({ points: WEIGHTS.region, reason: "regionSameRegency" });
    expect(e.score).toBe(WEIGHTS.text + WEIGHTS.capacity + WEIGHTS.certifications + WEIGHTS.price + WEIGHTS.region);
  });

  it("ranks verified certificates above pending ones", () => {
    const pending = evaluate(need, { ...candidate, certificates: candidate.certificates.map((c) => ({ ...c, status: "pending" as const })) }, now);
    expect(pending.verdict).toBe("match");
    expect(part(pending, "certifications").points).toBe(WEIGHTS.certifications / 2);
    expect(pending.score).toBeLessThan(evaluate(need, candidate, now).score);
  });

  it("gives every producer the same certificate points when a need asks for none, naming those held in the breakdown", () => {
    const asksNone = { ...need, requiredCertifications: [] };
    const holder = evaluate(asksNone, candidate, now);
    const none = evaluate(asksNone, { ...candidate, certificates: [] }, now);
    expect(part(holder, "certifications")).toMatchObject({ points: WEIGHTS.certifications * UNASKED_CERTIFICATES_SHARE, reason: "certificatesExtra", values: { types: "halal, pirt" } });
    expect(part(none, "certifications")).toMatchObject({ points: WEIGHTS.certifications * UNASKED_CERTIFICATES_SHARE, reason: "certificatesNotAsked" });
    expect(holder.score).toBe(none.score);
  });

  it("makes a certificate that expires before the date, or a TKDN a little short, a near miss", () => {
    const expiring = evaluate(need, { ...candidate, certificates: [{ type: "halal", status: "verified", validUntil: inDays(30) }, candidate.certificates[1]!] }, now);
    expect(expiring.verdict).toBe("near");
    expect(expiring.gaps).toEqual([{ kind: "certificate_expires", type: "halal", validUntil: inDays(30) }]);
    const missing = evaluate(need, { ...candidate, certificates: [candidate.certificates[0]!] }, now);
    expect(missing.gaps).toEqual([{ kind: "certificate_missing", type: "pirt" }]);
    expect(evaluate(need, { ...candidate, tkdnPercent: 38 }, now)).toMatchObject({ verdict: "near", gaps: [{ kind: "tkdn_below", have: 38, need: 40 }] });
    expect(evaluate(need, { ...candidate, tkdnPercent: null }, now)).toMatchObject({ verdict: "near", gaps: [{ kind: "tkdn_below", have: null, need: 40 }] });
  });

  it("holds no certificate in force only from after the date, and makes that no near miss: it is not the producer's to fix by then", () => {
    const later = { type: "halal", status: "verified" as const, validFrom: inDays(120), validUntil: inDays(1500) };
    const e = evaluate(need, { ...candidate, certificates: [later, candidate.certificates[1]!] }, now);
    expect(e).toMatchObject({ verdict: "no", gaps: [{ kind: "certificate_not_yet_valid", type: "halal", validFrom: inDays(120) }] });
    // In force from before the date: held.
    expect(evaluate(need, { ...candidate, certificates: [{ ...later, validFrom: inDays(90) }, candidate.certificates[1]!] }, now).verdict).toBe("match");
    const stored = readStored(JSON.stringify(toStored({ parts: [], gaps: e.gaps })));
    expect(gapsOf(stored.gaps)).toEqual(e.gaps);
    expect(decodeCertificate(encodeCertificate(later))).toEqual(later);
    // Of two beginning later, the earlier is the one named; beside an expired one, the renewal.
    const expired = { type: "halal", status: "verified" as const, validUntil: inDays(20) };
    const twoLater = evaluate(need, { ...candidate, certificates: [{ ...later, validFrom: inDays(300) }, expired, later, candidate.certificates[1]!] }, now);
    expect(twoLater).toMatchObject({ verdict: "no", gaps: [{ kind: "certificate_not_yet_valid", validFrom: inDays(120) }] });
  });

  it("leaves out producers far from the requirements", () => {
    expect(evaluate(need, { ...candidate, tkdnPercent: 20 }, now).verdict).toBe("no");
    expect(evaluate(need, { ...candidate, certificates: [] }, now).verdict).toBe("no");
  });

  it("weighs capacity before the date, price against budget, and distance", () => {
    expect(part(evaluate(need, { ...candidate, monthlyCapacity: 3_000 }, now), "capacity")).toMatchObject({ points: WEIGHTS.capacity / 2, reason: "capacityShort" });
    expect(part(evaluate(need, { ...candidate, unit: "kg" }, now), "capacity").reason).toBe("capacityUnknown");
    expect(part(evaluate(need, { ...candidate, priceMin: 18_750 }, now), "price")).toMatchObject({ points: WEIGHTS.price / 2, reason: "priceOver", values: { percent: 25 } });
    const region = (provinceCode: string, regencyCode: string) => part(evaluate(need, { ...candidate, provinceCode, regencyCode }, now), "region").points;
    expect(region("35", "35.07")).toBeGreaterThan(region("35", "35.73"));
    expect(region("35", "35.73")).toBeGreaterThan(region("33", "33.20"));
    expect(region("33", "33.20")).toBeGreaterThan(region("73", "73.71"));
  });

  it("reads capacity and price in the need's unit when the two units convert, and not when they name a pack", () => {
    const inTons = { ...need, unit: "ton", quantity: 20, budgetPerUnit: 14_000_000 };
    // 6,000 kg a month for 100 days is 20 ton; Rp 12,000 a kg is Rp 12 million a ton.
    const kilos = evaluate(inTons, { ...candidate, unit: "kg", monthlyCapacity: 6_000, priceMin: 12_000 }, now);
    expect(part(kilos, "capacity")).toMatchObject({ points: WEIGHTS.capacity, reason: "capacityEnough", values: { monthly: 6, producible: 20 } });
    expect(part(kilos, "price")).toMatchObject({ points: WEIGHTS.price, reason: "priceWithin", values: { price: 12_000_000 } });
    // A need in dozens, a producer counting pieces: 1,800 pieces a month is 150 dozen.
    const dozens = evaluate({ ...need, unit: "lusin", quantity: 1_000 }, { ...candidate, unit: "pcs", monthlyCapacity: 1_800 }, now);
    expect(part(dozens, "capacity")).toMatchObject({ points: WEIGHTS.capacity / 2, reason: "capacityShort", values: { monthly: 150, producible: 500 } });
    // A pack holds no fixed number of kilograms.
    expect(part(evaluate(inTons, { ...candidate, unit: "pak" }, now), "capacity").reason).toBe("capacityUnknown");
    expect(part(evaluate(inTons, { ...candidate, unit: "pak" }, now), "price").reason).toBe("priceUnknown");
    // Exactly enough stays enough: 6 lusin a month for 100 days is 240 pcs, 12 kodi.
    expect(part(evaluate({ ...need, unit: "kodi", quantity: 12 }, { ...candidate, unit: "lusin", monthlyCapacity: 6 }, now), "capacity")).toMatchObject({ reason: "capacityEnough", values: { producible: 12 } });
    expect(part(evaluate({ ...need, unit: "lusin", quantity: 10 }, { ...candidate, unit: "pcs", monthlyCapacity: 36 }, now), "capacity")).toMatchObject({ reason: "capacityEnough", values: { producible: 10 } });
    // A small capacity is not said to be none: 40 kg a month is 0.04 ton.
    expect(part(evaluate(inTons, { ...candidate, unit: "kg", monthlyCapacity: 40 }, now), "capacity").values).toMatchObject({ monthly: 0.04, producible: 0.13 });
    // Things counted whole are said whole.
    expect(amountShown(4.9, "pcs")).toBe(4);
    expect(amountShown(4.96, "ton")).toBe(4.9);
    expect(unitRatio("rim", "lembar")).toBe(500);
    expect(unitRatio("kodi", "lusin")).toBeCloseTo(20 / 12);
    expect(unitRatio("liter", "kg")).toBeNull();
    // A dozen or a score of pairs, bottles or cloths; a pair is no piece.
    expect(unitRatio("kodi", "pasang")).toBe(20);
    expect(unitRatio("botol", "lusin")).toBeCloseTo(1 / 12);
    expect(unitRatio("kodi", "lembar")).toBe(20);
    expect(unitRatio("pasang", "pcs")).toBeNull();
    expect(unitRatio("botol", "pcs")).toBeNull();
    expect(unitRatio("pak", "lusin")).toBeNull();
  });

  it("gives another size than the title asks none of the fit's points, still among what fits, and says so", () => {
    const sized = { ...need, measures: askedMeasures("Minyak kayu putih 60 ml untuk kotak P3K") };
    const asked = evaluate(sized, { ...candidate, name: "Minyak kayu putih 60 ml" }, now);
    const other = evaluate(sized, { ...candidate, name: "Minyak kayu putih 30 ml" }, now);
    expect(part(other, "text")).toMatchObject({ points: 0, reason: "textOtherSize", values: { asked: "60 ml", offered: "30 ml" } });
    expect(asked.score - other.score).toBe(WEIGHTS.text);
    expect(other.fit).toBe("words");
    expect(fitOfParts(other.parts)).toBe("words");
  });

  it("reads a product's TKDN from a verified TKDN certificate valid on the date before what the producer declared", () => {
    const tkdnNeed = { ...need, requiredCertifications: [] };
    const certified = (tkdnPercent: number, status: "verified" | "pending" = "verified", validUntil: Date | null = inDays(500)) => ({
      ...candidate,
      tkdnPercent: null,
      certificates: [{ type: "tkdn", status, validUntil, tkdnPercent }],
    });
    expect(evaluate(tkdnNeed, certified(83), now)).toMatchObject({ verdict: "match", gaps: [] });
    expect(evaluate(tkdnNeed, { ...certified(38), tkdnPercent: 90 }, now).gaps).toEqual([{ kind: "tkdn_below", have: 38, need: 40 }]);
    // Pending, or ended before the needed-by date: what was declared (nothing here) counts.
    expect(evaluate(tkdnNeed, certified(83, "pending"), now).gaps).toEqual([{ kind: "tkdn_below", have: null, need: 40 }]);
    expect(evaluate(tkdnNeed, certified(83, "verified", inDays(50)), now).gaps).toEqual([{ kind: "tkdn_below", have: null, need: 40 }]);
    // In force only from after the needed-by date: not read either.
    expect(evaluate(tkdnNeed, { ...certified(83), certificates: [{ type: "tkdn", status: "verified", validFrom: inDays(120), validUntil: inDays(500), tkdnPercent: 83 }] }, now).gaps).toEqual([{ kind: "tkdn_below", have: null, need: 40 }]);
    const fact = { type: "tkdn", status: "verified" as const, validUntil: inDays(500), tkdnPercent: 83.5 };
    expect(decodeCertificate(encodeCertificate(fact))).toEqual(fact);
    expect(decodeCertificate(encodeCertificate({ type: "halal", status: "pending", validUntil: null }))).toEqual({ type: "halal", status: "pending", validUntil: null });
  });

  it("knows the islands from province codes", () => {
    expect([islandOf("31"), islandOf("35"), islandOf("51"), islandOf("64"), islandOf("73"), islandOf("91")]).toEqual(["jawa", "jawa", "bali_nusa_tenggara", "kalimantan", "sulawesi", "papua"]);
    // Bali is reached from Java by a short roll-on crossing, and from Nusa Tenggara; Java and
    // Nusa Tenggara, or Sumatra and Java, are farther apart.
    expect([sameIslandGroup("35", "51"), sameIslandGroup("51", "31"), sameIslandGroup("52", "51"), sameIslandGroup("35", "52"), sameIslandGroup("12", "31")]).toEqual([true, true, true, false, false]);
    // Kepulauan Riau is Sumatra's; a code the list does not know is near nothing.
    expect([sameIslandGroup("21", "14"), sameIslandGroup("", ""), sameIslandGroup("00", "00")]).toEqual([true, false, false]);
  });
});

describe("ranking by fit", () => {
  const scored = (producerId: string, relevance: number, verdict: "match" | "near" | "no", score: number, name = producerId) => ({
    ...evaluate(need, { ...candidate, relevance }, now),
    verdict,
    score,
    fit: fitOf(relevance),
    relevance,
    tieKey: name,
    producerId,
    item: `${producerId}:${relevance}`,
  });

  it("never lets a product that does not fit outrank one that does, whatever its other points; among those that fit, suitability decides", () => {
    const ranked = bestPerProducer([scored("unrelated", 0.4, "match", 99), scored("fitting", 0.9, "match", 50), scored("fitting-better-supplier", 0.6, "match", 70)]);
    expect(ranked.map((r) => r.producerId)).toEqual(["fitting-better-supplier", "fitting", "unrelated"]);
    expect(ranked[2]!.parts.find((p) => p.factor === "text")!.reason).toBe("textCategory");
    // One named as a thing made for the one asked (a mould, a rack) says so, and is of the category.
    const mould = evaluate(need, { ...candidate, relevance: 0.5, madeFor: true }, now);
    expect(mould.parts.find((p) => p.factor === "text")!.reason).toBe("textMadeFor");
    expect(fitOfParts(mould.parts)).toBe("category");
    expect(fitOf(FITS)).toBe("category");
    expect(fitOf(FITS + 0.01)).toBe("words");
  });

  it("judges a producer by the product that fits: a fitting product with a gap makes a near miss, not a match through another product", () => {
    const ranked = bestPerProducer([scored("ikm", 0.2, "match", 90), scored("ikm", 0.95, "near", 60)]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ verdict: "near", item: "ikm:0.95" });
    // Among products that fit alike, the one meeting every requirement speaks for the producer.
    expect(bestPerProducer([scored("ikm", 0.9, "near", 80), scored("ikm", 0.85, "match", 70)])[0]).toMatchObject({ verdict: "match" });
    // One in another size than the title asks does not fit alike: the asked K-300 paving
    // failing its certificate makes a near miss, not a match through the K-250 that passes.
    const paving = { ...need, measures: askedMeasures("Paving block K-300 untuk area parkir"), requiredCertifications: ["sni"] };
    const sni = [{ type: "sni", status: "verified" as const, validUntil: inDays(500) }];
    const product = (name: string, certificates: typeof sni) => ({ ...evaluate(paving, { ...candidate, name, relevance: 1, certificates }, now), producerId: "ikm", relevance: 1, tieKey: name, item: name });
    expect(bestPerProducer([product("Paving block K-250", sni), product("Paving block K-300", [{ ...sni[0]!, validUntil: inDays(50) }])])[0]).toMatchObject({ verdict: "near", item: "Paving block K-300" });
    // A fitting product failing twice over leaves the producer out, whatever else it sells.
    expect(bestPerProducer([scored("ikm", 0.9, "no", 80), scored("ikm", 0.2, "match", 90)])).toEqual([]);
  });

  it("lets a product fitting nearly as well stand in for one failing beyond a near miss, never one in another size or fitting far less", () => {
    const bags = { ...need, requiredCertifications: [], minTkdnPercent: 40 };
    const product = (name: string, relevance: number, tkdnPercent: number, on: NeedFacts = bags, certificates: CandidateFacts["certificates"] = []) => ({
      ...evaluate(on, { ...candidate, name, relevance, tkdnPercent, certificates }, now),
      producerId: "ikm",
      relevance,
      tieKey: name,
      item: name,
    });
    // 15% is far under 40%: the canvas seminar bag at 61% speaks for its maker, as it would
    // for a producer selling it alone.
    expect(bestPerProducer([product("Tas blacu seminar", 1, 15), product("Tas seminar kanvas", 0.8, 61)])[0]).toMatchObject({ verdict: "match", item: "Tas seminar kanvas", passedOver: { item: "Tas blacu seminar", verdict: "no" } });
    // One fitting far less does not.
    expect(bestPerProducer([product("Tas blacu seminar", 1, 15), product("Tas kain serut", 1 - STAND_IN_BELOW - 0.05, 61)])).toEqual([]);
    // One with a fixable gap makes its maker a near miss through it.
    expect(bestPerProducer([product("Tas blacu seminar", 1, 15), product("Tas seminar kanvas", 0.8, 37)])[0]).toMatchObject({ verdict: "near", item: "Tas seminar kanvas" });
    // The exact bag 3 points under is a near miss itself, whatever else passes: the gap it names
    // is the one to close.
    expect(bestPerProducer([product("Tas blacu seminar", 1, 37), product("Tas seminar kanvas", 0.8, 61)])[0]).toMatchObject({ verdict: "near", item: "Tas blacu seminar" });
    // Another size than the title asks never stands in: a K-300 paving without its certificate
    // and far under the TKDN leaves its maker out, though its K-250 passes.
    const paving = { ...bags, measures: askedMeasures("Paving block K-300 untuk area parkir"), requiredCertifications: ["sni"] };
    const sni = [{ type: "sni", status: "verified" as const, validUntil: inDays(500) }];
    expect(bestPerProducer([product("Paving block K-300", 1, 20, paving), product("Paving block K-250", 1, 60, paving, sni)])).toEqual([]);
  });

  it("keeps a passed-over product and what keeps it out in the stored breakdown", () => {
    const passedOver = { productId: "prd-1", productName: "Tas blacu seminar", gaps: [{ kind: "certificate_expires" as const, type: "halal", validUntil: inDays(30) }, { kind: "tkdn_below" as const, have: 15, need: 40 }] };
    // Only what is asked is kept, whatever else the object holds.
    const stored = readStored(JSON.stringify(toStored({ parts: [], gaps: [], passedOver: { ...passedOver, verdict: "no" } as typeof passedOver })));
    expect({ ...stored.passedOver!, gaps: gapsOf(stored.passedOver!.gaps) }).toEqual(passedOver);
    // A breakdown stored before it was kept reads as none passed over.
    expect(readStored({ parts: [], gaps: [] }).passedOver).toBeUndefined();
  });

  it("ranks near misses sharing the need's words before those of the category alone", () => {
    expect(bestPerProducer([scored("category", 0.3, "near", 80), scored("words", 0.7, "near", 40)]).map((r) => r.producerId)).toEqual(["words", "category"]);
  });

  it("among products that do not fit, ranks one sharing some of the need's words before one sharing none, whatever its other points", () => {
    const ranked = bestPerProducer([scored("cake-tin", 0, "match", 90), scored("racing-exhaust", 0.25, "match", 60), scored("standard-exhaust", 0.9, "match", 40)]);
    expect(ranked.map((r) => r.producerId)).toEqual(["standard-exhaust", "racing-exhaust", "cake-tin"]);
  });

  it("orders ties by relevance, then by names, never by ids an import made up", () => {
    const ranked = bestPerProducer([scored("id-9", 0.8, "match", 50, "ud sari"), scored("id-1", 0.8, "match", 50, "ud tirta"), scored("id-5", 0.9, "match", 50, "ud zamrud")]);
    expect(ranked.map((r) => r.tieKey)).toEqual(["ud zamrud", "ud sari", "ud tirta"]);
  });

  it("among equal products, ranks one filed under the need's category first, then by names", () => {
    const printing = { ...need, category: "printing" };
    const card = (producerId: string, producerName: string, category: string) => scored(producerId, 0.95, "match", 58.5, tieKey(printing, { category, producerName, name: "Kartu nama" }));
    const ranked = bestPerProducer([card("id-1", "CV Andalas Digital", "electronic_devices"), card("id-2", "UD Cetak Jaya", "printing"), card("id-3", "CV Bintang Grafika", "printing")]);
    expect(ranked.map((r) => r.producerId)).toEqual(["id-3", "id-2", "id-1"]);
  });
});
