-- Forward-only. Never edit a migration that has been released; add the next one.
-- Gender-based-violence incidents, recorded apart from the support cases: no name, no date of birth, no case.
CREATE TABLE "Support_GbvIncidents" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Code" character varying(32) NOT NULL,
    "IncidentMonth" date NOT NULL,
    "ReportedMonth" date NOT NULL,
    "Place" character varying(100),
    "Context" character varying(32) NOT NULL,
    "Type" character varying(32) NOT NULL,
    "AgeGroup" character varying(32) NOT NULL,
    "Sex" character varying(32) NOT NULL,
    "SeparatedChild" boolean NOT NULL,
    "Perpetrator" character varying(32) NOT NULL,
    "Perpetrators" character varying(32) NOT NULL,
    "Services" character varying(256) NOT NULL,
    "StatisticsConsent" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_GbvIncidents" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Support_GbvIncidents_TenantId_OrganisationId_Code" ON "Support_GbvIncidents" ("TenantId", "OrganisationId", "Code");

CREATE INDEX "IX_Support_GbvIncidents_TenantId_ReportedMonth" ON "Support_GbvIncidents" ("TenantId", "ReportedMonth");
