-- Forward-only. Never edit a migration that has been released; add the next one.
-- Security checks with the authorities (act on foreigners art. 109), the stamp duty fact on a case,
-- and each tenant's decision rules as YAML.
ALTER TABLE "Cases_Cases" ADD "FeePaidOn" date;

CREATE TABLE "Cases_SecurityChecks" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Authority" character varying(32) NOT NULL,
    "RequestedOn" date NOT NULL,
    "DueOn" date NOT NULL,
    "ExtensionReason" character varying(2000),
    "AnsweredOn" date,
    "Answer" character varying(32),
    "Note" character varying(2000),
    "OverrideReason" character varying(2000),
    "OverriddenBy" uuid,
    CONSTRAINT "PK_Cases_SecurityChecks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_SecurityChecks_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Cases_SecurityChecks_CaseId_Authority" ON "Cases_SecurityChecks" ("CaseId", "Authority");
CREATE INDEX "IX_Cases_SecurityChecks_TenantId_DueOn" ON "Cases_SecurityChecks" ("TenantId", "DueOn");

CREATE TABLE "Cases_DecisionRules" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    "Yaml" character varying(20000) NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" uuid,
    CONSTRAINT "PK_Cases_DecisionRules" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Cases_DecisionRules_TenantId_ApplicationType" ON "Cases_DecisionRules" ("TenantId", "ApplicationType");
