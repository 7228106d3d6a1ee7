// Deterministic Indonesian demo data, built from the factories in ./factories: the same seed
// and reference date give byte-identical rows (ids, timestamps and password hashes included).
//
//   tsx prisma/seed.ts   seeds DATABASE_URL (default file:./data/app.db) when it has no organisations
//
// Imports are relative: tsx and vitest run this file without the app's "~/" alias.
import { pathToFileURL } from "node:url";
import type { Db } from "../app/db.server.ts";
import { SECTORS, type CertificationType, type OrgKind } from "../app/models/domain.ts";
import { planDemoEvent } from "./factories/events.ts";
import { planDemoLesson, planDemoThreads, planPartnerships } from "./factories/partnerships.ts";
import { planDemoQuotations } from "./factories/quotations.ts";
import { planTradeDetails } from "./factories/trade.ts";
import {
  BUYERS,
  DEFAULT_NOW,
  DEFAULT_SEED,
  NEED_TEMPLATES,
  PRODUCER_PROVINCE_WEIGHTS,
  SECTOR_VOCABULARY,
  SECTOR_WEIGHTS,
  SENTRA_IKM,
  addDays,
  buildBuyer,
  buildCertification,
  buildDinas,
  buildMembership,
  buildNeed,
  buildOrganisation,
  buildPersonName,
  buildProducer,
  buildProduct,
  buildUser,
  createFactoryContext,
  emptyBatch,
  insertRows,
  productsFor,
  type BuiltProducer,
  type CertificationRow,
  type FactoryContext,
  type NeedTemplate,
  type ProductRow,
  type ProductTemplate,
  type RowBatch,
  type UserRow,
} from "./factories/index.ts";

export const DEMO_PASSWORD = "mitraikm-demo";

export type DemoRole = "admin" | "dinas" | "producer" | "buyer";
export interface DemoAccount {
  role: DemoRole;
  email: string;
  name: string;
  organisation: string;
  kind: OrgKind;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { role: "admin", email: "admin@mitraikm.id", name: "Rina Kusumawati", organisation: "MitraIKM", kind: "platform" },
  {
    role: "dinas",
    email: "dinas@mitraikm.id",
    name: "Bambang Setiawan",
    organisation: "Dinas Perindustrian dan Perdagangan Provinsi Jawa Timur",
    kind: "dinas",
  },
  { role: "producer", email: "produsen@mitraikm.id", name: "Sari Wulandari", organisation: "UD Sari Rasa Dampit", kind: "producer" },
  { role: "buyer", email: "pembeli@mitraikm.id", name: "Dewi Anggraini", organisation: "PT Energi Nusantara Mandiri (Persero)", kind: "buyer" },
];

const demo = (role: DemoRole): DemoAccount => DEMO_ACCOUNTS.find((a) => a.role === role)!;

export interface SeedOptions {
  /** The reference date: certificates expire and needs fall due relative to it. */
  now?: Date;
  seed?: number;
}

export interface SeedSummary {
  seed: number;
  now: string;
  users: number;
  organisations: Record<OrgKind, number>;
  producers: number;
  provinces: number;
  sectors: number;
  products: number;
  certifications: { total: number; verified: number; pending: number; rejected: number; expired: number; expiringIn60Days: number };
  certificationProducts: number;
  needs: { total: number; open: number; draft: number; closed: number; awarded: number };
  matches: { total: number; confirmedOrCompleted: number };
  orders: { total: number; completed: number; unpaidPayments: number };
  durationMs: number;
}

const PRODUCERS = 240;
/** Regencies whose own dinas office also takes part (when producers are there); the last one awaits approval. */
const REGENCY_DINAS = ["35.07", "33.20", "35.15", "32.73", "13.75", "51.04", "33.72", "63.71", "33.11"];

