-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse: facts of applications (one row per case, as it stands) and of case steps, around the
-- dimensions of date, office, application type and fixed codes. Pseudonymised: no names, birth dates,
-- document numbers or contacts; the person is a keyed pseudonym.
CREATE TABLE "Analytics_FactApplications" (
    "CaseId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_FactApplications" PRIMARY KEY ("CaseId"),
    "TenantId" uuid NOT NULL,
    "Version" integer NOT NULL,
    "PersonKey" character varying(32) NOT NULL,
    "OfficeId" uuid NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    "Permit" character varying(32) NOT NULL,
    "Purpose" character varying(20) NOT NULL,
    "Citizenship" character varying(3) NOT NULL,
    "Sex" character varying(1) NOT NULL,
    "AgeBand" character varying(10) NOT NULL,
    "SubmittedOn" date NOT NULL,
    "State" character varying(32) NOT NULL,
    "Outcome" character varying(32),
    "DecidedOn" date,
    "DecisionDueOn" date,
    "FinalOn" date,
    "AppealLodgedOn" date,
    "SettledOn" date,
    "ProcessingDays" integer,
    "DecidedInTime" boolean
);
CREATE INDEX "IX_Analytics_FactApplications_TenantId_SubmittedOn" ON "Analytics_FactApplications" ("TenantId", "SubmittedOn");
CREATE INDEX "IX_Analytics_FactApplications_TenantId_DecidedOn" ON "Analytics_FactApplications" ("TenantId", "DecidedOn");

CREATE TABLE "Analytics_FactCaseEvents" (
    "StepId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_FactCaseEvents" PRIMARY KEY ("StepId"),
    "TenantId" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "OfficeId" uuid NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    "Action" character varying(40) NOT NULL,
    "FromState" character varying(32) NOT NULL,
    "ToState" character varying(32) NOT NULL,
    "On" date NOT NULL,
    "At" timestamp with time zone NOT NULL
);
CREATE INDEX "IX_Analytics_FactCaseEvents_TenantId_On" ON "Analytics_FactCaseEvents" ("TenantId", "On");

CREATE TABLE "Analytics_DimDates" (
    "Date" date NOT NULL,
    CONSTRAINT "PK_Analytics_DimDates" PRIMARY KEY ("Date"),
    "Year" integer NOT NULL,
    "Quarter" integer NOT NULL,
    "Month" integer NOT NULL,
    "IsoYear" integer NOT NULL,
    "IsoWeek" integer NOT NULL,
    "DayOfWeek" integer NOT NULL
);

CREATE TABLE "Analytics_DimOffices" (
    "OfficeId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_DimOffices" PRIMARY KEY ("OfficeId"),
    "TenantId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Voivodeship" character varying(2)
);
CREATE INDEX "IX_Analytics_DimOffices_TenantId" ON "Analytics_DimOffices" ("TenantId");

CREATE TABLE "Analytics_DimApplicationTypes" (
    "TenantId" uuid NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Permit" character varying(32) NOT NULL,
    "Purpose" character varying(20) NOT NULL,
    CONSTRAINT "PK_Analytics_DimApplicationTypes" PRIMARY KEY ("TenantId", "Code")
);

CREATE TABLE "Analytics_DimCodes" (
    "Dimension" character varying(20) NOT NULL,
    "Code" character varying(20) NOT NULL,
    "Position" integer NOT NULL,
    CONSTRAINT "PK_Analytics_DimCodes" PRIMARY KEY ("Dimension", "Code")
);

CREATE TABLE "Analytics_WarehouseLoads" (
    "Id" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_WarehouseLoads" PRIMARY KEY ("Id"),
    "TenantId" uuid NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Facts" bigint NOT NULL,
    "By" character varying(200) NOT NULL
);
CREATE INDEX "IX_Analytics_WarehouseLoads_TenantId_StartedAt" ON "Analytics_WarehouseLoads" ("TenantId", "StartedAt");

INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position") VALUES
    ('sex', 'F', 1), ('sex', 'M', 2), ('sex', 'X', 3), ('sex', 'U', 4),
    ('age-band', 'Y_LT14', 1), ('age-band', 'Y14-17', 2), ('age-band', 'Y18-34', 3), ('age-band', 'Y35-64', 4), ('age-band', 'Y_GE65', 5),
    ('purpose', 'family', 1), ('purpose', 'education', 2), ('purpose', 'remunerated', 3), ('purpose', 'other', 4),
    ('outcome', 'Granted', 1), ('outcome', 'Refused', 2), ('outcome', 'Discontinued', 3);
