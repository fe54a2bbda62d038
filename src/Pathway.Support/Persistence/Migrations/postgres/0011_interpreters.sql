-- Forward-only. Never edit a migration that has been released; add the next one.
-- The register of interpreters and cultural mediators (with their weekly hours and absences) and the
-- interpreter requests of support cases matched to it.
CREATE TABLE "Support_Interpreters" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Kinds" character varying(64) NOT NULL,
    "Languages" character varying(60) NOT NULL,
    "Phone" character varying(40),
    "Email" character varying(254),
    "OnSite" boolean NOT NULL,
    "Remote" boolean NOT NULL,
    "Active" boolean NOT NULL,
    "LastBookedAt" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_Interpreters" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Support_Interpreters_TenantId_Name" ON "Support_Interpreters" ("TenantId", "Name");

CREATE TABLE "Support_InterpreterHours" (
    "Id" uuid NOT NULL,
    "InterpreterId" uuid NOT NULL,
    "Day" character varying(16) NOT NULL,
    "FromMinute" integer NOT NULL,
    "ToMinute" integer NOT NULL,
    CONSTRAINT "PK_Support_InterpreterHours" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_InterpreterHours_Support_Interpreters_InterpreterId" FOREIGN KEY ("InterpreterId") REFERENCES "Support_Interpreters" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_InterpreterHours_InterpreterId" ON "Support_InterpreterHours" ("InterpreterId");

CREATE TABLE "Support_InterpreterAbsences" (
    "Id" uuid NOT NULL,
    "InterpreterId" uuid NOT NULL,
    "FirstDay" date NOT NULL,
    "LastDay" date NOT NULL,
    CONSTRAINT "PK_Support_InterpreterAbsences" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_InterpreterAbsences_Support_Interpreters_InterpreterId" FOREIGN KEY ("InterpreterId") REFERENCES "Support_Interpreters" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_InterpreterAbsences_InterpreterId" ON "Support_InterpreterAbsences" ("InterpreterId");

CREATE TABLE "Support_InterpreterRequests" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "CaseNumber" character varying(32) NOT NULL,
    "PersonLanguage" character varying(8) NOT NULL,
    "WorkerLanguage" character varying(8) NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Mode" character varying(16) NOT NULL,
    "Day" date NOT NULL,
    "StartMinute" integer NOT NULL,
    "Minutes" integer NOT NULL,
    "StartsAt" timestamp with time zone NOT NULL,
    "EndsAt" timestamp with time zone NOT NULL,
    "Note" character varying(1000),
    "Status" character varying(16) NOT NULL,
    "InterpreterId" uuid,
    "RequestedAt" timestamp with time zone NOT NULL,
    "RequestedBy" character varying(256) NOT NULL,
    "BookedAt" timestamp with time zone,
    "BookedBy" character varying(256),
    "ChangedAt" timestamp with time zone NOT NULL,
    "ServiceId" uuid,
    CONSTRAINT "PK_Support_InterpreterRequests" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_InterpreterRequests_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE,
    -- Someone booked is not taken off the register from under their bookings.
    CONSTRAINT "FK_Support_InterpreterRequests_Support_Interpreters_InterpreterId" FOREIGN KEY ("InterpreterId") REFERENCES "Support_Interpreters" ("Id") ON DELETE RESTRICT
);

-- A case's requests on its page.
CREATE INDEX "IX_Support_InterpreterRequests_BeneficiaryId_StartsAt" ON "Support_InterpreterRequests" ("BeneficiaryId", "StartsAt");
-- A person's bookings in a week, for the clash check and the ranking.
CREATE INDEX "IX_Support_InterpreterRequests_InterpreterId_Day" ON "Support_InterpreterRequests" ("InterpreterId", "Day");
CREATE INDEX "IX_Support_InterpreterRequests_TenantId_Status_StartsAt" ON "Support_InterpreterRequests" ("TenantId", "Status", "StartsAt");
