-- Forward-only. Never edit a migration that has been released; add the next one.
-- What statistics count a case by: the applicant's declared sex and the purpose of stay of its type
-- (StayPurposeOf: the documents the catalogue asks for tell work, education and family apart).
ALTER TABLE "Cases_Cases" ADD COLUMN "ApplicantSex" TEXT NULL;
ALTER TABLE "Cases_Cases" ADD COLUMN "Purpose" TEXT NOT NULL DEFAULT 'other';
UPDATE "Cases_Cases" SET "Purpose" = CASE
    WHEN EXISTS (SELECT 1 FROM "Cases_RequiredDocuments" AS d JOIN "Cases_ApplicationTypes" AS t ON t."Id" = d."ApplicationTypeId"
                 WHERE t."TenantId" = "Cases_Cases"."TenantId" AND t."Code" = "Cases_Cases"."ApplicationType"
                   AND d."Code" IN ('employer-annex', 'business-records')) THEN 'remunerated'
    WHEN "ApplicationType" = 'studies' OR EXISTS (SELECT 1 FROM "Cases_RequiredDocuments" AS d JOIN "Cases_ApplicationTypes" AS t ON t."Id" = d."ApplicationTypeId"
                 WHERE t."TenantId" = "Cases_Cases"."TenantId" AND t."Code" = "Cases_Cases"."ApplicationType" AND d."Code" = 'admission') THEN 'education'
    WHEN "ApplicationType" = 'family' OR EXISTS (SELECT 1 FROM "Cases_RequiredDocuments" AS d JOIN "Cases_ApplicationTypes" AS t ON t."Id" = d."ApplicationTypeId"
                 WHERE t."TenantId" = "Cases_Cases"."TenantId" AND t."Code" = "Cases_Cases"."ApplicationType" AND d."Code" = 'family-ties') THEN 'family'
    ELSE 'other' END;
