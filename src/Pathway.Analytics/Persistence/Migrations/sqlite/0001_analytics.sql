-- Forward-only. Never edit a migration that has been released; add the next one.
-- Series kept for forecasting, with one row per period (a missing observation has a NULL value).
CREATE TABLE "Analytics_Series" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Analytics_Series" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Frequency" TEXT NOT NULL,
    "Unit" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL
);

CREATE TABLE "Analytics_Observations" (
    "SeriesId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "Value" REAL NULL,
    CONSTRAINT "PK_Analytics_Observations" PRIMARY KEY ("SeriesId", "Period"),
    CONSTRAINT "FK_Analytics_Observations_Analytics_Series_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES "Analytics_Series" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Analytics_Series_TenantId_Key" ON "Analytics_Series" ("TenantId", "Key");
