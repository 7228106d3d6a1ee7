import { describe, expect, it } from "vitest";
import { can, permissionsFor, PERMISSIONS } from "~/models/accounts/permissions.ts";

describe("permissions", () => {
  it("gives a signed-in user without an organisation only their own account", () => {
    expect([...permissionsFor(null)]).toEqual(["read:account:own"]);
  });

  it("lets producers manage their catalogue but not needs or verification", () => {
    const producer = { kind: "producer", status: "active", membershipRole: "member", verified: false } as const;
    expect(can(producer, "manage:product:own")).toBe(true);
    expect(can(producer, "manage:need:own")).toBe(false);
    expect(can(producer, "verify:certification:region")).toBe(false);
    expect(can(producer, "manage:organisation:own")).toBe(false);
  });

  it("lets buyers post needs and act on matches, not edit catalogues", () => {
    const buyer = { kind: "buyer", status: "active", membershipRole: "owner", verified: false } as const;
    expect(can(buyer, "manage:need:own")).toBe(true);
    expect(can(buyer, "act:match:own")).toBe(true);
    expect(can(buyer, "manage:product:own")).toBe(false);
    expect(can(buyer, "manage:organisation:own")).toBe(true); // owners manage their organisation
  });

  it("shows a buyer its partners' contacts only once the platform has verified it", () => {
    const buyer = { kind: "buyer", status: "active", membershipRole: "owner", verified: false } as const;
    expect(can(buyer, "read:contact:partner")).toBe(false);
    expect(can(buyer, "manage:need:own")).toBe(true); // it may still post needs and browse
    expect(can({ ...buyer, verified: true }, "read:contact:partner")).toBe(true);
    // Producers are not asked to be verified to see the buyers they partner with.
    expect(can({ kind: "producer", status: "active", membershipRole: "member", verified: false }, "read:contact:partner")).toBe(true);
  });

  it("grants a dinas office nothing until an admin approves it", () => {
    const pending = { kind: "dinas", status: "pending", membershipRole: "owner", verified: false } as const;
    expect([...permissionsFor(pending)]).toEqual(["read:account:own"]);
    const active = { ...pending, status: "active" } as const;
    expect(can(active, "verify:certification:region")).toBe(true);
    expect(can(active, "verify:certification:any")).toBe(false);
  });

  it("reserves organisation management for platform admins", () => {
    for (const kind of ["producer", "buyer", "dinas"] as const) {
      expect(can({ kind, status: "active", membershipRole: "owner", verified: false }, "manage:organisation:any")).toBe(false);
    }
    expect(can({ kind: "platform", status: "active", membershipRole: "member", verified: false }, "manage:organisation:any")).toBe(true);
  });

  it("only grants permissions from the typed list", () => {
    for (const kind of ["producer", "buyer", "dinas", "platform"] as const) {
      for (const p of permissionsFor({ kind, status: "active", membershipRole: "owner", verified: false })) {
        expect(PERMISSIONS).toContain(p);
      }
    }
  });
});
