-- Forward-only. Never edit a migration that has been released; add the next one.
-- Monthly counts kept with the facts, which the dashboard reads instead of the facts: applications by
-- the month they came in and the month they were settled (9999-12-01 while a decision is owed), decisions
-- by month, outcome ('' when none is recorded) and days taken, each by office, type, citizenship, sex and
-- age band. Counted here from the facts already held; from now on the rebuild counts them and the outbox
-- feed moves a case from its old cell to its new one.
CREATE TABLE "Analytics_MonthlyApplications" (
    "TenantId" uuid NOT NULL,
    "SubmittedMonth" date NOT NULL,
    "SettledMonth" date NOT NULL,
    "OfficeId" uuid NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    "Citizenship" character varying(3) NOT NULL,
    "Sex" character varying(1) NOT NULL,
    "AgeBand" character varying(10) NOT NULL,
    "Applications" integer NOT NULL,
    CONSTRAINT "PK_Analytics_MonthlyApplications" PRIMARY KEY ("TenantId", "SubmittedMonth", "SettledMonth", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand")
);

CREATE TABLE "Analytics_MonthlyDecisions" (
    "TenantId" uuid NOT NULL,
    "DecidedMonth" date NOT NULL,
    "Outcome" character varying(32) NOT NULL,
    "ProcessingDays" integer NOT NULL,
    "OfficeId" uuid NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    "Citizenship" character varying(3) NOT NULL,
    "Sex" character varying(1) NOT NULL,
    "AgeBand" character varying(10) NOT NULL,
    "Decisions" integer NOT NULL,
    "WithDueDay" integer NOT NULL,
    "InTime" integer NOT NULL,
    CONSTRAINT "PK_Analytics_MonthlyDecisions" PRIMARY KEY ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand")
);

INSERT INTO "Analytics_MonthlyApplications" ("TenantId", "SubmittedMonth", "SettledMonth", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Applications")
SELECT "TenantId", CAST(date_trunc('month', "SubmittedOn") AS date), COALESCE(CAST(date_trunc('month', "SettledOn") AS date), DATE '9999-12-01'),
    "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", COUNT(*)
FROM "Analytics_FactApplications"
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO "Analytics_MonthlyDecisions" ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Decisions", "WithDueDay", "InTime")
SELECT "TenantId", CAST(date_trunc('month', "DecidedOn") AS date), COALESCE("Outcome", ''), "ProcessingDays",
    "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", COUNT(*), COUNT("DecidedInTime"), SUM(CASE WHEN "DecidedInTime" THEN 1 ELSE 0 END)
FROM "Analytics_FactApplications"
WHERE "DecidedOn" IS NOT NULL AND "ProcessingDays" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
