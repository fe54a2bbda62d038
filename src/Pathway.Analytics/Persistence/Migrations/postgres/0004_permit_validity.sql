-- Forward-only. Never edit a migration that has been released; add the next one.
-- The permit a granting decision gave: first and last valid day (none: without a limit) and temporary
-- protection, which Eurostat's first-permit tables count by. Facts written before this stay without them
-- until a rebuild. The index serves the first-permit rule, which reads every permit of the persons who got
-- one in the year.
ALTER TABLE "Analytics_FactApplications" ADD COLUMN "PermitValidFrom" date NULL;
ALTER TABLE "Analytics_FactApplications" ADD COLUMN "PermitValidUntil" date NULL;
ALTER TABLE "Analytics_FactApplications" ADD COLUMN "TemporaryProtection" boolean NULL;
CREATE INDEX "IX_Analytics_FactApplications_TenantId_PersonKey" ON "Analytics_FactApplications" ("TenantId", "PersonKey");
