
-- AlterTable
ALTER TABLE "Match" ADD COLUMN "interestedAt" DATETIME;

-- CreateTable
CREATE TABLE "NeedSuggestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "needId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "breakdown" JSONB NOT NULL,
    "computedAt" DATETIME NOT NULL,
    CONSTRAINT "NeedSuggestion_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NeedSuggestion_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NeedSuggestion_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NeedSuggestion_producerId_idx" ON "NeedSuggestion"("producerId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedSuggestion_needId_producerId_key" ON "NeedSuggestion"("needId", "producerId");

