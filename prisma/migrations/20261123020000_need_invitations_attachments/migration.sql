-- CreateTable
CREATE TABLE "NeedInvitation" (
    "needId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("needId", "producerId"),
    CONSTRAINT "NeedInvitation_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NeedInvitation_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NeedAttachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "needId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NeedAttachment_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NeedInvitation_producerId_idx" ON "NeedInvitation"("producerId");

-- CreateIndex
CREATE INDEX "NeedAttachment_needId_idx" ON "NeedAttachment"("needId");

