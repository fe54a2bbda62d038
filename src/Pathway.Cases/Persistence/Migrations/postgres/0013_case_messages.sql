-- Forward-only. Never edit a migration that has been released; add the next one.
-- The reply channel between the applicant and the office in a case; the posting time of an
-- applicant's reply is kept, as a reply posted within a notice's term is on time (KPA art. 57 §5).
CREATE TABLE "Cases_CaseMessages" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Direction" character varying(16) NOT NULL,
    "Text" character varying(4000) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "PostedOn" date NOT NULL,
    "InTimeFor" date,
    "AuthorUserId" uuid NOT NULL,
    "ReadAt" timestamp with time zone,
    CONSTRAINT "PK_Cases_CaseMessages" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_CaseMessages_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_CaseMessages_CaseId_At" ON "Cases_CaseMessages" ("CaseId", "At");
