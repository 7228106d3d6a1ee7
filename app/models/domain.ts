// The value sets of the domain, defined once. SQLite stores them as strings; these lists
// are what the zod schemas, the UI and the seed accept. Labels live in app/locales.

export const ORG_KINDS = ["producer", "buyer", "dinas", "platform"] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Organisations created by sign-up start pending when they carry authority (dinas). */
export const ORG_STATUSES = ["active", "pending", "suspended"] as const;
export type OrgStatus = (typeof ORG_STATUSES)[number];

export const MEMBERSHIP_ROLES = ["owner", "member"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const BUYER_TYPES = ["bumn", "large_industry", "government", "other"] as const;
export type BuyerType = (typeof BUYER_TYPES)[number];

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

export const PRODUCT_STATUSES = ["active", "archived"] as const;
export const NEED_STATUSES = ["draft", "open", "closed", "awarded"] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
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

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
