-- Forward-only. Never edit a migration that has been released; add the next one.
-- Security checks with the authorities (act on foreigners art. 109), the stamp duty fact on a case,
-- and each tenant's decision rules as YAML.
ALTER TABLE "Cases_Cases" ADD "FeePaidOn" TEXT NULL;

CREATE TABLE "Cases_SecurityChecks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_SecurityChecks" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "Authority" TEXT NOT NULL,
    "RequestedOn" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "ExtensionReason" TEXT NULL,
    "AnsweredOn" TEXT NULL,
    "Answer" TEXT NULL,
    "Note" TEXT NULL,
    "OverrideReason" TEXT NULL,
    "OverriddenBy" TEXT NULL,
    CONSTRAINT "FK_Cases_SecurityChecks_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Cases_SecurityChecks_CaseId_Authority" ON "Cases_SecurityChecks" ("CaseId", "Authority");
CREATE INDEX "IX_Cases_SecurityChecks_TenantId_DueOn" ON "Cases_SecurityChecks" ("TenantId", "DueOn");

CREATE TABLE "Cases_DecisionRules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_DecisionRules" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "ApplicationType" TEXT NOT NULL,
    "Yaml" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Cases_DecisionRules_TenantId_ApplicationType" ON "Cases_DecisionRules" ("TenantId", "ApplicationType");
