// The sizes a need's title and a product's name state: "Minyak kayu putih 60 ml", "Jerigen
// 20 liter", "Mur baut M16", "Handuk 70x140". A buyer asking for 60 ml bottles for first-aid
// kits is offered a 30 ml bottle as another article, not the one asked: the fit's words take
// no numbers (fit.ts), so the size is read here and the score says when it differs (score.ts).
// Pure, from the text alone. A size read wrongly costs a producer points, so what is unsure is
// not read: a plain length (a rope's 12 mm is its thickness, its 50 m its length), a total
// rather than a pack (two sizes of one measure far apart), a clothing size ("S-4L").
import { namingPart } from "./fit.ts";

/** A stated size: what it measures, the values it may be (a list or range "30-60 ml", either reading of "1,500"), and as written. */
export interface Measure {
  dimension: string;
  values: number[];
  label: string;
}

/**
 * Units by how they are written, with what they measure and their size in its base unit. No
 * plain lengths (m, cm, mm, inch): in a name they are a diameter, a thickness, a height or a
 * roll's length, one measure in words, several things in fact.
 */
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
/** Lengths, read only as the sides of a dimension ("70 x 140 cm"), in millimetres. */
const LENGTHS: Record<string, number> = { mm: 1, cm: 10, m: 1000, inch: 25.4, inci: 25.4 };

/** Two sizes of one measure this far apart are not two articles of one thing but two things: a pack and a total ("gula pasir 2 ton" and its 50 kg sacks), a thickness and a length. */
const COMPARABLE_RATIO = 10;
/** Values this close are one size written two ways (14 inch and 35,5 cm). */
const SAME_WITHIN = 0.03;

// A number: "1.000" (a thousand), "1,5" and "1.5", "1.250,5", a fraction "1/2" or "1 1/4".
const NUMBER = String.raw`\d+\s+\d+\s*[/⁄]\s*\d+|\d+\s*[/⁄]\s*\d+|\d+(?:[.,]\d+)*`;
// Several numbers before one unit: "30-60 ml", "30/60/120 ml", "30, 60 dan 120 ml", "30 s/d 60 ml".
const LIST = String.raw`(?:${NUMBER})(?:\s*(?:-|–|\/|,\s|\s(?:s\/d|sampai|hingga|atau|dan|or|to|and|&)\s)\s*(?:${NUMBER}))*`;
// Not inside a word or a number, nor after a dash or slash of a clothing size ("S-4L") or a fraction.
const BEFORE = String.raw`(?<![\w.,\-–/⁄])`;
// Not inside a word or running on into a number ("M16," and "A4." are read; "1.5" is not cut).
const AFTER = String.raw`(?![\w]|[.,]\d)`;
const AMOUNT = new RegExp(String.raw`${BEFORE}(${LIST})\s*(${Object.keys(UNITS).join("|")})${AFTER}`, "g");
const DIMENSIONS = new RegExp(String.raw`${BEFORE}(${NUMBER})\s*[x×]\s*(${NUMBER})(?:\s*[x×]\s*(${NUMBER}))?(?:\s*(${[...Object.keys(LENGTHS), ...Object.keys(UNITS)].join("|")}))?${AFTER}`, "g");
/** A grade or type code: a letter or two and a number ("M16" bolts, "K-300" concrete, "E27" lamp caps, "N95" masks, "A4" paper); not "m2" after a number (square metres). */
const CODE = new RegExp(String.raw`(?<![\w.,\-/])(?<!\d\s?)([a-z]{1,2})-?(\d{1,4})${AFTER}`, "g");

/** A fraction's largest denominator: "3/4" and "1/16" are fractions, "30/60" two sizes. */
const LARGEST_DENOMINATOR = 16;

/**
 * The values a written number may be: "1.000" a thousand, "1,5" one and a half, "1,500"
 * either 1.5 or 1,500, "1 1/4" one and a quarter, "30/60" thirty and sixty.
 */
function numbersOf(text: string): number[] {
  const fraction = /^(?:(\d+)\s+)?(\d+)\s*[/⁄]\s*(\d+)$/.exec(text);
  if (fraction) {
    const [whole, top, bottom] = [fraction[1], Number(fraction[2]), Number(fraction[3])];
    if (top < bottom && bottom <= LARGEST_DENOMINATOR) return [Number(whole ?? 0) + top / bottom];
    return [...(whole === undefined ? [] : [Number(whole)]), top, bottom];
  }
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) return [Number(text.replace(/\./g, "").replace(",", "."))];
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) {
    const english = Number(text.replace(/,/g, ""));
    return /^\d{1,3},\d{3}$/.test(text) ? [Number(text.replace(",", ".")), english] : [english];
  }
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? [value] : [];
}

