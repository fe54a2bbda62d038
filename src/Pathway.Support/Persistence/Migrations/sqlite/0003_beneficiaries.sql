-- Forward-only. Never edit a migration that has been released; add the next one.
-- The people an advisory point or NGO supports (owned by one organisation, numbered in it), the
-- team each case is open to, and the consents they gave (revoked ones kept with when and by whom).
CREATE TABLE "Support_Beneficiaries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Beneficiaries" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "GivenNames" TEXT NOT NULL,
    "Surname" TEXT NOT NULL,
    "BirthDate" TEXT NULL,
    "Sex" TEXT NOT NULL,
    "Citizenship" TEXT NULL,
    "Language" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "MatchKey" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

-- Two intakes at once cannot take the same number: the second takes the next.
CREATE UNIQUE INDEX "IX_Support_Beneficiaries_OrganisationId_Number" ON "Support_Beneficiaries" ("OrganisationId", "Number");
CREATE INDEX "IX_Support_Beneficiaries_TenantId_MatchKey" ON "Support_Beneficiaries" ("TenantId", "MatchKey");

CREATE TABLE "Support_CaseTeam" (
    "BeneficiaryId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "AddedAt" TEXT NOT NULL,
    CONSTRAINT "PK_Support_CaseTeam" PRIMARY KEY ("BeneficiaryId", "UserId"),
    CONSTRAINT "FK_Support_CaseTeam_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_CaseTeam_UserId" ON "Support_CaseTeam" ("UserId");

CREATE TABLE "Support_Consents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Consents" PRIMARY KEY,
    "BeneficiaryId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "RecipientOrganisationId" TEXT NULL,
    "RecipientName" TEXT NULL,
    "GivenAt" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "RevokedAt" TEXT NULL,
    "RevokedBy" TEXT NULL,
    CONSTRAINT "FK_Support_Consents_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_Consents_BeneficiaryId" ON "Support_Consents" ("BeneficiaryId");
