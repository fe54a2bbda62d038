-- Forward-only. Never edit a migration that has been released; add the next one.
-- The vulnerability assessments of a support case (a review is a new one) and the specific needs
-- each found, with the UNHCR code recorded and, for trafficking, the form of exploitation.
CREATE TABLE "Support_NeedAssessments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_NeedAssessments" PRIMARY KEY,
    "BeneficiaryId" TEXT NOT NULL,
    "AssessedOn" TEXT NOT NULL,
    "AssessedBy" TEXT NOT NULL,
    "Note" TEXT NULL,
    "NextReviewOn" TEXT NOT NULL,
    "RecordedAt" TEXT NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Support_NeedAssessments_Support_Beneficiaries_BeneficiaryId" FOREIGN KEY ("BeneficiaryId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

-- A case's assessments, the newest (the current one) first.
CREATE INDEX "IX_Support_NeedAssessments_BeneficiaryId_AssessedOn" ON "Support_NeedAssessments" ("BeneficiaryId", "AssessedOn");

CREATE TABLE "Support_AssessedNeeds" (
    "AssessmentId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "UnhcrCode" TEXT NULL,
    "Exploitation" TEXT NULL,
    CONSTRAINT "PK_Support_AssessedNeeds" PRIMARY KEY ("AssessmentId", "Category"),
    CONSTRAINT "FK_Support_AssessedNeeds_Support_NeedAssessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Support_NeedAssessments" ("Id") ON DELETE CASCADE
);
