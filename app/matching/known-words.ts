// Words that are words of their own, so that two of them one slip apart are two words, not a
// slip of the keyboard: "sandar" (to moor: "bantalan karet sandar kapal") is not a mistyped
// "sandal", nor "kanvas" a mistyped "kampas". Indonesian from Debian's hunspell-id
// (search/lexicon/id-words.json, see search/lexicon/README.md), English from the FreeDict headwords
// (lexicon/eng-ind.json).
import engInd from "./lexicon/eng-ind.json";
import { oneSlipApart } from "../lib/spelling.ts";
import { isRoot } from "../../search/text.ts";

const english = engInd as Record<string, unknown>;
/** Whether a word is a word of its own, Indonesian or English. */
export const isKnown = (word: string) => isRoot(word) || english[word] !== undefined;
/** Whether a word is an Indonesian word and no English one ("sarung", not "bar" nor "pure"). */
export const isIndonesianOnly = (word: string) => isRoot(word) && english[word] === undefined;

/** Whether `written` may be `meant` mistyped: one slip apart, and not both words of their own. */
export function maySlipTo(meant: string, written: string): boolean {
  return oneSlipApart(meant, written) && !(isKnown(meant) && isKnown(written));
}
