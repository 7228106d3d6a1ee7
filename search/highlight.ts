// Highlighting as data, not HTML: a text cut into plain and matched pieces, which the page
// renders with <mark> (React escapes the text, so a product name can never inject markup).
import type { Segment } from "./engine.ts";
import { term } from "./text.ts";

/** Marks the words of `text` whose indexed term is one of `matched`. */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  if (matched.size === 0) return [{ text, match: false }];
  const segments: Segment[] = [];
  // Words (letters and digits, accents included) and what lies between them.
  for (const piece of text.split(/([\p{L}\p{N}²]+)/u)) {
    if (piece === "") continue;
    const isWord = /[\p{L}\p{N}]/u.test(piece);
    const match = isWord && matched.has(term(piece.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()));
    const last = segments.at(-1);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
  }
  return segments;
}

/** Meilisearch's formatted text (matches between two markers) as segments. */
export function segmentsFromMarkers(formatted: string, pre: string, post: string): Segment[] {
  const segments: Segment[] = [];
  let rest = formatted;
  while (rest.length > 0) {
    const start = rest.indexOf(pre);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(post, start + pre.length);
    if (end === -1) {
      segments.push({ text: rest.slice(start + pre.length), match: true });
      break;
    }
    segments.push({ text: rest.slice(start + pre.length, end), match: true });
    rest = rest.slice(end + post.length);
  }
  return segments;
}
