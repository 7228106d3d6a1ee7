// A product's TKDN (tingkat komponen dalam negeri) as a tender reads it, for the matcher and
// the product page alike. Pure and small: a page's loader imports it without the matcher.

import { validOn, type Dated } from "./validity.ts";

/** A certificate as the TKDN reads it (score.ts's CertificateFact is one, and so is a certification row). */
interface Certificate extends Dated {
  type: string;
  status: string;
  tkdnPercent?: number | null;
}

/**
 * A product's TKDN as a tender reads it on a date: the value of a verified TKDN certificate
 * covering it and valid then (Kemenperin's), the highest when several; else what the
 * producer declared. A product with 83% certified and nothing declared is no near miss
 * "TKDN not declared".
 */
export function tkdnOf(on: { neededBy: Date }, product: { tkdnPercent: number | null; certificates: readonly Certificate[] }): { percent: number | null; certified: boolean } {
  const certified = product.certificates
    .filter((c) => c.type === "tkdn" && c.status === "verified" && c.tkdnPercent != null && validOn(c, on.neededBy))
    .map((c) => c.tkdnPercent!);
  return certified.length > 0 ? { percent: Math.max(...certified), certified: true } : { percent: product.tkdnPercent, certified: false };
}
