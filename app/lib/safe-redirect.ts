// Where to send someone after login or a language switch: only a path of this site.
// The check runs on the value as a browser will read it, not as it was written: the URL
// parser drops tabs and newlines anywhere, trims controls and spaces at the ends, turns "\"
// into "/" and resolves "/./" and "/../", so "/\t/evil.example", "/\\evil.example" or
// "/.//evil.example" all become "//evil.example", which a browser follows to another site.

const PROBE_ORIGIN = "http://same-site.invalid";

/** The normalised same-site path of `to` (path, query and fragment), or `fallback`. */
export function safeRedirect(to: unknown, fallback = "/"): string {
  // No link of ours holds a control character: one in a target is an attempt, refused whole.
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000 || /[\u0000-\u001f\u007f]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // A path that itself reads as "//host" (from "/.//host") would leave the site once sent.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
