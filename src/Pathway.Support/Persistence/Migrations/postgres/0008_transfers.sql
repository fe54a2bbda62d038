-- Forward-only. Never edit a migration that has been released; add the next one.
-- Transfers of support cases to another organisation of the office (owned by the sending
-- organisation) and each step of their life.
CREATE TABLE "Support_Transfers" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "ToOrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "CaseNumber" character varying(32) NOT NULL,
    "NewCaseNumber" character varying(32),
    "Reason" character varying(1000) NOT NULL,
    "ConsentId" uuid,
    "OverrideReason" character varying(1000),
    "Status" character varying(16) NOT NULL,
    "RequestedAt" timestamp with time zone NOT NULL,
    "RequestedBy" character varying(256) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Support_Transfers" PRIMARY KEY ("Id"),
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
    "Id" uuid NOT NULL,
    "TransferId" uuid NOT NULL,
    "Status" character varying(16) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(256) NOT NULL,
    "ByUserId" uuid NOT NULL,
    "ByOrganisation" character varying(256) NOT NULL,
    "Reason" character varying(1000),
    CONSTRAINT "PK_Support_TransferSteps" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_TransferSteps_Support_Transfers_TransferId" FOREIGN KEY ("TransferId") REFERENCES "Support_Transfers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_TransferSteps_TransferId" ON "Support_TransferSteps" ("TransferId");
-- The requester keeps seeing the outcome after the case has gone.
CREATE INDEX "IX_Support_TransferSteps_ByUserId" ON "Support_TransferSteps" ("ByUserId");
