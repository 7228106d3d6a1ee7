-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "buyerId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'draft',
    "paymentMode" TEXT NOT NULL DEFAULT 'manual',
    "versionNumber" INTEGER NOT NULL DEFAULT 1,
    "agreedAt" DATETIME,
    "deliveredAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Order_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrderVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorSide" TEXT NOT NULL,
    "authorUserId" TEXT,
    "lines" JSONB NOT NULL,
    "total" BIGINT NOT NULL,
    "deliveryAddress" TEXT NOT NULL,
    "deliveryDate" DATETIME NOT NULL,
    "deliveryTerm" TEXT NOT NULL,
    "downPaymentPercent" INTEGER NOT NULL,
    "downPaymentDueDays" INTEGER NOT NULL,
    "balanceDueDays" INTEGER NOT NULL,
    "notes" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrderVersion_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrderVersion_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "fromState" TEXT,
    "toState" TEXT NOT NULL,
    "actorUserId" TEXT,
    "actorRole" TEXT,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrderEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'due',
    "dueAt" DATETIME NOT NULL,
    "proofPath" TEXT,
    "proofMime" TEXT,
    "proofAt" DATETIME,
    "paidAt" DATETIME,
    "confirmedById" TEXT,
    "overdueNotifiedAt" DATETIME,
    "stripeSessionId" TEXT,
    "checkoutAttempts" INTEGER NOT NULL DEFAULT 0,
    "stripePaymentIntentId" TEXT,
    "lastError" TEXT,
    "refundedAmount" BIGINT NOT NULL DEFAULT 0,
    "settlement" TEXT,
    "payoutAt" DATETIME,
    "payoutReference" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Payment_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "processedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProducerProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "nib" TEXT,
    "sector" TEXT NOT NULL,
    "sentraName" TEXT,
    "provinceCode" TEXT NOT NULL,
    "regencyCode" TEXT NOT NULL,
    "address" TEXT,
    "employees" INTEGER,
    "foundedYear" INTEGER,
    "monthlyCapacity" INTEGER,
    "capacityUnit" TEXT,
    "description" TEXT,
    "logoPath" TEXT,
    "stripeAccountId" TEXT,
    "stripeTransfersActive" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProducerProfile_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ProducerProfile" ("address", "capacityUnit", "createdAt", "description", "employees", "foundedYear", "id", "legalName", "logoPath", "monthlyCapacity", "nib", "organisationId", "provinceCode", "regencyCode", "sector", "sentraName", "updatedAt") SELECT "address", "capacityUnit", "createdAt", "description", "employees", "foundedYear", "id", "legalName", "logoPath", "monthlyCapacity", "nib", "organisationId", "provinceCode", "regencyCode", "sector", "sentraName", "updatedAt" FROM "ProducerProfile";
DROP TABLE "ProducerProfile";
ALTER TABLE "new_ProducerProfile" RENAME TO "ProducerProfile";
CREATE UNIQUE INDEX "ProducerProfile_organisationId_key" ON "ProducerProfile"("organisationId");
CREATE UNIQUE INDEX "ProducerProfile_nib_key" ON "ProducerProfile"("nib");
CREATE UNIQUE INDEX "ProducerProfile_stripeAccountId_key" ON "ProducerProfile"("stripeAccountId");
CREATE INDEX "ProducerProfile_sector_regencyCode_employees_sentraName_id_idx" ON "ProducerProfile"("sector", "regencyCode", "employees", "sentraName", "id");
CREATE INDEX "ProducerProfile_provinceCode_sector_regencyCode_employees_sentraName_id_idx" ON "ProducerProfile"("provinceCode", "sector", "regencyCode", "employees", "sentraName", "id");
CREATE INDEX "ProducerProfile_regencyCode_sector_employees_sentraName_id_idx" ON "ProducerProfile"("regencyCode", "sector", "employees", "sentraName", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Order_number_key" ON "Order"("number");

-- CreateIndex
CREATE INDEX "Order_buyerId_state_idx" ON "Order"("buyerId", "state");

-- CreateIndex
CREATE INDEX "Order_producerId_state_idx" ON "Order"("producerId", "state");

-- CreateIndex
CREATE INDEX "Order_matchId_idx" ON "Order"("matchId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderVersion_orderId_number_key" ON "OrderVersion"("orderId", "number");

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_createdAt_idx" ON "OrderEvent"("orderId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripeSessionId_key" ON "Payment"("stripeSessionId");

-- CreateIndex
CREATE INDEX "Payment_status_dueAt_idx" ON "Payment"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_orderId_kind_key" ON "Payment"("orderId", "kind");

