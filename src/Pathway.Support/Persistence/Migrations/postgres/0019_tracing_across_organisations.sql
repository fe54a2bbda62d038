-- Forward-only. Never edit a migration that has been released; add the next one.
-- Family tracing across the office's organisations: a match whose candidate another organisation
-- holds, confirmed by each side; and the language the requester reads, for the letter to them.
ALTER TABLE "Support_TracingRequests" ADD COLUMN "RequesterLanguage" character varying(16);

-- A child's request taken before: the child reads the language of the child's case.
UPDATE "Support_TracingRequests" SET "RequesterLanguage" = (SELECT b."Language" FROM "Support_Beneficiaries" b WHERE b."Id" = "Support_TracingRequests"."ChildCaseId")
WHERE "ChildCaseId" IS NOT NULL;

ALTER TABLE "Support_TracingMatches" ADD COLUMN "HeldBy" uuid;
ALTER TABLE "Support_TracingMatches" ADD COLUMN "RequestSideConfirmedAt" timestamp with time zone;
ALTER TABLE "Support_TracingMatches" ADD COLUMN "RequestSideConfirmedBy" character varying(256);
ALTER TABLE "Support_TracingMatches" ADD COLUMN "HolderConfirmedAt" timestamp with time zone;
ALTER TABLE "Support_TracingMatches" ADD COLUMN "HolderConfirmedBy" character varying(256);

-- The holding organisation's list of the matches other organisations proposed to it.
CREATE INDEX "IX_Support_TracingMatches_HeldBy" ON "Support_TracingMatches" ("HeldBy");
