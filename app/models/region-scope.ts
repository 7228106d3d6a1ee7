// Where a dinas office may act, and an admin everywhere: the one rule every region check reads.
// An office's region is a province ("35") or a regency ("35.07"); a province office covers
// its regencies, a regency office its own.
import { Prisma } from "~/generated/prisma/client.ts";

export type RegionScope = { kind: "all" } | { kind: "region"; code: string };

/** Whether a place (a regency or province code) lies in the scope. */
export function scopeCovers(scope: RegionScope, code: string): boolean {
  return scope.kind === "all" || code === scope.code || code.startsWith(`${scope.code}.`);
}

/**
 * The scope as a Prisma condition on a record's province and regency columns ({} for all):
 * `inScope(scope, "provinceCode", "regencyCode")` for producers,
 * `inScope(scope, "deliveryProvinceCode", "deliveryRegencyCode")` for needs.
 */
export function inScope<P extends string, R extends string>(scope: RegionScope, province: P, regency: R): Partial<Record<P | R, string>> {
  if (scope.kind === "all") return {};
  return (scope.code.includes(".") ? { [regency]: scope.code } : { [province]: scope.code }) as Partial<Record<P | R, string>>;
}

/** The same condition in raw SQL, for the dashboard's hand-written queries; null for all. */
export function inScopeSql(scope: RegionScope, province: Prisma.Sql, regency: Prisma.Sql): Prisma.Sql | null {
  if (scope.kind === "all") return null;
  return scope.code.includes(".") ? Prisma.sql`${regency} = ${scope.code}` : Prisma.sql`${province} = ${scope.code}`;
}
