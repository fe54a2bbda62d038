-- Forward-only. Never edit a migration that has been released; add the next one.
-- The report library: each run of a report with its arguments, the version of the data it counted and its file.
CREATE TABLE "Analytics_Reports" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Definition" character varying(64) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Arguments" character varying(1000) NOT NULL,
    "Format" character varying(16) NOT NULL,
    "Transmission" boolean NOT NULL,
    "Culture" character varying(16) NOT NULL,
    "DataVersion" character varying(64) NOT NULL,
    "FileName" character varying(300) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "Content" bytea NOT NULL,
    "Size" bigint NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" uuid,
    "CreatedByName" character varying(256) NOT NULL,
    CONSTRAINT "PK_Analytics_Reports" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Analytics_Reports_TenantId_Definition_CreatedAt" ON "Analytics_Reports" ("TenantId", "Definition", "CreatedAt");
