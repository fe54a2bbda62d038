-- Forward-only. Never edit a migration that has been released; add the next one.
-- Partners of the data exchange: institutions that read the office's aggregated datasets with the
-- platform's API keys, each key linked to its partner (the key itself lives in "ApiKeys").
CREATE TABLE "Analytics_Partners" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "ContactEmail" character varying(254) NOT NULL,
    "Datasets" character varying(200) NOT NULL,
    "RateLimitPerMinute" integer NOT NULL,
    "SuspendedAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" uuid,
    CONSTRAINT "PK_Analytics_Partners" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Analytics_Partners_TenantId_Name" ON "Analytics_Partners" ("TenantId", "Name");

CREATE TABLE "Analytics_PartnerKeys" (
    "ApiKeyId" uuid NOT NULL,
    "PartnerId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_PartnerKeys" PRIMARY KEY ("ApiKeyId"),
    CONSTRAINT "FK_Analytics_PartnerKeys_Analytics_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Analytics_Partners" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Analytics_PartnerKeys_PartnerId" ON "Analytics_PartnerKeys" ("PartnerId");
