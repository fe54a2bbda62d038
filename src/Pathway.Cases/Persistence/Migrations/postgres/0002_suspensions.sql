-- Forward-only. Never edit a migration that has been released; add the next one.
-- Periods in which an act suspended the time limits for deciding a permit kind.
CREATE TABLE "Cases_StatutorySuspensions" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Permit" character varying(32) NOT NULL,
    "From" date NOT NULL,
    "Until" date NOT NULL,
    "Name" character varying(300) NOT NULL,
    "LegalSource" character varying(400) NOT NULL,
    "Verified" boolean NOT NULL,
    CONSTRAINT "PK_Cases_StatutorySuspensions" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Cases_StatutorySuspensions_TenantId_Permit" ON "Cases_StatutorySuspensions" ("TenantId", "Permit");
