-- Forward-only. Never edit a migration that has been released; add the next one.
-- Residence cases with their timelines, suspensions of the proceedings and case number sequences.
CREATE TABLE "Cases_Cases" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Number" character varying(40) NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    "Permit" character varying(32) NOT NULL,
    "ApplicantSurname" character varying(200) NOT NULL,
    "ApplicantGivenNames" character varying(200) NOT NULL,
    "ApplicantBirthDate" date NOT NULL,
    "ApplicantCitizenship" character varying(3) NOT NULL,
    "PassportNumber" character varying(20),
    "PersonId" uuid,
    "ApplicantKey" character varying(401) NOT NULL,
    "SubmittedOn" date NOT NULL,
    "RegisteredAt" timestamp with time zone NOT NULL,
    "State" character varying(32) NOT NULL,
    "Version" integer NOT NULL,
    "AssignedOfficerId" uuid,
    "FormallyCompleteOn" date,
    "AppearedOn" date,
    "EvidenceRequested" boolean NOT NULL,
    "EvidenceSettledOn" date,
    "NoticeIssuedOn" date,
    "NoticeTermDays" integer,
    "NoticeDeliveredOn" date,
    "NoticeFirstPostalNoticeOn" date,
    "StateBeforeSuspension" character varying(32),
    "AnnouncedDecisionBy" date,
    "DecisionDueOn" date,
    "Outcome" character varying(32),
    "DecisionReasons" character varying(4100),
    "DecidedOn" date,
    "DecidedBy" uuid,
    "DecisionDeliveredOn" date,
    "DecisionFirstPostalNoticeOn" date,
    "AppealLodgedOn" date,
    "FinalOn" date,
    CONSTRAINT "PK_Cases_Cases" PRIMARY KEY ("Id")
);

CREATE TABLE "Cases_CaseEvents" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "ActorId" uuid,
    "Action" character varying(40) NOT NULL,
    "FromState" character varying(32) NOT NULL,
    "ToState" character varying(32) NOT NULL,
    "EffectiveOn" date,
    "Note" character varying(2000),
    "Detail" character varying(40),
    CONSTRAINT "PK_Cases_CaseEvents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_CaseEvents_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_CaseSuspensions" (
    "Id" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "From" date NOT NULL,
    "To" date,
    "Reason" character varying(2000) NOT NULL,
    CONSTRAINT "PK_Cases_CaseSuspensions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_CaseSuspensions_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Cases_CaseNumbers" (
    "TenantId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Last" integer NOT NULL,
    CONSTRAINT "PK_Cases_CaseNumbers" PRIMARY KEY ("TenantId", "Year")
);

CREATE UNIQUE INDEX "IX_Cases_Cases_TenantId_Number" ON "Cases_Cases" ("TenantId", "Number");
CREATE INDEX "IX_Cases_Cases_TenantId_State_DecisionDueOn" ON "Cases_Cases" ("TenantId", "State", "DecisionDueOn");
CREATE INDEX "IX_Cases_Cases_TenantId_AssignedOfficerId_State" ON "Cases_Cases" ("TenantId", "AssignedOfficerId", "State");
CREATE INDEX "IX_Cases_Cases_TenantId_PassportNumber" ON "Cases_Cases" ("TenantId", "PassportNumber");
CREATE INDEX "IX_Cases_Cases_TenantId_ApplicantKey" ON "Cases_Cases" ("TenantId", "ApplicantKey");
CREATE INDEX "IX_Cases_CaseEvents_CaseId" ON "Cases_CaseEvents" ("CaseId");
CREATE INDEX "IX_Cases_CaseSuspensions_CaseId" ON "Cases_CaseSuspensions" ("CaseId");
