-- Duplicate detection: name skeletons for blocking, soft merges, the review queue,
-- lost/stolen document lists and the record of full scans. Skeletons of existing rows are
-- filled by the application at start-up (they need its transliteration tables).
ALTER TABLE "People_Persons" ADD "SurnameSkeleton" TEXT NOT NULL DEFAULT '';

ALTER TABLE "People_Persons" ADD "GivenNamesSkeleton" TEXT NOT NULL DEFAULT '';

ALTER TABLE "People_Persons" ADD "MergedIntoId" TEXT NULL;

CREATE TABLE "People_DuplicateSuspicions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People_DuplicateSuspicions" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "OtherPersonId" TEXT NULL,
    "Kind" INTEGER NOT NULL,
    "Source" INTEGER NOT NULL,
    "Probability" REAL NOT NULL,
    "Explanation" TEXT NOT NULL,
    "Status" INTEGER NOT NULL,
    "DetectedAt" TEXT NOT NULL,
    "DecidedAt" TEXT NULL,
    "DecidedBy" TEXT NULL,
    "DecisionNote" TEXT NULL
);

CREATE TABLE "People_LostStolenDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People_LostStolenDocuments" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "IssuingState" TEXT NOT NULL,
    "ReportedOn" TEXT NULL,
    "Source" TEXT NOT NULL,
    "ImportId" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL
);

CREATE TABLE "People_Merges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People_Merges" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "SurvivorId" TEXT NOT NULL,
    "MergedId" TEXT NOT NULL,
    "SuspicionId" TEXT NULL,
    "MergedAt" TEXT NOT NULL,
    "MergedBy" TEXT NOT NULL,
    "UndoneAt" TEXT NULL,
    "UndoneBy" TEXT NULL
);

CREATE TABLE "People_ScanRuns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People_ScanRuns" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "RunDate" TEXT NOT NULL,
    "Trigger" TEXT NOT NULL,
    "Node" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "FinishedAt" TEXT NULL,
    "Records" INTEGER NOT NULL,
    "PairsScored" INTEGER NOT NULL,
    "SuspicionsRaised" INTEGER NOT NULL,
    "Error" TEXT NULL
);

CREATE UNIQUE INDEX "IX_People_DuplicateSuspicions_TenantId_PersonId_OtherPersonId_Kind" ON "People_DuplicateSuspicions" ("TenantId", "PersonId", "OtherPersonId", "Kind");

CREATE INDEX "IX_People_DuplicateSuspicions_TenantId_Status" ON "People_DuplicateSuspicions" ("TenantId", "Status");

CREATE INDEX "IX_People_LostStolenDocuments_TenantId_Number" ON "People_LostStolenDocuments" ("TenantId", "Number");

CREATE INDEX "IX_People_Merges_TenantId_MergedId" ON "People_Merges" ("TenantId", "MergedId");

CREATE INDEX "IX_People_Merges_TenantId_SurvivorId" ON "People_Merges" ("TenantId", "SurvivorId");

CREATE INDEX "IX_People_Persons_SurnameSkeleton_BirthDate" ON "People_Persons" ("SurnameSkeleton", "BirthDate");

CREATE INDEX "IX_People_Persons_MergedIntoId" ON "People_Persons" ("MergedIntoId") WHERE "MergedIntoId" IS NOT NULL;

CREATE UNIQUE INDEX "IX_People_ScanRuns_TenantId_RunDate_Trigger" ON "People_ScanRuns" ("TenantId", "RunDate", "Trigger");
