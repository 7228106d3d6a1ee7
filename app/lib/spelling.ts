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

/** The rows of a QWERTY keyboard, which Indonesian typists use too: a slip hits a key beside the one meant. */
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** Whether two letters are keys side by side or above one another on a QWERTY keyboard. */
export function keysBeside(a: string, b: string): boolean {
  const at = (c: string) => {
    const row = ROWS.findIndex((r) => r.includes(c));
    return row < 0 ? null : { row, col: ROWS[row]!.indexOf(c) + row * 0.5 };
  };
  const [x, y] = [at(a), at(b)];
  return x !== null && y !== null && a !== b && Math.abs(x.row - y.row) <= 1 && Math.abs(x.col - y.col) <= 1;
}

/**
 * How likely a slip is to have made `written` of `meant`, 0 the likeliest, or null when they are
 * not one slip apart. Likeliest (0): two letters swapped, a letter left out, one doubled, or a
 * key beside the meant one struck instead, after the first letter. Then (1) a letter changed for
 * a far key, the first letter left out or changed, or a stray letter from a key beside its
 * neighbour; last (2) any other stray letter. So "paurt" is "parut" mistyped, not "part" with
 * a "u" added; "seragan" is as likely "seragam" (n beside m) as "serangan" (a letter left out),
 * and which is used more decides (slipCandidates).
 */
export function slipRank(written: string, meant: string): number | null {
  if (!oneSlipApart(written, meant)) return null;
  let i = 0;
  while (i < meant.length && written[i] === meant[i]) i++;
  // A typist seldom gets a word's first letter wrong: "alkon" is no "balkon" left without its "b".
  if (written.length < meant.length) return i === 0 ? 1 : 0;
  if (written.length > meant.length) {
    if (doubledLetterOf(meant, written)) return 0;
    // The stray letter is written[i]: beside a key of a letter next to it, a finger caught two keys.
    const stray = written[i]!;
    return (i > 0 && keysBeside(stray, written[i - 1]!)) || (i + 1 < written.length && keysBeside(stray, written[i + 1]!)) ? 1 : 2;
  }
  if (written[i] === meant[i + 1] && written[i + 1] === meant[i] && written.slice(i + 2) === meant.slice(i + 2)) return 0;
  return i > 0 && keysBeside(written[i]!, meant[i]!) ? 0 : 1;
}

/** A word of the vocabulary a mistyped one may have been meant as: how likely the slip (slipRank), and how much the word is used. */
export interface SlipCandidate {
  word: string;
  rank: number;
  uses: number;
}

/**
 * The words of the vocabulary one slip from a mistyped one, likeliest first: by the slip's
 * rank, then the most used (ties: alphabetical, so the answer is the same every time). None
 * when the word is in the vocabulary, is short or holds a digit.
 */
export function slipCandidates(word: string, vocabulary: ReadonlyMap<string, number>): SlipCandidate[] {
  if (vocabulary.has(word) || word.length < MIN_CORRECTED_LENGTH || /\d/.test(word)) return [];
  const found: SlipCandidate[] = [];
  for (const [known, uses] of vocabulary) {
    if (Math.abs(known.length - word.length) > 1) continue;
    const rank = slipRank(word, known);
    if (rank !== null) found.push({ word: known, rank, uses });
  }
  return found.sort((a, b) => a.rank - b.rank || b.uses - a.uses || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

/** The word a mistyped one was meant to be: the likeliest of slipCandidates, or null. */
export function correctionOf(word: string, vocabulary: ReadonlyMap<string, number>): string | null {
  return slipCandidates(word, vocabulary)[0]?.word ?? null;
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
