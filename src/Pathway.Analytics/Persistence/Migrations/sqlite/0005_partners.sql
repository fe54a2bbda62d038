-- Forward-only. Never edit a migration that has been released; add the next one.
-- Partners of the data exchange: institutions that read the office's aggregated datasets with the
-- platform's API keys, each key linked to its partner (the key itself lives in "ApiKeys").
CREATE TABLE "Analytics_Partners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Analytics_Partners" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ContactEmail" TEXT NOT NULL,
    "Datasets" TEXT NOT NULL,
    "RateLimitPerMinute" INTEGER NOT NULL,
    "SuspendedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Analytics_Partners_TenantId_Name" ON "Analytics_Partners" ("TenantId", "Name");

CREATE TABLE "Analytics_PartnerKeys" (
    "ApiKeyId" TEXT NOT NULL CONSTRAINT "PK_Analytics_PartnerKeys" PRIMARY KEY,
    "PartnerId" TEXT NOT NULL,
    CONSTRAINT "FK_Analytics_PartnerKeys_Analytics_Partners_PartnerId" FOREIGN KEY ("PartnerId") REFERENCES "Analytics_Partners" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Analytics_PartnerKeys_PartnerId" ON "Analytics_PartnerKeys" ("PartnerId");
