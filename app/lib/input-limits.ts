// Checks on decoded JSON (the API's bodies, the JSON import, form values) before anything
// else reads them, both walking the value with a stack of their own rather than recursion,
// so no input can drive them into the call-stack limit:
// - Text that cannot be stored as it is: SQLite, through the driver, keeps a text only up to
//   its first NUL (code 0), so a text holding one would be stored cut short without a word,
//   and a lone surrogate fails the write. Every way in refuses both instead: forms
//   (form-body.server.ts), the API (app/api/endpoint.server.ts) and the bulk import (importer.server.ts).
// - Nesting: no body or file of ours is more than a few levels deep, but JSON.parse accepts
//   a million; later steps that recurse (JSON.stringify for the audit log, merge patches)
//   would overflow on it. Deeper than MAX_JSON_DEPTH is refused.

export const MAX_JSON_DEPTH = 32;

type Visit = (value: unknown, path: string, depth: number) => boolean;

/** Walks `value` depth-first (objects and arrays), stopping when `visit` returns true; gives that path. */
function findPath(value: unknown, visit: Visit): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (visit(item.value, item.path, item.depth)) return item.path;
    if (typeof item.value !== "object" || item.value === null || item.value instanceof Date) continue;
    // Pushed in reverse, so the first key is looked at first (paths name the first offender).
    const entries = Object.entries(item.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      stack.push({ value: child, path: item.path ? `${item.path}.${key}` : key, depth: item.depth + 1 });
    }
  }
  return null;
}

// A lone surrogate (half of a UTF-16 pair, which JSON's \uD800 escapes can make) is not text
// at all: the database driver refuses it, and nothing could show it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type TextFault = "nul_character" | "lone_surrogate";

/** Why a text cannot be stored as it is, or null when it can. */
export function textFault(text: string): TextFault | null {
  if (text.includes("\u0000")) return "nul_character";
  return LONE_SURROGATE.test(text) ? "lone_surrogate" : null;
}

/** The first string in `value` that cannot be stored as it is: its path ("contacts.0.name") and why. */
export function unstorableText(value: unknown): { path: string; fault: TextFault } | null {
  let fault: TextFault | null = null;
  const path = findPath(value, (v) => typeof v === "string" && (fault = textFault(v)) !== null);
  return path === null || fault === null ? null : { path, fault };
}

/** The path of the first object or array nested deeper than `max` levels, or null. */
export function tooDeepPath(value: unknown, max = MAX_JSON_DEPTH): string | null {
  return findPath(value, (v, _path, depth) => depth > max && typeof v === "object" && v !== null);
}
