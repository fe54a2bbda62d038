-- Forward-only. Never edit a migration that has been released; add the next one.
-- Outside tables (Eurostat, the national statistical office ...): the table, its dimensions and their codes,
-- its series with their codes, and the observations. Everything goes with its table.
CREATE TABLE "Analytics_SourceTables" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Analytics_SourceTables" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Separator" TEXT NOT NULL,
    "Structures" TEXT NOT NULL,
    "TimeColumn" TEXT NOT NULL,
    "ValueColumn" TEXT NOT NULL,
    "Rows" INTEGER NOT NULL,
    "SeriesCount" INTEGER NOT NULL,
    "MissingValues" INTEGER NOT NULL,
    "SkippedRows" INTEGER NOT NULL,
    "LoadedAt" TEXT NOT NULL,
    "LoadedBy" TEXT NULL,
    "LoadedByName" TEXT NOT NULL,
    "LoadMilliseconds" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_Analytics_SourceTables_TenantId_Name" ON "Analytics_SourceTables" ("TenantId", "Name");

CREATE TABLE "Analytics_SourceDimensions" (
    "TableId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Label" TEXT NULL,
    "LabelsOnly" INTEGER NOT NULL,
    "CodeCount" INTEGER NOT NULL,
    CONSTRAINT "PK_Analytics_SourceDimensions" PRIMARY KEY ("TableId", "Position"),
    CONSTRAINT "FK_Analytics_SourceDimensions_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Analytics_SourceCodes" (
    "TableId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Label" TEXT NULL,
    "Rank" INTEGER NOT NULL,
    CONSTRAINT "PK_Analytics_SourceCodes" PRIMARY KEY ("TableId", "Position", "Code"),
    CONSTRAINT "FK_Analytics_SourceCodes_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Analytics_SourceSeries" (
    "TableId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Structure" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    CONSTRAINT "PK_Analytics_SourceSeries" PRIMARY KEY ("TableId", "Number"),
    CONSTRAINT "FK_Analytics_SourceSeries_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Analytics_SourceSeriesCodes" (
    "TableId" TEXT NOT NULL,
    "Series" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    CONSTRAINT "PK_Analytics_SourceSeriesCodes" PRIMARY KEY ("TableId", "Series", "Position"),
    CONSTRAINT "FK_Analytics_SourceSeriesCodes_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Analytics_SourceSeriesCodes_TableId_Position_Code" ON "Analytics_SourceSeriesCodes" ("TableId", "Position", "Code");

CREATE TABLE "Analytics_SourceObservations" (
    "TableId" TEXT NOT NULL,
    "Series" INTEGER NOT NULL,
    "Period" TEXT NOT NULL,
    "Start" TEXT NOT NULL,
    "Frequency" TEXT NOT NULL,
    "Value" TEXT NULL,
    "Status" TEXT NULL,
    "Flag" TEXT NULL,
    "Confidentiality" TEXT NULL,
    "UnitMultiplier" INTEGER NULL,
    "Line" INTEGER NOT NULL,
    CONSTRAINT "PK_Analytics_SourceObservations" PRIMARY KEY ("TableId", "Series", "Period"),
    CONSTRAINT "FK_Analytics_SourceObservations_Analytics_SourceTables_TableId" FOREIGN KEY ("TableId") REFERENCES "Analytics_SourceTables" ("Id") ON DELETE CASCADE
);
