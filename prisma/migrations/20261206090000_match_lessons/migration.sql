-- CreateTable
CREATE TABLE "MatchLesson" (
    "needKey" TEXT NOT NULL,
    "needPhrase" TEXT NOT NULL,
    "productKey" TEXT NOT NULL,
    "productPhrase" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "taken" BOOLEAN NOT NULL,
    "decidedAt" DATETIME NOT NULL,

    PRIMARY KEY ("needKey", "productKey", "organisationId"),
    CONSTRAINT "MatchLesson_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

