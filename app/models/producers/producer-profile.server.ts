// A producer's own business profile: read it for editing, save it. The profile, its KBLI codes
// and its contact persons are replaced together in one transaction with the search outbox row,
// so the index and the audit log never see half a profile.
import type { Db, Tx } from "~/db.server.ts";
import { removeImage, storeImage } from "../catalog/images.server.ts";
import type { StoreError } from "../platform/uploads.server.ts";
import type { ProducerProfileInput } from "./profile-forms.ts";
import { unknownRegion, type RegionError } from "../regions.server.ts";
import { recordIndexChange } from "../indexing/search-outbox.server.ts";

/** What a producer's profile says of the business, on its public page and to its owner. */
export const PROFILE_FACTS = {
  id: true,
  legalName: true,
  sector: true,
  sentraName: true,
  provinceCode: true,
  regencyCode: true,
  employees: true,
  foundedYear: true,
  monthlyCapacity: true,
  capacityUnit: true,
  description: true,
  logoPath: true,
  updatedAt: true,
} as const;

export function findOwnProfile(db: Db, producerId: string) {
  return db.producerProfile.findUnique({
    where: { id: producerId },
    select: {
      ...PROFILE_FACTS,
      nib: true,
      address: true,
      organisation: { select: { slug: true, legalForm: true } },
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
      // The legal form belongs to the organisation (buyers have one too).
      data: { ...profileColumns(input), organisation: { update: { legalForm: input.legalForm ?? null } } },
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

export type LogoResult = { ok: true } | StoreError;

/**
 * Sets the producer's logo: the 400 px WebP thumbnail images.server.ts makes is all a logo
 * needs, so only it is kept. The previous logo's file goes once the row points elsewhere.
 */
export async function setLogo(db: Db, uploadDir: string, producerId: string, bytes: Uint8Array, actorUserId: string): Promise<LogoResult> {
  const stored = await storeImage(uploadDir, "logos", bytes);
  if (!stored.ok) return stored;
  await removeImage(uploadDir, { path: stored.path, thumbPath: null });
  const previous = await replaceLogo(db, producerId, stored.thumbPath, actorUserId);
  if (previous) await removeImage(uploadDir, { path: previous, thumbPath: null });
  return { ok: true };
}

export async function removeLogo(db: Db, uploadDir: string, producerId: string, actorUserId: string): Promise<void> {
  const previous = await replaceLogo(db, producerId, null, actorUserId);
  if (previous) await removeImage(uploadDir, { path: previous, thumbPath: null });
}

async function replaceLogo(db: Db, producerId: string, logoPath: string | null, actorUserId: string): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const before = await tx.producerProfile.findUniqueOrThrow({ where: { id: producerId }, select: { logoPath: true, organisationId: true } });
    await tx.producerProfile.update({ where: { id: producerId }, data: { logoPath } });
    await recordIndexChange(tx, "producer", producerId);
    await tx.auditLog.create({
      data: { actorUserId, organisationId: before.organisationId, action: logoPath ? "producer.logo_set" : "producer.logo_removed", entity: "producer", entityId: producerId },
    });
    return before.logoPath;
  });
}

/** A listed producer's logo file, for the public logo route. */
export function publicLogo(db: Db, producerId: string) {
  return db.producerProfile.findFirst({ where: { id: producerId, logoPath: { not: null }, organisation: { status: "active" } }, select: { logoPath: true } });
}
