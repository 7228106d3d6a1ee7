// React 18's streaming renderer pads some chunks with NUL bytes: when a multi-byte character
// (an em dash, "é") does not fit in the rest of its 2,048-byte buffer, it sends the whole
// buffer, unwritten zeros included (facebook/react#24985; fixed in React 19 by #26228). The
// browser then reads "\0\0" where the server meant nothing, React's hydration finds text that
// differs, and throws the page away (errors #418/#423). This transform drops those zeros: only
// at the end of a full buffer, at most three (a character is at most four bytes). A page never
// holds a NUL of its own: every text the app stores is refused with one (input-limits.ts).
import { Transform } from "node:stream";

/** The size of React's write buffer (VIEW_SIZE in react-dom/server). */
export const REACT_VIEW_SIZE = 2048;

/** A chunk without the zeros React left at the end of a full buffer. */
export function withoutPadding(chunk: Buffer): Buffer {
  if (chunk.length !== REACT_VIEW_SIZE) return chunk;
  let end = chunk.length;
  while (end > chunk.length - 3 && chunk[end - 1] === 0) end--;
  return end === chunk.length ? chunk : chunk.subarray(0, end);
}

/** A pass-through for the rendered HTML that removes React's padding. */
export function reactPaddingFilter(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      done(null, withoutPadding(chunk));
    },
  });
}
