// Test-data factories shared by the demo seed (prisma/seed.ts) and the tests.
//
// - A FactoryContext holds a seeded RNG (faker, id_ID locale), a fixed reference date, the
//   region lists, a counter per id prefix and the fixed password hash: the same seed and
//   date always give the same rows, ids included ("org_00042"; test helpers use "org_t00042").
// - build*() are pure: they return plain rows ready for createMany and touch no database.
// - create*() insert a small, complete fixture (user + organisation + membership…) for tests.
//
// Imports are relative (no "~/"): tsx and vitest run this file without the app's alias.
import type { Db } from "../../app/db.server.ts";
import type { Prisma } from "../../app/generated/prisma/client.ts";
import { slugify } from "../../app/lib/slug.ts";
import { emptyEventRows, type EventRows } from "./events.ts";
import { emptyPartnershipRows, type PartnershipRows } from "./partnerships.ts";
import type { QuotationRows } from "./quotations.ts";
import { emptyOrderRows, type OrderRows } from "./orders.ts";
import { emptyTradeRows, type TradeRows } from "./trade.ts";
import {
  SECTORS,
  type BuyerType,
  type CertificationStatus,
  type CertificationType,
  type MembershipRole,
  type NeedStatus,
  type OrgKind,
  type OrgStatus,
  type Sector,
} from "../../app/models/domain.ts";
import {
  BUYERS,
  CERTIFICATION_VOCABULARY,
  CONTACT_POSITIONS,
  DINAS_PROVINCE_NAMES,
  DINAS_REGENCY_NAMES,
  LEGAL_FORM_WEIGHTS,
  NAME_WORDS,
  NEED_PURPOSE_SUFFIXES,
  NEED_TEMPLATES,
  PRODUCER_PROVINCE_WEIGHTS,
  PROVINCE_CAPITALS,
  REGIONAL_NAMES,
  REJECTION_REASONS,
  SECTOR_VOCABULARY,
  SECTOR_WEIGHTS,
  SENTRA_IKM,
  STREET_NAMES,
  type BuyerTemplate,
  type LegalForm,
  type NeedTemplate,
  type ProductTemplate,
  type Range,
  type Sentra,
} from "./vocabulary.ts";

import { addDays, createFactoryContext, FACTORY_EMAIL_DOMAIN, fixedPasswordHash, type FactoryContext } from "./context.ts";
import type {
  CertificationProductRow,
  CertificationRow,
  ContactRow,
  MembershipRow,
  NeedCertificationRow,
  NeedRow,
  OrganisationRow,
  ProducerKbliRow,
  ProducerProfileRow,
  ProductRow,
  UserRow,
} from "./rows.ts";

export * from "./vocabulary.ts";
export * from "./context.ts";
export * from "./rows.ts";

export interface RowBatch {
  users: UserRow[];
  organisations: OrganisationRow[];
  memberships: MembershipRow[];
  producers: ProducerProfileRow[];
  kbli: ProducerKbliRow[];
  contacts: ContactRow[];
  products: ProductRow[];
  certifications: CertificationRow[];
  certificationProducts: CertificationProductRow[];
  needs: NeedRow[];
  needCertifications: NeedCertificationRow[];
  events: EventRows["events"];
  eventSlots: EventRows["eventSlots"];
  eventParticipants: EventRows["eventParticipants"];
  meetingRequests: EventRows["meetingRequests"];
  matches: PartnershipRows["matches"];
  matchEvents: PartnershipRows["matchEvents"];
  messages: PartnershipRows["messages"];
  matchLessons: PartnershipRows["matchLessons"];
  quotations: QuotationRows["quotations"];
  orders: OrderRows["orders"];
  orderVersions: OrderRows["orderVersions"];
  orderEvents: OrderRows["orderEvents"];
  payments: OrderRows["payments"];
  bankAccounts: TradeRows["bankAccounts"];
}

export function emptyBatch(): RowBatch {
  return {
    users: [],
    organisations: [],
    memberships: [],
    producers: [],
    kbli: [],
    contacts: [],
    products: [],
    certifications: [],
    certificationProducts: [],
    needs: [],
    needCertifications: [],
    ...emptyEventRows(),
    ...emptyPartnershipRows(),
    quotations: [],
    ...emptyOrderRows(),
    ...emptyTradeRows(),
  };
}

// ─── Small generators ───────────────────────────────────────────────────────

export interface PersonName {
  first: string;
  last: string;
  full: string;
  sex: "male" | "female";
}

/** An Indonesian name; regional names (Bali, Batak, Bugis, Maluku, Papua) where the province has them. */
export function buildPersonName(ctx: FactoryContext, provinceCode?: string, sex?: "male" | "female"): PersonName {
  const s = sex ?? (ctx.rng.chance(0.5) ? "female" : "male");
  const regional = provinceCode ? REGIONAL_NAMES[provinceCode] : undefined;
  let first: string;
  let last: string;
  if (regional && ctx.rng.chance(0.8)) {
    first = ctx.rng.pick(regional[s]);
    last = ctx.rng.pick(regional.family);
  } else {
    first = ctx.faker.person.firstName(s);
    last = ctx.faker.person.lastName(s);
    for (let tries = 0; last === first && tries < 3; tries++) last = ctx.faker.person.lastName(s);
  }
  return { first, last, full: `${first} ${last}`, sex: s };
}

const MOBILE_PREFIXES = ["11", "12", "13", "21", "22", "23", "52", "53", "55", "56", "57", "58", "77", "78", "81", "82", "83", "95", "96", "97", "98"];
export function buildPhone(ctx: FactoryContext): string {
  return `08${ctx.rng.pick(MOBILE_PREFIXES)}-${ctx.rng.digits(4)}-${ctx.rng.digits(ctx.rng.int(3, 4))}`;
}

