// Long id lists go to the database in pieces: a query may bind only so many values (Prisma
// refuses "the query parameter limit supported by your database is exceeded" past it), and
// one piece at a time also bounds what is held in memory.

/** The most values one `IN (…)` list binds; well under SQLite's and Prisma's limits. */
export const ID_CHUNK = 500;

export function chunked<T>(items: readonly T[], size = ID_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** `load` run on each piece of `items` in turn, the results joined. */
export async function inChunks<T, R>(items: readonly T[], load: (chunk: T[]) => Promise<R[]>, size = ID_CHUNK): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunked(items, size)) out.push(...(await load(chunk)));
  return out;
}
