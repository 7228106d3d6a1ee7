// The value sets of the domain, defined once. SQLite stores them as strings; these lists
// are what the zod schemas, the UI and the seed accept. Labels live in app/locales.

/**
 * A reader for one value set: the string a row stores, checked against the set. A stored value
 * outside it is a broken invariant (a migration forgot a value), so it throws rather than
 * letting a bare string pass as a state through a cast.
 */
export function valueReader<T extends string>(values: readonly T[], what: string): (stored: string) => T {
  return (stored) => {
    if ((values as readonly string[]).includes(stored)) return stored as T;
    throw new Error(`Unknown ${what} stored: ${JSON.stringify(stored)}`);
  };
}

export const ORG_KINDS = ["producer", "buyer", "dinas", "platform"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const readOrgKind = valueReader(ORG_KINDS, "organisation kind");

/** Organisations created by sign-up start pending when they carry authority (dinas). */
export const ORG_STATUSES = ["active", "pending", "suspended"] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];
export const readOrgStatus = valueReader(ORG_STATUSES, "organisation status");

export const MEMBERSHIP_ROLES = ["owner", "member"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const readMembershipRole = valueReader(MEMBERSHIP_ROLES, "membership role");

export const BUYER_TYPES = ["bumn", "large_industry", "government", "other"] as const;
export type BuyerType = (typeof BUYER_TYPES)[number];

/** Where a buyer organisation stands with the platform's check of who it is. */
export const BUYER_VERIFICATIONS = ["none", "requested", "verified", "rejected"] as const;
export type BuyerVerification = (typeof BUYER_VERIFICATIONS)[number];
export const readBuyerVerification = valueReader(BUYER_VERIFICATIONS, "buyer verification");
/** A buyer organisation the platform has verified: it reads partners' contacts, publishes needs, asks for quotations and may collect PPN. */
export function isVerifiedBuyer(org: { verification: string }): boolean {
  return org.verification === "verified";
}

/**
 * A business's legal form (bentuk badan usaha), as an NIB or a deed states it; null = not stated.
 * The set covers what IKM producers and their buyers actually are, and nothing finer:
 * - the unincorporated forms IKM mostly use: usaha perseorangan (no legal entity at all), UD
 *   (Usaha Dagang, a sole trader's registered name), CV (Persekutuan Komanditer) and Firma
 *   (partnerships without legal personality);
 * - the incorporated ones: PT (Perseroan Terbatas; PT PMA and PT Tbk are PTs too), PT Perorangan
 *   (the one-person PT for micro and small businesses, UU 11/2020 Cipta Kerja and PP 8/2021,
 *   kept apart because it is registered by statement, not by a notary's deed), Koperasi
 *   (many sentra IKM sell through one), BUMDes (village-owned, a legal entity since Cipta
 *   Kerja and PP 11/2021) and Yayasan (foundations running workshops or training centres);
 * - the buyers' state-owned forms: Persero and Perum (the two BUMN forms, UU 19/2003) and BUMD
 *   (Perumda or Perseroda, UU 23/2014 and PP 54/2017).
 * Rarer forms (persekutuan perdata, perkumpulan) are left out: a business of such a form leaves
 * the field empty rather than picking a wrong one. Labels: common.json "legalForms".
 */
export const LEGAL_FORMS = [
  "perorangan",
  "ud",
  "cv",
  "firma",
  "pt",
  "pt_perorangan",
  "koperasi",
  "bumdes",
  "yayasan",
  "persero",
  "perum",
  "bumd",
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** How people write each form in files ("C.V.", "PT.", "Koperasi"), after legalFormKey below. */
const LEGAL_FORM_SPELLINGS: Record<LegalForm, readonly string[]> = {
  perorangan: ["perorangan", "perseorangan", "usaha perorangan", "usaha perseorangan", "sole proprietorship"],
  ud: ["ud", "usaha dagang"],
  cv: ["cv", "persekutuan komanditer", "commanditaire vennootschap", "limited partnership"],
  firma: ["firma", "fa", "persekutuan firma"],
  pt: ["pt", "perseroan terbatas", "pt tbk", "pt pma", "limited liability company"],
  pt_perorangan: ["pt perorangan", "pt perseorangan", "perseroan perorangan", "perseroan perseorangan"],
  koperasi: ["koperasi", "kop", "kud", "koperasi unit desa", "cooperative"],
  bumdes: ["bumdes", "bum desa", "badan usaha milik desa"],
  yayasan: ["yayasan", "foundation"],
  persero: ["persero", "pt persero", "perusahaan perseroan"],
  perum: ["perum", "perusahaan umum"],
  bumd: ["bumd", "perumda", "perusahaan umum daerah", "perseroda", "pt perseroda", "badan usaha milik daerah"],
};

/** Lower case, dots dropped ("C.V." is "cv"), brackets, dashes and underscores as spaces. */
function legalFormKey(text: string): string {
  return text.toLowerCase().replace(/\./g, "").replace(/[\s_()\-/]+/g, " ").trim();
}

const LEGAL_FORM_BY_SPELLING = new Map<string, LegalForm>(
  LEGAL_FORMS.flatMap((form) => [form, ...LEGAL_FORM_SPELLINGS[form]].map((spelling) => [legalFormKey(spelling), form] as const)),
);

/** The legal form a written form names ("C.V.", "PT.", "pt_perorangan"), or undefined. */
export function legalFormFromText(text: string): LegalForm | undefined {
  return LEGAL_FORM_BY_SPELLING.get(legalFormKey(text));
}

/** The main IKM sectors, after the Ministry of Industry's IKM groupings. */
export const SECTORS = [
  "food_beverage",
  "textile_apparel",
  "batik",
  "leather_footwear",
  "furniture_wood",
  "handicraft",
  "metal_machinery",
  "chemical_building",
  "packaging_printing",
  "electronics",
  "herbal_cosmetics",
] as const;
export type Sector = (typeof SECTORS)[number];

export const CERTIFICATION_TYPES = [
  "sni",
  "halal",
  "bpom",
  "pirt",
  "tkdn",
  "hki",
  "iso9001",
  "svlk",
  "gmp",
  "other",
] as const;
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

export const CERTIFICATION_STATUSES = ["pending", "verified", "rejected"] as const;
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/** Product and need categories, each within a sector. Labels: common.json "categories". */
export const PRODUCT_CATEGORIES = [
  { key: "snacks", sector: "food_beverage" },
  { key: "crackers", sector: "food_beverage" },
  { key: "sweeteners", sector: "food_beverage" },
  { key: "coffee_tea", sector: "food_beverage" },
  { key: "condiments", sector: "food_beverage" },
  { key: "processed_meat_fish", sector: "food_beverage" },
  { key: "confectionery", sector: "food_beverage" },
  { key: "beverages", sector: "food_beverage" },
  { key: "uniforms", sector: "textile_apparel" },
  { key: "apparel", sector: "textile_apparel" },
  { key: "textile_goods", sector: "textile_apparel" },
  { key: "batik_cloth", sector: "batik" },
  { key: "woven_cloth", sector: "batik" },
  { key: "batik_apparel", sector: "batik" },
  { key: "footwear", sector: "leather_footwear" },
  { key: "leather_goods", sector: "leather_footwear" },
  { key: "furniture", sector: "furniture_wood" },
  { key: "wood_products", sector: "furniture_wood" },
  { key: "woven_crafts", sector: "handicraft" },
  { key: "bags_souvenirs", sector: "handicraft" },
  { key: "ceramics_pottery", sector: "handicraft" },
  { key: "jewellery_crafts", sector: "handicraft" },
  { key: "ppe", sector: "metal_machinery" },
  { key: "metal_fabrication", sector: "metal_machinery" },
  { key: "machined_parts", sector: "metal_machinery" },
  { key: "agri_tools", sector: "metal_machinery" },
  { key: "machinery", sector: "metal_machinery" },
  { key: "building_materials", sector: "chemical_building" },
  { key: "cleaning_products", sector: "chemical_building" },
  { key: "packaging", sector: "packaging_printing" },
  { key: "printing", sector: "packaging_printing" },
  { key: "electrical", sector: "electronics" },
  { key: "electronic_devices", sector: "electronics" },
  { key: "herbal_medicine", sector: "herbal_cosmetics" },
  { key: "cosmetics_toiletries", sector: "herbal_cosmetics" },
] as const satisfies readonly { key: string; sector: Sector }[];
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]["key"];
export const PRODUCT_CATEGORY_KEYS = PRODUCT_CATEGORIES.map((c) => c.key) as [ProductCategory, ...ProductCategory[]];

/** Units a product is sold in and a need is counted in. Labels: common.json "units". */
export const UNITS = ["pcs", "pak", "kg", "ton", "liter", "botol", "jerigen", "lembar", "meter", "m2", "pasang", "unit", "set", "lusin", "kodi", "kotak", "toples", "pot", "rim"] as const;
export type Unit = (typeof UNITS)[number];

export const PRODUCT_STATUSES = ["active", "archived"] as const;
export const NEED_STATUSES = ["draft", "open", "closed", "awarded"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
export const readNeedStatus = valueReader(NEED_STATUSES, "need status");
export const NEED_VISIBILITIES = ["public", "invited"] as const;

export const MATCH_STATES = [
  "suggested",
  "shortlisted",
  "introduced",
  "accepted",
  "confirmed",
  "ordered",
  "completed",
  "declined",
  "withdrawn",
  "expired",
] as const;
export type MatchState = (typeof MATCH_STATES)[number];
export const readMatchState = valueReader(MATCH_STATES, "match state");

/** A request for quotation's life (app/models/quotations/quotation-workflow.ts). */
export const QUOTATION_STATES = ["requested", "quoted", "declined", "withdrawn", "accepted", "rejected"] as const;
export type QuotationState = (typeof QUOTATION_STATES)[number];
export const readQuotationState = valueReader(QUOTATION_STATES, "quotation state");
