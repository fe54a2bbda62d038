-- Forward-only. Special-category fields (health, vulnerability, trafficking and violence details)
-- are sealed under their tenant's key, so the records that hold them carry their tenant. Values
-- written before are sealed by the re-sealing pass at start-up; SQLite's TEXT takes the longer
-- sealed values as it is.
ALTER TABLE "Support_Services" ADD COLUMN "TenantId" TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
UPDATE "Support_Services" SET "TenantId" = (SELECT b."TenantId" FROM "Support_Beneficiaries" b WHERE b."Id" = "Support_Services"."BeneficiaryId");

ALTER TABLE "Support_NeedAssessments" ADD COLUMN "TenantId" TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
UPDATE "Support_NeedAssessments" SET "TenantId" = (SELECT b."TenantId" FROM "Support_Beneficiaries" b WHERE b."Id" = "Support_NeedAssessments"."BeneficiaryId");
