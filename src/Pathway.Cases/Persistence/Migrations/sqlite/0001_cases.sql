-- Forward-only. Never edit a migration that has been released; add the next one.
-- The catalogue of application types, with the rules that change with the law as dated rows.
CREATE TABLE "Cases_ApplicationTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_ApplicationTypes" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "PolishName" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "Permit" TEXT NOT NULL
);

CREATE TABLE "Cases_DecisionPeriods" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_DecisionPeriods" PRIMARY KEY,
    "ApplicationTypeId" TEXT NOT NULL,
    "InForceFrom" TEXT NOT NULL,
    "InForceUntil" TEXT NULL,
    "LegalSource" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL,
    "Length" INTEGER NOT NULL,
    "Unit" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_DecisionPeriods_Cases_ApplicationTypes_ApplicationTypeId" FOREIGN KEY ("ApplicationTypeId") REFERENCES "Cases_ApplicationTypes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_StampDuties" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_StampDuties" PRIMARY KEY,
    "ApplicationTypeId" TEXT NOT NULL,
    "InForceFrom" TEXT NOT NULL,
    "InForceUntil" TEXT NULL,
    "LegalSource" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL,
    "AmountPln" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_StampDuties_Cases_ApplicationTypes_ApplicationTypeId" FOREIGN KEY ("ApplicationTypeId") REFERENCES "Cases_ApplicationTypes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_RequiredDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_RequiredDocuments" PRIMARY KEY,
    "ApplicationTypeId" TEXT NOT NULL,
    "InForceFrom" TEXT NOT NULL,
    "InForceUntil" TEXT NULL,
    "LegalSource" TEXT NOT NULL,
    "Verified" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Condition" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_RequiredDocuments_Cases_ApplicationTypes_ApplicationTypeId" FOREIGN KEY ("ApplicationTypeId") REFERENCES "Cases_ApplicationTypes" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Cases_ApplicationTypes_TenantId_Code" ON "Cases_ApplicationTypes" ("TenantId", "Code");
CREATE INDEX "IX_Cases_DecisionPeriods_ApplicationTypeId" ON "Cases_DecisionPeriods" ("ApplicationTypeId");
CREATE INDEX "IX_Cases_StampDuties_ApplicationTypeId" ON "Cases_StampDuties" ("ApplicationTypeId");
CREATE INDEX "IX_Cases_RequiredDocuments_ApplicationTypeId" ON "Cases_RequiredDocuments" ("ApplicationTypeId");
