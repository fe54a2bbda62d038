-- Forward-only. Never edit a migration that has been released; add the next one.
-- The closure of support cases with a supervisor's approval: when a case was closed, and each
-- request with its decision (and a reopening).
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "ClosedAt" TEXT NULL;

CREATE TABLE "Support_Closures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Closures" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Status" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "RequestedById" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedById" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "ReopenedAt" TEXT NULL,
    "ReopenedBy" TEXT NULL,
    "ReopenReason" TEXT NULL,
    CONSTRAINT "FK_Support_Closures_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- One waiting request per case: two sent at once cannot both wait.
CREATE UNIQUE INDEX "IX_Support_Closures_BeneficiaryId_Requested" ON "Support_Closures" ("BeneficiaryId") WHERE "Status" = 'Requested';
-- A case's closures on its page.
CREATE INDEX "IX_Support_Closures_BeneficiaryId_RequestedAt" ON "Support_Closures" ("BeneficiaryId", "RequestedAt");
-- The supervisors' queue.
CREATE INDEX "IX_Support_Closures_TenantId_Status_RequestedAt" ON "Support_Closures" ("TenantId", "Status", "RequestedAt");
