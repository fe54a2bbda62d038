-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse's facts of support services and helpline calls, fed from the support module's events.
-- Pseudonymised: the beneficiary is a keyed pseudonym; no name, provider, outcome, caller number or operator.
-- A removed service or call stays as a row marked Removed, so that an older event cannot bring it back.
CREATE TABLE "Analytics_FactServices" (
    "ServiceId" TEXT NOT NULL CONSTRAINT "PK_Analytics_FactServices" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Removed" INTEGER NOT NULL,
    "PersonKey" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Minutes" INTEGER NULL,
    "Citizenship" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL
);
CREATE INDEX "IX_Analytics_FactServices_TenantId_On" ON "Analytics_FactServices" ("TenantId", "On");

CREATE TABLE "Analytics_FactCalls" (
    "CallId" TEXT NOT NULL CONSTRAINT "PK_Analytics_FactCalls" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Removed" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "Hour" INTEGER NOT NULL,
    "Category" TEXT NOT NULL,
    "Queue" TEXT NULL,
    "Answered" INTEGER NOT NULL,
    "Abandoned" INTEGER NOT NULL,
    "WaitSeconds" INTEGER NULL,
    "TalkSeconds" INTEGER NULL,
    "Topic" TEXT NULL,
    "Language" TEXT NULL
);
CREATE INDEX "IX_Analytics_FactCalls_TenantId_On" ON "Analytics_FactCalls" ("TenantId", "On");

-- An unknown age, as Eurostat writes it: a beneficiary's birth date is not always recorded.
INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position") VALUES ('age-band', 'UNK', 6) ON CONFLICT ("Dimension", "Code") DO NOTHING;
