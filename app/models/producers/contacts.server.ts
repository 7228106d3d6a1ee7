// Who may see whose contact details: the one place the rule is written. The catalog is
// public, but phone numbers and e-mail addresses are personal data: a producer's contact
// people and a buyer's staff are shown only to the organisation itself, to dinas and admins
// (who broker partnerships), and to the other side of a partnership once it has been
// introduced or accepted — before that a shortlist is one-sided and gives no right to call.
import type { Db } from "~/db.server.ts";
import type { MatchState } from "../domain.ts";
import type { Permission, Role } from "../accounts/permissions.ts";

/** Partnership states in which both sides see each other's contacts. */
const CONTACT_SHARING_STATES = ["introduced", "accepted", "confirmed", "ordered", "completed"] as const satisfies readonly MatchState[];

/** Does a partnership in this state let both sides see each other's contacts? */
export function sharesContacts(state: string): boolean {
  return (CONTACT_SHARING_STATES as readonly string[]).includes(state);
}

/** The organisation asking (a signed-in member acting for it, or an API token's), or nobody. */
export interface ContactAsker {
  organisationId: string;
  role: Role | null;
  /** Holds read:contact:partner: a buyer does once the platform has verified it. */
  readsPartners: boolean;
}

/** The signed-in viewer (or an API token's actor) as an asker; one with no organisation asks for none. */
export function askerOf(viewer: { acting?: { organisationId: string } | null; organisationId?: string; role: Role | null; permissions: Iterable<Permission> } | null): ContactAsker | null {
  if (!viewer) return null;
  return { organisationId: viewer.acting?.organisationId ?? viewer.organisationId ?? "", role: viewer.role, readsPartners: [...viewer.permissions].includes("read:contact:partner") };
}

/** Why contacts are hidden, for the page's explanation. */
export type ContactAccess = "visible" | "sign_in" | "no_partnership" | "buyer_unverified";

export interface ContactPersonView {
  name: string;
  position: string | null;
  phone: string | null;
  email: string | null;
}

export interface Contacts {
  address: string | null;
  people: ContactPersonView[];
}

/** Does a partnership in a sharing state join these two organisations? */
async function partnered(db: Db, buyerOrganisationId: string, producerOrganisationId: string): Promise<boolean> {
  const match = await db.match.findFirst({
    where: {
      state: { in: [...CONTACT_SHARING_STATES] },
      need: { buyerId: buyerOrganisationId },
      producer: { organisationId: producerOrganisationId },
    },
    select: { id: true },
  });
  return match !== null;
}

/**
 * May this asker see the producer's contacts? (A buyer's contacts go to the producers of its
 * partnerships in a sharing state: the producer's own list shows them, see sharesContacts.)
 */
export async function producerContactAccess(db: Db, asker: ContactAsker | null, producerOrganisationId: string): Promise<ContactAccess> {
  if (!asker) return "sign_in";
  if (asker.organisationId === producerOrganisationId || asker.role === "dinas" || asker.role === "admin") return "visible";
  if (asker.role !== "buyer" || !(await partnered(db, asker.organisationId, producerOrganisationId))) return "no_partnership";
  return asker.readsPartners ? "visible" : "buyer_unverified";
}

/** A producer's address and contact people, as entered on its profile. */
export async function producerContacts(db: Db, producerId: string): Promise<Contacts> {
  const producer = await db.producerProfile.findUniqueOrThrow({
    where: { id: producerId },
    select: { address: true, contacts: { orderBy: { name: "asc" }, select: { name: true, position: true, phone: true, email: true } } },
  });
  return { address: producer.address, people: producer.contacts };
}

/**
 * Buyers' contacts: the organisation's address and its members (name, e-mail, phone), for
 * each organisation asked. (A deleted account has no memberships left: personal-data.server.ts.)
 */
export async function buyerContacts(db: Db, buyerOrganisationIds: string[]): Promise<Map<string, Contacts>> {
  const organisations = await db.organisation.findMany({
    where: { id: { in: buyerOrganisationIds } },
    select: {
      id: true,
      address: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        select: { user: { select: { name: true, email: true, phone: true } } },
      },
    },
  });
  return new Map(
    organisations.map((o) => [
      o.id,
      { address: o.address, people: o.memberships.map((m) => ({ name: m.user.name, position: null, phone: m.user.phone, email: m.user.email })) },
    ]),
  );
}
