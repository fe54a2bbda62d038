-- Forward-only. Never edit a migration that has been released; add the next one.
-- The reply channel between the applicant and the office in a case; the posting time of an
-- applicant's reply is kept, as a reply posted within a notice's term is on time (KPA art. 57 §5).
CREATE TABLE "Cases_CaseMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_CaseMessages" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "PostedOn" TEXT NOT NULL,
    "InTimeFor" TEXT NULL,
    "AuthorUserId" TEXT NOT NULL,
    "ReadAt" TEXT NULL,
    CONSTRAINT "FK_Cases_CaseMessages_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_CaseMessages_CaseId_At" ON "Cases_CaseMessages" ("CaseId", "At");
