-- CreateTable
CREATE TABLE "NeedSuggestionRun" (
    "needId" TEXT NOT NULL PRIMARY KEY,
    "computedAt" DATETIME NOT NULL,
    "nearMissPages" INTEGER NOT NULL,
    CONSTRAINT "NeedSuggestionRun_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

