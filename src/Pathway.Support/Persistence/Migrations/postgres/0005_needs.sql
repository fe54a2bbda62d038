-- Forward-only. Never edit a migration that has been released; add the next one.
-- The vulnerability assessments of a support case (a review is a new one) and the specific needs
-- each found, with the UNHCR code recorded and, for trafficking, the form of exploitation.
CREATE TABLE "Support_NeedAssessments" (
    "Id" uuid NOT NULL,
    "BeneficiaryId" uuid NOT NULL,
    "AssessedOn" date NOT NULL,
    "AssessedBy" character varying(200) NOT NULL,
    "Note" character varying(1000),
    "NextReviewOn" date NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    "RecordedBy" character varying(256) NOT NULL,
    CONSTRAINT "PK_Support_NeedAssessments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_NeedAssessments_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- A case's assessments, the newest (the current one) first.
CREATE INDEX "IX_Support_NeedAssessments_BeneficiaryId_AssessedOn" ON "Support_NeedAssessments" ("BeneficiaryId", "AssessedOn");

CREATE TABLE "Support_AssessedNeeds" (
    "AssessmentId" uuid NOT NULL,
    "Category" character varying(40) NOT NULL,
    "UnhcrCode" character varying(8),
    "Exploitation" character varying(32),
    CONSTRAINT "PK_Support_AssessedNeeds" PRIMARY KEY ("AssessmentId", "Category"),
    CONSTRAINT "FK_Support_AssessedNeeds_Support_NeedAssessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Support_NeedAssessments" ("Id") ON DELETE CASCADE
);
