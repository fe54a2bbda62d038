-- Forward-only. Never edit a migration that has been released; add the next one.
-- Retention: how long each organisation keeps each kind of record, the legal holds that stop the
-- rules on a case, and the runs of the rules (the claim of a tenant's day and what each rule did).
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "AnonymisedAt" TEXT NULL;

CREATE TABLE "Support_RetentionPolicies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_RetentionPolicies" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "RecordType" TEXT NOT NULL,
    "Amount" INTEGER NOT NULL,
    "Unit" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ChangedBy" TEXT NOT NULL
);

-- One choice per kind of record per organisation.
CREATE UNIQUE INDEX "IX_Support_RetentionPolicies_TenantId_OrganisationId_RecordType" ON "Support_RetentionPolicies" ("TenantId", "OrganisationId", "RecordType");

CREATE TABLE "Support_LegalHolds" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_LegalHolds" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Until" TEXT NULL,
    "PlacedAt" TEXT NOT NULL,
    "PlacedBy" TEXT NOT NULL,
    "LiftedAt" TEXT NULL,
    "LiftedBy" TEXT NULL,
    "LiftReason" TEXT NULL,
    CONSTRAINT "FK_Support_LegalHolds_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- A case's holds on its page, and whether one stands, asked by every run.
CREATE INDEX "IX_Support_LegalHolds_BeneficiaryId_PlacedAt" ON "Support_LegalHolds" ("BeneficiaryId", "PlacedAt");
CREATE INDEX "IX_Support_LegalHolds_TenantId_OrganisationId_LiftedAt" ON "Support_LegalHolds" ("TenantId", "OrganisationId", "LiftedAt");

CREATE TABLE "Support_RetentionRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_RetentionRuns" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "RunDate" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "Node" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Error" TEXT NULL
);

-- The claim: one run per tenant, day and trigger, whichever node inserts it first.
CREATE UNIQUE INDEX "IX_Support_RetentionRuns_TenantId_RunDate_Trigger" ON "Support_RetentionRuns" ("TenantId", "RunDate", "Trigger");
CREATE INDEX "IX_Support_RetentionRuns_TenantId_StartedAt" ON "Support_RetentionRuns" ("TenantId", "StartedAt");

CREATE TABLE "Support_RetentionRunResults" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_RetentionRunResults" PRIMARY KEY,
    "RunId" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "RecordType" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Acted" INTEGER NOT NULL,
    "HeldBack" INTEGER NOT NULL,
    CONSTRAINT "FK_Support_RetentionRunResults_Support_RetentionRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "Support_RetentionRuns" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_RetentionRunResults_RunId" ON "Support_RetentionRunResults" ("RunId");
