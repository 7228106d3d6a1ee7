// Every write to something the search engine indexes records a row here, in the same
// transaction as the write; the indexing worker (issue #4) drains it. Nothing is lost when
// the engine is down.
import type { Prisma } from "~/generated/prisma/client.ts";
import { bulkInsert } from "~/models/platform/bulk-insert.server.ts";

/**
 * What a row names. A "lesson" is a need key whose buyers' lessons changed (its id the key,
 * app/matching/lessons.server.ts): nothing to index, the open needs reading it to rank again.
 */
export type IndexedEntity = "producer" | "product" | "certification" | "need" | "lesson";

export async function recordIndexChange(
  tx: Prisma.TransactionClient,
  entity: IndexedEntity,
  entityId: string,
  operation: "upsert" | "delete" = "upsert",
): Promise<void> {
  await tx.searchOutbox.create({ data: { entity, entityId, operation } });
}

/** The same for many rows at once (bulk imports). */
export async function recordIndexChanges(tx: Prisma.TransactionClient, entity: IndexedEntity, entityIds: readonly string[], now = new Date()): Promise<void> {
  await bulkInsert(tx, "SearchOutbox", entityIds.map((entityId) => ({ entity, entityId, operation: "upsert", nextAttemptAt: now })), now);
}
