// A producer's own business profile: read it for editing, save it. The profile, its KBLI codes
// and its contact persons are replaced together in one transaction with the search outbox row,
// so the index and the audit log never see half a profile.
import type { Db, Tx } from "~/db.server.ts";
import type { ProducerProfileInput } from "./profile-forms.ts";
import { unknownRegion, type RegionError } from "./regions.server.ts";
import { recordIndexChange } from "./search-outbox.server.ts";

export function findOwnProfile(db: Db, producerId: string) {
  return db.producerProfile.findUnique({
    where: { id: producerId },
    select: {
      id: true,
      legalName: true,
      nib: true,
      sector: true,
      sentraName: true,
      provinceCode: true,
      regencyCode: true,
      address: true,
      employees: true,
      foundedYear: true,
      monthlyCapacity: true,
      capacityUnit: true,
      description: true,
      logoPath: true,
      updatedAt: true,
      organisation: { select: { slug: true } },
      kbli: { select: { code: true }, orderBy: { code: "asc" } },
      contacts: { select: { name: true, position: true, phone: true, email: true }, orderBy: { id: "asc" } },
    },
  });
}

export type SaveProfileResult = { ok: true } | ({ ok: false } & (RegionError | { field: "nib"; error: "nib_taken" }));

/** Checks what the schema cannot: real region codes and a NIB no other business holds. */
export async function checkProfile(db: Db | Tx, producerId: string | null, input: ProducerProfileInput): Promise<SaveProfileResult> {
  const regionError = await unknownRegion(input.provinceCode, input.regencyCode);
  if (regionError) return { ok: false, ...regionError };
  if (input.nib) {
    const holder = await db.producerProfile.findUnique({ where: { nib: input.nib }, select: { id: true } });
    if (holder && holder.id !== producerId) return { ok: false, field: "nib", error: "nib_taken" };
  }
  return { ok: true };
}

export function profileColumns(input: ProducerProfileInput) {
  return {
    legalName: input.legalName,
    nib: input.nib ?? null,
    sector: input.sector,
    sentraName: input.sentraName ?? null,
    provinceCode: input.provinceCode,
    regencyCode: input.regencyCode,
    address: input.address ?? null,
    employees: input.employees ?? null,
    foundedYear: input.foundedYear ?? null,
    monthlyCapacity: input.monthlyCapacity ?? null,
    capacityUnit: input.capacityUnit ?? null,
    description: input.description ?? null,
  };
}

/** Writes the profile's KBLI codes and contacts, replacing what was there. */
export async function replaceProfileLists(tx: Tx, producerId: string, input: ProducerProfileInput) {
  await tx.producerKbli.deleteMany({ where: { producerId } });
  if (input.kbli.length > 0) await tx.producerKbli.createMany({ data: input.kbli.map((code) => ({ producerId, code })) });
  await tx.contactPerson.deleteMany({ where: { producerId } });
  if (input.contacts.length > 0) {
    await tx.contactPerson.createMany({
      data: input.contacts.map((c) => ({ producerId, name: c.name, position: c.position ?? null, phone: c.phone ?? null, email: c.email ?? null })),
    });
  }
}

export async function saveOwnProfile(db: Db, producerId: string, input: ProducerProfileInput, actorUserId: string): Promise<SaveProfileResult> {
  const checked = await checkProfile(db, producerId, input);
  if (!checked.ok) return checked;
  return db.$transaction(async (tx) => {
    const profile = await tx.producerProfile.update({
      where: { id: producerId },
      data: profileColumns(input),
      select: { organisationId: true },
    });
    await replaceProfileLists(tx, producerId, input);
    await recordIndexChange(tx, "producer", producerId);
    await tx.auditLog.create({
      data: { actorUserId, organisationId: profile.organisationId, action: "producer.updated", entity: "producer", entityId: producerId },
    });
    return { ok: true } as const;
  });
}