/** Midnight WIB today: the demo's deadlines and expiring certificates then look current. */
export function seedDateToday(now = new Date()): Date {
  return new Date(now.toISOString().slice(0, 10) + "T00:00:00+07:00");
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return (await db.organisation.count()) === 0;
}

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const ctx = await createFactoryContext({ seed: options.seed ?? DEFAULT_SEED, now: options.now ?? DEFAULT_NOW, password: DEMO_PASSWORD });
  const batch = planSeed(ctx);
  // One transaction: a failed seed leaves the database empty, so the next start seeds again.
  await db.$transaction((tx) => insertRows(tx, batch), { timeout: 120_000, maxWait: 30_000 });
  return summarise(ctx, batch, performance.now() - started);
}

// ─── The plan: every row, built in memory ───────────────────────────────────

/** All rows of the demo data set. Pure: no IO. */
export function planSeed(ctx: FactoryContext): RowBatch {
  const rng = ctx.rng;
  const batch = emptyBatch();
  const now = ctx.now;

  const addUser = (overrides: Parameters<typeof buildUser>[1]): UserRow => {
    const user = buildUser(ctx, overrides);
    batch.users.push(user);
    return user;
  };
  const join = (user: UserRow, organisationId: string, role: "owner" | "member", createdAt: Date) =>
    batch.memberships.push(buildMembership(ctx, { userId: user.id, organisationId, role, createdAt }));

  // Platform and its admins.
  rng.reseed("platform");
  const platformAt = addDays(now, -730);
  const platform = buildOrganisation(ctx, { kind: "platform", name: "MitraIKM", createdAt: platformAt, address: "Jl. Medan Merdeka Barat No. 9, Kota Administrasi Jakarta Pusat" });
  batch.organisations.push(platform);
  const admin = addUser({ email: demo("admin").email, name: demo("admin").name, createdAt: platformAt, locale: "id" });
  join(admin, platform.id, "owner", platformAt);
  const operator = addUser({ email: "operasional@mitraikm.id", name: "Dimas Prasetyo", createdAt: addDays(platformAt, 30), locale: "id" });
  join(operator, platform.id, "member", addDays(platformAt, 30));

  // Where the producers are: decided first, so every province they use gets a dinas office.
  rng.reseed("producer-locations");
  interface Slot {
    sector: (typeof SECTORS)[number];
    regencyCode: string;
    sentra: (typeof SENTRA_IKM)[number] | null;
  }
  const slots: Slot[] = [];
  for (let i = 0; i < PRODUCERS - 1; i++) {
    // The first producers cover every sector; the rest follow the sector weights.
    const probe = buildLocation(ctx, i < SECTORS.length ? SECTORS[i] : undefined);
    slots.push(probe);
  }
  const provinces = [...new Set(["35", ...slots.map((s) => s.regencyCode.slice(0, 2))])].sort();
  const regenciesUsed = new Set(["35.07", ...slots.map((s) => s.regencyCode)]);

  // Dinas offices: one per province used (Jawa Timur is the demo one), some at regency level.
  rng.reseed("dinas");
  const verifiers = new Map<string, string[]>(); // province or regency code → user ids that verify there
  for (const code of provinces) {
    const isDemo = code === "35";
    const office = buildDinas(ctx, { regionCode: code, ...(isDemo ? { name: demo("dinas").organisation } : {}) });
    batch.organisations.push(office);
    const head = addUser(isDemo ? { email: demo("dinas").email, name: demo("dinas").name, createdAt: office.createdAt, locale: "id" } : { provinceCode: code, createdAt: office.createdAt });
    join(head, office.id, "owner", office.createdAt);
    const staff = [head.id];
    if (rng.chance(0.4)) {
      const at = rng.dateBetween(office.createdAt, addDays(now, -7));
      const member = addUser({ provinceCode: code, createdAt: at });
      join(member, office.id, "member", at);
      staff.push(member.id);
    }
    verifiers.set(code, staff);
  }
  const regencyOffices = REGENCY_DINAS.filter((code) => regenciesUsed.has(code));
  regencyOffices.forEach((code, i) => {
    const pending = i === regencyOffices.length - 1;
    const office = buildDinas(ctx, { regionCode: code, status: pending ? "pending" : "active" });
    if (pending) office.createdAt = office.updatedAt = addDays(now, -rng.int(1, 5));
    batch.organisations.push(office);
    const head = addUser({ provinceCode: code.slice(0, 2), createdAt: office.createdAt });
    join(head, office.id, "owner", office.createdAt);
    if (!pending) verifiers.set(code, [head.id]);
  });
  const verifierFor = (provinceCode: string, regencyCode: string): string => {
    const local = verifiers.get(regencyCode);
    if (local && rng.chance(0.4)) return rng.pick(local);
    return rng.pick(verifiers.get(provinceCode)!);
  };

  // Producers, their products and certifications. The demo producer comes first.
  rng.reseed("producers");
  addDemoProducer(ctx, batch, verifiers.get("35")![0]!);
  for (const slot of slots) {
    const built = buildProducer(ctx, { sector: slot.sector, regencyCode: slot.regencyCode, sentra: slot.sentra });
    addProducer(ctx, batch, built, rng.int(3, 7), (p) => verifierFor(p.provinceCode, p.regencyCode));
  }

  // Buyers, each with one or two users, and their needs. The demo BUMN comes first.
  rng.reseed("buyers");
  BUYERS.forEach((template, index) => {
    const isDemo = index === 0;
    const organisation = buildBuyer(ctx, { template });
    batch.organisations.push(organisation);
    const owner = addUser(
      isDemo
        ? { email: demo("buyer").email, name: demo("buyer").name, createdAt: organisation.createdAt, locale: "id" }
        : { provinceCode: template.regionCode.slice(0, 2), createdAt: organisation.createdAt },
    );
    join(owner, organisation.id, "owner", organisation.createdAt);
    const users = [owner];
    if (isDemo || rng.chance(0.5)) {
      const at = rng.dateBetween(organisation.createdAt, addDays(now, -3));
      const member = addUser({ provinceCode: template.regionCode.slice(0, 2), createdAt: at });
      join(member, organisation.id, "member", at);
      users.push(member);
    }

    const templates: NeedTemplate[] = isDemo
      ? demoNeedTemplates()
      : rng.sample(
          NEED_TEMPLATES.filter((t) => template.interests.includes(t.category)),
          rng.int(1, 3),
        );
    templates.forEach((needTemplate, i) => {
      const from = new Date(Math.max(organisation.createdAt.getTime(), addDays(now, -90).getTime()));
      const built = buildNeed(ctx, {
        createdAt: rng.dateBetween(from, addDays(now, -2)),
        buyerId: organisation.id,
        buyerRegionCode: organisation.regionCode,
        buyerType: organisation.buyerType,
        createdById: rng.pick(users).id,
        template: needTemplate,
        ...(isDemo ? { status: i === 4 ? "draft" : "open", createdById: owner.id } : {}),
      });
      batch.needs.push(built.need);
      batch.needCertifications.push(...built.certifications);
    });
  });

  const demoOffice = batch.organisations.find((o) => o.kind === "dinas" && o.regionCode === "35")!;
  planDemoEvent(ctx, batch, demoOffice, batch.organisations.filter((o) => o.kind === "buyer"), batch.producers);
  // The demo buyer and producer come first in their lists.
  const demoBuyer = batch.organisations.find((o) => o.kind === "buyer")!;
  const demoProducer = batch.producers[0]!;
  planTradeDetails(batch, { producerOrganisationId: demoProducer.organisationId });
  // A buyer still waiting for verification cannot publish: its needs are drafts.
  const unverified = new Set(batch.organisations.filter((o) => o.kind === "buyer" && o.verification !== "verified").map((o) => o.id));
  for (const need of batch.needs) if (unverified.has(need.buyerId) && need.status === "open") Object.assign(need, { status: "draft", publishedAt: null });
  planPartnerships(ctx, batch, batch.needs, batch.products, { buyerId: demoBuyer.id, producerId: demoProducer.id });
  planDemoThreads(batch);
  planDemoQuotations(ctx, batch, { producer: demoProducer, buyerId: demoBuyer.id });
  planDemoLesson(ctx, batch, { buyerId: demoBuyer.id, producerId: demoProducer.id });

  return batch;
}