/** Each number of a list or range before one unit, with all its readings. */
function listOf(text: string): number[] {
  return [...text.matchAll(new RegExp(NUMBER, "g"))].flatMap((m) => numbersOf(m[0]));
}

/** The sizes a text states, in the order written. */
export function measuresOf(text: string): Measure[] {
  const written = text.normalize("NFKD");
  const lower = written.toLowerCase();
  const found: { at: number; end: number; measure: Measure }[] = [];
  const label = (m: RegExpMatchArray) => written.slice(m.index, m.index! + m[0].length).trim();
  for (const m of lower.matchAll(DIMENSIONS)) {
    const [, a, b, c, unit] = m;
    const sides = [a, b, c].filter((s): s is string => s !== undefined).map((s) => numbersOf(s)[0] ?? Number.NaN);
    // "24 x 600 ml": a count of packs and the pack's size, which the amounts below read.
    if (unit && UNITS[unit]) continue;
    const scale = unit ? LENGTHS[unit]! : 1;
    // Sides with a length unit are compared in millimetres; without one, only with sides without one.
    found.push({ at: m.index, end: m.index + m[0].length, measure: { dimension: `size${sides.length}${unit ? "" : " unitless"}`, values: sides.map((s) => s * scale), label: label(m) } });
  }
  const taken = (at: number) => found.some((f) => at >= f.at && at < f.end);
  for (const m of lower.matchAll(AMOUNT)) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (taken(start)) continue;
    const [dimension, factor] = UNITS[m[2]!]!;
    found.push({ at: start, end: m.index + m[0].length, measure: { dimension, values: listOf(m[1]!).map((v) => v * factor), label: label(m) } });
  }
  for (const m of lower.matchAll(CODE)) {
    if (taken(m.index)) continue;
    found.push({ at: m.index, end: m.index + m[0].length, measure: { dimension: `code ${m[1]}`, values: [Number(m[2])], label: label(m).toUpperCase() } });
  }
  return found
    .filter((f) => f.measure.values.length > 0 && f.measure.values.every(Number.isFinite))
    .sort((a, b) => a.at - b.at)
    .map((f) => f.measure);
}

/** The sizes a need's title asks for: those of the part naming the product, not of its purpose ("… untuk bulan K3") nor an aside. */
export function askedMeasures(title: string): Measure[] {
  return measuresOf(namingPart(title));
}

/** A size the need asks for that a product states otherwise: the product states that measure, never at an asked value. */
export interface OtherSize {
  asked: string;
  offered: string;
}

/** Whether two values are one size written two ways (SAME_WITHIN). */
const same = (a: number, b: number) => Math.abs(a - b) <= SAME_WITHIN * Math.max(a, b);

/** Whether two dimensions are one, side by side in any order. */
function sameSides(a: readonly number[], b: readonly number[]): boolean {
  const [x, y] = [[...a].sort((p, q) => p - q), [...b].sort((p, q) => p - q)];
  return x.length === y.length && x.every((v, i) => same(v, y[i]!));
}

/** Whether two sizes of one measure are near enough to be two articles of one thing (COMPARABLE_RATIO). */
function comparable(a: readonly number[], b: readonly number[]): boolean {
  const [x, y] = [Math.max(...a), Math.max(...b)];
  return Math.max(x, y) <= COMPARABLE_RATIO * Math.min(x, y);
}

/**
 * The first measure asked that the product's name states otherwise, or null: it states that
 * measure, near enough to compare, and at none of the values asked (a title may ask "20 liter
 * atau 25 liter"; a name may offer "30/60/120 ml").
 */
export function otherSize(asked: readonly Measure[], name: string): OtherSize | null {
  if (asked.length === 0) return null;
  const stated = measuresOf(name);
  const dimensions = [...new Set(asked.map((a) => a.dimension))];
  for (const dimension of dimensions) {
    const wanted = asked.filter((a) => a.dimension === dimension);
    const offered = stated.filter((s) => s.dimension === dimension && wanted.some((w) => comparable(w.values, s.values)));
    if (offered.length === 0) continue;
    const meets = (w: Measure, s: Measure) => (dimension.startsWith("size") ? sameSides(w.values, s.values) : w.values.some((a) => s.values.some((b) => same(a, b))));
    if (!wanted.some((w) => offered.some((s) => meets(w, s)))) return { asked: wanted.map((w) => w.label).join(" / "), offered: offered[0]!.label };
  }
  return null;
}
