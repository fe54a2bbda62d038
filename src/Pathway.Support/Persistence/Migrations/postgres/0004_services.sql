-- Forward-only. Never edit a migration that has been released; add the next one.
-- The services of a support case, given or planned.
CREATE TABLE "Support_Services" (
    "Id" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "DueOn" date,
    "DeliveredOn" date,
    "Provider" character varying(200) NOT NULL,
    "Minutes" integer,
    "Outcome" character varying(2000),
    "LanguageFrom" character varying(8),
    "LanguageTo" character varying(8),
    "Project" character varying(64),
    "RecordedAt" timestamp with time zone NOT NULL,
    "RecordedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_Services" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_Services_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_Services_BeneficiaryId" ON "Support_Services" ("BeneficiaryId");
-- The overdue list: planned services by the day they are due.
CREATE INDEX "IX_Support_Services_Status_DueOn" ON "Support_Services" ("Status", "DueOn");
