-- Forward-only. Never edit a migration that has been released; add the next one.
-- Series kept for forecasting, with one row per period (a missing observation has a NULL value).
CREATE TABLE "Analytics_Series" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Key" character varying(100) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Frequency" character varying(16) NOT NULL,
    "Unit" character varying(50) NOT NULL,
    "Source" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" uuid,
    CONSTRAINT "PK_Analytics_Series" PRIMARY KEY ("Id")
);

CREATE TABLE "Analytics_Observations" (
    "SeriesId" uuid NOT NULL,
    "Period" date NOT NULL,
    "Value" double precision,
    CONSTRAINT "PK_Analytics_Observations" PRIMARY KEY ("SeriesId", "Period"),
    CONSTRAINT "FK_Analytics_Observations_Analytics_Series_SeriesId" FOREIGN KEY ("SeriesId") REFERENCES "Analytics_Series" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Analytics_Series_TenantId_Key" ON "Analytics_Series" ("TenantId", "Key");
