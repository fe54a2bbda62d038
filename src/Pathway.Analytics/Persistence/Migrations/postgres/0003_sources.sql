-- Forward-only. Never edit a migration that has been released; add the next one.
-- Outside tables (Eurostat, the national statistical office ...): the table, its dimensions and their codes,
-- its series with their codes, and the observations. Everything goes with its table.
CREATE TABLE "Analytics_SourceTables" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Source" character varying(300) NOT NULL,
    "Format" character varying(16) NOT NULL,
    "Separator" character varying(1) NOT NULL,
    "Structures" text NOT NULL,
    "TimeColumn" text NOT NULL,
    "ValueColumn" text NOT NULL,
    "Rows" integer NOT NULL,
    "SeriesCount" integer NOT NULL,
    "MissingValues" integer NOT NULL,
    "SkippedRows" integer NOT NULL,
    "LoadedAt" timestamp with time zone NOT NULL,
    "LoadedBy" uuid,
    "LoadedByName" character varying(256) NOT NULL,
    "LoadMilliseconds" integer NOT NULL,
    CONSTRAINT "PK_Analytics_SourceTables" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Analytics_SourceTables_TenantId_Name" ON "Analytics_SourceTables" ("TenantId", "Name");

CREATE TABLE "Analytics_SourceDimensions" (
    "TableId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Code" text NOT NULL,
    "Label" text,
    "LabelsOnly" boolean NOT NULL,
    "CodeCount" integer NOT NULL,
    CONSTRAINT "PK_Analytics_SourceDimensions" PRIMARY KEY ("TableId", "Position"),
    CONSTRAINT "FK_Analytics_SourceDimensions_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Analytics_SourceCodes" (
    "TableId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Code" text NOT NULL,
    "Label" text,
    "Rank" integer NOT NULL,
    CONSTRAINT "PK_Analytics_SourceCodes" PRIMARY KEY ("TableId", "Position", "Code"),
    CONSTRAINT "FK_Analytics_SourceCodes_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Analytics_SourceSeries" (
    "TableId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "Structure" text NOT NULL,
    "Key" text NOT NULL,
    CONSTRAINT "PK_Analytics_SourceSeries" PRIMARY KEY ("TableId", "Number"),
    CONSTRAINT "FK_Analytics_SourceSeries_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Analytics_SourceSeriesCodes" (
    "TableId" uuid NOT NULL,
    "Series" integer NOT NULL,
    "Position" integer NOT NULL,
    "Code" text NOT NULL,
    CONSTRAINT "PK_Analytics_SourceSeriesCodes" PRIMARY KEY ("TableId", "Series", "Position"),
    CONSTRAINT "FK_Analytics_SourceSeriesCodes_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Analytics_SourceSeriesCodes_TableId_Position_Code" ON "Analytics_SourceSeriesCodes" ("TableId", "Position", "Code");

CREATE TABLE "Analytics_SourceObservations" (
    "TableId" uuid NOT NULL,
    "Series" integer NOT NULL,
    "Period" text NOT NULL,
    "Start" date NOT NULL,
    "Frequency" character varying(3) NOT NULL,
    "Value" numeric(38,10),
    "Status" text,
    "Flag" text,
    "Confidentiality" text,
    "UnitMultiplier" integer,
    "Line" integer NOT NULL,
    CONSTRAINT "PK_Analytics_SourceObservations" PRIMARY KEY ("TableId", "Series", "Period"),
    CONSTRAINT "FK_Analytics_SourceObservations_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);
