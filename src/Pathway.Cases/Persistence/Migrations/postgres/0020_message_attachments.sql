-- Forward-only. Never edit a migration that has been released; add the next one.
-- Files the applicant sends with a message (a reply to a request for evidence), checked by
-- content and kept in the file store under the case.
CREATE TABLE "Cases_MessageAttachments" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "MessageId" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(40) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "StorageKey" character varying(200) NOT NULL,
    CONSTRAINT "PK_Cases_MessageAttachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_MessageAttachments_Cases_CaseMessages_MessageId" FOREIGN KEY ("MessageId") REFERENCES "Cases_CaseMessages" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_MessageAttachments_MessageId" ON "Cases_MessageAttachments" ("MessageId");
