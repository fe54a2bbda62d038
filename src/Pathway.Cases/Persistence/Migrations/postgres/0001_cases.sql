-- Forward-only. Never edit a migration that has been released; add the next one.
-- The catalogue of application types, with the rules that change with the law as dated rows.
CREATE TABLE "Cases_ApplicationTypes" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "PolishName" character varying(200) NOT NULL,
    "LegalBasis" character varying(400) NOT NULL,
    "Permit" character varying(32) NOT NULL,
    CONSTRAINT "PK_Cases_ApplicationTypes" PRIMARY KEY ("Id")
);

CREATE TABLE "Cases_DecisionPeriods" (
    "Id" uuid NOT NULL,
    "ApplicationTypeId" uuid NOT NULL,
    "InForceFrom" date NOT NULL,
    "InForceUntil" date,
    "LegalSource" character varying(400) NOT NULL,
    "Verified" boolean NOT NULL,
    "Length" integer NOT NULL,
    "Unit" character varying(16) NOT NULL,
    CONSTRAINT "PK_Cases_DecisionPeriods" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_DecisionPeriods_Cases_ApplicationTypes_ApplicationTypeId" FOREIGN KEY ("ApplicationTypeId") REFERENCES "Cases_ApplicationTypes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_StampDuties" (
    "Id" uuid NOT NULL,
    "ApplicationTypeId" uuid NOT NULL,
    "InForceFrom" date NOT NULL,
    "InForceUntil" date,
    "LegalSource" character varying(400) NOT NULL,
    "Verified" boolean NOT NULL,
    "AmountPln" numeric(10,2) NOT NULL,
    CONSTRAINT "PK_Cases_StampDuties" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_StampDuties_Cases_ApplicationTypes_ApplicationTypeId" FOREIGN KEY ("ApplicationTypeId") REFERENCES "Cases_ApplicationTypes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_RequiredDocuments" (
    "Id" uuid NOT NULL,
    "ApplicationTypeId" uuid NOT NULL,
    "InForceFrom" date NOT NULL,
    "InForceUntil" date,
    "LegalSource" character varying(400) NOT NULL,
    "Verified" boolean NOT NULL,
    "Code" character varying(40) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Condition" character varying(32) NOT NULL,
    CONSTRAINT "PK_Cases_RequiredDocuments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_RequiredDocuments_Cases_ApplicationTypes_ApplicationTypeId" FOREIGN KEY ("ApplicationTypeId") REFERENCES "Cases_ApplicationTypes" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Cases_ApplicationTypes_TenantId_Code" ON "Cases_ApplicationTypes" ("TenantId", "Code");
CREATE INDEX "IX_Cases_DecisionPeriods_ApplicationTypeId" ON "Cases_DecisionPeriods" ("ApplicationTypeId");
CREATE INDEX "IX_Cases_StampDuties_ApplicationTypeId" ON "Cases_StampDuties" ("ApplicationTypeId");
CREATE INDEX "IX_Cases_RequiredDocuments_ApplicationTypeId" ON "Cases_RequiredDocuments" ("ApplicationTypeId");
