-- A business's legal form (bentuk badan usaha: pt, cv, ud, koperasi…, see LEGAL_FORMS in
-- app/models/domain.ts), for producers and buyers alike; NULL = not stated.
-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "legalForm" TEXT;

