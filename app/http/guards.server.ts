// Who is asking, and may they? Every loader and action calls one of these first.
// They throw responses (a redirect to the login page, or a 403) so routes stay thin.
import { redirect } from "@remix-run/node";
import { db } from "~/db.server.ts";
import type { RegionScope } from "~/models/region-scope.ts";
import type { EventManager } from "~/models/events/event.server.ts";
import type { OrderActor } from "~/models/orders/order.server.ts";
import type { QuotationActor } from "~/models/quotations/quotation.server.ts";
import type { MatchActor } from "~/models/matches/match.server.ts";
import { membershipsOf, type MembershipView } from "~/models/accounts/organisation.server.ts";
import { permissionsFor, roleOfOrgKind, type Permission, type Role } from "~/models/accounts/permissions.ts";
import { findLiveSession } from "~/models/accounts/session.server.ts";
import { readSessionId } from "~/http/session-cookie.server.ts";
import { oncePerRequest } from "~/http/request-scope.server.ts";
import { readOrgKind } from "~/models/domain.ts";

export interface Viewer {
  sessionId: string;
  user: { id: string; email: string; name: string; locale: string };
  memberships: MembershipView[];
  /** The organisation the user is acting for now (chosen in the header), if any. */
  acting: MembershipView | null;
  role: Role | null;
  permissions: Permission[];
}

const cache = new WeakMap<Request, Promise<Viewer | null>>();

async function loadViewer(request: Request): Promise<Viewer | null> {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const session = await findLiveSession(db(), sessionId);
  if (!session) return null;
  const memberships = await membershipsOf(db(), session.user.id);
  const acting =
    memberships.find((m) => m.organisationId === session.activeOrganisationId) ?? memberships[0] ?? null;
  const actingAs = acting ? { kind: acting.kind, status: acting.status, membershipRole: acting.role, verified: acting.verified } : null;
  return {
    sessionId: session.id,
    user: session.user,
    memberships,
    acting,
    role: acting ? roleOfOrgKind(readOrgKind(acting.kind)) : null,
    permissions: [...permissionsFor(actingAs)],
  };
}

/** The signed-in viewer of this request, or null; loaded once per request (request-scope.server.ts). */
export function getViewer(request: Request): Promise<Viewer | null> {
  // Keyed by the cookies too: a second request made inside this one (the page cache renders
  // from a copy without them) must never be given this one's viewer.
  return oncePerRequest(`viewer:${request.headers.get("Cookie") ?? ""}`, () => {
    let viewer = cache.get(request);
    if (!viewer) {
      viewer = loadViewer(request);
      cache.set(request, viewer);
    }
    return viewer;
  });
}

export async function requireViewer(request: Request): Promise<Viewer> {
  const viewer = await getViewer(request);
  if (!viewer) {
    const url = new URL(request.url);
    const redirectTo = `${url.pathname}${url.search}`;
    throw redirect(`/login?${new URLSearchParams({ redirectTo })}`);
  }
  return viewer;
}

/** The viewer, if they hold `permission` for the organisation they act for; else a 403. */
export async function requirePermission(request: Request, permission: Permission): Promise<Viewer> {
  const viewer = await requireViewer(request);
  if (!viewer.permissions.includes(permission)) {
    throw new Response(JSON.stringify({ error: "forbidden", permission }), {
      status: 403,
      headers: { "Content-Type": "application/json" },
    });
  }
  return viewer;
}

export async function requireAnonymous(request: Request): Promise<void> {
  if (await getViewer(request)) throw redirect("/");
}

/** Throws a response with `status` unless `condition` holds: "not found" in loaders. */
export function invariantResponse(condition: unknown, message: string, status = 404): asserts condition {
  if (!condition) throw new Response(message, { status });
}

/** A viewer acting for a producer, with its producer profile id; else 403. */
export async function requireProducer(request: Request): Promise<Viewer & { producerId: string }> {
  const viewer = await requirePermission(request, "manage:product:own");
  const profile = await db().producerProfile.findUnique({
    where: { organisationId: viewer.acting!.organisationId },
    select: { id: true },
  });
  if (!profile) throw new Response("Forbidden", { status: 403 });
  return { ...viewer, producerId: profile.id };
}

