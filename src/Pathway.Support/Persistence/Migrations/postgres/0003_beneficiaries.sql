-- Forward-only. Never edit a migration that has been released; add the next one.
-- The people an advisory point or NGO supports (owned by one organisation, numbered in it), the
-- team each case is open to, and the consents they gave (revoked ones kept with when and by whom).
CREATE TABLE "Support_Beneficiaries" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Number" character varying(32) NOT NULL,
    "GivenNames" character varying(100) NOT NULL,
    "Surname" character varying(100) NOT NULL,
    "BirthDate" date,
    "Sex" character varying(16) NOT NULL,
    "Citizenship" character varying(3),
    "Language" character varying(16) NOT NULL,
    "LegalBasis" character varying(32) NOT NULL,
    "MatchKey" character varying(216) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_Beneficiaries" PRIMARY KEY ("Id")
);

-- Two intakes at once cannot take the same number: the second takes the next.
CREATE UNIQUE INDEX "IX_Support_Beneficiaries_OrganisationId_Number" ON "Support_Beneficiaries" ("OrganisationId", "Number");
CREATE INDEX "IX_Support_Beneficiaries_TenantId_MatchKey" ON "Support_Beneficiaries" ("TenantId", "MatchKey");

CREATE TABLE "Support_CaseTeam" (
    "BeneficiaryId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Name" character varying(256) NOT NULL,
    "AddedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Support_CaseTeam" PRIMARY KEY ("BeneficiaryId", "UserId"),
    CONSTRAINT "FK_Support_CaseTeam_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_CaseTeam_UserId" ON "Support_CaseTeam" ("UserId");

CREATE TABLE "Support_Consents" (
    "Id" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "RecipientOrganisationId" uuid,
    "RecipientName" character varying(200),
    "GivenAt" timestamp with time zone NOT NULL,
    "RecordedBy" character varying(256) NOT NULL,
    "Language" character varying(16) NOT NULL,
    "RevokedAt" timestamp with time zone,
    "RevokedBy" character varying(256),
    CONSTRAINT "PK_Support_Consents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_Consents_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_Consents_BeneficiaryId" ON "Support_Consents" ("BeneficiaryId");
