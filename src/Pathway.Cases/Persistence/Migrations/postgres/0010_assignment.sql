-- Forward-only. Never edit a migration that has been released; add the next one.
-- Which application types each officer is given new cases of: the basis of auto-assignment.
CREATE TABLE "Cases_OfficerQualifications" (
    "TenantId" uuid NOT NULL,
    "OfficerId" uuid NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    CONSTRAINT "PK_Cases_OfficerQualifications" PRIMARY KEY ("TenantId", "OfficerId", "ApplicationType")
);

CREATE INDEX "IX_Cases_OfficerQualifications_TenantId_ApplicationType" ON "Cases_OfficerQualifications" ("TenantId", "ApplicationType");
