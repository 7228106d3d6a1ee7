// Words that say which of a thing's variants is meant, against one another: a long-sleeved
// shirt is not a short-sleeved one, nor raw crackers fried ones. A product whose name says
// another variant than the need, and not the need's own, is a sibling of the thing asked for,
// however many of its other words it shares ("Kemeja batik lengan pendek" for "kemeja batik
// lengan panjang"; the names lexicon lists both sleeves as names of one batik shirt).
// Compared as written, in either language.

/** Soap in a bar, by its words; soap's own "batang" joins them for a need for soap only (variantsAsked). */
const BAR = ["batangan", "bar", "padat", "solid"];

/** Each attribute: its variants, each by its words in Indonesian and English. */
const ATTRIBUTES: readonly (readonly string[])[][] = [
  [["panjang", "long"], ["pendek", "short"]],
  [["pria", "men", "mens", "cowok", "laki"], ["wanita", "women", "womens", "ladies", "cewek", "perempuan"]],
  [["anak", "kids", "child", "children"], ["dewasa", "adult", "adults"]],
  [["mentah", "raw"], ["goreng", "fried", "matang", "cooked"]],
  [["basah", "wet"], ["kering", "dry"]],
  [["manual"], ["otomatis", "automatic"]],
  [["tunggal", "single"], ["ganda", "double"]],
  [["tebal", "thick"], ["tipis", "thin"]],
  // A stock part against an aftermarket one ("knalpot standar", "knalpot racing").
  [["standar", "standard"], ["racing", "modifikasi"]],
  // Soap in a bar against liquid soap ("sabun mandi padat", "sabun cair"); "cairan", a fluid, is neither.
  // "batang" only for soap (SOAP_BAR): elsewhere it is a stem ("pupuk batang pisang") or a town.
  [BAR, ["cair", "liquid"]],
  // The form a preparation comes in: "jamu serbuk temulawak" is no temulawak capsule. A gel is
  // liquid enough for a need for liquid soap ("Body wash gel"), and a spray says how it comes
  // out, not what it is, so only a gel asked is no spray (a gel hand sanitizer), and a liquid
  // disinfectant may be one.
  [["bubuk", "serbuk", "powder"], ["cair", "liquid", "gel"], ["krim", "cream"], ["kapsul", "capsule"], ["tablet"]],
  [["gel"], ["spray", "semprot"]],
];

/** Soap's own word for a bar ("sabun mandi batang"), read with the bar's words only when the need asks for soap. */
const SOAP = ["sabun", "soap"];
const SOAP_BAR = "batang";

/** The variants a need asks for, by attribute, and the others' words: worked out once a need (most ask none). */
export interface AskedVariants {
  asked: readonly string[];
  others: readonly string[];
}

/** Words naming a cleaner, for which what it cleans is its variant (CLEANED); English plurals as written ("Hand soaps"). */
const CLEANERS = ["sabun", "soap", "soaps", "pembersih", "cleaner", "cleaners", "deterjen", "detergent", "detergents", "sampo", "shampoo", "shampoos", "karbol"];
/**
 * What a cleaner is for, read only for a need asking for a cleaner (asksForACleaner): a glass
 * cleaner is no floor cleaner, nor dish soap hand soap, however many words they share
 * ("Pembersih kaca" for "cairan pembersih lantai"). Elsewhere these words are materials or
 * parts ("gelas kaca", "kaos badan"). English plurals as written ("Soap for hands and body").
 */
const CLEANED: readonly (readonly string[])[] = [
  ["lantai", "floor", "floors"],
  ["kaca", "glass", "jendela", "window", "windows"],
  ["piring", "dish", "dishes", "dishwashing"],
  ["tangan", "hand", "hands"],
  ["mandi", "body", "badan"],
  ["wajah", "face", "muka"],
  ["rambut", "hair"],
  ["pakaian", "baju", "laundry", "clothes"],
  // A bathroom ("kamar mandi") is where a toilet is, not a body to wash.
  ["toilet", "toilets", "kloset", "closet", "wc", "porselen", "kamar", "bathroom"],
  ["mobil", "motor", "kendaraan", "car", "cars"],
];
/** Things holding a cleaner, before it in Indonesian ("Dispenser sabun", "Botol sabun") or after it in English ("Soap dispenser"). */
const HOLDERS_BEFORE = new Set(["botol", "dispenser", "tempat", "wadah", "rak", "tatakan", "kotak"]);
const HOLDERS_AFTER = new Set(["dispenser", "dispensers", "bottle", "bottles", "holder", "holders", "dish", "rack", "box"]);

