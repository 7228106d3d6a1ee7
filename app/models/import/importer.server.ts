// Bulk import by a dinas office (its region) or an admin (everywhere).
//
// Rules, in the order they are applied:
// 1. Every row is validated by its kind's zod schema (the forms' rules); a bad row is
//    reported with the field and the reason, and left out.
// 2. A `ref` names one record: a ref used twice in a file is refused from its second use;
//    refs that point to other records (producerRef, buyerRef, productRefs) must name a valid
//    row of the file or a record imported before.
// 3. A dinas office imports only inside its own region: producers (and their products and
//    certificates) located there, buyers based there, and the needs of those buyers; a row
//    that would create or change anything outside it is refused with "out_of_region". An
//    organisation that manages its own account (it has members) is never overwritten by an
//    import: offices may add certifications they checked to it, nothing else.
// 4. All accepted rows are written in one transaction with their search outbox rows, so a
//    failure leaves nothing half-written. A row equal to what is stored is not written at
//    all: importing the same file again changes nothing.
// Whole at ~490 lines: one import run applies the rules below in order, in one transaction
// (all or nothing); split, the order of the rules would be spread over files that only make sense
// read together. Parsing (formats.server.ts), rows (rows.ts) and limits are apart already.
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "~/db.server.ts";
import { bulkInsert } from "~/models/platform/bulk-insert.server.ts";
import { inChunks } from "~/lib/chunks.ts";
import { slugify } from "~/lib/slug.ts";
import { certificationColumns } from "../certifications/certification.server.ts";
import { scopeCovers, type RegionScope } from "../region-scope.ts";
import { loadRegions } from "../regions.server.ts";
import { needColumns } from "../needs/need.server.ts";
import { productColumns } from "../catalog/product.server.ts";
import { profileColumns } from "../producers/producer-profile.server.ts";
import { recordIndexChanges } from "../indexing/search-outbox.server.ts";
import type { RawRow } from "./formats.server.ts";
import { IMPORT_KINDS, ROW_SCHEMAS, type ImportKind, type Rows } from "./rows.ts";
import { tooDeepPath, unstorableText } from "~/lib/input-limits.ts";

export interface ImportActor {
  userId: string;
  organisationId: string | null;
  scope: RegionScope;
}

export interface RowProblem {
  kind: ImportKind;
  line: number;
  ref?: string;
  field: string;
  /** A key of the "errors" translations. */
  code: string;
}

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  counts: Record<ImportKind, KindCounts>;
  problems: RowProblem[];
  durationMs: number;
}

interface Accepted<K extends ImportKind> {
  line: number;
  row: Rows[K];
}

type Plan = { [K in ImportKind]: Map<string, Accepted<K>> };

class Problems {
  readonly list: RowProblem[] = [];
  add(kind: ImportKind, line: number, ref: string | undefined, field: string, code: string) {
    this.list.push({ kind, line, ref, field, code });
  }
}


/** Validates every row and drops duplicates of a ref; the accepted rows keyed by ref. */
function validate(rows: RawRow[], problems: Problems): Plan {
  const plan = Object.fromEntries(IMPORT_KINDS.map((k) => [k, new Map()])) as Plan;
  for (const raw of rows) {
    const ref = typeof raw.values.ref === "string" ? raw.values.ref.trim() : undefined;
    const deep = tooDeepPath(raw.values);
    if (deep !== null) {
      problems.add(raw.kind, raw.line, ref, deep, "too_deep");
      continue;
    }
    const unstorable = unstorableText(raw.values);
    if (unstorable !== null) {
      problems.add(raw.kind, raw.line, ref, unstorable.path, unstorable.fault);
      continue;
    }
    const parsed = ROW_SCHEMAS[raw.kind].safeParse(raw.values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.add(raw.kind, raw.line, ref, issue.path.join(".") || "row", /^[a-z][a-z0-9_]*$/.test(issue.message) ? issue.message : "invalid");
      }
      continue;
    }
    const accepted = plan[raw.kind] as Map<string, Accepted<ImportKind>>;
    if (accepted.has(parsed.data.ref)) {
      problems.add(raw.kind, raw.line, parsed.data.ref, "ref", "ref_duplicate");
      continue;
    }
    accepted.set(parsed.data.ref, { line: raw.line, row: parsed.data });
  }
  return plan;
}

