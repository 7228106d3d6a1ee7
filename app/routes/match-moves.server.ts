// One move of a match from a page: the workflow's move and the answer the pages show (a
// translation key, or a 404 for a match the actor has no side in). The buyer's, producer's
// and broker's pages all go through here.
import { db } from "~/db.server.ts";
import type { MatchState } from "~/models/domain.ts";
import { invariantResponse } from "~/http/guards.server.ts";
import { actOnMatch, type MatchActor } from "~/models/matches/match.server.ts";
import type { MatchAction } from "~/models/matches/match-workflow.ts";

export type MoveResult = { ok: true; state: MatchState } | { ok: false; error: "match_invalid_transition" | "conflict" };

export async function moveMatch(matchId: string, action: MatchAction, actor: MatchActor, note: string | null): Promise<MoveResult> {
  const result = await actOnMatch(db(), matchId, action, actor, note);
  invariantResponse(result.ok || result.error !== "not_found", "Not found");
  if (result.ok) return result;
  // The needs' "invalid_transition" message speaks of a need; matches have their own.
  return { ok: false, error: result.error === "invalid_transition" ? "match_invalid_transition" : "conflict" };
}