function emailFor(ctx: FactoryContext, name: string): string {
  const local = slugify(name).replace(/-/g, ".").slice(0, 40) || "pengguna";
  return `${local}.${ctx.tag}${ctx.next("email")}@${FACTORY_EMAIL_DOMAIN}`;
}

export function shortRegionName(name: string): string {
  return name.replace(/^(Kabupaten|Kota Administrasi|Kota|Provinsi) /, "");
}

function regencyName(ctx: FactoryContext, code: string): string {
  return ctx.regions.nameOf(code);
}

export function buildAddress(ctx: FactoryContext, regencyCode: string): string {
  const street = `Jl. ${ctx.rng.pick(STREET_NAMES)} No. ${ctx.rng.int(1, 180)}`;
  const rtRw = ctx.rng.chance(0.4) ? `, RT ${String(ctx.rng.int(1, 12)).padStart(2, "0")}/RW ${String(ctx.rng.int(1, 9)).padStart(2, "0")}` : "";
  const districts = ctx.districtsOf(regencyCode);
  const district = districts.length > 0 ? `, Kec. ${ctx.rng.pick(districts)}` : "";
  return `${street}${rtRw}${district}, ${regencyName(ctx, regencyCode)}`;
}

/** Rounds a rupiah price to the step a seller would quote. */
export function nicePrice(value: number): number {
  const step = value < 2_000 ? 50 : value < 20_000 ? 500 : value < 200_000 ? 1_000 : value < 2_000_000 ? 5_000 : 50_000;
  return Math.max(step, Math.round(value / step) * step);
}

/** Rounds a quantity to a tidy count (1, 5, 10, 50, 100…). */
export function niceCount(value: number): number {
  const step = value < 20 ? 1 : value < 200 ? 5 : value < 2_000 ? 50 : value < 20_000 ? 100 : 1_000;
  return Math.max(1, Math.round(value / step) * step);
}

