-- Forward-only. Never edit a migration that has been released; add the next one.
-- The report library: each run of a report with its arguments, the version of the data it counted and its file.
CREATE TABLE "Analytics_Reports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Analytics_Reports" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Arguments" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Transmission" INTEGER NOT NULL,
    "Culture" TEXT NOT NULL,
    "DataVersion" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Size" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "CreatedByName" TEXT NOT NULL
);

CREATE INDEX "IX_Analytics_Reports_TenantId_Definition_CreatedAt" ON "Analytics_Reports" ("TenantId", "Definition", "CreatedAt");