function buildLocation(ctx: FactoryContext, sector?: (typeof SECTORS)[number]) {
  const rng = ctx.rng;
  const chosen = sector ?? rng.weighted(SECTOR_WEIGHTS);
  const ofSector = SENTRA_IKM.filter((s) => s.sector === chosen);
  const sentra = ofSector.length > 0 && rng.chance(0.45) ? rng.pick(ofSector) : null;
  const regencyCode = sentra?.regencyCode ?? rng.pick(ctx.regenciesOf(rng.weighted(PRODUCER_PROVINCE_WEIGHTS))).code;
  return { sector: chosen, regencyCode, sentra };
}

/** Products (specialities first), an owner, sometimes a staff member, and 1–4 certifications. */
function addProducer(
  ctx: FactoryContext,
  batch: RowBatch,
  built: BuiltProducer,
  productCount: number,
  verifier: (p: BuiltProducer["profile"]) => string,
  options: { owner?: UserRow; products?: { template: ProductTemplate; variant: string | null }[] } = {},
): { product: ProductRow; template: ProductTemplate }[] {
  const rng = ctx.rng;
  const { organisation, profile } = built;
  batch.organisations.push(organisation);
  batch.producers.push(profile);
  batch.kbli.push(...built.kbli);
  batch.contacts.push(...built.contacts);

  const owner =
    options.owner ?? buildUser(ctx, { name: built.owner.full, phone: built.contacts[0]!.phone, createdAt: organisation.createdAt });
  if (!options.owner) batch.users.push(owner);
  batch.memberships.push(buildMembership(ctx, { userId: owner.id, organisationId: organisation.id, role: "owner", createdAt: organisation.createdAt }));
  if (!options.owner && rng.chance(0.15)) {
    const at = rng.dateBetween(organisation.createdAt, addDays(ctx.now, -1));
    const staff = buildUser(ctx, { provinceCode: profile.provinceCode, createdAt: at });
    batch.users.push(staff);
    batch.memberships.push(buildMembership(ctx, { userId: staff.id, organisationId: organisation.id, role: "member", createdAt: at }));
  }

  // Products: the specialities, then other products of the sector; name clashes take another variant.
  const plan =
    options.products ??
    (() => {
      const candidates = productsFor(profile.sector, profile.provinceCode);
      const rest = rng.sample(candidates.filter((p) => !built.specialties.includes(p)), productCount);
      const templates = [...built.specialties, ...rest].slice(0, productCount);
      while (templates.length < productCount) templates.push(rng.pick(built.specialties.length > 0 ? built.specialties : candidates));
      const names = new Set<string>();
      return templates.map((template) => {
        const variants = template.variants ?? [];
        const free = variants.filter((v) => !names.has(`${template.name} ${v}`));
        const variant = free.length > 0 ? rng.pick(free) : null;
        names.add(variant ? `${template.name} ${variant}` : template.name);
        return { template, variant };
      });
    })();
  const seen = new Set<string>();
  const made: { product: ProductRow; template: ProductTemplate }[] = [];
  for (const { template, variant } of plan) {
    const product = buildProduct(ctx, profile, { template, variant });
    if (seen.has(product.name)) continue;
    seen.add(product.name);
    made.push({ product, template });
  }
  const products = made.map((m) => m.product);
  batch.products.push(...products);
  const lead = products[0];
  if (lead) {
    profile.capacityUnit = lead.unit;
    profile.monthlyCapacity = products.filter((p) => p.unit === lead.unit).reduce((sum, p) => sum + (p.monthlyCapacity ?? 0), 0) || null;
  }

  // Certifications: business-level types weighted by sector, biased towards what the products need.
  if (!options.products) {
    const vocab = SECTOR_VOCABULARY[profile.sector];
    const productTypes = new Set(plan.flatMap((p) => p.template.certifications ?? []));
    const weights = vocab.certifications.map(([type, weight]) => [type, productTypes.has(type) ? weight * 2 : weight] as const);
    const count = rng.weighted([[1, 30], [2, 35], [3, 22], [4, 13]] as const);
    const types = new Set<CertificationType>();
    for (let tries = 0; types.size < count && tries < 20; tries++) types.add(rng.weighted(weights));
    for (const type of types) {
      const status = rng.weighted([["verified", 65], ["pending", 25], ["rejected", 10]] as const);
      const cert = buildCertification(ctx, {
        producer: profile,
        type,
        status,
        verifierId: status === "verified" ? verifier(profile) : null,
      });
      attachCertification(ctx, batch, cert, made);
    }
  }
  return made;
}

