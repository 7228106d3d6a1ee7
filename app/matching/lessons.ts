// What buyers' decisions teach the matcher. A buyer who shortlists or accepts a product for a
// need says that kind of product is the thing asked for ("kalender meja" for "kalender
// dinding"); one who declines it as not the product says it is not. Each decision is kept per
// buyer organisation under the need's thing and the product's kind (fit.ts, thingOf), so the
// lesson reaches the next buyer asking for the same thing, whatever the lexicon says. Pure:
// the rows are read and written by lessons.server.ts, the fit reads the result (Taught).
import { equivalentsOf, SOURCE_WEIGHT } from "./equivalents.ts";
import { thingOf, type Taught, type TaughtKind } from "./fit.ts";

/**
 * Buyer organisations that must agree before a lesson changes anyone's suggestions, and more
 * of them than disagree: one buyer's taste, or a mistaken click, teaches nothing.
 */
export const LESSON_BUYERS = 2;

/**
 * The keys whose lessons a need reads: its thing's and every broader thing its first words
 * name ("kalender dinding custom" reads what buyers taught for "kalender dinding" and for
 * "kalender"), so a lesson about the general thing reaches the particular one, never the
 * other way round (a wearpack's lessons are none of a plain "seragam kerja"'s). And its
 * thing's other names, in either language, that the lexicons give both ways and at a name's
 * weight (not the general dictionary's), in no more words: "banana chips" reads what buyers
 * taught for "keripik pisang", not for the narrower "keripik pisang manis", nor "sepatu"
 * for its kind "pantofel".
 */
export function needKeys(title: string): string[] {
  const terms = thingOf(title)?.key.split(" ") ?? [];
  const keys = terms.map((_, i) => terms.slice(0, i + 1).join(" "));
  const key = keys.at(-1);
  if (key === undefined) return keys;
  const names = [...equivalentsOf(key)]
    .filter(([name, weight]) => weight >= SOURCE_WEIGHT.lexicon && name.split(" ").length <= terms.length && equivalentsOf(name).has(key))
    .map(([name]) => name)
    .sort();
  return [...new Set([...keys, ...names])];
}

/** The decisions kept under one need key on one kind of product: how many buyer organisations took it, how many declined it as not the product. */
export interface LessonCount {
  needKey: string;
  productKey: string;
  productPhrase: string;
  taken: number;
  declined: number;
}

/** Whether buyers taught that this kind of product is (true), is not (false) the thing, or nothing yet (null). */
export function lessonOf(count: Pick<LessonCount, "taken" | "declined">): boolean | null {
  if (count.taken >= LESSON_BUYERS && count.taken > count.declined) return true;
  if (count.declined >= LESSON_BUYERS && count.declined > count.taken) return false;
  return null;
}

/** A lesson buyers taught: this kind of product is (taken) or is not the thing, by so many buyer organisations. */
export interface Lesson {
  productKey: string;
  productPhrase: string;
  taken: boolean;
  buyers: number;
  /** The words of the need's thing it was taught for (its need key's length). */
  needWords: number;
}

/**
 * The lessons in a need's decisions (the counts under each key it reads, needKeys): for each
 * kind of product, the lesson of the most particular thing buyers agree on ("kalender
 * dinding" before "kalender").
 */
export function lessonsIn(counts: readonly LessonCount[]): Lesson[] {
  const byKind = new Map<string, Lesson>();
  for (const { needKey, productKey, productPhrase, taken, declined } of counts) {
    const lesson = lessonOf({ taken, declined });
    const needWords = needKey.split(" ").length;
    if (lesson === null || (byKind.get(productKey)?.needWords ?? 0) >= needWords) continue;
    byKind.set(productKey, { productKey, productPhrase, taken: lesson, buyers: lesson ? taken : declined, needWords });
  }
  return [...byKind.values()].sort((a, b) => Number(b.taken) - Number(a.taken) || b.buyers - a.buyers || a.productKey.localeCompare(b.productKey));
}

/** What the fit reads of a need's lessons; undefined when buyers taught nothing. */
export function taughtBy(counts: readonly LessonCount[]): Taught | undefined {
  const taught = lessonsIn(counts).map((l): TaughtKind => ({ key: l.productKey, phrase: l.productPhrase, taken: l.taken, words: l.needWords }));
  return taught.length > 0 ? taught : undefined;
}
