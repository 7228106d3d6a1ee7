// Slips of the keyboard, for the matcher's fit (a product named "Amlpang" is still amplang)
// and the site search's "did you mean" (a buyer typing "keripk" meant "keripik"). Words come in
// already lower-cased and split (search/text.ts `words`).

/** True when a and b differ by one edit or one swap of neighbouring letters (Damerau). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) {
    if (short.slice(i + 1) === long.slice(i + 1)) return true; // one letter changed
    return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2); // two swapped
  }
  return short.slice(i) === long.slice(i + 1); // one letter added or dropped
}

/** True when `written` is `meant` with one of its letters doubled ("abonn", "aabon" of "abon"). */
export function doubledLetterOf(meant: string, written: string): boolean {
  if (written.length !== meant.length + 1) return false;
  for (let i = 0; i + 1 < written.length; i++) if (written[i] === written[i + 1] && written.slice(0, i) + written.slice(i + 1) === meant) return true;
  return false;
}

/**
 * Words shorter than this are not corrected: among three-letter words one slip reaches too
 * many others ("teh", "tas", "tahu" and "tali" are each a slip from another).
 */
export const MIN_CORRECTED_LENGTH = 4;

/**
 * How likely a slip is to have made `written` of `meant`, 0 the likeliest, or null when they are
 * not one slip apart: two letters swapped, a letter left out or one doubled (0); a letter
 * changed (1); a stray letter added that doubles none (2). Typists drop and swap letters more
 * often than they add stray ones, so "paurt" is "parut" mistyped, not "part" with a "u" added,
 * "magents" "magnets", not "agents", and "gren" "green" rather than "aren".
 */
export function slipRank(written: string, meant: string): number | null {
  if (!oneSlipApart(written, meant)) return null;
  if (written.length < meant.length) return 0;
  if (written.length > meant.length) return doubledLetterOf(meant, written) ? 0 : 2;
  let i = 0;
  while (written[i] === meant[i]) i++;
  return written[i] === meant[i + 1] && written[i + 1] === meant[i] && written.slice(i + 2) === meant.slice(i + 2) ? 0 : 1;
}

/**
 * The word a mistyped one was meant to be: of the vocabulary's words one slip away, those the
 * likeliest slip makes (slipRank), the most used of them (ties: the first in alphabetical
 * order, so the answer is the same every time). Null when the word is in the vocabulary, is
 * short, holds a digit, or nothing is that close.
 */
export function correctionOf(word: string, vocabulary: ReadonlyMap<string, number>): string | null {
  if (vocabulary.has(word) || word.length < MIN_CORRECTED_LENGTH || /\d/.test(word)) return null;
  let best: string | null = null;
  let bestRank = Infinity;
  let bestUses = 0;
  for (const [known, uses] of vocabulary) {
    if (Math.abs(known.length - word.length) > 1) continue;
    const rank = slipRank(word, known);
    if (rank === null) continue;
    if (rank < bestRank || (rank === bestRank && (uses > bestUses || (uses === bestUses && best !== null && known < best)))) [best, bestRank, bestUses] = [known, rank, uses];
  }
  return best;
}

/** The words with each mistyped one corrected, or null when none was. */
export function correctedWords(words: readonly string[], vocabulary: ReadonlyMap<string, number>): string[] | null {
  let changed = false;
  const corrected = words.map((w) => {
    const correction = correctionOf(w, vocabulary);
    if (correction) changed = true;
    return correction ?? w;
  });
  return changed ? corrected : null;
}
