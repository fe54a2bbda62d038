-- Forward-only. Never edit a migration that has been released; add the next one.
-- Monthly counts kept with the facts, which the dashboard reads instead of the facts: applications by
-- the month they came in and the month they were settled (9999-12-01 while a decision is owed), decisions
-- by month, outcome ('' when none is recorded) and days taken, each by office, type, citizenship, sex and
-- age band. Counted here from the facts already held; from now on the rebuild counts them and the outbox
-- feed moves a case from its old cell to its new one. Days are ISO text: a month is its first 8 characters and 01.
CREATE TABLE "Analytics_MonthlyApplications" (
    "TenantId" TEXT NOT NULL,
    "SubmittedMonth" TEXT NOT NULL,
    "SettledMonth" TEXT NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "ApplicationType" TEXT NOT NULL,
    "Citizenship" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "Applications" INTEGER NOT NULL,
    CONSTRAINT "PK_Analytics_MonthlyApplications" PRIMARY KEY ("TenantId", "SubmittedMonth", "SettledMonth", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand")
);

CREATE TABLE "Analytics_MonthlyDecisions" (
    "TenantId" TEXT NOT NULL,
    "DecidedMonth" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "ProcessingDays" INTEGER NOT NULL,
    "OfficeId" TEXT NOT NULL,
    "ApplicationType" TEXT NOT NULL,
    "Citizenship" TEXT NOT NULL,
    "Sex" TEXT NOT NULL,
    "AgeBand" TEXT NOT NULL,
    "Decisions" INTEGER NOT NULL,
    "WithDueDay" INTEGER NOT NULL,
    "InTime" INTEGER NOT NULL,
    CONSTRAINT "PK_Analytics_MonthlyDecisions" PRIMARY KEY ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand")
);

INSERT INTO "Analytics_MonthlyApplications" ("TenantId", "SubmittedMonth", "SettledMonth", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Applications")
SELECT "TenantId", substr("SubmittedOn", 1, 8) || '01', COALESCE(substr("SettledOn", 1, 8) || '01', '9999-12-01'),
    "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", COUNT(*)
FROM "Analytics_FactApplications"
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;

INSERT INTO "Analytics_MonthlyDecisions" ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Decisions", "WithDueDay", "InTime")
SELECT "TenantId", substr("DecidedOn", 1, 8) || '01', COALESCE("Outcome", ''), "ProcessingDays",
    "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", COUNT(*), COUNT("DecidedInTime"), SUM(CASE WHEN "DecidedInTime" THEN 1 ELSE 0 END)
FROM "Analytics_FactApplications"
WHERE "DecidedOn" IS NOT NULL AND "ProcessingDays" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
