// Words that say which of a thing's variants is meant, against one another: a long-sleeved
// shirt is not a short-sleeved one, nor raw crackers fried ones. A product whose name says
// another variant than the need, and not the need's own, is a sibling of the thing asked for,
// however many of its other words it shares ("Kemeja batik lengan pendek" for "kemeja batik
// lengan panjang"; the names lexicon lists both sleeves as names of one batik shirt).
import { fitTerm } from "./equivalents.ts";

/** Each group: variants of one attribute, in Indonesian and English. */
const GROUPS = [
  ["panjang", "pendek"],
  ["long", "short"],
  ["pria", "wanita"],
  ["men", "women"],
  ["cowok", "cewek"],
  ["anak", "dewasa"],
  ["kids", "adult"],
  ["mentah", "goreng", "matang"],
  ["raw", "fried", "cooked"],
  ["basah", "kering"],
  ["manual", "otomatis"],
  ["manual", "automatic"],
  ["tunggal", "ganda"],
  ["single", "double"],
  ["tebal", "tipis"],
].map((group) => group.map(fitTerm));

/** The variants a need asks for, by attribute, and the others of each: worked out once a need (most ask none). */
export interface AskedVariants {
  asked: readonly string[];
  others: readonly string[];
}

export function variantsAsked(needTerms: readonly string[]): AskedVariants[] {
  return GROUPS.flatMap((group) => {
    const asked = group.filter((t) => needTerms.includes(t));
    return asked.length > 0 ? [{ asked, others: group.filter((t) => !asked.includes(t)) }] : [];
  });
}

/** Whether a product's name says another variant than the need asks and not the need's own. */
export function saysAnotherVariant(variants: readonly AskedVariants[], nameTerms: ReadonlySet<string>): boolean {
  return variants.some(({ asked, others }) => !asked.some((t) => nameTerms.has(t)) && others.some((t) => nameTerms.has(t)));
}
