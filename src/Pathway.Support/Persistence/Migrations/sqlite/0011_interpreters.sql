-- Forward-only. Never edit a migration that has been released; add the next one.
-- The register of interpreters and cultural mediators (with their weekly hours and absences) and the
-- interpreter requests of support cases matched to it.
CREATE TABLE "Support_Interpreters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Interpreters" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kinds" TEXT NOT NULL,
    "Languages" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "OnSite" INTEGER NOT NULL,
    "Remote" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "LastBookedAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE INDEX "IX_Support_Interpreters_TenantId_Name" ON "Support_Interpreters" ("TenantId", "Name");

CREATE TABLE "Support_InterpreterHours" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_InterpreterHours" PRIMARY KEY,
    "InterpreterId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "FromMinute" INTEGER NOT NULL,
    "ToMinute" INTEGER NOT NULL,
    CONSTRAINT "FK_Support_InterpreterHours_Support_Interpreters_InterpreterId" FOREIGN KEY ("InterpreterId") REFERENCES "Support_Interpreters" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_InterpreterHours_InterpreterId" ON "Support_InterpreterHours" ("InterpreterId");

CREATE TABLE "Support_InterpreterAbsences" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_InterpreterAbsences" PRIMARY KEY,
    "InterpreterId" TEXT NOT NULL,
    "FirstDay" TEXT NOT NULL,
    "LastDay" TEXT NOT NULL,
    CONSTRAINT "FK_Support_InterpreterAbsences_Support_Interpreters_InterpreterId" FOREIGN KEY ("InterpreterId") REFERENCES "Support_Interpreters" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_InterpreterAbsences_InterpreterId" ON "Support_InterpreterAbsences" ("InterpreterId");

CREATE TABLE "Support_InterpreterRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_InterpreterRequests" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "BeneficiaryId" TEXT NOT NULL,
    "CaseNumber" TEXT NOT NULL,
    "PersonLanguage" TEXT NOT NULL,
    "WorkerLanguage" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Mode" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "StartMinute" INTEGER NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Status" TEXT NOT NULL,
    "InterpreterId" TEXT NULL,
    "RequestedAt" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "BookedAt" TEXT NULL,
    "BookedBy" TEXT NULL,
    "ChangedAt" TEXT NOT NULL,
    "ServiceId" TEXT NULL,
    CONSTRAINT "FK_Support_InterpreterRequests_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE,
    -- Someone booked is not taken off the register from under their bookings.
    CONSTRAINT "FK_Support_InterpreterRequests_Support_Interpreters_InterpreterId" FOREIGN KEY ("InterpreterId") REFERENCES "Support_Interpreters" ("Id") ON DELETE RESTRICT
);

-- A case's requests on its page.
CREATE INDEX "IX_Support_InterpreterRequests_BeneficiaryId_StartsAt" ON "Support_InterpreterRequests" ("BeneficiaryId", "StartsAt");
-- A person's bookings in a week, for the clash check and the ranking.
CREATE INDEX "IX_Support_InterpreterRequests_InterpreterId_Day" ON "Support_InterpreterRequests" ("InterpreterId", "Day");
CREATE INDEX "IX_Support_InterpreterRequests_TenantId_Status_StartsAt" ON "Support_InterpreterRequests" ("TenantId", "Status", "StartsAt");
