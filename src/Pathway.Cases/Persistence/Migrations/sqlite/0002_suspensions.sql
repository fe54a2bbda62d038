-- Forward-only. Never edit a migration that has been released; add the next one.
-- Periods in which an act suspended the time limits for deciding a permit kind.
CREATE TABLE "Cases_StatutorySuspensions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_StatutorySuspensions" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Permit" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "Until" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LegalSource" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL
);

CREATE INDEX "IX_Cases_StatutorySuspensions_TenantId_Permit" ON "Cases_StatutorySuspensions" ("TenantId", "Permit");