/** Product-specific certificates (halal, PIRT, BPOM, SNI, TKDN) usually name the products they cover. */
function attachCertification(
  ctx: FactoryContext,
  batch: RowBatch,
  cert: CertificationRow,
  candidates: { product: ProductRow; template: ProductTemplate }[],
  force = false,
): void {
  batch.certifications.push(cert);
  const rng = ctx.rng;
  const eligible = candidates.filter((c) => force || (c.template.certifications?.includes(cert.type) ?? false)).map((c) => c.product);
  if (eligible.length === 0 || (!force && !rng.chance(0.75))) return;
  const covered = force ? eligible : rng.sample(eligible, rng.int(1, Math.min(3, eligible.length)));
  for (const product of covered) {
    batch.certificationProducts.push({ certificationId: cert.id, productId: product.id });
    if (cert.type === "tkdn" && cert.tkdnPercent !== null && cert.status === "verified") product.tkdnPercent = cert.tkdnPercent;
  }
}

/** produsen@mitraikm.id: keripik tempe and Dampit robusta from Kabupaten Malang, halal and PIRT verified, SNI pending. */
function addDemoProducer(ctx: FactoryContext, batch: RowBatch, dinasUserId: string): void {
  const account = demo("producer");
  const sentra = SENTRA_IKM.find((s) => s.name === "Sentra Kopi Dampit") ?? null;
  const createdAt = addDays(ctx.now, -420);
  const owner = buildPersonName(ctx, "35", "female");
  const built = buildProducer(ctx, {
    sector: "food_beverage",
    provinceCode: "35",
    regencyCode: "35.07",
    sentra,
    name: account.organisation,
    legalName: account.organisation,
    legalForm: "UD",
    ownerName: { ...owner, first: "Sari", last: "Wulandari", full: account.name },
    createdAt,
    kbli: ["10792", "10761"],
    profile: {
      address: "Jl. Raya Dampit No. 17, RT 02/RW 04, Kec. Dampit, Kabupaten Malang",
      employees: 14,
      foundedYear: 2009,
      description:
        "UD Sari Rasa Dampit adalah industri kecil di Kabupaten Malang, Jawa Timur, yang memproduksi keripik tempe, keripik singkong dan kopi bubuk robusta Dampit sejak 2009. " +
        "Melayani toko oleh-oleh, katering kantor dan ritel modern dengan 14 tenaga kerja, anggota Sentra Kopi Dampit.",
    },
  });
  built.profile.nib = "9120001170001";
  const user = buildUser(ctx, { email: account.email, name: account.name, phone: built.contacts[0]!.phone, createdAt, locale: "id" });
  batch.users.push(user);

  const food = SECTOR_VOCABULARY.food_beverage.products;
  const t = (name: string) => food.find((p) => p.name === name)!;
  const products = addProducer(ctx, batch, built, 7, () => dinasUserId, {
    owner: user,
    products: [
      { template: t("Keripik tempe"), variant: "original 200 g" },
      { template: t("Keripik tempe"), variant: "pedas 200 g" },
      { template: t("Keripik singkong balado"), variant: "250 g" },
      { template: t("Kopi bubuk robusta"), variant: "250 g" },
      { template: t("Kopi bubuk robusta"), variant: "1 kg" },
      { template: t("Snack box kue tradisional"), variant: "isi 4" },
      { template: t("Gula semut aren"), variant: "kemasan 250 g" },
    ],
  });
  for (const { product } of products) product.status = "active";
  const producer = { ...built.profile, createdAt };
  const halal = buildCertification(ctx, {
    producer,
    type: "halal",
    status: "verified",
    validity: "valid",
    verifierId: dinasUserId,
    validFrom: addDays(ctx.now, -300),
    validUntil: addDays(ctx.now, 4 * 365 - 300),
  });
  attachCertification(ctx, batch, halal, products, true);
  const pirt = buildCertification(ctx, {
    producer,
    type: "pirt",
    status: "verified",
    validity: "valid",
    verifierId: dinasUserId,
    issuer: "Dinas Kesehatan Kabupaten Malang",
    validFrom: addDays(ctx.now, -380),
    validUntil: addDays(ctx.now, 5 * 365 - 380),
  });
  attachCertification(ctx, batch, pirt, products.filter((p) => p.product.name.startsWith("Keripik")), true);
  const sni = buildCertification(ctx, { producer, type: "sni", status: "pending", validity: "valid", createdAt: addDays(ctx.now, -4) });
  attachCertification(ctx, batch, sni, products.filter((p) => p.product.name.startsWith("Kopi")), true);
}

