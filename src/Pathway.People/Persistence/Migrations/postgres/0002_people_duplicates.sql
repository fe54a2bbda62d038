-- Duplicate detection: name skeletons for blocking, soft merges, the review queue,
-- lost/stolen document lists and the record of full scans. Skeletons of existing rows are
-- filled by the application at start-up (they need its transliteration tables).
ALTER TABLE "People_Persons" ADD "SurnameSkeleton" character varying(400) COLLATE "C" NOT NULL DEFAULT '';

ALTER TABLE "People_Persons" ADD "GivenNamesSkeleton" character varying(400) COLLATE "C" NOT NULL DEFAULT '';

ALTER TABLE "People_Persons" ADD "MergedIntoId" uuid;

CREATE TABLE "People_DuplicateSuspicions" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "OtherPersonId" uuid,
    "Kind" integer NOT NULL,
    "Source" integer NOT NULL,
    "Probability" double precision NOT NULL,
    "Explanation" text NOT NULL,
    "Status" integer NOT NULL,
    "DetectedAt" timestamp with time zone NOT NULL,
    "DecidedAt" timestamp with time zone,
    "DecidedBy" uuid,
    "DecisionNote" character varying(1000),
    CONSTRAINT "PK_People_DuplicateSuspicions" PRIMARY KEY ("Id")
);

CREATE TABLE "People_LostStolenDocuments" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Number" character varying(32) NOT NULL,
    "IssuingState" character varying(3) NOT NULL,
    "ReportedOn" date,
    "Source" character varying(200) NOT NULL,
    "ImportId" uuid NOT NULL,
    "ImportedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_People_LostStolenDocuments" PRIMARY KEY ("Id")
);

CREATE TABLE "People_Merges" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "SurvivorId" uuid NOT NULL,
    "MergedId" uuid NOT NULL,
    "SuspicionId" uuid,
    "MergedAt" timestamp with time zone NOT NULL,
    "MergedBy" uuid NOT NULL,
    "UndoneAt" timestamp with time zone,
    "UndoneBy" uuid,
    CONSTRAINT "PK_People_Merges" PRIMARY KEY ("Id")
);

CREATE TABLE "People_ScanRuns" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "RunDate" date NOT NULL,
    "Trigger" character varying(64) NOT NULL,
    "Node" character varying(200) NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "FinishedAt" timestamp with time zone,
    "Records" bigint NOT NULL,
    "PairsScored" bigint NOT NULL,
    "SuspicionsRaised" integer NOT NULL,
    "Error" character varying(2000),
    CONSTRAINT "PK_People_ScanRuns" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_People_DuplicateSuspicions_TenantId_PersonId_OtherPersonId_~" ON "People_DuplicateSuspicions" ("TenantId", "PersonId", "OtherPersonId", "Kind");

CREATE INDEX "IX_People_DuplicateSuspicions_TenantId_Status" ON "People_DuplicateSuspicions" ("TenantId", "Status");

CREATE INDEX "IX_People_LostStolenDocuments_TenantId_Number" ON "People_LostStolenDocuments" ("TenantId", "Number");

CREATE INDEX "IX_People_Merges_TenantId_MergedId" ON "People_Merges" ("TenantId", "MergedId");

CREATE INDEX "IX_People_Merges_TenantId_SurvivorId" ON "People_Merges" ("TenantId", "SurvivorId");

CREATE INDEX "IX_People_Persons_SurnameSkeleton_BirthDate" ON "People_Persons" ("SurnameSkeleton", "BirthDate");

CREATE INDEX "IX_People_Persons_MergedIntoId" ON "People_Persons" ("MergedIntoId") WHERE "MergedIntoId" IS NOT NULL;

CREATE UNIQUE INDEX "IX_People_ScanRuns_TenantId_RunDate_Trigger" ON "People_ScanRuns" ("TenantId", "RunDate", "Trigger");
