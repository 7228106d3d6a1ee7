-- CreateTable
CREATE TABLE "Quotation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "number" TEXT NOT NULL,
    "matchId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'requested',
    "requestedById" TEXT,
    "quantity" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "deliveryPlace" TEXT NOT NULL,
    "deliveryDate" DATETIME NOT NULL,
    "specs" TEXT,
    "sampleRequested" BOOLEAN NOT NULL DEFAULT false,
    "requestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    "unitPrice" INTEGER,
    "minOrderQuantity" INTEGER,
    "leadTimeDays" INTEGER,
    "validUntil" DATETIME,
    "terms" TEXT,
    "sampleOffered" BOOLEAN NOT NULL DEFAULT false,
    "declineReason" TEXT,
    "note" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    CONSTRAINT "Quotation_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuotationAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quotationId" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuotationAttachment_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Quotation_number_key" ON "Quotation"("number");

-- CreateIndex
CREATE INDEX "Quotation_matchId_state_idx" ON "Quotation"("matchId", "state");

-- CreateIndex
CREATE INDEX "Quotation_state_requestedAt_idx" ON "Quotation"("state", "requestedAt");

-- CreateIndex
CREATE INDEX "QuotationAttachment_quotationId_idx" ON "QuotationAttachment"("quotationId");

