// A new account's first steps for its role, each done when the data says so (not when a box
// is ticked), each with the page that does it. The home page shows them until all are done.
import type { Db } from "~/db.server.ts";
import { isVerifiedBuyer } from "../domain.ts";
import type { Role } from "./permissions.ts";

export type StepKey = "profile" | "product" | "photo" | "certificate" | "verify" | "need" | "queue" | "event";

export interface Step {
  key: StepKey;
  done: boolean;
  /** Where the step is done. */
  to: string;
}

/** The first steps of a role, in the order they are best taken; null for a role without any (the platform's admins). */
export async function gettingStarted(db: Db, role: Role, organisationId: string): Promise<Step[] | null> {
  if (role === "producer") {
    const profile = await db.producerProfile.findUnique({
      where: { organisationId },
      select: {
        description: true,
        _count: { select: { kbli: true, contacts: true, certifications: { where: { status: { not: "rejected" } } } } },
        products: { where: { status: "active" }, select: { id: true, _count: { select: { photos: true } } }, orderBy: { createdAt: "asc" } },
      },
    });
    if (!profile) return null;
    const firstProduct = profile.products[0];
    return [
      // A buyer's first question is what the business is, what it makes (KBLI) and whom to call.
      { key: "profile", done: Boolean(profile.description) && profile._count.kbli > 0 && profile._count.contacts > 0, to: "/workspace/profile" },
      { key: "product", done: profile.products.length > 0, to: "/workspace/products/new" },
      { key: "photo", done: profile.products.some((p) => p._count.photos > 0), to: firstProduct ? `/workspace/products/${firstProduct.id}` : "/workspace/products/new" },
      { key: "certificate", done: profile._count.certifications > 0, to: "/workspace/certifications/new" },
    ];
  }
  if (role === "buyer") {
    const [organisation, needs] = await Promise.all([
      db.organisation.findUnique({ where: { id: organisationId }, select: { verification: true } }),
      db.need.count({ where: { buyerId: organisationId } }),
    ]);
    return [
      // Asked first: until verified, needs stay drafts and no quotation can be requested.
      { key: "verify", done: organisation ? isVerifiedBuyer(organisation) : false, to: "/account/verification" },
      { key: "need", done: needs > 0, to: "/workspace/needs/new" },
    ];
  }
  if (role === "dinas") {
    const [decided, events] = await Promise.all([
      db.certification.count({ where: { status: { in: ["verified", "rejected"] }, verifiedBy: { memberships: { some: { organisationId } } } } }),
      db.event.count({ where: { organisationId } }),
    ]);
    return [
      { key: "queue", done: decided > 0, to: "/dinas/verifications" },
      { key: "event", done: events > 0, to: "/dinas/events/new" },
    ];
  }
  return null;
}
