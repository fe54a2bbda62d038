-- Forward-only. Never edit a migration that has been released; add the next one.
-- How many case steps each tenant's warehouse holds, so that the warehouse page need not count twenty
-- million rows on every visit. Counted here once from the steps already held; from now on every writer
-- of a step adds what it inserted, in the same transaction.
CREATE TABLE "Analytics_CaseStepTallies" (
    "TenantId" TEXT NOT NULL CONSTRAINT "PK_Analytics_CaseStepTallies" PRIMARY KEY,
    "Steps" INTEGER NOT NULL
);

INSERT INTO "Analytics_CaseStepTallies" ("TenantId", "Steps")
SELECT "TenantId", COUNT(*) FROM "Analytics_FactCaseEvents" GROUP BY "TenantId";
