-- Forward-only. Never edit a migration that has been released; add the next one.
-- Paper case files with their RFID tags, the readers that see them, the reads, what could not be read, and who holds each file.
CREATE TABLE "Cases_PaperFiles" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "CaseNumber" character varying(40) NOT NULL,
    "TagHex" character varying(24) NOT NULL,
    "Epc" character varying(120) NOT NULL,
    "BoundAt" timestamp with time zone NOT NULL,
    "BoundBy" uuid NULL,
    CONSTRAINT "PK_Cases_PaperFiles" PRIMARY KEY ("Id")
);

CREATE TABLE "Cases_FileReaders" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "ReaderId" character varying(200) NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Name" character varying(120) NOT NULL,
    CONSTRAINT "PK_Cases_FileReaders" PRIMARY KEY ("Id")
);

CREATE TABLE "Cases_TagReads" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "PaperFileId" uuid NOT NULL,
    "Epc" character varying(120) NOT NULL,
    "ReaderId" character varying(200) NOT NULL,
    "EventTime" timestamp with time zone NOT NULL,
    "EventTimeZoneOffset" character varying(6) NOT NULL,
    "BizStep" character varying(200) NULL,
    "Disposition" character varying(200) NULL,
    "Action" character varying(8) NOT NULL,
    "Source" character varying(8) NOT NULL,
    "EventId" character varying(200) NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Cases_TagReads" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_TagReads_Cases_PaperFiles_PaperFileId" FOREIGN KEY ("PaperFileId") REFERENCES "Cases_PaperFiles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_ReadAnomalies" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Source" character varying(8) NOT NULL,
    "Epc" character varying(400) NULL,
    "ReaderId" character varying(400) NULL,
    "EventTime" timestamp with time zone NULL,
    "EventId" character varying(400) NULL,
    "Line" integer NULL,
    "Detail" character varying(400) NOT NULL,
    "Raw" character varying(4000) NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Cases_ReadAnomalies" PRIMARY KEY ("Id")
);

CREATE TABLE "Cases_FileCustody" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "PaperFileId" uuid NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "OfficerId" uuid NULL,
    "ShelfReaderId" character varying(200) NULL,
    "At" timestamp with time zone NOT NULL,
    "ById" uuid NULL,
    "ByName" character varying(200) NOT NULL,
    CONSTRAINT "PK_Cases_FileCustody" PRIMARY KEY ("Id"),
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
