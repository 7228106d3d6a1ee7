// Who a command-line import acts as: a named admin or dinas officer, or else the first
// platform admin. Their scope is the same as on the import page.
import type { Db } from "~/db.server.ts";
import type { ImportActor } from "./importer.server.ts";

export type ActorResult = { ok: true; actor: ImportActor; label: string } | { ok: false; message: string };

export async function importActorFor(db: Db, email?: string): Promise<ActorResult> {
  const memberships = await db.membership.findMany({
    where: {
      organisation: { kind: { in: ["platform", "dinas"] }, status: "active" },
      ...(email ? { user: { email: email.trim().toLowerCase() } } : { organisation: { kind: "platform", status: "active" } }),
    },
    orderBy: { createdAt: "asc" },
    select: { userId: true, user: { select: { email: true } }, organisation: { select: { id: true, kind: true, regionCode: true, name: true } } },
  });
  // An admin membership wins over a dinas one when a user holds both.
  const chosen = memberships.find((m) => m.organisation.kind === "platform") ?? memberships.find((m) => m.organisation.regionCode);
  if (!chosen) {
    return {
      ok: false,
      message: email
        ? `${email} is not a member of an active dinas office or of the platform admins.`
        : "No platform admin yet: create one with `npm run cli -- create-admin`, or pass --as EMAIL.",
    };
  }
  const scope = chosen.organisation.kind === "platform" ? ({ kind: "all" } as const) : ({ kind: "region", code: chosen.organisation.regionCode! } as const);
  return {
    ok: true,
    actor: { userId: chosen.userId, organisationId: chosen.organisation.id, scope },
    label: `${chosen.user.email} (${chosen.organisation.name})`,
  };
}
