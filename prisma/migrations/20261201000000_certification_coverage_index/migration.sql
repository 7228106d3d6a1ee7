-- The national coverage figure counts distinct producers per type: with the producer before
-- the expiry date, a type's verified certificates arrive in producer order.
DROP INDEX "Certification_type_status_validUntil_producerId_idx";
CREATE INDEX "Certification_type_status_producerId_validUntil_idx" ON "Certification"("type", "status", "producerId", "validUntil");
