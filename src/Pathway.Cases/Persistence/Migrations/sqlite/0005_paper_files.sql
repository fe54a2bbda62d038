-- Forward-only. Never edit a migration that has been released; add the next one.
-- Paper case files with their RFID tags, the readers that see them, the reads, what could not be read, and who holds each file.
CREATE TABLE "Cases_PaperFiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_PaperFiles" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "TagHex" TEXT NOT NULL,
    "Epc" TEXT NOT NULL,
    "BoundAt" TEXT NOT NULL,
    "BoundBy" TEXT NULL
);

CREATE TABLE "Cases_FileReaders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_FileReaders" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "ReaderId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL
);

CREATE TABLE "Cases_TagReads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_TagReads" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "PaperFileId" TEXT NOT NULL,
    "Epc" TEXT NOT NULL,
    "ReaderId" TEXT NOT NULL,
    "EventTime" TEXT NOT NULL,
    "EventTimeZoneOffset" TEXT NOT NULL,
    "BizStep" TEXT NULL,
    "Disposition" TEXT NULL,
    "Action" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "EventId" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_TagReads_Cases_PaperFiles_PaperFileId" FOREIGN KEY ("PaperFileId") REFERENCES "Cases_PaperFiles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_ReadAnomalies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_ReadAnomalies" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "Epc" TEXT NULL,
    "ReaderId" TEXT NULL,
    "EventTime" TEXT NULL,
    "EventId" TEXT NULL,
    "Line" INTEGER NULL,
    "Detail" TEXT NOT NULL,
    "Raw" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL
);

CREATE TABLE "Cases_FileCustody" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_FileCustody" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "PaperFileId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "OfficerId" TEXT NULL,
    "ShelfReaderId" TEXT NULL,
    "At" TEXT NOT NULL,
    "ById" TEXT NULL,
    "ByName" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_FileCustody_Cases_PaperFiles_PaperFileId" FOREIGN KEY ("PaperFileId") REFERENCES "Cases_PaperFiles" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Cases_PaperFiles_TenantId_Epc" ON "Cases_PaperFiles" ("TenantId", "Epc");
CREATE INDEX "IX_Cases_PaperFiles_TenantId_CaseNumber" ON "Cases_PaperFiles" ("TenantId", "CaseNumber");
CREATE UNIQUE INDEX "IX_Cases_FileReaders_TenantId_ReaderId" ON "Cases_FileReaders" ("TenantId", "ReaderId");
CREATE INDEX "IX_Cases_TagReads_PaperFileId_EventTime" ON "Cases_TagReads" ("PaperFileId", "EventTime");
CREATE INDEX "IX_Cases_TagReads_TenantId_ReaderId_EventTime" ON "Cases_TagReads" ("TenantId", "ReaderId", "EventTime");
CREATE INDEX "IX_Cases_TagReads_TenantId_EventId" ON "Cases_TagReads" ("TenantId", "EventId");
CREATE INDEX "IX_Cases_ReadAnomalies_TenantId_RecordedAt" ON "Cases_ReadAnomalies" ("TenantId", "RecordedAt");
CREATE INDEX "IX_Cases_ReadAnomalies_TenantId_EventId" ON "Cases_ReadAnomalies" ("TenantId", "EventId");
CREATE INDEX "IX_Cases_FileCustody_PaperFileId_At" ON "Cases_FileCustody" ("PaperFileId", "At");
