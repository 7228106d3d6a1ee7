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

/** Whether a product's name says another variant than the need asks and not the need's own: a variant word of a group, against the need's. */
export function saysAnotherVariant(needTerms: readonly string[], nameTerms: ReadonlySet<string>): boolean {
  for (const group of GROUPS) {
    const asked = group.filter((t) => needTerms.includes(t));
    if (asked.length === 0 || asked.some((t) => nameTerms.has(t))) continue;
    if (group.some((t) => !asked.includes(t) && nameTerms.has(t))) return true;
  }
  return false;
}
