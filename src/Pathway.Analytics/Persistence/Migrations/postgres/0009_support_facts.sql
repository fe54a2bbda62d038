-- Forward-only. Never edit a migration that has been released; add the next one.
-- The warehouse's facts of support services and helpline calls, fed from the support module's events.
-- Pseudonymised: the beneficiary is a keyed pseudonym; no name, provider, outcome, caller number or operator.
-- A removed service or call stays as a row marked Removed, so that an older event cannot bring it back.
CREATE TABLE "Analytics_FactServices" (
    "ServiceId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_FactServices" PRIMARY KEY ("ServiceId"),
    "TenantId" uuid NOT NULL,
    "Version" integer NOT NULL,
    "Removed" boolean NOT NULL,
    "PersonKey" character varying(32) NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "On" date NOT NULL,
    "Minutes" integer,
    "Citizenship" character varying(3) NOT NULL,
    "Sex" character varying(1) NOT NULL,
    "AgeBand" character varying(10) NOT NULL
);
CREATE INDEX "IX_Analytics_FactServices_TenantId_On" ON "Analytics_FactServices" ("TenantId", "On");

CREATE TABLE "Analytics_FactCalls" (
    "CallId" uuid NOT NULL,
    CONSTRAINT "PK_Analytics_FactCalls" PRIMARY KEY ("CallId"),
    "TenantId" uuid NOT NULL,
    "Version" integer NOT NULL,
    "Removed" boolean NOT NULL,
    "Source" character varying(16) NOT NULL,
    "On" date NOT NULL,
    "Hour" integer NOT NULL,
    "Category" character varying(32) NOT NULL,
    "Queue" character varying(80),
    "Answered" boolean NOT NULL,
    "Abandoned" boolean NOT NULL,
    "WaitSeconds" integer,
    "TalkSeconds" integer,
    "Topic" character varying(32),
    "Language" character varying(8)
);
CREATE INDEX "IX_Analytics_FactCalls_TenantId_On" ON "Analytics_FactCalls" ("TenantId", "On");

-- An unknown age, as Eurostat writes it: a beneficiary's birth date is not always recorded.
INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position") VALUES ('age-band', 'UNK', 6) ON CONFLICT ("Dimension", "Code") DO NOTHING;
