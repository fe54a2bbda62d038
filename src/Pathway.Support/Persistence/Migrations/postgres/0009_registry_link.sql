-- Forward-only. Never edit a migration that has been released; add the next one.
-- A support case linked to the person registry's record of the person, when the worker recognised them there.
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "PersonId" uuid;

-- The duplicate check finds a case linked to the same registry record.
CREATE INDEX "IX_Support_Beneficiaries_PersonId" ON "Support_Beneficiaries" ("PersonId");
