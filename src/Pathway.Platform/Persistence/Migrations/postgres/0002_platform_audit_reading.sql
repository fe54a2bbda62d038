-- The audit page lists an office's entries newest first and filters them by action and by date:
-- these keep those reads on an index however long the trail grows.
CREATE INDEX "IX_AuditEntries_TenantId_Sequence" ON "AuditEntries" ("TenantId", "Sequence");
CREATE INDEX "IX_AuditEntries_Action_Sequence" ON "AuditEntries" ("Action", "Sequence");
CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");
