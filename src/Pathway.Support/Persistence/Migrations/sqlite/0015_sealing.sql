-- Forward-only. Never edit a migration that has been released; add the next one.
-- Sealed support cases (open to their team only) and the break-glass openings of cases, each
-- with its reason, its end and a supervisor's review.
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "SealedAt" TEXT NULL;
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "SealedBy" TEXT NULL;

CREATE TABLE "Support_BreakGlass" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_BreakGlass" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "OpenedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "ReviewedAt" TEXT NULL,
    "ReviewedBy" TEXT NULL,
    "ReviewNote" TEXT NULL,
    CONSTRAINT "FK_Support_BreakGlass_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- Whether a user holds an opening of a case now: asked on every reading of a case.
CREATE INDEX "IX_Support_BreakGlass_UserId_BeneficiaryId_ExpiresAt" ON "Support_BreakGlass" ("UserId", "BeneficiaryId", "ExpiresAt");
-- The supervisors' list of the organisation's openings.
CREATE INDEX "IX_Support_BreakGlass_TenantId_OrganisationId_OpenedAt" ON "Support_BreakGlass" ("TenantId", "OrganisationId", "OpenedAt");
CREATE INDEX "IX_Support_BreakGlass_BeneficiaryId" ON "Support_BreakGlass" ("BeneficiaryId");
