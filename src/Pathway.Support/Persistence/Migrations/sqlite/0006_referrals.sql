-- Forward-only. Never edit a migration that has been released; add the next one.
-- Referrals of support cases (owned by the sending organisation) and each step of their life.
CREATE TABLE "Support_Referrals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Referrals" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "ToOrganisationId" TEXT NULL,
    "ToName" TEXT NOT NULL,
    "ToKind" TEXT NOT NULL,
    "Service" TEXT NULL,
    "Note" TEXT NOT NULL,
    "Sections" TEXT NOT NULL,
    "Contents" TEXT NULL,
    "ConsentId" TEXT NULL,
    "OverrideReason" TEXT NULL,
    "Status" TEXT NOT NULL,
    "SentAt" TEXT NOT NULL,
    "SentBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Support_Referrals_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_Referrals_BeneficiaryId" ON "Support_Referrals" ("BeneficiaryId");
-- A consent revoked withdraws the referrals sent under it.
CREATE INDEX "IX_Support_Referrals_ConsentId" ON "Support_Referrals" ("ConsentId");
-- The receiver's list: the referrals addressed to its organisation.
CREATE INDEX "IX_Support_Referrals_TenantId_ToOrganisationId_Status" ON "Support_Referrals" ("TenantId", "ToOrganisationId", "Status");

CREATE TABLE "Support_ReferralSteps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_ReferralSteps" PRIMARY KEY,
    "ReferralId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "ByOrganisation" TEXT NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_Support_ReferralSteps_Support_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Support_Referrals" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_ReferralSteps_ReferralId" ON "Support_ReferralSteps" ("ReferralId");
