-- Forward-only. Never edit a migration that has been released; add the next one.
-- Referrals of support cases (owned by the sending organisation) and each step of their life.
CREATE TABLE "Support_Referrals" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "CaseNumber" character varying(32) NOT NULL,
    "ToOrganisationId" uuid,
    "ToName" character varying(200) NOT NULL,
    "ToKind" character varying(32) NOT NULL,
    "Service" character varying(32),
    "Note" character varying(2000) NOT NULL,
    "Sections" character varying(64) NOT NULL,
    "Contents" text,
    "ConsentId" uuid,
    "OverrideReason" character varying(1000),
    "Status" character varying(16) NOT NULL,
    "SentAt" timestamp with time zone NOT NULL,
    "SentBy" character varying(256) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Support_Referrals" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_Referrals_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_Referrals_BeneficiaryId" ON "Support_Referrals" ("BeneficiaryId");
-- A consent revoked withdraws the referrals sent under it.
CREATE INDEX "IX_Support_Referrals_ConsentId" ON "Support_Referrals" ("ConsentId");
-- The receiver's list: the referrals addressed to its organisation.
CREATE INDEX "IX_Support_Referrals_TenantId_ToOrganisationId_Status" ON "Support_Referrals" ("TenantId", "ToOrganisationId", "Status");

CREATE TABLE "Support_ReferralSteps" (
    "Id" uuid NOT NULL,
    "ReferralId" uuid NOT NULL,
    "Status" character varying(16) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(256) NOT NULL,
    "ByOrganisation" character varying(256) NOT NULL,
    "Reason" character varying(1000),
    CONSTRAINT "PK_Support_ReferralSteps" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_ReferralSteps_Support_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Support_Referrals" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_ReferralSteps_ReferralId" ON "Support_ReferralSteps" ("ReferralId");
