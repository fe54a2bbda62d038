-- Forward-only. Never edit a migration that has been released; add the next one.
-- Sealed support cases (open to their team only) and the break-glass openings of cases, each
-- with its reason, its end and a supervisor's review.
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "SealedAt" timestamp with time zone;
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "SealedBy" character varying(256);

CREATE TABLE "Support_BreakGlass" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "CaseNumber" character varying(32) NOT NULL,
    "UserId" uuid NOT NULL,
    "UserName" character varying(256) NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "OpenedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "ReviewedAt" timestamp with time zone,
    "ReviewedBy" character varying(256),
    "ReviewNote" character varying(1000),
    CONSTRAINT "PK_Support_BreakGlass" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_BreakGlass_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- Whether a user holds an opening of a case now: asked on every reading of a case.
CREATE INDEX "IX_Support_BreakGlass_UserId_BeneficiaryId_ExpiresAt" ON "Support_BreakGlass" ("UserId", "BeneficiaryId", "ExpiresAt");
-- The supervisors' list of the organisation's openings.
CREATE INDEX "IX_Support_BreakGlass_TenantId_OrganisationId_OpenedAt" ON "Support_BreakGlass" ("TenantId", "OrganisationId", "OpenedAt");
CREATE INDEX "IX_Support_BreakGlass_BeneficiaryId" ON "Support_BreakGlass" ("BeneficiaryId");
