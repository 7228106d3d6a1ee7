// Words that are words of their own, so that two of them one slip apart are two words, not a
// slip of the keyboard: "sandar" (to moor: "bantalan karet sandar kapal") is not a mistyped
// "sandal", nor "kanvas" a mistyped "kampas". Indonesian from Debian's hunspell-id
// (search/lexicon/id-words.json, see search/lexicon/README.md), English from the FreeDict headwords
// (lexicon/eng-ind.json).
import engInd from "./lexicon/eng-ind.json";
import idWords from "../../search/lexicon/id-words.json";
import { oneSlipApart } from "../lib/spelling.ts";

/** Made on first use (about 35,000 words), not at import, as the equivalents' links are. */
let known: Set<string> | null = null;

/** Whether `written` may be `meant` mistyped: one slip apart, and not both words of their own. */
export function maySlipTo(meant: string, written: string): boolean {
  if (!oneSlipApart(meant, written)) return false;
  known ??= new Set<string>([...(idWords as string[]), ...Object.keys(engInd)]);
  return !(known.has(meant) && known.has(written));
}