/** Values compare equal when they store the same thing (dates by instant, big numbers by value). */
function same(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const norm = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === "bigint" ? v.toString() : v === undefined ? null : v);
  return Object.keys(a).every((key) => norm(a[key]) === norm(b[key]));
}

export async function runImport(db: Db, rows: RawRow[], actor: ImportActor, options: { dryRun?: boolean; now?: Date } = {}): Promise<ImportReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const problems = new Problems();
  const plan = validate(rows, problems);
  const counts = Object.fromEntries(IMPORT_KINDS.map((k) => [k, { created: 0, updated: 0, unchanged: 0, rejected: 0 }])) as Record<ImportKind, KindCounts>;
  const reject = <K extends ImportKind>(kind: K, ref: string, field: string, code: string) => {
    const entry = plan[kind].get(ref);
    if (!entry) return;
    problems.add(kind, entry.line, ref, field, code);
    plan[kind].delete(ref);
  };

  class Rollback extends Error {}
  try {
    await db.$transaction(
      async (tx) => {
        const regions = await loadRegions();
        const producerIds = await writeProducers(tx, plan, actor, regions, reject, counts);
        const buyerIds = await writeBuyers(tx, plan, actor, regions, reject, counts);
        const productIds = await writeProducts(tx, plan, actor, producerIds, reject, counts);
        await writeCertifications(tx, plan, actor, producerIds, productIds, reject, counts, now);
        await writeNeeds(tx, plan, actor, buyerIds, regions, reject, counts, now);
        await tx.auditLog.create({
          data: {
            actorUserId: actor.userId,
            organisationId: actor.organisationId,
            action: options.dryRun ? "import.checked" : "import.completed",
            entity: "import",
            entityId: randomUUID(),
            data: JSON.parse(JSON.stringify({ counts, rejectedRows: problems.list.length })),
          },
        });
        if (options.dryRun) throw new Rollback();
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  // A row with several problems is one rejected row.
  for (const kind of IMPORT_KINDS) {
    counts[kind].rejected = new Set(problems.list.filter((p) => p.kind === kind).map((p) => p.line)).size;
  }
  problems.list.sort((a, b) => IMPORT_KINDS.indexOf(a.kind) - IMPORT_KINDS.indexOf(b.kind) || a.line - b.line);
  return { dryRun: Boolean(options.dryRun), rows: rows.length, counts, problems: problems.list, durationMs: Math.round(performance.now() - started) };
}

type Reject = <K extends ImportKind>(kind: K, ref: string, field: string, code: string) => void;
type Regions = Awaited<ReturnType<typeof loadRegions>>;
/** Known organisations by ref: their id, and whether they manage themselves. */
type OrgIndex = Map<string, { organisationId: string; recordId: string; managed: boolean; regionCode: string }>;

async function existingOrganisations(tx: Tx, refs: string[]) {
  return inChunks(refs, (chunk) =>
    tx.organisation.findMany({
      where: { ref: { in: chunk } },
      select: {
        id: true,
        ref: true,
        kind: true,
        name: true,
        buyerType: true,
        legalForm: true,
        regionCode: true,
        address: true,
        website: true,
        _count: { select: { memberships: true } },
        producer: { include: { kbli: { orderBy: { code: "asc" } }, contacts: { orderBy: { id: "asc" } } } },
      },
    }),
  );
}

async function freeSlugs(tx: Tx, names: string[]): Promise<string[]> {
  const bases = names.map(slugify);
  const taken = new Set(
    (await inChunks([...new Set(bases)], (chunk) => tx.organisation.findMany({ where: { OR: chunk.map((b) => ({ slug: { startsWith: b } })) }, select: { slug: true } }))).map((o) => o.slug),
  );
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

async function writeProducers(tx: Tx, plan: Plan, actor: ImportActor, regions: Regions, reject: Reject, counts: Record<ImportKind, KindCounts>): Promise<OrgIndex> {
  const index: OrgIndex = new Map();
  // Producers referred to by other rows but not in this file must exist already.
  const referred = new Set<string>([...plan.products.values()].map((p) => p.row.producerRef).concat([...plan.certifications.values()].map((c) => c.row.producerRef)));
  const refs = [...new Set([...plan.producers.keys(), ...referred])];
  const existing = new Map((await existingOrganisations(tx, refs)).map((o) => [o.ref!, o]));
  for (const [ref, org] of existing) {
    if (org.kind === "producer" && org.producer) {
      index.set(ref, { organisationId: org.id, recordId: org.producer.id, managed: org._count.memberships > 0, regionCode: org.producer.regencyCode });
    }
  }

  // NIBs must stay unique across the file and the database.
  const nibs = [...plan.producers.values()].map((p) => p.row.nib).filter((n): n is string => Boolean(n));
  const nibHolders = new Map(
    (await inChunks(nibs, (chunk) => tx.producerProfile.findMany({ where: { nib: { in: chunk } }, select: { nib: true, organisation: { select: { ref: true } } } }))).map((p) => [p.nib!, p.organisation.ref]),
  );
  const nibInFile = new Map<string, string>();

  const creates: { ref: string; row: Rows["producers"] }[] = [];
  for (const [ref, { row }] of [...plan.producers]) {
    const org = existing.get(ref);
    if (org && org.kind !== "producer") reject("producers", ref, "ref", "ref_kind_mismatch");
    else if (!regions.province(row.provinceCode)) reject("producers", ref, "provinceCode", "region_unknown");
    else if (!regions.regency(row.regencyCode)) reject("producers", ref, "regencyCode", "region_unknown");
    else if (!scopeCovers(actor.scope, row.regencyCode) || (org?.producer && !scopeCovers(actor.scope, org.producer.regencyCode))) {
      reject("producers", ref, "regencyCode", "out_of_region");
    } else if (org && org._count.memberships > 0) reject("producers", ref, "ref", "ref_managed_by_owner");
    else if (row.nib && ((nibHolders.has(row.nib) && nibHolders.get(row.nib) !== ref) || (nibInFile.has(row.nib) && nibInFile.get(row.nib) !== ref))) {
      reject("producers", ref, "nib", "nib_taken");
    } else {
      if (row.nib) nibInFile.set(row.nib, ref);
      if (!org) creates.push({ ref, row });
    }
  }

  const changed: string[] = [];
  const newOrgs = await newOrganisations(tx, "producer", creates.map((c) => ({ ref: c.ref, name: c.row.legalName, legalForm: c.row.legalForm, regionCode: c.row.regencyCode })));
  const newProfiles = creates.map((c, i) => ({ id: randomUUID(), organisationId: newOrgs[i]!.id, ...profileColumns(c.row) }));
  await bulkInsert(tx, "Organisation", newOrgs);
  await bulkInsert(tx, "ProducerProfile", newProfiles);
  const kbli = creates.flatMap((c, i) => c.row.kbli.map((code) => ({ producerId: newProfiles[i]!.id, code })));
  // A producer's contacts are read back in id order (the first is the main one): one random
  // stem per producer, then the row's position, keeps the file's order.
  const contacts = creates.flatMap((c, i) => {
    const stem = randomUUID();
    return c.row.contacts.map((p, n) => ({ id: `${stem}-${n}`, producerId: newProfiles[i]!.id, name: p.name, position: p.position ?? null, phone: p.phone ?? null, email: p.email ?? null }));
  });
  await bulkInsert(tx, "ProducerKbli", kbli);
  await bulkInsert(tx, "ContactPerson", contacts);
  creates.forEach((c, i) => index.set(c.ref, { organisationId: newOrgs[i]!.id, recordId: newProfiles[i]!.id, managed: false, regionCode: c.row.regencyCode }));
  counts.producers.created = creates.length;
  changed.push(...newProfiles.map((p) => p.id));

  for (const [ref, { row }] of plan.producers) {
    const org = existing.get(ref);
    if (!org?.producer) continue;
    const profile = org.producer;
    const lists = (p: { kbli: { code: string }[]; contacts: { name: string; position: string | null; phone: string | null; email: string | null }[] }) =>
      JSON.stringify([p.kbli.map((k) => k.code), p.contacts.map((c) => [c.name, c.position, c.phone, c.email])]);
    const wanted = lists({ kbli: row.kbli.map((code) => ({ code })), contacts: row.contacts.map((c) => ({ name: c.name, position: c.position ?? null, phone: c.phone ?? null, email: c.email ?? null })) });
    if (same(profileColumns(row), profile) && org.name === row.legalName && org.legalForm === (row.legalForm ?? null) && lists(profile) === wanted) {
      counts.producers.unchanged++;
      continue;
    }
    await tx.organisation.update({ where: { id: org.id }, data: { name: row.legalName, legalForm: row.legalForm ?? null, regionCode: row.regencyCode } });
    await tx.producerProfile.update({ where: { id: profile.id }, data: profileColumns(row) });
    await tx.producerKbli.deleteMany({ where: { producerId: profile.id } });
    await tx.producerKbli.createMany({ data: row.kbli.map((code) => ({ producerId: profile.id, code })) });
    await tx.contactPerson.deleteMany({ where: { producerId: profile.id } });
    await tx.contactPerson.createMany({ data: row.contacts.map((c) => ({ producerId: profile.id, name: c.name, position: c.position ?? null, phone: c.phone ?? null, email: c.email ?? null })) });
    counts.producers.updated++;
    changed.push(profile.id);
  }
  await recordIndexChanges(tx, "producer", changed);
  return index;
}

async function writeBuyers(tx: Tx, plan: Plan, actor: ImportActor, regions: Regions, reject: Reject, counts: Record<ImportKind, KindCounts>): Promise<OrgIndex> {
  const index: OrgIndex = new Map();
  const refs = [...new Set([...plan.buyers.keys(), ...[...plan.needs.values()].map((n) => n.row.buyerRef)])];
  const existing = new Map((await existingOrganisations(tx, refs)).map((o) => [o.ref!, o]));
  for (const [ref, org] of existing) {
    if (org.kind === "buyer") index.set(ref, { organisationId: org.id, recordId: org.id, managed: org._count.memberships > 0, regionCode: org.regionCode ?? "" });
  }

  const creates: { ref: string; row: Rows["buyers"] }[] = [];
  for (const [ref, { row }] of [...plan.buyers]) {
    const org = existing.get(ref);
    const region = row.regionCode.includes(".") ? regions.regency(row.regionCode) : regions.province(row.regionCode);
    if (org && org.kind !== "buyer") reject("buyers", ref, "ref", "ref_kind_mismatch");
    else if (!region) reject("buyers", ref, "regionCode", "region_unknown");
    // Both where the buyer is said to be and where it is now: moving one in or out is a change too.
    else if (!scopeCovers(actor.scope, row.regionCode) || (org && !scopeCovers(actor.scope, org.regionCode ?? ""))) reject("buyers", ref, "regionCode", "out_of_region");
    else if (org && org._count.memberships > 0) reject("buyers", ref, "ref", "ref_managed_by_owner");
    else if (!org) creates.push({ ref, row });
    else {
      const columns = { name: row.name, legalForm: row.legalForm ?? null, buyerType: row.buyerType, regionCode: row.regionCode, address: row.address ?? null, website: row.website ?? null };
      if (same(columns, org)) counts.buyers.unchanged++;
      else {
        await tx.organisation.update({ where: { id: org.id }, data: columns });
        counts.buyers.updated++;
      }
    }
  }
  const orgs = await newOrganisations(tx, "buyer", creates.map((c) => ({ ref: c.ref, name: c.row.name, legalForm: c.row.legalForm, regionCode: c.row.regionCode })));
  const data = orgs.map((o, i) => ({ ...o, buyerType: creates[i]!.row.buyerType, address: creates[i]!.row.address ?? null, website: creates[i]!.row.website ?? null }));
  await bulkInsert(tx, "Organisation", data);
  data.forEach((o) => index.set(o.ref, { organisationId: o.id, recordId: o.id, managed: false, regionCode: o.regionCode }));
  counts.buyers.created = data.length;
  return index;
}

/** The organisation rows of a file's new producers or buyers: active, each with a free slug from its name. */
async function newOrganisations(tx: Tx, kind: "producer" | "buyer", rows: { ref: string; name: string; legalForm?: string | null; regionCode: string }[]) {
  const slugs = await freeSlugs(tx, rows.map((r) => r.name));
  return rows.map((r, i) => ({ id: randomUUID(), ref: r.ref, kind, status: "active", name: r.name, legalForm: r.legalForm ?? null, slug: slugs[i]!, regionCode: r.regionCode }));
}

/** Resolves a producerRef for a product or certification row; rejects the row when it cannot. */
function producerFor(kind: "products" | "certifications", ref: string, producerRef: string, producers: OrgIndex, actor: ImportActor, reject: Reject) {
  const producer = producers.get(producerRef);
  if (!producer) reject(kind, ref, "producerRef", "ref_unknown");
  else if (!scopeCovers(actor.scope, producer.regionCode)) reject(kind, ref, "producerRef", "out_of_region");
  else if (kind === "products" && producer.managed) reject(kind, ref, "producerRef", "ref_managed_by_owner");
  else return producer;
  return undefined;
}

async function writeProducts(tx: Tx, plan: Plan, actor: ImportActor, producers: OrgIndex, reject: Reject, counts: Record<ImportKind, KindCounts>) {
  const ids = new Map<string, { id: string; producerId: string }>();
  const referred = [...plan.certifications.values()].flatMap((c) => c.row.productRefs);
  const refs = [...new Set([...plan.products.keys(), ...referred])];
  const existing = new Map((await inChunks(refs, (chunk) => tx.product.findMany({ where: { ref: { in: chunk } } }))).map((p) => [p.ref!, p]));
  for (const [ref, p] of existing) ids.set(ref, { id: p.id, producerId: p.producerId });

  const creates: { ref: string; producerId: string; row: Rows["products"] }[] = [];
  const changed: string[] = [];
  for (const [ref, { row }] of [...plan.products]) {
    const producer = producerFor("products", ref, row.producerRef, producers, actor, reject);
    if (!producer) continue;
    const before = existing.get(ref);
    const columns = { ...productColumns(row), status: row.status };
    if (before && before.producerId !== producer.recordId) reject("products", ref, "ref", "ref_taken");
    else if (!before) creates.push({ ref, producerId: producer.recordId, row });
    else if (same(columns, before)) counts.products.unchanged++;
    else {
      await tx.product.update({ where: { id: before.id }, data: columns });
      counts.products.updated++;
      changed.push(before.id);
    }
  }
  const data = creates.map((c) => ({ id: randomUUID(), ref: c.ref, producerId: c.producerId, ...productColumns(c.row), status: c.row.status }));
  await bulkInsert(tx, "Product", data);
  data.forEach((p) => ids.set(p.ref, { id: p.id, producerId: p.producerId }));
  counts.products.created = data.length;
  await recordIndexChanges(tx, "product", [...changed, ...data.map((p) => p.id)]);
  return ids;
}

async function writeCertifications(
  tx: Tx,
  plan: Plan,
  actor: ImportActor,
  producers: OrgIndex,
  products: Map<string, { id: string; producerId: string }>,
  reject: Reject,
  counts: Record<ImportKind, KindCounts>,
  now: Date,
) {
  const existing = new Map(
    (await inChunks([...plan.certifications.keys()], (chunk) => tx.certification.findMany({ where: { ref: { in: chunk } }, include: { products: { orderBy: { productId: "asc" } } } }))).map((c) => [c.ref!, c]),
  );
  const changed: string[] = [];
  const creates: (ReturnType<typeof certificationColumns> & Record<string, string | number | Date | null>)[] = [];
  const links: { certificationId: string; productId: string }[] = [];
  for (const [ref, { row }] of [...plan.certifications]) {
    const producer = producerFor("certifications", ref, row.producerRef, producers, actor, reject);
    if (!producer) continue;
    const productIds = row.productRefs.map((r) => products.get(r));
    if (productIds.some((p) => !p || p.producerId !== producer.recordId)) {
      reject("certifications", ref, "productRefs", "product_unknown");
      continue;
    }
    const before = existing.get(ref);
    if (before && before.producerId !== producer.recordId) {
      reject("certifications", ref, "ref", "ref_taken");
      continue;
    }
    // The office's decision, when the file carries one; its date defaults to the import's.
    const decided = row.status !== "pending";
    const columns = {
      ...certificationColumns(row),
      status: row.status,
      verifiedById: decided ? (before?.status === row.status ? before.verifiedById : actor.userId) : null,
      verifiedAt: decided ? (row.verifiedAt ?? (before?.status === row.status ? before.verifiedAt : now)) : null,
      rejectionReason: row.status === "rejected" ? (row.rejectionReason ?? null) : null,
    };
    const wantedProducts = [...new Set(productIds.map((p) => p!.id))].sort();
    if (before && same(columns, before) && JSON.stringify(before.products.map((p) => p.productId)) === JSON.stringify(wantedProducts)) {
      counts.certifications.unchanged++;
      continue;
    }
    const id = before?.id ?? randomUUID();
    if (before) {
      await tx.certification.update({ where: { id }, data: columns });
      await tx.certificationProduct.deleteMany({ where: { certificationId: id } });
      counts.certifications.updated++;
    } else {
      creates.push({ id, ref, producerId: producer.recordId, ...columns });
    }
    links.push(...wantedProducts.map((productId) => ({ certificationId: id, productId })));
    changed.push(id);
  }
  await bulkInsert(tx, "Certification", creates);
  await bulkInsert(tx, "CertificationProduct", links);
  counts.certifications.created = creates.length;
  await recordIndexChanges(tx, "certification", changed);
}

async function writeNeeds(
  tx: Tx,
  plan: Plan,
  actor: ImportActor,
  buyers: OrgIndex,
  regions: Regions,
  reject: Reject,
  counts: Record<ImportKind, KindCounts>,
  now: Date,
) {
  const existing = new Map(
    (await inChunks([...plan.needs.keys()], (chunk) => tx.need.findMany({ where: { ref: { in: chunk } }, include: { requiredCertifications: { orderBy: { type: "asc" } } } }))).map((n) => [n.ref!, n]),
  );
  const changed: string[] = [];
  for (const [ref, { row }] of [...plan.needs]) {
    const buyer = buyers.get(row.buyerRef);
    const before = existing.get(ref);
    if (!buyer) reject("needs", ref, "buyerRef", "ref_unknown");
    else if (!scopeCovers(actor.scope, buyer.regionCode)) reject("needs", ref, "buyerRef", "out_of_region");
    else if (buyer.managed) reject("needs", ref, "buyerRef", "ref_managed_by_owner");
    else if (before && before.buyerId !== buyer.organisationId) reject("needs", ref, "ref", "ref_taken");
    else if (!regions.province(row.deliveryProvinceCode)) reject("needs", ref, "deliveryProvinceCode", "region_unknown");
    else if (row.deliveryRegencyCode && !regions.regency(row.deliveryRegencyCode)) reject("needs", ref, "deliveryRegencyCode", "region_unknown");
    // Closed and awarded needs are history and may lie in the past; live ones may not.
    else if ((row.status === "open" || row.status === "draft") && row.neededBy <= now) reject("needs", ref, "neededBy", "date_in_past");
    else {
      const columns = { ...needColumns(row), status: row.status };
      const certifications = [...new Set(row.requiredCertifications ?? [])].sort();
      if (before && same(columns, before) && before.requiredCertifications.map((c) => c.type).join() === certifications.join()) {
        counts.needs.unchanged++;
        continue;
      }
      const timestamps = {
        publishedAt: row.status === "draft" ? null : (before?.publishedAt ?? now),
        closedAt: row.status === "closed" || row.status === "awarded" ? (before?.closedAt ?? now) : null,
      };
      const id = before?.id ?? randomUUID();
      if (before) {
        await tx.need.update({ where: { id }, data: { ...columns, ...timestamps } });
        await tx.needCertification.deleteMany({ where: { needId: id } });
        counts.needs.updated++;
      } else {
        await tx.need.create({ data: { id, ref, buyerId: buyer.organisationId, createdById: actor.userId, ...columns, ...timestamps } });
        counts.needs.created++;
      }
      if (certifications.length > 0) await tx.needCertification.createMany({ data: certifications.map((type) => ({ needId: id, type })) });
      changed.push(id);
    }
  }
  await recordIndexChanges(tx, "need", changed);
}
