-- Forward-only. Never edit a migration that has been released; add the next one.
-- Transfers of support cases to another organisation of the office (owned by the sending
-- organisation) and each step of their life.
CREATE TABLE "Support_Transfers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Transfers" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "ToOrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "NewCaseNumber" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "ConsentId" TEXT NULL,
    "OverrideReason" TEXT NULL,
    "Status" TEXT NOT NULL,
    "RequestedAt" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Support_Transfers_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- One waiting request per case: two sent at once cannot both wait.
CREATE UNIQUE INDEX "IX_Support_Transfers_BeneficiaryId_Requested" ON "Support_Transfers" ("BeneficiaryId") WHERE "Status" = 'Requested';
-- A case's transfers on its page.
CREATE INDEX "IX_Support_Transfers_BeneficiaryId_RequestedAt" ON "Support_Transfers" ("BeneficiaryId", "RequestedAt");
-- A consent revoked withdraws the transfers waiting under it.
CREATE INDEX "IX_Support_Transfers_ConsentId" ON "Support_Transfers" ("ConsentId");
-- The receiver's list and the sender's.
CREATE INDEX "IX_Support_Transfers_TenantId_ToOrganisationId_Status" ON "Support_Transfers" ("TenantId", "ToOrganisationId", "Status");
CREATE INDEX "IX_Support_Transfers_TenantId_OrganisationId_RequestedAt" ON "Support_Transfers" ("TenantId", "OrganisationId", "RequestedAt");

CREATE TABLE "Support_TransferSteps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_TransferSteps" PRIMARY KEY,
    "TransferId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "ByUserId" TEXT NOT NULL,
    "ByOrganisation" TEXT NOT NULL,
    "Reason" TEXT NULL,
    CONSTRAINT "FK_Support_TransferSteps_Support_Transfers_TransferId" FOREIGN KEY ("TransferId") REFERENCES "Support_Transfers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_TransferSteps_TransferId" ON "Support_TransferSteps" ("TransferId");
-- The requester keeps seeing the outcome after the case has gone.
CREATE INDEX "IX_Support_TransferSteps_ByUserId" ON "Support_TransferSteps" ("ByUserId");
