// One filter language for both engines: an AND of conditions on fields. The embedded engine
// evaluates it on stored fields; Meilisearch gets it as its filter expression.

export type Condition =
  | { eq: string | number | boolean }
  | { ne: string | number | boolean }
  /** Any of these values (for a list field: the list holds at least one). */
  | { in: readonly (string | number)[] }
  /** A list field holding every one of these values. */
  | { all: readonly string[] }
  | { gte?: number; lte?: number };

export type Filter = Readonly<Record<string, Condition>>;

type Stored = string | number | boolean | null | undefined | readonly string[];

function holds(value: Stored, condition: Condition): boolean {
  const values: readonly (string | number | boolean)[] = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value as string | number | boolean];
  if ("eq" in condition) return values.includes(condition.eq);
  if ("ne" in condition) return !values.includes(condition.ne);
  if ("in" in condition) return condition.in.some((v) => values.includes(v));
  if ("all" in condition) return condition.all.every((v) => values.includes(v));
  const n = typeof value === "number" ? value : null;
  if (n === null) return false;
  return (condition.gte === undefined || n >= condition.gte) && (condition.lte === undefined || n <= condition.lte);
}

/** Whether a document's stored fields pass every condition. */
export function matches(document: Record<string, Stored>, filter: Filter | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([field, condition]) => holds(document[field], condition));
}

const quote = (v: string | number | boolean) => (typeof v === "string" ? JSON.stringify(v) : String(v));

/** The same filter as a Meilisearch filter expression. */
export function toMeilisearchFilter(filter: Filter | undefined): string | undefined {
  if (!filter) return undefined;
  const parts = Object.entries(filter).flatMap(([field, c]) => {
    if ("eq" in c) return [`${field} = ${quote(c.eq)}`];
    if ("ne" in c) return [`${field} != ${quote(c.ne)}`];
    if ("in" in c) return [c.in.length === 0 ? `${field} IN []` : `${field} IN [${c.in.map(quote).join(", ")}]`];
    if ("all" in c) return c.all.map((v) => `${field} = ${quote(v)}`);
    return [...(c.gte !== undefined ? [`${field} >= ${c.gte}`] : []), ...(c.lte !== undefined ? [`${field} <= ${c.lte}`] : [])];
  });
  return parts.length ? parts.join(" AND ") : undefined;
}
