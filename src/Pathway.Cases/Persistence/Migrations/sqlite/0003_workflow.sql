-- Forward-only. Never edit a migration that has been released; add the next one.
-- Residence cases with their timelines, suspensions of the proceedings and case number sequences.
CREATE TABLE "Cases_Cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_Cases" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "ApplicationType" TEXT NOT NULL,
    "Permit" TEXT NOT NULL,
    "ApplicantSurname" TEXT NOT NULL,
    "ApplicantGivenNames" TEXT NOT NULL,
    "ApplicantBirthDate" TEXT NOT NULL,
    "ApplicantCitizenship" TEXT NOT NULL,
    "PassportNumber" TEXT NULL,
    "PersonId" TEXT NULL,
    "ApplicantKey" TEXT NOT NULL,
    "SubmittedOn" TEXT NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "AssignedOfficerId" TEXT NULL,
    "FormallyCompleteOn" TEXT NULL,
    "AppearedOn" TEXT NULL,
    "EvidenceRequested" INTEGER NOT NULL,
    "EvidenceSettledOn" TEXT NULL,
    "NoticeIssuedOn" TEXT NULL,
    "NoticeTermDays" INTEGER NULL,
    "NoticeDeliveredOn" TEXT NULL,
    "NoticeFirstPostalNoticeOn" TEXT NULL,
    "StateBeforeSuspension" TEXT NULL,
    "AnnouncedDecisionBy" TEXT NULL,
    "DecisionDueOn" TEXT NULL,
    "Outcome" TEXT NULL,
    "DecisionReasons" TEXT NULL,
    "DecidedOn" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "DecisionDeliveredOn" TEXT NULL,
    "DecisionFirstPostalNoticeOn" TEXT NULL,
    "AppealLodgedOn" TEXT NULL,
    "FinalOn" TEXT NULL
);

CREATE TABLE "Cases_CaseEvents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_CaseEvents" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "ActorId" TEXT NULL,
    "Action" TEXT NOT NULL,
    "FromState" TEXT NOT NULL,
    "ToState" TEXT NOT NULL,
    "EffectiveOn" TEXT NULL,
    "Note" TEXT NULL,
    "Detail" TEXT NULL,
    CONSTRAINT "FK_Cases_CaseEvents_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_CaseSuspensions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_CaseSuspensions" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_CaseSuspensions_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_CaseNumbers" (
    "TenantId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Last" INTEGER NOT NULL,
    CONSTRAINT "PK_Cases_CaseNumbers" PRIMARY KEY ("TenantId", "Year")
);

CREATE UNIQUE INDEX "IX_Cases_Cases_TenantId_Number" ON "Cases_Cases" ("TenantId", "Number");
CREATE INDEX "IX_Cases_Cases_TenantId_State_DecisionDueOn" ON "Cases_Cases" ("TenantId", "State", "DecisionDueOn");
CREATE INDEX "IX_Cases_Cases_TenantId_AssignedOfficerId_State" ON "Cases_Cases" ("TenantId", "AssignedOfficerId", "State");
CREATE INDEX "IX_Cases_Cases_TenantId_PassportNumber" ON "Cases_Cases" ("TenantId", "PassportNumber");
CREATE INDEX "IX_Cases_Cases_TenantId_ApplicantKey" ON "Cases_Cases" ("TenantId", "ApplicantKey");
CREATE INDEX "IX_Cases_CaseEvents_CaseId" ON "Cases_CaseEvents" ("CaseId");
CREATE INDEX "IX_Cases_CaseSuspensions_CaseId" ON "Cases_CaseSuspensions" ("CaseId");
