-- Refunds owed by a cancellation after the down payment was paid. Added columns only: the
-- tables keep their rows and indexes.
ALTER TABLE "OrderVersion" ADD COLUMN "cancellationRefundPercent" INTEGER NOT NULL DEFAULT 100;
ALTER TABLE "Payment" ADD COLUMN "refundDue" BIGINT NOT NULL DEFAULT 0;
ALTER TABLE "Payment" ADD COLUMN "refundRequestedAt" DATETIME;
