-- Forward-only. Never edit a migration that has been released; add the next one.
-- Gender-based-violence incidents, recorded apart from the support cases: no name, no date of birth, no case.
CREATE TABLE "Support_GbvIncidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_GbvIncidents" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "IncidentMonth" TEXT NOT NULL,
    "ReportedMonth" TEXT NOT NULL,
    "Place" TEXT NULL,
    "Context" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "AgeGroup" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "SeparatedChild" INTEGER NOT NULL,
    "Perpetrator" TEXT NOT NULL,
    "Perpetrators" TEXT NOT NULL,
    "Services" TEXT NOT NULL,
    "StatisticsConsent" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_Support_GbvIncidents_TenantId_OrganisationId_Code" ON "Support_GbvIncidents" ("TenantId", "OrganisationId", "Code");

CREATE INDEX "IX_Support_GbvIncidents_TenantId_ReportedMonth" ON "Support_GbvIncidents" ("TenantId", "ReportedMonth");