/** A viewer acting for a buyer organisation, with its id; else 403. */
export async function requireBuyer(request: Request): Promise<Viewer & { buyerId: string }> {
  const viewer = await requirePermission(request, "manage:need:own");
  return { ...viewer, buyerId: viewer.acting!.organisationId };
}

/** A buyer or producer acting in orders (an admin too, who may look and refund); else 403. */
export async function requireOrderActor(request: Request): Promise<Viewer & { actor: OrderActor }> {
  const viewer = await requireViewer(request);
  const isAdmin = viewer.role === "admin";
  if (!isAdmin && !viewer.permissions.includes("trade:order:own")) throw new Response("Forbidden", { status: 403 });
  return { ...viewer, actor: { userId: viewer.user.id, organisationId: isAdmin ? null : viewer.acting!.organisationId, isAdmin } };
}

/** Who may take part in a partnership's thread: an active buyer, producer or brokering office. */
const THREAD_PERMISSIONS: readonly Permission[] = ["act:match:own", "respond:match:own", "broker:match:region"];

/**
 * A viewer as a party to partnerships' threads (messages.server.ts decides its side in each);
 * a pending or suspended organisation holds no permission, so it gets a 404: it does not
 * learn a thread exists.
 */
export function threadActorOf(viewer: Viewer): MatchActor {
  invariantResponse(viewer.role && viewer.permissions.some((p) => THREAD_PERMISSIONS.includes(p)), "Not found");
  return { userId: viewer.user.id, role: viewer.role, organisationId: viewer.acting?.organisationId ?? null, scope: regionScopeOf(viewer) };
}

/** A viewer as a party to quotations (quotation.server.ts decides its side, if any). */
export function quotationActorOf(viewer: Viewer): QuotationActor {
  return { userId: viewer.user.id, role: viewer.role, organisationId: viewer.acting?.organisationId ?? null, permissions: viewer.permissions };
}

/** The producers a viewer may verify certifications of: all (admin), their region (dinas), or none. */
export function regionScopeOf(viewer: Viewer): RegionScope | null {
  if (viewer.permissions.includes("verify:certification:any")) return { kind: "all" };
  if (viewer.permissions.includes("verify:certification:region") && viewer.acting?.regionCode) {
    return { kind: "region", code: viewer.acting.regionCode };
  }
  return null;
}

/** A viewer who may verify certifications, with their scope; else 403. */
export async function requireVerifier(request: Request): Promise<Viewer & { scope: RegionScope }> {
  const viewer = await requireViewer(request);
  const scope = regionScopeOf(viewer);
  if (!scope) throw new Response("Forbidden", { status: 403 });
  return { ...viewer, scope };
}

/** A viewer who may bulk-import data: everywhere (admin) or for their region (dinas); else 403. */
export async function requireImporter(request: Request): Promise<Viewer & { scope: RegionScope }> {
  const viewer = await requireViewer(request);
  if (viewer.permissions.includes("import:data:any")) return { ...viewer, scope: { kind: "all" } };
  if (viewer.permissions.includes("import:data:region") && viewer.acting?.regionCode) {
    return { ...viewer, scope: { kind: "region", code: viewer.acting.regionCode } };
  }
  throw new Response("Forbidden", { status: 403 });
}

/** A dinas officer or admin who runs temu bisnis events, as the office they act for; else 403. */
export async function requireEventManager(request: Request): Promise<Viewer & { manager: EventManager; office: { id: string; regionCode: string | null } }> {
  const viewer = await requirePermission(request, "manage:event:region");
  const acting = viewer.acting!;
  return { ...viewer, manager: { organisationId: acting.organisationId, admin: viewer.role === "admin" }, office: { id: acting.organisationId, regionCode: acting.regionCode ?? null } };
}
