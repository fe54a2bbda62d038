-- Forward-only. Never edit a migration that has been released; add the next one.
-- The services of a support case, given or planned.
CREATE TABLE "Support_Services" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_Services" PRIMARY KEY,
    "BeneficiaryId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "DueOn" TEXT NULL,
    "DeliveredOn" TEXT NULL,
    "Provider" TEXT NOT NULL,
    "Minutes" INTEGER NULL,
    "Outcome" TEXT NULL,
    "LanguageFrom" TEXT NULL,
    "LanguageTo" TEXT NULL,
    "Project" TEXT NULL,
    "RecordedAt" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Support_Services_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_Services_BeneficiaryId" ON "Support_Services" ("BeneficiaryId");
-- The overdue list: planned services by the day they are due.
CREATE INDEX "IX_Support_Services_Status_DueOn" ON "Support_Services" ("Status", "DueOn");
