-- Forward-only. Never edit a migration that has been released; add the next one.
-- The permit a granting decision gives: its first and last valid day (none for permanent residence and
-- the EU long-term resident's permit) and whether it is temporary protection. Migration statistics count
-- first permits by them (Regulation 862/2007, art. 6). Cases granted before this stay without them.
ALTER TABLE "Cases_Cases" ADD COLUMN "PermitValidFrom" TEXT NULL;
ALTER TABLE "Cases_Cases" ADD COLUMN "PermitValidUntil" TEXT NULL;
ALTER TABLE "Cases_Cases" ADD COLUMN "TemporaryProtection" INTEGER NOT NULL DEFAULT 0;
