// Who may do what: a typed list of permissions and the roles that hold them.
// Pure module (no IO): loaders and actions check it through app/http/guards.server.ts.
// "own" and "region" permissions are further narrowed by the model functions that load
// the record (a producer edits only its own products; a dinas verifies only its region).
import type { MembershipRole, OrgKind, OrgStatus } from "../domain.ts";

export const PERMISSIONS = [
  "read:account:own",
  "manage:organisation:own",
  "update:producer:own",
  "manage:product:own",
  "manage:certification:own",
  "read:need:any",
  "respond:match:own",
  "manage:need:own",
  "act:match:own",
  "trade:order:own",
  "read:contact:partner",
  "request:quotation:own",
  "quote:quotation:own",
  "verify:certification:region",
  "broker:match:region",
  "manage:event:region",
  "import:data:region",
  "read:dashboard:region",
  "manage:organisation:any",
  "verify:certification:any",
  "import:data:any",
  "read:dashboard:any",
  // Refunds and payouts: money leaving the platform's hands.
  "settle:payment:any",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The role a user acts in: the kind of the organisation they are acting for. */
export type Role = "producer" | "buyer" | "dinas" | "admin";

export function roleOfOrgKind(kind: OrgKind): Role {
  return kind === "platform" ? "admin" : kind;
}

const BY_ROLE: Record<Role, readonly Permission[]> = {
  producer: [
    "update:producer:own",
    "manage:product:own",
    "manage:certification:own",
    "read:need:any",
    "respond:match:own",
    "trade:order:own",
    "read:contact:partner",
    "quote:quotation:own",
  ],
  buyer: ["manage:need:own", "act:match:own", "read:need:any", "trade:order:own", "read:contact:partner", "request:quotation:own"],
  dinas: [
    "verify:certification:region",
    "broker:match:region",
    "manage:event:region",
    "import:data:region",
    "read:dashboard:region",
    "read:need:any",
  ],
  admin: [
    "manage:organisation:any",
    "verify:certification:any",
    "broker:match:region",
    "manage:event:region",
    "import:data:any",
    "read:dashboard:any",
    "read:need:any",
    "settle:payment:any",
  ],
};

const UNVERIFIED_BUYER_WITHHELD: readonly Permission[] = ["read:contact:partner", "request:quotation:own"];

export interface Acting {
  kind: OrgKind;
  status: OrgStatus;
  membershipRole: MembershipRole;
  /** A buyer the platform has verified (buyers only: other kinds are not asked). */
  verified: boolean;
}

/** The permissions of a signed-in user acting for one organisation (or for none). */
export function permissionsFor(acting: Acting | null): Set<Permission> {
  const granted = new Set<Permission>(["read:account:own"]);
  // A pending or suspended organisation confers nothing until an admin activates it.
  if (!acting || acting.status !== "active") return granted;
  for (const p of BY_ROLE[roleOfOrgKind(acting.kind)]) granted.add(p);
  // Anyone can sign up as a "BUMN": a buyer sees its partners' contacts once verified.
  // What only a verified buyer may do: read partners' contacts and ask producers for prices.
  if (acting.kind === "buyer" && !acting.verified) for (const p of UNVERIFIED_BUYER_WITHHELD) granted.delete(p);
  if (acting.membershipRole === "owner") granted.add("manage:organisation:own");
  return granted;
}

export function can(acting: Acting | null, permission: Permission): boolean {
  return permissionsFor(acting).has(permission);
}
