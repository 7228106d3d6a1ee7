// The sizes a need's title and a product's name state: "Minyak kayu putih 60 ml", "Jerigen
// 20 liter", "Mur baut M16", "Handuk 70x140". A buyer asking for 60 ml bottles for first-aid
// kits is offered a 30 ml bottle as another article, not the one asked: the fit's words take
// no numbers (fit.ts), so the size is read here and the score says when it differs (score.ts).
// Pure, from the text alone.
import { namingPart } from "./fit.ts";

/** A stated size: what it measures, its value in that dimension's base unit (as text, to compare), and as written. */
export interface Measure {
  dimension: string;
  value: string;
  label: string;
}

/** Units by how they are written, with what they measure and their size in its base unit. */
const UNITS: Record<string, [string, number]> = {
  ml: ["volume", 1],
  cc: ["volume", 1],
  l: ["volume", 1000],
  lt: ["volume", 1000],
  ltr: ["volume", 1000],
  liter: ["volume", 1000],
  litre: ["volume", 1000],
  mg: ["mass", 0.001],
  g: ["mass", 1],
  gr: ["mass", 1],
  gram: ["mass", 1],
  ons: ["mass", 100],
  kg: ["mass", 1000],
  kilo: ["mass", 1000],
  kilogram: ["mass", 1000],
  ton: ["mass", 1_000_000],
  mm: ["length", 1],
  cm: ["length", 10],
  m: ["length", 1000],
  meter: ["length", 1000],
  inch: ["length", 25.4],
  inci: ["length", 25.4],
  w: ["power", 1],
  watt: ["power", 1],
  kw: ["power", 1000],
  v: ["voltage", 1],
  volt: ["voltage", 1],
  gsm: ["grammage", 1],
  oz: ["ounces", 1],
  mah: ["charge", 1],
  ah: ["charge", 1000],
  // Counts that make another article: a 3-ply mask is not a 2-ply one, nor a 4-drawer cabinet a 2-drawer one.
  lapis: ["layers", 1],
  ply: ["layers", 1],
  laci: ["drawers", 1],
  susun: ["tiers", 1],
  pintu: ["doors", 1],
};

const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const AMOUNT = new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s*(${Object.keys(UNITS).join("|")})(?![\w])`, "g");
const DIMENSIONS = new RegExp(String.raw`(?<![\w.,])(${NUMBER})\s*[x×]\s*(${NUMBER})(?:\s*[x×]\s*(${NUMBER}))?(?![\w.,])`, "g");
/** A grade or type code: a letter or two and a number ("M16" bolts, "K-300" concrete, "E27" lamp caps, "N95" masks, "A4" paper). */
const CODE = /(?<![\w.,-])([a-z]{1,2})-?(\d{1,4})(?![\w.,])/g;

/**
 * A number as Indonesian and English write it: "1.000" is a thousand, "1,5" and "1.5" one
 * and a half.
 */
function numberOf(text: string): number {
  const thousands = /^\d{1,3}(\.\d{3})+$/.test(text);
  return Number(thousands ? text.replace(/\./g, "") : text.replace(",", "."));
}

/** Rounded so that 0.5 kg and 500 g read alike. */
const canonical = (n: number) => String(Math.round(n * 1000) / 1000);

/** The sizes a text states, in the order written. */
export function measuresOf(text: string): Measure[] {
  const lower = text.normalize("NFKD").toLowerCase();
  const found: { at: number; measure: Measure }[] = [];
  for (const m of lower.matchAll(DIMENSIONS)) {
    const sides = [m[1], m[2], m[3]].filter((s): s is string => s !== undefined).map(numberOf);
    found.push({ at: m.index, measure: { dimension: `size${sides.length}`, value: sides.sort((a, b) => a - b).map(canonical).join("x"), label: m[0].trim() } });
  }
  const taken = (at: number) => found.some((f) => at >= f.at && at < f.at + f.measure.label.length);
  for (const m of lower.matchAll(AMOUNT)) {
    if (taken(m.index)) continue;
    const [dimension, factor] = UNITS[m[2]!]!;
    found.push({ at: m.index, measure: { dimension, value: canonical(numberOf(m[1]!) * factor), label: m[0].trim() } });
  }
  for (const m of lower.matchAll(CODE)) {
    if (taken(m.index)) continue;
    found.push({ at: m.index, measure: { dimension: `code ${m[1]}`, value: String(Number(m[2])), label: m[0].trim().toUpperCase() } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.measure);
}

/** The sizes a need's title asks for: those of the part naming the product, not of its purpose ("… untuk bulan K3"). */
export function askedMeasures(title: string): Measure[] {
  return measuresOf(namingPart(title));
}

/** A size the need asks for that a product states otherwise: the product states that dimension, never at the asked value. */
export interface OtherSize {
  asked: string;
  offered: string;
}

/** The first size asked that the product's name states otherwise, or null (the same, or not stated). */
export function otherSize(asked: readonly Measure[], name: string): OtherSize | null {
  if (asked.length === 0) return null;
  const stated = measuresOf(name);
  for (const a of asked) {
    const same = stated.filter((s) => s.dimension === a.dimension);
    if (same.length > 0 && !same.some((s) => s.value === a.value)) return { asked: a.label, offered: same[0]!.label };
  }
  return null;
}
