-- Forward-only. Never edit a migration that has been released; add the next one.
-- Family tracing: requests (owned by the organisation that took them) and the candidates the record linkage proposed for each.
CREATE TABLE "Support_TracingRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_TracingRequests" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "SoughtGivenNames" TEXT NULL,
    "SoughtSurname" TEXT NULL,
    "SoughtSex" TEXT NOT NULL,
    "SoughtBornFrom" INTEGER NULL,
    "SoughtBornTo" INTEGER NULL,
    "PlaceOfOrigin" TEXT NULL,
    "PlaceOfSeparation" TEXT NULL,
    "SeparatedOn" TEXT NULL,
    "Remarks" TEXT NULL,
    "ChildCaseId" TEXT NULL,
    "RequesterName" TEXT NULL,
    "RequesterRelationship" TEXT NULL,
    "RequesterContact" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ChangedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Support_TracingRequests_Support_Beneficiaries_ChildCaseId" FOREIGN KEY ("ChildCaseId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_TracingRequests_ChildCaseId" ON "Support_TracingRequests" ("ChildCaseId");
-- A number is the organisation's own series: given once.
CREATE UNIQUE INDEX "IX_Support_TracingRequests_TenantId_OrganisationId_Number" ON "Support_TracingRequests" ("TenantId", "OrganisationId", "Number");
-- A run reads the open requests of the other direction.
CREATE INDEX "IX_Support_TracingRequests_TenantId_Direction_Status" ON "Support_TracingRequests" ("TenantId", "Direction", "Status");

CREATE TABLE "Support_TracingMatches" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_TracingMatches" PRIMARY KEY,
    "RequestId" TEXT NOT NULL,
    "CandidateKind" TEXT NOT NULL,
    "CandidateId" TEXT NOT NULL,
    "ChildRequestId" TEXT NULL,
    "Probability" REAL NOT NULL,
    "Evidence" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "FoundAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    CONSTRAINT "FK_Support_TracingMatches_Support_TracingRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "Support_TracingRequests" ("Id") ON DELETE CASCADE
);

-- A pair is proposed once; decided, it stays decided.
CREATE UNIQUE INDEX "IX_Support_TracingMatches_RequestId_CandidateKind_CandidateId" ON "Support_TracingMatches" ("RequestId", "CandidateKind", "CandidateId");