/** Whether a need asks for a cleaner itself, not a thing holding one ("Dispenser sabun cuci tangan", "Soap dispenser"). */
function asksForACleaner(needWords: readonly string[]): boolean {
  const at = needWords.findIndex((w) => CLEANERS.includes(w));
  return at >= 0 && !needWords.slice(0, at).some((w) => HOLDERS_BEFORE.has(w)) && !needWords.slice(at + 1).some((w) => HOLDERS_AFTER.has(w));
}

export function variantsAsked(needWords: readonly string[]): AskedVariants[] {
  const soap = needWords.some((w) => SOAP.includes(w));
  const attributes = asksForACleaner(needWords) ? [...ATTRIBUTES, CLEANED] : ATTRIBUTES;
  return attributes.flatMap((attribute) => {
    const variants = soap ? attribute.map((v) => (v === BAR ? [...v, SOAP_BAR] : v)) : attribute;
    const asked = variants.filter((v) => v.some((w) => needWords.includes(w)));
    return asked.length > 0 ? [{ asked: asked.flat(), others: variants.filter((v) => !asked.includes(v)).flat() }] : [];
  });
}

/** Variant words that are also a measure when a number follows ("panjang 72 cm"); "cair 500 ml" is still liquid. */
const MEASURES = new Set(["panjang", "pendek", "long", "short", "tebal", "tipis", "thick", "thin"]);

/** Words after which a variant word describes the packaging ("Sabun herbal kemasan botol kaca"). */
const PACKAGING = new Set(["botol", "bottle", "kemasan", "toples", "jar", "wadah", "kotak", "box"]);
/**
 * Whether a name (every word as written) says a variant word: not one measuring ("panjang 72
 * cm" is a length), one saying what is still to be done ("siap goreng", ready to fry, is raw),
 * one describing the packaging (PACKAGING) nor one saying how it was made ("hand made").
 */
const says = (all: readonly string[], word: string) =>
  all.some((w, i) => w === word && !(MEASURES.has(word) && /^\d/.test(all[i + 1] ?? "")) && all[i - 1] !== "siap" && !PACKAGING.has(all[i - 1] ?? "") && all[i + 1] !== "made");

/** Whether a product's name says another variant than the need asks and not the need's own. */
export function saysAnotherVariant(variants: readonly AskedVariants[], all: readonly string[]): boolean {
  return variants.some(({ asked, others }) => !asked.some((w) => says(all, w)) && others.some((w) => says(all, w)));
}

/** Words saying a material is an imitation of itself: "kulit sintetis", "rotan sintetis", "faux leather". */
const IMITATION = new Set(["sintetis", "synthetic", "imitasi", "imitation", "faux", "artificial"]);
/** Natural materials made in imitation; not yarn, cloth or oil, which are synthetic things of their own ("benang sintetis", "oli sintetis"). */
const NATURAL = new Set(["kulit", "leather", "rotan", "rattan", "kayu", "wood", "sutra", "silk", "bulu", "fur", "marmer", "marble", "batu", "stone", "rumput", "grass"]);

/** The natural materials a need names, when it asks for no imitation of them: worked out once a need (most name none). */
export function imitablesNamed(needWords: readonly string[]): ReadonlySet<string> {
  return new Set(needWords.some((w) => IMITATION.has(w)) ? [] : needWords.filter((w) => NATURAL.has(w)));
}

/**
 * Whether a product's name (every word as written) says that a natural material the need names is an
 * imitation ("Sepatu pantofel kulit sintetis" for "sepatu pantofel kulit", "Kursi rotan sintetis"
 * for "kursi rotan"), when the need asks for no imitation (imitablesNamed): another variant of the thing.
 */
export function saysImitationOf(imitables: ReadonlySet<string>, all: readonly string[]): boolean {
  const named = (w: string | undefined) => w !== undefined && imitables.has(w);
  return all.some((w, i) => IMITATION.has(w) && (named(all[i - 1]) || named(all[i + 1])));
}
