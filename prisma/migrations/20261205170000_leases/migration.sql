-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "IndexCursor" (
    "process" TEXT NOT NULL PRIMARY KEY,
    "lastId" INTEGER NOT NULL,
    "seenAt" DATETIME NOT NULL
);

