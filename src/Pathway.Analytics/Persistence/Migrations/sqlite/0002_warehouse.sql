-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse: facts of applications (one row per case, as it stands) and of case steps, around the
-- dimensions of date, office, application type and fixed codes. Pseudonymised: no names, birth dates,
-- document numbers or contacts; the person is a keyed pseudonym.
CREATE TABLE "Analytics_FactApplications" (
    "CaseId" TEXT NOT NULL CONSTRAINT "PK_Analytics_FactApplications" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "PersonKey" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "ApplicationType" TEXT NOT NULL,
    "Permit" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "Citizenship" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "SubmittedOn" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Outcome" TEXT NULL,
    "DecidedOn" TEXT NULL,
    "DecisionDueOn" TEXT NULL,
    "FinalOn" TEXT NULL,
    "AppealLodgedOn" TEXT NULL,
    "SettledOn" TEXT NULL,
    "ProcessingDays" INTEGER NULL,
    "DecidedInTime" INTEGER NULL
);
CREATE INDEX "IX_Analytics_FactApplications_TenantId_SubmittedOn" ON "Analytics_FactApplications" ("TenantId", "SubmittedOn");
CREATE INDEX "IX_Analytics_FactApplications_TenantId_DecidedOn" ON "Analytics_FactApplications" ("TenantId", "DecidedOn");

CREATE TABLE "Analytics_FactCaseEvents" (
    "StepId" TEXT NOT NULL CONSTRAINT "PK_Analytics_FactCaseEvents" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "ApplicationType" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "FromState" TEXT NOT NULL,
    "ToState" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "At" TEXT NOT NULL
);
CREATE INDEX "IX_Analytics_FactCaseEvents_TenantId_On" ON "Analytics_FactCaseEvents" ("TenantId", "On");

CREATE TABLE "Analytics_DimDates" (
    "Date" TEXT NOT NULL CONSTRAINT "PK_Analytics_DimDates" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Quarter" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "IsoYear" INTEGER NOT NULL,
    "IsoWeek" INTEGER NOT NULL,
    "DayOfWeek" INTEGER NOT NULL
);

CREATE TABLE "Analytics_DimOffices" (
    "OfficeId" TEXT NOT NULL CONSTRAINT "PK_Analytics_DimOffices" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Voivodeship" TEXT NULL
);
CREATE INDEX "IX_Analytics_DimOffices_TenantId" ON "Analytics_DimOffices" ("TenantId");

CREATE TABLE "Analytics_DimApplicationTypes" (
    "TenantId" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Permit" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    CONSTRAINT "PK_Analytics_DimApplicationTypes" PRIMARY KEY ("TenantId", "Code")
);

CREATE TABLE "Analytics_DimCodes" (
    "Dimension" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    CONSTRAINT "PK_Analytics_DimCodes" PRIMARY KEY ("Dimension", "Code")
);

CREATE TABLE "Analytics_WarehouseLoads" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Analytics_WarehouseLoads" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Facts" INTEGER NOT NULL,
    "By" TEXT NOT NULL
);
CREATE INDEX "IX_Analytics_WarehouseLoads_TenantId_StartedAt" ON "Analytics_WarehouseLoads" ("TenantId", "StartedAt");

INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position") VALUES
    ('sex', 'F', 1), ('sex', 'M', 2), ('sex', 'X', 3), ('sex', 'U', 4),
    ('age-band', 'Y_LT14', 1), ('age-band', 'Y14-17', 2), ('age-band', 'Y18-34', 3), ('age-band', 'Y35-64', 4), ('age-band', 'Y_GE65', 5),
    ('purpose', 'family', 1), ('purpose', 'education', 2), ('purpose', 'remunerated', 3), ('purpose', 'other', 4),
    ('outcome', 'Granted', 1), ('outcome', 'Refused', 2), ('outcome', 'Discontinued', 3);
