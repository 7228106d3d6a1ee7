-- DropIndex
DROP INDEX "ProducerProfile_sector_idx";

-- DropIndex
DROP INDEX "ProducerProfile_provinceCode_idx";

-- DropIndex
DROP INDEX "ProducerProfile_regencyCode_idx";

-- DropIndex
DROP INDEX "Certification_producerId_idx";

-- DropIndex
DROP INDEX "Certification_type_status_idx";

-- DropIndex
DROP INDEX "Certification_validUntil_idx";

-- DropIndex
DROP INDEX "Match_state_idx";

-- DropIndex
DROP INDEX "NeedSuggestion_producerId_idx";

-- AlterTable
ALTER TABLE "Match" ADD COLUMN "minutesToAccepted" INTEGER;
ALTER TABLE "Match" ADD COLUMN "minutesToCompleted" INTEGER;
ALTER TABLE "Match" ADD COLUMN "minutesToConfirmed" INTEGER;
ALTER TABLE "Match" ADD COLUMN "minutesToIntroduced" INTEGER;
ALTER TABLE "Match" ADD COLUMN "minutesToOrdered" INTEGER;
ALTER TABLE "Match" ADD COLUMN "minutesToShortlisted" INTEGER;

-- CreateIndex
CREATE INDEX "ProducerProfile_sector_regencyCode_employees_sentraName_id_idx" ON "ProducerProfile"("sector", "regencyCode", "employees", "sentraName", "id");

-- CreateIndex
CREATE INDEX "ProducerProfile_provinceCode_sector_regencyCode_employees_sentraName_id_idx" ON "ProducerProfile"("provinceCode", "sector", "regencyCode", "employees", "sentraName", "id");

-- CreateIndex
CREATE INDEX "ProducerProfile_regencyCode_sector_employees_sentraName_id_idx" ON "ProducerProfile"("regencyCode", "sector", "employees", "sentraName", "id");

-- CreateIndex
CREATE INDEX "Certification_producerId_type_status_validUntil_idx" ON "Certification"("producerId", "type", "status", "validUntil");

-- CreateIndex
CREATE INDEX "Certification_type_status_validUntil_producerId_idx" ON "Certification"("type", "status", "validUntil", "producerId");

-- CreateIndex
CREATE INDEX "Certification_status_createdAt_idx" ON "Certification"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Certification_status_validUntil_idx" ON "Certification"("status", "validUntil");

-- CreateIndex
CREATE INDEX "Match_state_updatedAt_idx" ON "Match"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "Match_funnel_idx" ON "Match"("producerId", "createdAt", "minutesToShortlisted", "minutesToIntroduced", "minutesToAccepted", "minutesToConfirmed", "minutesToOrdered", "minutesToCompleted");

-- CreateIndex
CREATE INDEX "NeedSuggestion_producerId_verdict_computedAt_needId_idx" ON "NeedSuggestion"("producerId", "verdict", "computedAt", "needId");

-- CreateIndex
CREATE INDEX "NeedSuggestion_verdict_computedAt_needId_producerId_idx" ON "NeedSuggestion"("verdict", "computedAt", "needId", "producerId");


-- Backfill from the history: the first time each match entered each step, in whole minutes
-- after the match was created.
UPDATE "Match" SET
  "minutesToShortlisted" = (SELECT CAST(ROUND((julianday(MIN(e."createdAt")) - julianday("Match"."createdAt")) * 1440) AS INTEGER) FROM "MatchEvent" e WHERE e."matchId" = "Match"."id" AND e."toState" = 'shortlisted'),
  "minutesToIntroduced"  = (SELECT CAST(ROUND((julianday(MIN(e."createdAt")) - julianday("Match"."createdAt")) * 1440) AS INTEGER) FROM "MatchEvent" e WHERE e."matchId" = "Match"."id" AND e."toState" = 'introduced'),
  "minutesToAccepted"    = (SELECT CAST(ROUND((julianday(MIN(e."createdAt")) - julianday("Match"."createdAt")) * 1440) AS INTEGER) FROM "MatchEvent" e WHERE e."matchId" = "Match"."id" AND e."toState" = 'accepted'),
  "minutesToConfirmed"   = (SELECT CAST(ROUND((julianday(MIN(e."createdAt")) - julianday("Match"."createdAt")) * 1440) AS INTEGER) FROM "MatchEvent" e WHERE e."matchId" = "Match"."id" AND e."toState" = 'confirmed'),
  "minutesToOrdered"     = (SELECT CAST(ROUND((julianday(MIN(e."createdAt")) - julianday("Match"."createdAt")) * 1440) AS INTEGER) FROM "MatchEvent" e WHERE e."matchId" = "Match"."id" AND e."toState" = 'ordered'),
  "minutesToCompleted"   = (SELECT CAST(ROUND((julianday(MIN(e."createdAt")) - julianday("Match"."createdAt")) * 1440) AS INTEGER) FROM "MatchEvent" e WHERE e."matchId" = "Match"."id" AND e."toState" = 'completed');
