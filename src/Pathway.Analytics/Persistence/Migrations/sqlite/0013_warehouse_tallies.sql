-- Forward-only. Never edit a migration that has been released; add the next one.
-- What each tenant's warehouse holds and when it last changed, kept as its facts are written, so that
-- the warehouse page need not count twenty million steps, nor the open-data page look for the newest,
-- on every visit. Counted here once from the facts already held; from now on every writer of facts adds
-- what it wrote in the same transaction.
CREATE TABLE "Analytics_WarehouseTallies" (
    "TenantId" TEXT NOT NULL CONSTRAINT "PK_Analytics_WarehouseTallies" PRIMARY KEY,
    "Steps" INTEGER NOT NULL,
    "Changes" INTEGER NOT NULL,
    "ChangedAt" TEXT NOT NULL
);

INSERT INTO "Analytics_WarehouseTallies" ("TenantId", "Steps", "Changes", "ChangedAt")
SELECT "TenantId", SUM("Steps"), SUM("Steps"), MAX("ChangedAt") FROM (
    SELECT "TenantId", COUNT(*) AS "Steps", MAX("At") AS "ChangedAt" FROM "Analytics_FactCaseEvents" GROUP BY "TenantId"
    UNION ALL
    SELECT "TenantId", 0, "FinishedAt" FROM "Analytics_WarehouseLoads" WHERE "FinishedAt" IS NOT NULL
) AS facts
GROUP BY "TenantId";

-- The steps' index by tenant and day goes: what read it (the page's count, the datasets' update time, a
-- rebuild's span of days) reads the tally or the applications now, and a rebuild no longer builds it.
DROP INDEX IF EXISTS "IX_Analytics_FactCaseEvents_TenantId_On";
