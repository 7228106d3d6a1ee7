// A buyer whose need nothing fits yet asks the dinas offices of its delivery region to find
// producers: the dinas knows the region's IKM beyond those on the platform and runs the temu
// bisnis where such gaps are filled. Asked once a need; the offices are told in the app and by
// e-mail, and see the need on their brokering page until it closes or passes its date.
import type { Db } from "~/db.server.ts";
import { inScope, type RegionScope } from "../region-scope.ts";
import { MEMBERS, notify, usersOf } from "../platform/notification.server.ts";

export type AskHelpResult = { ok: true; offices: number } | { ok: false; error: "not_found" | "not_open" | "help_already_asked" | "no_dinas_office" };

/** The active dinas offices whose region is the need's delivery province or regency. */
function officesFor(db: Db, need: { deliveryProvinceCode: string; deliveryRegencyCode: string | null }) {
  const regions = [need.deliveryProvinceCode, ...(need.deliveryRegencyCode ? [need.deliveryRegencyCode] : [])];
  return db.organisation.findMany({ where: { kind: "dinas", status: "active", regionCode: { in: regions } }, select: { name: true, memberships: MEMBERS } });
}

/** The buyer's open need, asked of its region's dinas offices, once. */
export async function askDinasHelp(db: Db, input: { buyerId: string; needId: string }, now = new Date()): Promise<AskHelpResult> {
  const need = await db.need.findFirst({
    where: { id: input.needId, buyerId: input.buyerId },
    select: { id: true, title: true, status: true, neededBy: true, helpAskedAt: true, deliveryProvinceCode: true, deliveryRegencyCode: true, buyer: { select: { name: true } } },
  });
  if (!need) return { ok: false, error: "not_found" };
  if (need.status !== "open" || need.neededBy < now) return { ok: false, error: "not_open" };
  if (need.helpAskedAt) return { ok: false, error: "help_already_asked" };
  const offices = await officesFor(db, need);
  if (offices.length === 0) return { ok: false, error: "no_dinas_office" };
  return db.$transaction(async (tx) => {
    // Only the first of two clicks asks: the second finds the date already set.
    const marked = await tx.need.updateMany({ where: { id: need.id, helpAskedAt: null }, data: { helpAskedAt: now } });
    if (marked.count === 0) return { ok: false, error: "help_already_asked" } as const;
    await notify(tx, offices.flatMap(usersOf), { kind: "need_help", params: { need: need.title, buyer: need.buyer.name }, link: "/dinas/matches#help" }, { email: true });
    return { ok: true, offices: offices.length } as const;
  });
}

/** Open needs delivered in the scope whose buyers asked for help, oldest request first. */
export function needsAskingHelp(db: Db, scope: RegionScope, now = new Date(), take = 50) {
  return db.need.findMany({
    where: { helpAskedAt: { not: null }, status: "open", neededBy: { gte: now }, ...inScope(scope, "deliveryProvinceCode", "deliveryRegencyCode") },
    orderBy: { helpAskedAt: "asc" },
    take,
    select: {
      id: true,
      title: true,
      description: true,
      quantity: true,
      unit: true,
      neededBy: true,
      helpAskedAt: true,
      deliveryRegencyCode: true,
      deliveryProvinceCode: true,
      requiredCertifications: { select: { type: true } },
      buyer: { select: { name: true } },
    },
  });
}
