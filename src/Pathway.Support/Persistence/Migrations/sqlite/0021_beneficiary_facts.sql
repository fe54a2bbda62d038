-- Forward-only. Never edit a migration that has been released; add the next one.
-- How often statistics were told of a support case (the version of its facts in the outbox): a reader keeps
-- the newest. Cases registered before start at 0; the warehouse's rebuild tells them.
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "Version" INTEGER NOT NULL DEFAULT 0;
