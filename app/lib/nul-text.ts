// Checks on decoded JSON (the API's bodies, the JSON import, form values) before anything
// else reads them, both walking the value with a stack of their own rather than recursion,
// so no input can drive them into the call-stack limit:
// - NUL characters: SQLite, through the driver, keeps a text only up to its first NUL
//   (code 0), so a text holding one would be stored cut short without a word. Every way in
//   refuses it instead: forms (form-body.server.ts), the API (api.server.ts) and the bulk
//   import (importer.server.ts).
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

/** The path ("contacts.0.name") of the first string in `value` holding a NUL character, or null. */
export function nulPath(value: unknown): string | null {
  return findPath(value, (v) => typeof v === "string" && v.includes("\u0000"));
}

/** The path of the first object or array nested deeper than `max` levels, or null. */
export function tooDeepPath(value: unknown, max = MAX_JSON_DEPTH): string | null {
  return findPath(value, (v, _path, depth) => depth > max && typeof v === "object" && v !== null);
}
