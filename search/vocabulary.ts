// The Indonesian vocabulary of IKM products that search must understand. Maintained by hand:
// add a line when a buyer's word misses a producer's (the relevance set in tests/bench shows it).

/** Spellings of one word: the first is the one we index; the rest are read as it. */
export const SPELLING_VARIANTS: readonly (readonly string[])[] = [
  ["keripik", "kripik", "kripick", "keripick"],
  ["kerupuk", "krupuk", "kerupukk"],
  ["furnitur", "furniture", "furnitures"],
  ["mebel", "meubel", "mebeul", "meuble"],
  ["sambal", "sambel"],
  ["jamu", "djamoe"],
  ["batik", "bathik"],
  ["kopi", "coffee", "kofi"],
  ["cokelat", "coklat", "chocolate"],
  ["teh", "tea"],
  ["sepatu", "shoes"],
  ["rotan", "rattan"],
  ["bambu", "bamboo"],
  ["kemasan", "packaging"],
  ["sabun", "soap"],
  ["madu", "honey"],
  ["kaos", "kaus", "tshirt"],
  ["goodiebag", "goodybag"],
  ["wearpack", "werpak", "wearpak", "coverall"],
  ["dodol", "jenang"],
];

/** Words and phrases that name the same thing: a search for one finds the others. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["mebel", "furnitur", "perabot"],
  ["seragam kerja", "pakaian kerja", "baju kerja"],
  // Palm sugar of the arenga palm and of the coconut palm are different products: a buyer
  // of one does not take the other. "Gula merah" names both (BROADER_TERMS).
  ["gula aren", "gula enau", "gula kawung"],
  ["gula kelapa", "gula jawa"],
  ["tas belanja", "goodiebag", "tas kain", "totebag"],
  ["apd", "alat pelindung diri"],
  ["kerajinan", "kriya", "handicraft"],
  ["camilan", "makanan ringan", "snack", "cemilan"],
  ["oleh oleh", "buah tangan"],
  ["jamu", "obat tradisional", "herbal"],
  ["anyaman", "anyam"],
  ["tempe", "tempeh"],
  ["bingkisan", "hampers", "parsel"],
  ["kardus", "karton", "dus"],
];

/**
 * A broader term and the narrower ones it covers: a search or a need for the broader finds
 * every narrower one ("gula merah" finds gula aren and gula kelapa), but a need for a narrower
 * term is not met by its siblings (gula aren is no gula kelapa), and a product named only by
 * the broader term meets it in part.
 */
const BROADER: readonly (readonly [string, ...string[]])[] = [
  ["gula merah", "gula aren", "gula enau", "gula kawung", "gula kelapa", "gula jawa", "gula semut"],
  // Any uniform is "seragam", a wearpack one kind: a batik office uniform is no wearpack.
  ["seragam", "seragam kerja", "pakaian kerja", "baju kerja", "wearpack"],
  ["seragam kerja", "wearpack"],
];

/** The broader terms as read: each also under every synonym of it ("pakaian kerja" covers wearpacks as "seragam kerja" does). */
export const BROADER_TERMS: readonly (readonly [string, ...string[]])[] = BROADER.flatMap(([broader, ...narrower]) =>
  (SYNONYMS.find((group) => group.includes(broader)) ?? [broader]).map((name): readonly [string, ...string[]] => [name, ...narrower]),
);

/**
 * Every phrase of the vocabulary with what a search for it finds besides itself (its synonyms
 * and, if broader, its narrower terms), broader terms first: "gula merah" stands for all its
 * narrower terms, not for its synonyms only. Made once, read by every query.
 */
export const PHRASES_FOUND: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, readonly string[]>();
  const groupOf = (phrase: string) => SYNONYMS.find((g) => g.includes(phrase)) ?? [phrase];
  for (const [broader, ...narrower] of BROADER_TERMS) out.set(broader, [...new Set([...groupOf(broader), ...narrower])]);
  for (const group of SYNONYMS) for (const phrase of group) if (!out.has(phrase)) out.set(phrase, group);
  return out;
})();

/**
 * Function words that carry no meaning of their own: not indexed and not searched, so a
 * buyer's "kopi bubuk untuk pantry kantor" is not matched on "untuk" by every description.
 */
export const STOP_WORDS: readonly string[] = [
  "dan", "atau", "serta", "untuk", "bagi", "guna", "di", "ke", "dari", "yang", "dengan", "pada", "dalam", "oleh", "per", "akan", "agar", "the", "and", "for", "of", "with",
];

/**
 * Product categories a buyer's need may be met from besides its own: a batik-cloth need by
 * batik shirts, a woven-crafts need by woven bags. The matcher looks in these too; groups are
 * read both ways. Category keys are those of app/models/domain.ts (a unit test checks them).
 */
export const NEIGHBOUR_CATEGORIES: readonly (readonly string[])[] = [
  ["snacks", "crackers", "confectionery"],
  ["coffee_tea", "beverages", "sweeteners"],
  ["condiments", "processed_meat_fish"],
  ["uniforms", "apparel", "batik_apparel", "ppe"],
  ["batik_cloth", "woven_cloth", "batik_apparel", "apparel"],
  ["footwear", "leather_goods", "ppe"],
  ["furniture", "wood_products"],
  ["woven_crafts", "bags_souvenirs", "ceramics_pottery", "jewellery_crafts"],
  ["bags_souvenirs", "textile_goods", "leather_goods"],
  ["metal_fabrication", "machined_parts", "machinery", "agri_tools", "building_materials"],
  ["cleaning_products", "cosmetics_toiletries", "herbal_medicine"],
  ["packaging", "printing"],
  ["electrical", "electronic_devices"],
];

/** The neighbours of a category, itself excluded. */
export function neighboursOf(category: string): string[] {
  return [...new Set(NEIGHBOUR_CATEGORIES.filter((group) => group.includes(category)).flat())].filter((c) => c !== category);
}
