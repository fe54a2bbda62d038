-- Forward-only. Never edit a migration that has been released; add the next one.
-- The closure of support cases with a supervisor's approval: when a case was closed, and each
-- request with its decision (and a reopening).
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "ClosedAt" timestamp with time zone;

CREATE TABLE "Support_Closures" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "Reason" character varying(32) NOT NULL,
    "Note" character varying(1000),
    "Status" character varying(16) NOT NULL,
    "RequestedAt" timestamp with time zone NOT NULL,
    "RequestedById" uuid NOT NULL,
    "RequestedBy" character varying(256) NOT NULL,
    "DecidedAt" timestamp with time zone,
    "DecidedById" uuid,
    "DecidedBy" character varying(256),
    "DecisionNote" character varying(1000),
    "ReopenedAt" timestamp with time zone,
    "ReopenedBy" character varying(256),
    "ReopenReason" character varying(1000),
    CONSTRAINT "PK_Support_Closures" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_Closures_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- One waiting request per case: two sent at once cannot both wait.
CREATE UNIQUE INDEX "IX_Support_Closures_BeneficiaryId_Requested" ON "Support_Closures" ("BeneficiaryId") WHERE "Status" = 'Requested';
-- A case's closures on its page.
CREATE INDEX "IX_Support_Closures_BeneficiaryId_RequestedAt" ON "Support_Closures" ("BeneficiaryId", "RequestedAt");
-- The supervisors' queue.
CREATE INDEX "IX_Support_Closures_TenantId_Status_RequestedAt" ON "Support_Closures" ("TenantId", "Status", "RequestedAt");
