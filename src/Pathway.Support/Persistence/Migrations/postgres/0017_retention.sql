-- Forward-only. Never edit a migration that has been released; add the next one.
-- Retention: how long each organisation keeps each kind of record, the legal holds that stop the
-- rules on a case, and the runs of the rules (the claim of a tenant's day and what each rule did).
ALTER TABLE "Support_Beneficiaries" ADD COLUMN "AnonymisedAt" timestamp with time zone;

CREATE TABLE "Support_RetentionPolicies" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "RecordType" character varying(32) NOT NULL,
    "Amount" integer NOT NULL,
    "Unit" character varying(16) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    "ChangedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_RetentionPolicies" PRIMARY KEY ("Id")
);

-- One choice per kind of record per organisation.
CREATE UNIQUE INDEX "IX_Support_RetentionPolicies_TenantId_OrganisationId_RecordType" ON "Support_RetentionPolicies" ("TenantId", "OrganisationId", "RecordType");

CREATE TABLE "Support_LegalHolds" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "CaseNumber" character varying(32) NOT NULL,
    "Reason" character varying(1000) NOT NULL,
    "Until" date,
    "PlacedAt" timestamp with time zone NOT NULL,
    "PlacedBy" character varying(256) NOT NULL,
    "LiftedAt" timestamp with time zone,
    "LiftedBy" character varying(256),
    "LiftReason" character varying(1000),
    CONSTRAINT "PK_Support_LegalHolds" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_LegalHolds_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- A case's holds on its page, and whether one stands, asked by every run.
CREATE INDEX "IX_Support_LegalHolds_BeneficiaryId_PlacedAt" ON "Support_LegalHolds" ("BeneficiaryId", "PlacedAt");
CREATE INDEX "IX_Support_LegalHolds_TenantId_OrganisationId_LiftedAt" ON "Support_LegalHolds" ("TenantId", "OrganisationId", "LiftedAt");

CREATE TABLE "Support_RetentionRuns" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "RunDate" date NOT NULL,
    "Trigger" character varying(64) NOT NULL,
    "OrganisationId" uuid,
    "Node" character varying(200) NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Error" character varying(2000),
    CONSTRAINT "PK_Support_RetentionRuns" PRIMARY KEY ("Id")
);

-- The claim: one run per tenant, day and trigger, whichever node inserts it first.
CREATE UNIQUE INDEX "IX_Support_RetentionRuns_TenantId_RunDate_Trigger" ON "Support_RetentionRuns" ("TenantId", "RunDate", "Trigger");
CREATE INDEX "IX_Support_RetentionRuns_TenantId_StartedAt" ON "Support_RetentionRuns" ("TenantId", "StartedAt");

CREATE TABLE "Support_RetentionRunResults" (
    "Id" uuid NOT NULL,
    "RunId" uuid NOT NULL,
    "OrganisationId" uuid,
    "RecordType" character varying(32) NOT NULL,
    "Action" character varying(16) NOT NULL,
    "Acted" integer NOT NULL,
    "HeldBack" integer NOT NULL,
    CONSTRAINT "PK_Support_RetentionRunResults" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_RetentionRunResults_Support_RetentionRuns_RunId" FOREIGN KEY ("RunId") REFERENCES "Support_RetentionRuns" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_RetentionRunResults_RunId" ON "Support_RetentionRunResults" ("RunId");
