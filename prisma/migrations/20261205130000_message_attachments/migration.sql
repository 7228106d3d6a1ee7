-- AlterTable
ALTER TABLE "Message" ADD COLUMN "attachmentMimeType" TEXT;
ALTER TABLE "Message" ADD COLUMN "attachmentName" TEXT;
ALTER TABLE "Message" ADD COLUMN "attachmentPath" TEXT;
ALTER TABLE "Message" ADD COLUMN "attachmentSizeBytes" INTEGER;

