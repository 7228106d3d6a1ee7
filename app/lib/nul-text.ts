// SQLite, through the driver, keeps a text only up to its first NUL character (code 0), so a
// text holding one would be stored cut short without a word. Every way in refuses it instead:
// forms (form-body.server.ts), the API (api.server.ts) and the bulk import (importer.server.ts).

/** The path ("contacts.0.name") of the first string in `value` holding a NUL character, or null. */
export function nulPath(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (typeof value !== "object" || value === null || value instanceof Date) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}
