-- Forward-only. Never edit a migration that has been released; add the next one.
-- The decision checklist finds the online application behind a case by its number.
CREATE INDEX "IX_Cases_OnlineApplications_TenantId_CaseNumber" ON "Cases_OnlineApplications" ("TenantId", "CaseNumber");
