// Whether a certificate is in force on a day: from its start date, when it gives one, to its
// end date, when it gives one. One rule for the certificates a need requires (score.ts) and
// the TKDN certificate a tender reads (tkdn.ts); the same rule as queries is `inForceSql`
// (models/certifications/certification.server.ts) and `heldToday` (models/catalog/catalog.server.ts).

export interface Dated {
  /** Absent or null: in force from its issue (most certificates state no later start). */
  validFrom?: Date | null;
  /** Null: no end date (a PIRT, a business-wide registration). */
  validUntil: Date | null;
}

/** Whether the certificate is in force on the day (both ends included). */
export function validOn(certificate: Dated, day: Date): boolean {
  return (certificate.validFrom == null || certificate.validFrom <= day) && (certificate.validUntil === null || certificate.validUntil >= day);
}
