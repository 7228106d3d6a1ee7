-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ref" TEXT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "buyerType" TEXT,
    "legalForm" TEXT,
    "regionCode" TEXT,
    "address" TEXT,
    "website" TEXT,
    "npwp" TEXT,
    "pkp" BOOLEAN NOT NULL DEFAULT false,
    "vatCollector" BOOLEAN NOT NULL DEFAULT false,
    "verification" TEXT NOT NULL DEFAULT 'none',
    "verificationAskedAt" DATETIME,
    "verificationDecidedAt" DATETIME,
    "verificationDecidedBy" TEXT,
    "verificationNote" TEXT,
    "nib" TEXT,
    "letterPath" TEXT,
    "letterMime" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Organisation" ("address", "buyerType", "createdAt", "id", "kind", "legalForm", "name", "npwp", "pkp", "ref", "regionCode", "slug", "status", "updatedAt", "vatCollector", "website") SELECT "address", "buyerType", "createdAt", "id", "kind", "legalForm", "name", "npwp", "pkp", "ref", "regionCode", "slug", "status", "updatedAt", "vatCollector", "website" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_ref_key" ON "Organisation"("ref");
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");
CREATE INDEX "Organisation_kind_regionCode_idx" ON "Organisation"("kind", "regionCode");
CREATE INDEX "Organisation_kind_verification_idx" ON "Organisation"("kind", "verification");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

