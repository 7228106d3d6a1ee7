-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "reference" TEXT;

-- CreateTable
CREATE TABLE "BankAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "bankCode" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" DATETIME,
    CONSTRAINT "BankAccount_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Organisation" ("address", "buyerType", "createdAt", "id", "kind", "legalForm", "name", "ref", "regionCode", "slug", "status", "updatedAt", "website") SELECT "address", "buyerType", "createdAt", "id", "kind", "legalForm", "name", "ref", "regionCode", "slug", "status", "updatedAt", "website" FROM "Organisation";
DROP TABLE "Organisation";
ALTER TABLE "new_Organisation" RENAME TO "Organisation";
CREATE UNIQUE INDEX "Organisation_ref_key" ON "Organisation"("ref");
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");
CREATE INDEX "Organisation_kind_regionCode_idx" ON "Organisation"("kind", "regionCode");
CREATE TABLE "new_Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "paymentMode" TEXT NOT NULL DEFAULT 'manual',
    "versionNumber" INTEGER NOT NULL DEFAULT 1,
    "agreedAt" DATETIME,
    "sellerPkp" BOOLEAN NOT NULL DEFAULT false,
    "buyerCollectsVat" BOOLEAN NOT NULL DEFAULT false,
    "sellerNpwp" TEXT,
    "buyerNpwp" TEXT,
    "ppnRatePercent" INTEGER NOT NULL DEFAULT 12,
    "dppNumerator" INTEGER NOT NULL DEFAULT 11,
    "dppDenominator" INTEGER NOT NULL DEFAULT 12,
    "fakturNumber" TEXT,
    "deliveredAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Order_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Order" ("agreedAt", "buyerId", "completedAt", "createdAt", "deliveredAt", "id", "matchId", "number", "paymentMode", "producerId", "state", "updatedAt", "versionNumber") SELECT "agreedAt", "buyerId", "completedAt", "createdAt", "deliveredAt", "id", "matchId", "number", "paymentMode", "producerId", "state", "updatedAt", "versionNumber" FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");
CREATE INDEX "Order_buyerId_state_idx" ON "Order"("buyerId", "state");
CREATE INDEX "Order_producerId_state_idx" ON "Order"("producerId", "state");
CREATE INDEX "Order_matchId_idx" ON "Order"("matchId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "BankAccount_organisationId_retiredAt_idx" ON "BankAccount"("organisationId", "retiredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reference_key" ON "Payment"("reference");

