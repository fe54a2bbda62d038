-- Forward-only. Special-category fields (health, vulnerability, trafficking and violence details)
-- are sealed under their tenant's key, so the records that hold them carry their tenant, and their
-- columns take the longer sealed values (the forms keep the limits of the text). Values written
-- before are sealed by the re-sealing pass at start-up.
ALTER TABLE "Support_Services" ADD COLUMN "TenantId" uuid;
UPDATE "Support_Services" s SET "TenantId" = b."TenantId" FROM "Support_Beneficiaries" b WHERE b."Id" = s."BeneficiaryId";
ALTER TABLE "Support_Services" ALTER COLUMN "TenantId" SET NOT NULL;
ALTER TABLE "Support_Services" ALTER COLUMN "Outcome" TYPE text;

ALTER TABLE "Support_NeedAssessments" ADD COLUMN "TenantId" uuid;
UPDATE "Support_NeedAssessments" a SET "TenantId" = b."TenantId" FROM "Support_Beneficiaries" b WHERE b."Id" = a."BeneficiaryId";
ALTER TABLE "Support_NeedAssessments" ALTER COLUMN "TenantId" SET NOT NULL;
ALTER TABLE "Support_NeedAssessments" ALTER COLUMN "Note" TYPE text;

ALTER TABLE "Support_Referrals" ALTER COLUMN "Note" TYPE text;

ALTER TABLE "Support_GbvIncidents" ALTER COLUMN "Place" TYPE text;