function titleWords(text: string, words: number): string {
  return text
    .split(" ")
    .slice(0, words)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** The sector's product templates a producer in this province may make (regional specialities stay home). */
export function productsFor(sector: Sector, provinceCode?: string): ProductTemplate[] {
  return SECTOR_VOCABULARY[sector].products.filter((p) => !p.onlyIn || (provinceCode !== undefined && p.onlyIn.includes(provinceCode)));
}

function inRange(ctx: FactoryContext, [min, max]: Range): number {
  return ctx.rng.int(min, max);
}

// ─── Builders ───────────────────────────────────────────────────────────────

export interface UserOverrides extends Partial<UserRow> {
  /** Regional names for users of this province. */
  provinceCode?: string;
}

export function buildUser(ctx: FactoryContext, overrides: UserOverrides = {}): UserRow {
  const { provinceCode, ...row } = overrides;
  const id = row.id ?? ctx.nextId("usr");
  const name = row.name ?? buildPersonName(ctx, provinceCode).full;
  const createdAt = row.createdAt ?? ctx.rng.dateBetween(addDays(ctx.now, -720), addDays(ctx.now, -7));
  return {
    id,
    email: row.email ?? emailFor(ctx, name),
    name,
    phone: row.phone !== undefined ? row.phone : buildPhone(ctx),
    passwordHash: row.passwordHash ?? ctx.passwordHash,
    locale: row.locale ?? (ctx.rng.chance(0.08) ? "en" : "id"),
    createdAt,
    updatedAt: row.updatedAt ?? createdAt,
  };
}

export function buildOrganisation(
  ctx: FactoryContext,
  input: Partial<OrganisationRow> & { kind: OrgKind; name: string },
): OrganisationRow {
  const createdAt = input.createdAt ?? ctx.rng.dateBetween(addDays(ctx.now, -720), addDays(ctx.now, -7));
  return {
    id: input.id ?? ctx.nextId("org"),
    ref: input.ref ?? null,
    kind: input.kind,
    status: input.status ?? "active",
    name: input.name,
    slug: input.slug ?? ctx.slug(input.name),
    buyerType: input.buyerType ?? null,
    regionCode: input.regionCode ?? null,
    address: input.address ?? null,
    website: input.website ?? null,
    npwp: input.npwp ?? null,
    pkp: input.pkp ?? false,
    vatCollector: input.vatCollector ?? false,
    // Fixtures' and demo buyers are verified unless a test or the seed says otherwise.
    verification: input.verification ?? (input.kind === "buyer" ? "verified" : "none"),
    verificationAskedAt: input.verificationAskedAt ?? null,
    verificationDecidedAt: input.verificationDecidedAt ?? (input.kind === "buyer" && (input.verification ?? "verified") === "verified" ? createdAt : null),
    nib: input.nib ?? null,
    createdAt,
    updatedAt: input.updatedAt ?? createdAt,
  };
}

export function buildMembership(
  ctx: FactoryContext,
  input: { userId: string; organisationId: string; role?: MembershipRole; createdAt: Date; id?: string },
): MembershipRow {
  return {
    id: input.id ?? ctx.nextId("mbr"),
    userId: input.userId,
    organisationId: input.organisationId,
    role: input.role ?? "member",
    createdAt: input.createdAt,
  };
}

export interface ProducerOverrides {
  sector?: Sector;
  provinceCode?: string;
  regencyCode?: string;
  /** A sentra IKM, or null for none; by default 45% of producers belong to one of their sector. */
  sentra?: Sentra | null;
  name?: string;
  legalName?: string;
  legalForm?: LegalForm;
  /** The owner's name (also the first contact person). */
  ownerName?: PersonName;
  status?: OrgStatus;
  createdAt?: Date;
  organisation?: Partial<OrganisationRow>;
  profile?: Partial<ProducerProfileRow>;
  kbli?: string[];
}

export interface BuiltProducer {
  organisation: OrganisationRow;
  profile: ProducerProfileRow;
  kbli: ProducerKbliRow[];
  contacts: ContactRow[];
  owner: PersonName;
  /** The product templates the business is known for (the sentra's first); buildProducts() uses them. */
  specialties: ProductTemplate[];
}

function producerNames(
  ctx: FactoryContext,
  form: LegalForm,
  stem: string,
  owner: PersonName,
  place: string,
): { name: string; legalName: string } {
  const honorific = owner.first.includes(" ") ? owner.full : `${owner.sex === "female" ? "Ibu" : "Pak"} ${owner.first}`;
  const [w1, w2] = ctx.rng.sample(NAME_WORDS, 2) as [string, string];
  switch (form) {
    case "Koperasi": {
      const name = ctx.rng.chance(0.5) ? `Koperasi Produsen ${stem} ${place}` : `Koperasi Perajin ${stem} ${w1}`;
      return { name, legalName: name };
    }
    case "IKM":
      return { name: `IKM ${stem} ${honorific}`, legalName: owner.full };
    case "perorangan":
      return { name: `${stem} ${honorific}`, legalName: owner.full };
    default: {
      const pattern = ctx.rng.int(1, 4);
      const body =
        pattern === 1 ? `${stem} ${w1} ${w2}` : pattern === 2 ? `${w1} ${w2}` : pattern === 3 ? `${stem} ${place}` : `${stem} ${honorific}`;
      const name = `${form} ${body}`;
      return { name, legalName: name };
    }
  }
}

export function buildProducer(ctx: FactoryContext, overrides: ProducerOverrides = {}): BuiltProducer {
  const rng = ctx.rng;
  const locationGiven = overrides.provinceCode !== undefined || overrides.regencyCode !== undefined;
  let sector = overrides.sector ?? overrides.sentra?.sector ?? rng.weighted(SECTOR_WEIGHTS);
  let sentra: Sentra | null;
  if (overrides.sentra !== undefined) sentra = overrides.sentra;
  else if (locationGiven) sentra = null;
  else {
    const ofSector = SENTRA_IKM.filter((s) => s.sector === sector);
    sentra = ofSector.length > 0 && rng.chance(0.45) ? rng.pick(ofSector) : null;
  }
  if (sentra) sector = sentra.sector;
  const vocab = SECTOR_VOCABULARY[sector];

  const regencyCode =
    overrides.regencyCode ??
    sentra?.regencyCode ??
    rng.pick(ctx.regenciesOf(overrides.provinceCode ?? rng.weighted(PRODUCER_PROVINCE_WEIGHTS))).code;
  const regency = ctx.regions.regency(regencyCode);
  const provinceCode = overrides.provinceCode ?? regency?.provinceCode ?? regencyCode.slice(0, 2);
  if (!regency || regency.provinceCode !== provinceCode) {
    throw new Error(`buildProducer: regency ${regencyCode} is not a regency of province ${provinceCode}`);
  }

  const owner = overrides.ownerName ?? buildPersonName(ctx, provinceCode);
  const specialtyNames = new Set(sentra?.products ?? []);
  const fromSentra = vocab.products.filter((p) => specialtyNames.has(p.name));
  const others = rng.sample(
    productsFor(sector, provinceCode).filter((p) => !specialtyNames.has(p.name)),
    rng.int(2, 4),
  );
  const specialties = [...fromSentra, ...others].slice(0, Math.max(fromSentra.length, rng.int(2, 4)));
  const lead = specialties[0] ?? vocab.products[0]!;

  const stem = sentra && rng.chance(0.6) ? titleWords(lead.name, 2) : rng.pick(vocab.nameStems);
  const form = overrides.legalForm ?? rng.weighted(LEGAL_FORM_WEIGHTS);
  const place = shortRegionName(regency.name);
  const names = producerNames(ctx, form, stem, owner, place);
  const name = overrides.name ?? names.name;
  const legalName = overrides.legalName ?? (overrides.name && names.legalName === names.name ? overrides.name : names.legalName);

  const createdAt = overrides.createdAt ?? rng.dateBetween(addDays(ctx.now, -720), addDays(ctx.now, -14));
  const organisation = buildOrganisation(ctx, {
    kind: "producer",
    name,
    status: overrides.status ?? "active",
    regionCode: null,
    createdAt,
    ...overrides.organisation,
  });
  const address = overrides.profile?.address ?? buildAddress(ctx, regencyCode);
  organisation.address ??= address;

  const employees = rng.skewed(vocab.employees[0], vocab.employees[1]);
  const foundedYear = rng.int(1985, ctx.now.getUTCFullYear() - 2);
  const productList = specialties.map((p) => p.name.toLowerCase()).join(", ").replace(/, ([^,]*)$/, " dan $1");
  const size = employees < 20 ? "industri kecil" : "industri menengah";
  const description =
    `${legalName} adalah ${size} di ${regency.name}, ${ctx.regions.nameOf(provinceCode)}, yang memproduksi ${productList} sejak ${foundedYear}. ` +
    `Melayani ${rng.pick(vocab.markets)} dengan ${employees} tenaga kerja${sentra ? `, anggota ${sentra.name}` : ""}.`;
  const producerIndex = ctx.next("nib");
  const profile: ProducerProfileRow = {
    id: ctx.nextId("ikm"),
    organisationId: organisation.id,
    legalName,
    nib: `${ctx.tag ? "81" : "91"}${rng.digits(7)}${String(producerIndex % 10_000).padStart(4, "0")}`,
    sector,
    sentraName: sentra?.name ?? null,
    provinceCode,
    regencyCode,
    address,
    employees,
    foundedYear,
    monthlyCapacity: niceCount(inRange(ctx, lead.capacity)),
    capacityUnit: lead.unit,
    description,
    logoPath: null,
    createdAt,
    updatedAt: createdAt,
    ...overrides.profile,
  };

  const kbliCodes = overrides.kbli ?? rng.sample(vocab.kbli, rng.chance(0.35) ? 2 : 1).map((k) => k.code);
  const kbli = kbliCodes.map((code) => ({ producerId: profile.id, code }));

  const contacts: ContactRow[] = [
    {
      id: ctx.nextId("ctc"),
      producerId: profile.id,
      name: owner.full,
      position: form === "Koperasi" ? "Ketua Koperasi" : "Pemilik",
      phone: buildPhone(ctx),
      email: emailFor(ctx, owner.full),
    },
  ];
  if (rng.chance(0.5)) {
    const person = buildPersonName(ctx, provinceCode);
    contacts.push({
      id: ctx.nextId("ctc"),
      producerId: profile.id,
      name: person.full,
      position: rng.pick(CONTACT_POSITIONS.filter((p) => p !== "Pemilik" && p !== "Ketua Koperasi")),
      phone: buildPhone(ctx),
      email: rng.chance(0.6) ? emailFor(ctx, person.full) : null,
    });
  }
  return { organisation, profile, kbli, contacts, owner, specialties };
}

export interface ProductOverrides extends Partial<ProductRow> {
  template?: ProductTemplate;
  /** A variant of the template ("pedas 200 g"), or null for none. */
  variant?: string | null;
}

export function buildProduct(
  ctx: FactoryContext,
  producer: Pick<ProducerProfileRow, "id" | "sector"> & { createdAt?: Date; provinceCode?: string },
  overrides: ProductOverrides = {},
): ProductRow {
  const rng = ctx.rng;
  const { template: given, variant: givenVariant, ...row } = overrides;
  const template = given ?? rng.pick(productsFor(producer.sector, producer.provinceCode));
  const variant = givenVariant !== undefined ? givenVariant : template.variants ? rng.pick(template.variants) : null;
  const [low, high] = template.price;
  let priceMin: number | null = nicePrice(rng.int(low, low + (high - low) * 0.6));
  let priceMax: number | null = rng.chance(0.3) ? priceMin : Math.max(priceMin, nicePrice(Math.min(high, priceMin * rng.float(1.1, 1.5))));
  if (rng.chance(0.04)) priceMin = priceMax = null; // "harga nego"
  const since = producer.createdAt ?? addDays(ctx.now, -365);
  const createdAt = row.createdAt ?? rng.dateBetween(since, addDays(ctx.now, -1));
  const extras = [
    "Menerima pesanan dengan label atau merek pembeli (maklon).",
    "Harga grosir untuk pembelian di atas jumlah minimum.",
    "Contoh produk dapat dikirim sebelum pemesanan.",
    "Pengiriman ke seluruh Indonesia melalui ekspedisi mitra.",
    "Kapasitas dapat ditambah dengan pemberitahuan dua minggu sebelumnya.",
  ];
  return {
    id: row.id ?? ctx.nextId("prd"),
    ref: row.ref ?? null,
    producerId: producer.id,
    name: row.name ?? (variant ? `${template.name} ${variant}` : template.name),
    description: row.description ?? `${template.description} ${rng.pick(extras)}`,
    category: row.category ?? template.category,
    unit: row.unit ?? template.unit,
    minOrder: row.minOrder ?? niceCount(inRange(ctx, template.minOrder)),
    monthlyCapacity: row.monthlyCapacity !== undefined ? row.monthlyCapacity : niceCount(inRange(ctx, template.capacity)),
    priceMin: row.priceMin !== undefined ? row.priceMin : priceMin,
    priceMax: row.priceMax !== undefined ? row.priceMax : priceMax,
    tkdnPercent: row.tkdnPercent ?? null,
    leadTimeDays: row.leadTimeDays !== undefined ? row.leadTimeDays : inRange(ctx, template.leadTimeDays),
    status: row.status ?? (rng.chance(0.94) ? "active" : "archived"),
    createdAt,
    updatedAt: row.updatedAt ?? createdAt,
  };
}

const ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const SNI_ISSUER_BY_SECTOR: Partial<Record<Sector, number>> = {
  food_beverage: 0,
  herbal_cosmetics: 0,
  textile_apparel: 1,
  batik: 5,
  leather_footwear: 2,
  packaging_printing: 2,
  metal_machinery: 3,
  electronics: 3,
  chemical_building: 4,
  handicraft: 5,
  furniture_wood: 3,
};

function certificateNumber(
  ctx: FactoryContext,
  type: CertificationType,
  producer: Pick<ProducerProfileRow, "sector" | "provinceCode" | "regencyCode">,
  validFrom: Date,
): string {
  const rng = ctx.rng;
  const year = validFrom.getUTCFullYear();
  const yy = String(year).slice(2);
  const month = ROMAN_MONTHS[validFrom.getUTCMonth()]!;
  const regency4 = producer.regencyCode.replace(".", "");
  switch (type) {
    case "halal":
      return `ID${producer.provinceCode}110${rng.digits(8)}${yy}`;
    case "pirt": {
      const expiry = String((year + 5) % 100).padStart(2, "0");
      return `P-IRT ${rng.int(1, 5)}${rng.digits(2)}${regency4}${rng.digits(3)}${rng.digits(2)}-${expiry}`;
    }
    case "bpom": {
      const prefix = producer.sector === "herbal_cosmetics" ? rng.pick(["TR", "NA18"]) : "MD";
      return prefix === "MD" ? `BPOM RI MD ${rng.digits(12)}` : prefix === "TR" ? `POM TR${rng.digits(9)}` : `NA18${rng.digits(9)}`;
    }
    case "sni":
      return `${rng.int(10, 999)}/SPPT-SNI/LSPro/${month}/${year}`;
    case "tkdn":
      return `${rng.int(1_000, 99_999)}/SJ-IND.8/TKDN/${validFrom.getUTCMonth() + 1}/${year}`;
    case "hki":
      return rng.chance(0.6) ? `IDM000${rng.digits(6)}` : `EC00${year}${rng.digits(5)}`;
    case "iso9001":
      return `QMS/${yy}/${rng.digits(4)}`;
    case "svlk":
      return `LVLK-${rng.digits(3)}-IDN/${year}/${rng.digits(4)}`;
    case "gmp":
      return `PW.01.04.1.${rng.int(1, 4)}.${String(validFrom.getUTCMonth() + 1).padStart(2, "0")}.${yy}.${rng.digits(4)}`;
    case "other":
      return `${rng.digits(3)}/${month}/${year}`;
  }
}

export type Validity = "expired" | "expiring" | "valid";

export interface CertificationOverrides extends Partial<CertificationRow> {
  producer: Pick<ProducerProfileRow, "id" | "sector" | "provinceCode" | "regencyCode"> & { createdAt?: Date };
  /** expired: validUntil before now; expiring: within 60 days; valid: later. Random by default. */
  validity?: Validity;
  /** A dinas user of the producer's province: required for verified certifications. */
  verifierId?: string | null;
}

export function buildCertification(ctx: FactoryContext, overrides: CertificationOverrides): CertificationRow {
  const rng = ctx.rng;
  const { producer, validity: givenValidity, verifierId, ...row } = overrides;
  const type = row.type ?? rng.weighted(SECTOR_VOCABULARY[producer.sector].certifications);
  const vocab = CERTIFICATION_VOCABULARY[type];
  const validity = givenValidity ?? rng.weighted<Validity>([["expired", 18], ["expiring", 14], ["valid", 68]]);
  const status =
    row.status ??
    (validity === "expired"
      ? rng.weighted<CertificationStatus>([["verified", 70], ["pending", 15], ["rejected", 15]])
      : rng.weighted<CertificationStatus>([["verified", 65], ["pending", 25], ["rejected", 10]]));

  const noExpiry = vocab.validYears === null || (type === "hki" && rng.chance(0.35));
  const years = vocab.validYears ?? 10;
  let validUntil: Date | null = null;
  let validFrom: Date;
  if (noExpiry) {
    validFrom = rng.dateBetween(addDays(ctx.now, -6 * 365), addDays(ctx.now, -30));
  } else {
    validUntil =
      validity === "expired"
        ? addDays(ctx.now, -rng.int(5, 400))
        : validity === "expiring"
          ? addDays(ctx.now, rng.int(1, 60))
          : addDays(ctx.now, rng.int(61, Math.max(90, years * 365 - 30)));
    validFrom = addDays(validUntil, -years * 365);
  }
  if (row.validFrom !== undefined && row.validFrom !== null) validFrom = row.validFrom;
  if (row.validUntil !== undefined) validUntil = row.validUntil;

  const uploadFrom = new Date(Math.max(validFrom.getTime(), (producer.createdAt ?? addDays(ctx.now, -720)).getTime()));
  const createdAt = row.createdAt ?? rng.dateBetween(uploadFrom, addDays(ctx.now, -2));
  let verifiedById: string | null = null;
  let verifiedAt: Date | null = null;
  if (status === "verified") {
    verifiedById = row.verifiedById ?? verifierId ?? null;
    if (!verifiedById) {
      throw new Error(`buildCertification: a verified certification needs verifiedById (a dinas user of province ${producer.provinceCode})`);
    }
    verifiedAt = row.verifiedAt ?? rng.dateBetween(createdAt, new Date(Math.min(addDays(createdAt, 14).getTime(), addDays(ctx.now, -1).getTime())));
  }
  const regency = regencyName(ctx, producer.regencyCode);
  const issuer =
    row.issuer ??
    (type === "sni" ? vocab.issuers[SNI_ISSUER_BY_SECTOR[producer.sector] ?? 0]! : rng.pick(vocab.issuers)).replace("{regency}", regency);
  return {
    id: row.id ?? ctx.nextId("crt"),
    ref: row.ref ?? null,
    producerId: producer.id,
    type,
    number: row.number ?? certificateNumber(ctx, type, producer, validFrom),
    issuer,
    validFrom,
    validUntil,
    tkdnPercent: row.tkdnPercent !== undefined ? row.tkdnPercent : type === "tkdn" ? rng.float(25, 80, 2) : null,
    documentPath: row.documentPath ?? null,
    documentMime: row.documentMime ?? null,
    status,
    verifiedById: row.verifiedById !== undefined && status !== "verified" ? row.verifiedById : verifiedById,
    verifiedAt: row.verifiedAt !== undefined && status !== "verified" ? row.verifiedAt : verifiedAt,
    rejectionReason:
      row.rejectionReason !== undefined
        ? row.rejectionReason
        : status === "rejected"
          ? validity === "expired" && rng.chance(0.5)
            ? REJECTION_REASONS[3]
            : rng.pick(REJECTION_REASONS.filter((_, i) => i !== 3))
          : null,
    createdAt,
    updatedAt: row.updatedAt ?? verifiedAt ?? createdAt,
  };
}

export interface BuyerOverrides extends Partial<OrganisationRow> {
  template?: BuyerTemplate;
}

export function buildBuyer(ctx: FactoryContext, overrides: BuyerOverrides = {}): OrganisationRow {
  const rng = ctx.rng;
  const { template: given, ...row } = overrides;
  const template = given ?? rng.pick(BUYERS);
  const regionCode = row.regionCode ?? template.regionCode;
  const buyerType = row.buyerType ?? template.buyerType;
  const building =
    buyerType === "government"
      ? ""
      : `${rng.pick(["Gedung", "Menara", "Wisma", "Graha"])} ${rng.pick(NAME_WORDS)} Lt. ${rng.int(2, 24)}, `;
  return buildOrganisation(ctx, {
    kind: "buyer",
    name: template.name,
    buyerType,
    regionCode,
    address: `${building}${buildAddress(ctx, regionCode)}`,
    createdAt: rng.dateBetween(addDays(ctx.now, -540), addDays(ctx.now, -30)),
    ...row,
  });
}

export interface DinasOverrides extends Partial<OrganisationRow> {
  /** A province code ("35") or a regency code ("35.07"). */
  regionCode: string;
}

export function buildDinas(ctx: FactoryContext, overrides: DinasOverrides): OrganisationRow {
  const rng = ctx.rng;
  const { regionCode, ...row } = overrides;
  const isProvince = !regionCode.includes(".");
  const area = isProvince ? ctx.regions.province(regionCode) : ctx.regions.regency(regionCode);
  if (!area) throw new Error(`buildDinas: unknown region code ${regionCode}`);
  const name = (isProvince ? rng.pick(DINAS_PROVINCE_NAMES) : rng.pick(DINAS_REGENCY_NAMES)).replace("{name}", area.name);
  const capital = isProvince ? ctx.regions.regency(PROVINCE_CAPITALS[regionCode] ?? "") : undefined;
  const seat = isProvince ? (capital ?? ctx.regenciesOf(regionCode)[0]) : area;
  return buildOrganisation(ctx, {
    kind: "dinas",
    name,
    regionCode,
    address: seat ? buildAddress(ctx, seat.code) : null,
    createdAt: rng.dateBetween(addDays(ctx.now, -720), addDays(ctx.now, -60)),
    ...row,
  });
}

export interface NeedOverrides extends Partial<NeedRow> {
  buyerId: string;
  /** The buyer's head-office region: deliveries usually go there. */
  buyerRegionCode?: string | null;
  buyerType?: BuyerType | null;
  template?: NeedTemplate;
  requiredCertifications?: CertificationType[];
}

export interface BuiltNeed {
  need: NeedRow;
  certifications: NeedCertificationRow[];
}

export function buildNeed(ctx: FactoryContext, overrides: NeedOverrides): BuiltNeed {
  const rng = ctx.rng;
  const { buyerRegionCode, buyerType, template: given, requiredCertifications, ...row } = overrides;
  const template = given ?? rng.pick(NEED_TEMPLATES);
  const status = row.status ?? rng.weighted<NeedStatus>([["open", 70], ["draft", 12], ["closed", 10], ["awarded", 8]]);
  const quantity = row.quantity ?? niceCount(inRange(ctx, template.quantity));
  const unitBudget = nicePrice(inRange(ctx, template.unitBudget));
  const budgetKind = rng.weighted<"unit" | "total" | "none">([["unit", 55], ["total", 37], ["none", 8]]);
  const total = quantity * unitBudget;
  const budgetTotal = budgetKind === "total" ? BigInt(total >= 10_000_000 ? Math.round(total / 1_000_000) * 1_000_000 : total) : null;

  let deliveryProvinceCode: string;
  let deliveryRegencyCode: string | null;
  if (buyerRegionCode && rng.chance(0.75)) {
    deliveryProvinceCode = buyerRegionCode.slice(0, 2);
    deliveryRegencyCode = buyerRegionCode.includes(".") && rng.chance(0.75) ? buyerRegionCode : null;
  } else {
    deliveryProvinceCode = rng.weighted(PRODUCER_PROVINCE_WEIGHTS);
    deliveryRegencyCode = rng.chance(0.5) ? rng.pick(ctx.regenciesOf(deliveryProvinceCode)).code : null;
  }
  const where = ctx.regions.nameOf(deliveryRegencyCode ?? deliveryProvinceCode);

  const strictBuyer = buyerType === "bumn" || buyerType === "government";
  const minTkdn =
    template.minTkdn !== undefined && (strictBuyer ? rng.chance(0.85) : rng.chance(0.4))
      ? template.minTkdn
      : strictBuyer && rng.chance(0.15)
        ? 25
        : null;
  const types = requiredCertifications ?? template.certifications.filter((_, i) => i === 0 || rng.chance(0.8));

  const createdAt = row.createdAt ?? rng.dateBetween(addDays(ctx.now, -90), addDays(ctx.now, -2));
  const publishedAt = status === "draft" ? null : rng.dateBetween(createdAt, new Date(Math.min(addDays(createdAt, 3).getTime(), ctx.now.getTime() - 3_600_000)));
  const closedAt = status === "closed" || status === "awarded" ? rng.dateBetween(publishedAt ?? createdAt, addDays(ctx.now, -1)) : null;
  const title = row.title ?? (rng.chance(0.35) ? `${template.title} (${rng.pick(NEED_PURPOSE_SUFFIXES)})` : template.title);
  const id = row.id ?? ctx.nextId("need");
  const need: NeedRow = {
    id,
    ref: row.ref ?? null,
    buyerId: row.buyerId,
    createdById: row.createdById ?? null,
    title,
    description:
      row.description ??
      `${template.description} Pengiriman ke ${where}. Penawaran mencantumkan harga satuan, kapasitas produksi per bulan dan contoh produk.`,
    category: row.category ?? template.category,
    quantity,
    unit: row.unit ?? template.unit,
    deliveryProvinceCode: row.deliveryProvinceCode ?? deliveryProvinceCode,
    deliveryRegencyCode: row.deliveryRegencyCode !== undefined ? row.deliveryRegencyCode : deliveryRegencyCode,
    neededBy: row.neededBy ?? addDays(ctx.now, rng.int(21, 180)),
    minTkdnPercent: row.minTkdnPercent !== undefined ? row.minTkdnPercent : minTkdn,
    budgetPerUnit: row.budgetPerUnit !== undefined ? row.budgetPerUnit : budgetKind === "unit" ? unitBudget : null,
    budgetTotal: row.budgetTotal !== undefined ? row.budgetTotal : budgetTotal,
    visibility: row.visibility ?? (rng.chance(0.9) ? "public" : "invited"),
    status,
    publishedAt: row.publishedAt !== undefined ? row.publishedAt : publishedAt,
    closedAt: row.closedAt !== undefined ? row.closedAt : closedAt,
    createdAt,
    updatedAt: row.updatedAt ?? closedAt ?? publishedAt ?? createdAt,
  };
  return { need, certifications: [...new Set(types)].map((type) => ({ needId: id, type })) };
}

// ─── Writing rows ───────────────────────────────────────────────────────────

type Tx = Prisma.TransactionClient;
const CHUNK = 400;

async function chunked<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Writes a batch with createMany, parents before children. Call it inside a transaction. */
export async function insertRows(tx: Tx, batch: Partial<RowBatch>): Promise<void> {
  await chunked(batch.users ?? [], (data) => tx.user.createMany({ data }));
  await chunked(batch.organisations ?? [], (data) => tx.organisation.createMany({ data }));
  await chunked(batch.memberships ?? [], (data) => tx.membership.createMany({ data }));
  await chunked(batch.producers ?? [], (data) => tx.producerProfile.createMany({ data }));
  await chunked(batch.kbli ?? [], (data) => tx.producerKbli.createMany({ data }));
  await chunked(batch.contacts ?? [], (data) => tx.contactPerson.createMany({ data }));
  await chunked(batch.products ?? [], (data) => tx.product.createMany({ data }));
  await chunked(batch.certifications ?? [], (data) => tx.certification.createMany({ data }));
  await chunked(batch.certificationProducts ?? [], (data) => tx.certificationProduct.createMany({ data }));
  await chunked(batch.needs ?? [], (data) => tx.need.createMany({ data }));
  await chunked(batch.needCertifications ?? [], (data) => tx.needCertification.createMany({ data }));
  await chunked(batch.events ?? [], (data) => tx.event.createMany({ data }));
  await chunked(batch.eventSlots ?? [], (data) => tx.eventSlot.createMany({ data }));
  await chunked(batch.eventParticipants ?? [], (data) => tx.eventParticipant.createMany({ data }));
  await chunked(batch.meetingRequests ?? [], (data) => tx.meetingRequest.createMany({ data }));
  await chunked(batch.matches ?? [], (data) => tx.match.createMany({ data }));
  await chunked(batch.matchEvents ?? [], (data) => tx.matchEvent.createMany({ data }));
  await chunked(batch.matchLessons ?? [], (data) => tx.matchLesson.createMany({ data }));
  await chunked(batch.orders ?? [], (data) => tx.order.createMany({ data }));
  await chunked(batch.orderVersions ?? [], (data) => tx.orderVersion.createMany({ data: data.map((v) => ({ ...v, lines: v.lines as unknown as Prisma.InputJsonValue })) }));
  await chunked(batch.orderEvents ?? [], (data) => tx.orderEvent.createMany({ data }));
  await chunked(batch.payments ?? [], (data) => tx.payment.createMany({ data }));
  await chunked(batch.bankAccounts ?? [], (data) => tx.bankAccount.createMany({ data }));
  await chunked(batch.messages ?? [], (data) => tx.message.createMany({ data }));
  await chunked(batch.quotations ?? [], (data) => tx.quotation.createMany({ data }));
}

// ─── Insert helpers for tests ───────────────────────────────────────────────
// They share one tagged context per process ("t" ids, slugs and e-mails), so fixtures never
// collide with seeded rows. Their rows are stamped with the real clock, like rows the app writes.

let testContextLoading: Promise<FactoryContext> | undefined;

/** The context of the create*() helpers (seed 4242, tag "t", password FACTORY_PASSWORD). */
export function testContext(): Promise<FactoryContext> {
  testContextLoading ??= createFactoryContext({ seed: 4242, tag: "t" });
  return testContextLoading;
}

export interface CreateUserOverrides extends UserOverrides {
  /** A password other than FACTORY_PASSWORD (hashed once per process). */
  password?: string;
}

/** An existing user's id, or overrides for a new one. */
export type OwnerOption = string | CreateUserOverrides;

async function userRow(ctx: FactoryContext, overrides: CreateUserOverrides, at: Date): Promise<UserRow> {
  const { password, ...rest } = overrides;
  const passwordHash = rest.passwordHash ?? (password ? await fixedPasswordHash(password) : ctx.passwordHash);
  return buildUser(ctx, { createdAt: at, ...rest, passwordHash });
}

async function ownerRows(ctx: FactoryContext, owner: OwnerOption | undefined, at: Date, batch: RowBatch): Promise<string> {
  if (typeof owner === "string") return owner;
  const user = await userRow(ctx, owner ?? {}, at);
  batch.users.push(user);
  return user.id;
}

export interface CreatedUser {
  userId: string;
  email: string;
  name: string;
}

export async function createUser(db: Db, overrides: CreateUserOverrides = {}): Promise<CreatedUser> {
  const ctx = await testContext();
  const user = await userRow(ctx, overrides, new Date());
  await db.user.createMany({ data: [user] });
  return { userId: user.id, email: user.email, name: user.name };
}

export interface CreatedOrganisation {
  organisationId: string;
  slug: string;
  /** The owner. */
  userId: string;
}

export interface CreateProducerOptions extends ProducerOverrides {
  owner?: OwnerOption;
  /** How many products to add (default 2). */
  products?: number;
}

export async function createProducerOrg(
  db: Db,
  options: CreateProducerOptions = {},
): Promise<CreatedOrganisation & { producerId: string; productIds: string[] }> {
  const ctx = await testContext();
  const { owner, products = 2, ...overrides } = options;
  const at = new Date();
  const batch = emptyBatch();
  const built = buildProducer(ctx, { createdAt: at, ...overrides });
  const userId = await ownerRows(ctx, owner ?? { name: built.owner.full, provinceCode: built.profile.provinceCode }, at, batch);
  batch.organisations.push(built.organisation);
  batch.memberships.push(buildMembership(ctx, { userId, organisationId: built.organisation.id, role: "owner", createdAt: at }));
  batch.producers.push(built.profile);
  batch.kbli.push(...built.kbli);
  batch.contacts.push(...built.contacts);
  for (let i = 0; i < products; i++) {
    const template = built.specialties[i % Math.max(1, built.specialties.length)];
    batch.products.push(buildProduct(ctx, built.profile, { template, createdAt: at, status: "active" }));
  }
  await db.$transaction((tx) => insertRows(tx, batch));
  return {
    organisationId: built.organisation.id,
    slug: built.organisation.slug,
    userId,
    producerId: built.profile.id,
    productIds: batch.products.map((p) => p.id),
  };
}

export interface CreateBuyerOptions extends BuyerOverrides {
  owner?: OwnerOption;
  /** How many open needs to add (default 0). */
  needs?: number;
}

export async function createBuyerOrg(
  db: Db,
  options: CreateBuyerOptions = {},
): Promise<CreatedOrganisation & { needIds: string[] }> {
  const ctx = await testContext();
  const { owner, needs = 0, ...overrides } = options;
  const at = new Date();
  const batch = emptyBatch();
  const organisation = buildBuyer(ctx, { createdAt: at, ...overrides });
  const userId = await ownerRows(ctx, owner, at, batch);
  batch.organisations.push(organisation);
  batch.memberships.push(buildMembership(ctx, { userId, organisationId: organisation.id, role: "owner", createdAt: at }));
  for (let i = 0; i < needs; i++) {
    const built = buildNeed(ctx, {
      buyerId: organisation.id,
      buyerRegionCode: organisation.regionCode,
      buyerType: organisation.buyerType,
      createdById: userId,
      status: "open",
      createdAt: at,
      publishedAt: at,
      neededBy: addDays(at, 60),
    });
    batch.needs.push(built.need);
    batch.needCertifications.push(...built.certifications);
  }
  await db.$transaction((tx) => insertRows(tx, batch));
  return { organisationId: organisation.id, slug: organisation.slug, userId, needIds: batch.needs.map((n) => n.id) };
}

export interface CreateDinasOptions extends DinasOverrides {
  owner?: OwnerOption;
}

export async function createDinasOrg(db: Db, options: CreateDinasOptions): Promise<CreatedOrganisation> {
  const ctx = await testContext();
  const { owner, ...overrides } = options;
  const at = new Date();
  const batch = emptyBatch();
  const organisation = buildDinas(ctx, { createdAt: at, ...overrides });
  const userId = await ownerRows(ctx, owner ?? { provinceCode: overrides.regionCode.slice(0, 2) }, at, batch);
  batch.organisations.push(organisation);
  batch.memberships.push(buildMembership(ctx, { userId, organisationId: organisation.id, role: "owner", createdAt: at }));
  await db.$transaction((tx) => insertRows(tx, batch));
  return { organisationId: organisation.id, slug: organisation.slug, userId };
}

/** A platform admin: a member of the "platform" organisation, created if the database has none. */
export async function createAdmin(db: Db, overrides: CreateUserOverrides = {}): Promise<CreatedOrganisation & { email: string }> {
  const ctx = await testContext();
  const at = new Date();
  const batch = emptyBatch();
  const user = await userRow(ctx, overrides, at);
  batch.users.push(user);
  const existing = await db.organisation.findFirst({ where: { kind: "platform" }, orderBy: { createdAt: "asc" }, select: { id: true, slug: true } });
  const platform = existing ?? buildOrganisation(ctx, { kind: "platform", name: "MitraIKM", createdAt: at });
  if (!existing) batch.organisations.push(platform as OrganisationRow);
  batch.memberships.push(buildMembership(ctx, { userId: user.id, organisationId: platform.id, role: existing ? "member" : "owner", createdAt: at }));
  await db.$transaction((tx) => insertRows(tx, batch));
  return { organisationId: platform.id, slug: platform.slug, userId: user.id, email: user.email };
}

/** Every sector, for tests that want one of each. */
export const ALL_SECTORS: readonly Sector[] = SECTORS;
