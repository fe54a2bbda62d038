-- Forward-only. Never edit a migration that has been released; add the next one.
-- Family tracing: requests (owned by the organisation that took them) and the candidates the record linkage proposed for each.
CREATE TABLE "Support_TracingRequests" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Number" character varying(32) NOT NULL,
    "Direction" character varying(32) NOT NULL,
    "SoughtGivenNames" character varying(100),
    "SoughtSurname" character varying(100),
    "SoughtSex" character varying(16) NOT NULL,
    "SoughtBornFrom" integer,
    "SoughtBornTo" integer,
    "PlaceOfOrigin" character varying(100),
    "PlaceOfSeparation" character varying(100),
    "SeparatedOn" character varying(10),
    "Remarks" character varying(1000),
    "ChildCaseId" uuid,
    "RequesterName" character varying(100),
    "RequesterRelationship" character varying(100),
    "RequesterContact" character varying(200),
    "Status" character varying(32) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(256) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Support_TracingRequests" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_TracingRequests_Support_Beneficiaries_ChildCaseId" FOREIGN KEY ("ChildCaseId") REFERENCES "Support_Beneficiaries" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Support_TracingRequests_ChildCaseId" ON "Support_TracingRequests" ("ChildCaseId");
-- A number is the organisation's own series: given once.
CREATE UNIQUE INDEX "IX_Support_TracingRequests_TenantId_OrganisationId_Number" ON "Support_TracingRequests" ("TenantId", "OrganisationId", "Number");
-- A run reads the open requests of the other direction.
CREATE INDEX "IX_Support_TracingRequests_TenantId_Direction_Status" ON "Support_TracingRequests" ("TenantId", "Direction", "Status");

CREATE TABLE "Support_TracingMatches" (
    "Id" uuid NOT NULL,
    "RequestId" uuid NOT NULL,
    "CandidateKind" character varying(16) NOT NULL,
    "CandidateId" uuid NOT NULL,
    "ChildRequestId" uuid,
    "Probability" double precision NOT NULL,
    "Evidence" text NOT NULL,
    "State" character varying(16) NOT NULL,
    "FoundAt" timestamp with time zone NOT NULL,
    "DecidedAt" timestamp with time zone,
    "DecidedBy" character varying(256),
    CONSTRAINT "PK_Support_TracingMatches" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Support_TracingMatches_Support_TracingRequests_RequestId" FOREIGN KEY ("RequestId") REFERENCES "Support_TracingRequests" ("Id") ON DELETE CASCADE
);

-- A pair is proposed once; decided, it stays decided.
CREATE UNIQUE INDEX "IX_Support_TracingMatches_RequestId_CandidateKind_CandidateId" ON "Support_TracingMatches" ("RequestId", "CandidateKind", "CandidateId");
