// A product's TKDN (tingkat komponen dalam negeri) as a tender reads it, for the matcher and
// the product page alike. Pure and small: a page's loader imports it without the matcher.

/** A certificate as the TKDN reads it (score.ts's CertificateFact is one). */
interface Certificate {
  type: string;
  status: "verified" | "pending";
  validUntil: Date | null;
  tkdnPercent?: number;
}

/** The certified TKDN: the value of a verified TKDN certificate covering the product and valid on the date, the highest when several; null when none. */
export function certifiedTkdn(need: { neededBy: Date }, certificates: readonly Certificate[]): number | null {
  const certified = certificates
    .filter((c) => c.type === "tkdn" && c.status === "verified" && c.tkdnPercent !== undefined && (c.validUntil === null || c.validUntil >= need.neededBy))
    .map((c) => c.tkdnPercent!);
  return certified.length > 0 ? Math.max(...certified) : null;
}

/**
 * A product's TKDN as a tender reads it: the certified value (certifiedTkdn), else what the
 * producer declared. A product with 83% certified and nothing declared is no near miss
 * "TKDN not declared".
 */
export function tkdnOf(need: { neededBy: Date }, product: { tkdnPercent: number | null; certificates: readonly Certificate[] }): number | null {
  return certifiedTkdn(need, product.certificates) ?? product.tkdnPercent;
}
