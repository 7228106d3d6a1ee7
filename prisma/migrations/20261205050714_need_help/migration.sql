-- AlterTable
ALTER TABLE "Need" ADD COLUMN "helpAskedAt" DATETIME;

-- CreateIndex
CREATE INDEX "Need_helpAskedAt_idx" ON "Need"("helpAskedAt");

