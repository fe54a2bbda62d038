-- Forward-only. Never edit a migration that has been released; add the next one.
-- How often statistics were told of a service (the version of its facts in the outbox): a reader keeps
-- the newest. Services recorded before start at 0; the warehouse's rebuild tells them.
ALTER TABLE "Support_Services" ADD COLUMN "Version" integer NOT NULL DEFAULT 0;

-- A call's rows and queue events together: an import tells statistics each call it added to, whole.
CREATE INDEX "IX_Support_CallRecords_TenantId_CallKey" ON "Support_CallRecords" ("TenantId", "CallKey");
CREATE INDEX "IX_Support_QueueEntries_TenantId_CallId" ON "Support_QueueEntries" ("TenantId", "CallId");
