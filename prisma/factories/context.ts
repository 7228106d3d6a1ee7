// The factories' deterministic context: a seeded RNG, the reference date, the region lists,
// counters per id prefix and the fixed password hash. Split from index.ts so the event,
// partnership and order factories can use it without importing index.ts (which imports them).
import { createHash } from "node:crypto";
import { Faker, base, en, id_ID } from "@faker-js/faker";
import { hash as argon2Hash } from "@node-rs/argon2";
import { getDistricts } from "idn-area-data";
import { slugify } from "../../app/lib/slug.ts";
import { loadRegions, type Regency, type Regions } from "../../app/models/regions.server.ts";
import { SLUG_ABBREVIATIONS } from "./vocabulary.ts";

/** The reference date of the demo data: certificates expire and needs fall due relative to it. */
export const DEFAULT_NOW = new Date("2026-11-01T00:00:00+07:00");
export const DEFAULT_SEED = 20261101;
/** The password of every factory-made user unless a test passes its own. */
export const FACTORY_PASSWORD = "mitraikm-demo";
/** Seeded users' e-mail domain: never a real mailbox. */
export const FACTORY_EMAIL_DOMAIN = "demo.mitraikm.id";

const DAY = 86_400_000;
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY);

// ─── Deterministic randomness ───────────────────────────────────────────────

/** A seeded faker with the helpers the factories need. */
export class Rng {
  readonly faker: Faker;
  private readonly seedValue: number;

  constructor(seed: number, now: Date) {
    this.seedValue = seed >>> 0;
    this.faker = new Faker({ locale: [id_ID, en, base] });
    this.faker.seed(this.seedValue);
    this.faker.setDefaultRefDate(now);
  }

  /** Restarts the stream from (seed, label), so one section growing does not shift the next. */
  reseed(label: string): void {
    this.faker.seed(createHash("sha256").update(`${this.seedValue}:${label}`).digest().readUInt32BE(0));
  }

  int(min: number, max: number): number {
    return this.faker.number.int({ min: Math.ceil(min), max: Math.floor(max) });
  }
  /** A number in [min, max] skewed towards min (most IKM are small). */
  skewed(min: number, max: number): number {
    const r = this.int(0, 10_000) / 10_000;
    return Math.round(min + (max - min) * r * r);
  }
  float(min: number, max: number, fractionDigits = 2): number {
    return this.faker.number.float({ min, max, fractionDigits });
  }
  chance(probability: number): boolean {
    return this.int(0, 9_999) < probability * 10_000;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick() from an empty list");
    return items[this.int(0, items.length - 1)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let r = this.int(1, total);
    for (const [value, weight] of items) {
      r -= weight;
      if (r <= 0) return value;
    }
    return items[items.length - 1]![0];
  }
  /** n distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.faker.helpers.arrayElements(items as T[], Math.min(n, items.length));
  }
  digits(n: number): string {
    let out = "";
    for (let i = 0; i < n; i++) out += String(this.int(0, 9));
    return out;
  }
  /** A date in [from, to], on a whole minute. */
  dateBetween(from: Date, to: Date): Date {
    const minutes = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
    return new Date(Math.floor(from.getTime() / 60_000) * 60_000 + this.int(0, minutes) * 60_000);
  }
}

// ─── Password hash ──────────────────────────────────────────────────────────

const passwordHashes = new Map<string, Promise<string>>();

/**
 * An Argon2id hash of the password (the app's algorithm and parameters), computed once per
 * process and password. Its salt is derived from the password so reruns are byte-identical:
 * for fixtures and public demo accounts only, never for real users.
 */
export function fixedPasswordHash(password: string = FACTORY_PASSWORD): Promise<string> {
  let hashed = passwordHashes.get(password);
  if (!hashed) {
    const salt = createHash("sha256").update(`mitraikm-fixture:${password}`).digest().subarray(0, 16);
    hashed = argon2Hash(password, { salt });
    passwordHashes.set(password, hashed);
  }
  return hashed;
}

// ─── Context ────────────────────────────────────────────────────────────────

let districtsLoading: Promise<Map<string, string[]>> | undefined;
function loadDistricts(): Promise<Map<string, string[]>> {
  districtsLoading ??= getDistricts({ transform: true }).then((rows) => {
    const byRegency = new Map<string, string[]>();
    for (const row of rows) {
      const list = byRegency.get(row.regencyCode) ?? [];
      list.push(row.name);
      byRegency.set(row.regencyCode, list);
    }
    return byRegency;
  });
  return districtsLoading;
}

export interface ContextOptions {
  seed?: number;
  now?: Date;
  /** Goes into every id, slug, e-mail and NIB, so fixtures never collide with seeded rows. */
  tag?: string;
  password?: string;
}

export class FactoryContext {
  readonly rng: Rng;
  private readonly counters = new Map<string, number>();
  private readonly slugs = new Set<string>();
  private readonly regencyCache = new Map<string, Regency[]>();

  constructor(
    readonly seed: number,
    readonly now: Date,
    readonly tag: string,
    readonly regions: Regions,
    readonly passwordHash: string,
    private readonly districts: Map<string, string[]>,
  ) {
    this.rng = new Rng(seed, now);
  }

  get faker(): Faker {
    return this.rng.faker;
  }

  /** The next value of a named counter, from 1. */
  next(counter: string): number {
    const value = (this.counters.get(counter) ?? 0) + 1;
    this.counters.set(counter, value);
    return value;
  }

  /** "org_00042" (or "org_t00042" in a tagged context). */
  nextId(prefix: string): string {
    return `${prefix}_${this.tag}${String(this.next(`id:${prefix}`)).padStart(5, "0")}`;
  }

  /** A slug unique among this context's organisations; tagged contexts always add a suffix. */
  slug(name: string): string {
    let source = name;
    for (const [long, short] of SLUG_ABBREVIATIONS) source = source.replace(long, short);
    let base = slugify(source);
    if (base.length > 52) base = base.slice(0, base.lastIndexOf("-", 52) > 20 ? base.lastIndexOf("-", 52) : 52);
    let slug = this.tag ? `${base}-${this.tag}${this.next("slug")}` : base;
    for (let n = 2; this.slugs.has(slug); n++) slug = `${base}-${n}`;
    this.slugs.add(slug);
    return slug;
  }

  regenciesOf(provinceCode: string): Regency[] {
    let list = this.regencyCache.get(provinceCode);
    if (!list) {
      list = this.regions.regenciesOf(provinceCode);
      this.regencyCache.set(provinceCode, list);
    }
    return list;
  }

  districtsOf(regencyCode: string): string[] {
    return this.districts.get(regencyCode) ?? [];
  }
}

export async function createFactoryContext(options: ContextOptions = {}): Promise<FactoryContext> {
  const [regions, districts, passwordHash] = await Promise.all([
    loadRegions(),
    loadDistricts(),
    fixedPasswordHash(options.password ?? FACTORY_PASSWORD),
  ]);
  return new FactoryContext(
    options.seed ?? DEFAULT_SEED,
    options.now ?? DEFAULT_NOW,
    options.tag ?? "",
    regions,
    passwordHash,
    districts,
  );
}
