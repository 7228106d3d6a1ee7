-- The catalog's order: producers by name.
CREATE INDEX "ProducerProfile_legalName_idx" ON "ProducerProfile"("legalName");
