-- Forward-only. Never edit a migration that has been released; add the next one.
-- A tenant's cases in id order, a page after a key at a time: what the warehouse's rebuild reads.
-- Without it the database sorts all of the tenant's cases for every page.
CREATE INDEX "IX_Cases_Cases_TenantId_Id" ON "Cases_Cases" ("TenantId", "Id");
