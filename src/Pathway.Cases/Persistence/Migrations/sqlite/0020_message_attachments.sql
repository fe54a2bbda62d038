-- Forward-only. Never edit a migration that has been released; add the next one.
-- Files the applicant sends with a message (a reply to a request for evidence), checked by
-- content and kept in the file store under the case.
CREATE TABLE "Cases_MessageAttachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_MessageAttachments" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_MessageAttachments_Cases_CaseMessages_MessageId" FOREIGN KEY ("MessageId") REFERENCES "Cases_CaseMessages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_MessageAttachments_MessageId" ON "Cases_MessageAttachments" ("MessageId");
