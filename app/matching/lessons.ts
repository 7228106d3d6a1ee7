// What buyers' decisions teach the matcher. A buyer who shortlists or accepts a product for a
// need says that kind of product is the thing asked for ("kalender meja" for "kalender
// dinding"); one who declines it as not the product says it is not. Each decision is kept per
// buyer organisation under what the need and the product name (thingOf), so the lesson
// reaches the next buyer asking for the same thing, whatever the lexicon says. Pure: the rows
// are read and written by lessons.server.ts, the fit reads the result (fit.ts, Taught).
import { fitTerm } from "./equivalents.ts";
import { needWords, wordWeights, type Taught } from "./fit.ts";

/**
 * Buyer organisations that must agree before a lesson changes anyone's suggestions, and more
 * of them than disagree: one buyer's taste, or a mistaken click, teaches nothing.
 */
export const LESSON_BUYERS = 2;

/** What a need's title or a product's name names: its words' terms (the key) and the words as written. */
export interface Thing {
  key: string;
  phrase: string;
}

/**
 * How many of their first naming words key a need and a product. A need's two: Indonesian
 * names the thing first and qualifies it after ("kalender dinding | custom", "gelas keramik |
 * 350 ml"), and a lesson should reach every buyer asking for it. A product's three: a
 * buyer's decision is about that kind of product, not every product sharing its head noun
 * ("seragam kerja kemeja" declined is no "seragam kerja wearpack" declined).
 */
export const NEED_THING_WORDS = 2;
export const PRODUCT_THING_WORDS = 3;

/**
 * The thing a title or a name names: its first naming words, the product words (fit.ts,
 * needWords) less those that only describe it (a material after it, words after a thing the
 * names lexicon knows by its first words). Null when no word is left.
 */
export function thingOf(text: string, words: number): Thing | null {
  const all = needWords(text).product;
  const weights = wordWeights(all.map(fitTerm));
  const naming = all.filter((_, i) => weights[i] === 1).slice(0, words);
  if (naming.length === 0) return null;
  return { key: naming.map(fitTerm).join(" "), phrase: naming.join(" ") };
}

/** A need's thing (NEED_THING_WORDS): what its lessons are kept under. */
export const needThing = (title: string) => thingOf(title, NEED_THING_WORDS);
/** A product's kind (PRODUCT_THING_WORDS): what a lesson says is, or is not, the need's thing. */
export const productKind = (name: string) => thingOf(name, PRODUCT_THING_WORDS);

/** The decisions on one kind of product for a need's thing: how many buyer organisations took it, how many declined it as not the product. */
export interface LessonCount {
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
}

/** The lessons in a need's decisions: the kinds of product enough buyers agree on. */
export function lessonsIn(counts: readonly LessonCount[]): Lesson[] {
  return counts.flatMap(({ productKey, productPhrase, taken, declined }) => {
    const lesson = lessonOf({ taken, declined });
    return lesson === null ? [] : [{ productKey, productPhrase, taken: lesson, buyers: lesson ? taken : declined }];
  });
}

/** What the fit reads of a need's lessons: the kinds of product taken and those declined. */
export function taughtBy(counts: readonly LessonCount[]): Taught | undefined {
  const lessons = lessonsIn(counts);
  if (lessons.length === 0) return undefined;
  const kind = (taken: boolean) => lessons.filter((l) => l.taken === taken).map((l) => ({ terms: l.productKey.split(" "), phrase: l.productPhrase }));
  return { taken: kind(true), declined: kind(false) };
}