/** pembeli@mitraikm.id's needs: four open, one draft. */
function demoNeedTemplates(): NeedTemplate[] {
  const t = (title: string) => NEED_TEMPLATES.find((n) => n.title.startsWith(title))!;
  return [
    t("Snack box rapat"),
    t("Kopi bubuk robusta"),
    t("Seragam kerja wearpack"),
    t("Goodie bag spunbond"),
    t("Helm keselamatan kerja"),
  ];
}

function summarise(ctx: FactoryContext, batch: RowBatch, durationMs: number): SeedSummary {
  const count = <T>(rows: T[], test: (row: T) => boolean) => rows.filter(test).length;
  const soon = addDays(ctx.now, 60);
  const kinds = { producer: 0, buyer: 0, dinas: 0, platform: 0 } as Record<OrgKind, number>;
  for (const o of batch.organisations) kinds[o.kind] += 1;
  return {
    seed: ctx.seed,
    now: ctx.now.toISOString(),
    users: batch.users.length,
    organisations: kinds,
    producers: batch.producers.length,
    provinces: new Set(batch.producers.map((p) => p.provinceCode)).size,
    sectors: new Set(batch.producers.map((p) => p.sector)).size,
    products: batch.products.length,
    certifications: {
      total: batch.certifications.length,
      verified: count(batch.certifications, (c) => c.status === "verified"),
      pending: count(batch.certifications, (c) => c.status === "pending"),
      rejected: count(batch.certifications, (c) => c.status === "rejected"),
      expired: count(batch.certifications, (c) => c.validUntil !== null && c.validUntil < ctx.now),
      expiringIn60Days: count(batch.certifications, (c) => c.validUntil !== null && c.validUntil >= ctx.now && c.validUntil <= soon),
    },
    certificationProducts: batch.certificationProducts.length,
    needs: {
      total: batch.needs.length,
      open: count(batch.needs, (n) => n.status === "open"),
      draft: count(batch.needs, (n) => n.status === "draft"),
      closed: count(batch.needs, (n) => n.status === "closed"),
      awarded: count(batch.needs, (n) => n.status === "awarded"),
    },
    matches: { total: batch.matches.length, confirmedOrCompleted: count(batch.matches, (m) => m.state === "confirmed" || m.state === "completed") },
    orders: { total: batch.orders.length, completed: count(batch.orders, (o) => o.state === "completed"), unpaidPayments: count(batch.payments, (p) => p.status === "due") },
    durationMs: Math.round(durationMs),
  };
}

// `tsx prisma/seed.ts`: seed DATABASE_URL when it is empty.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { createDb } = await import("../app/db.server.ts");
  const db = createDb(process.env.DATABASE_URL ?? "file:./data/app.db");
  try {
    if (await isDatabaseEmpty(db)) {
      console.log("Seeded demo data:", await seed(db));
      console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(9)} ${a.email}  ${a.name}`);
    } else {
      console.log("The database already has organisations: not seeding.");
    }
  } finally {
    await db.$disconnect();
  }
}
