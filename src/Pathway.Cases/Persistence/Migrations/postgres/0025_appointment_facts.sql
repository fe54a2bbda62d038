-- Forward-only. Never edit a migration that has been released; add the next one.
-- How often statistics were told of a booking (the version of its facts in the outbox): a reader keeps
-- the newest. Bookings made before start at 0; the warehouse's rebuild tells them.
ALTER TABLE "Cases_Bookings" ADD COLUMN "Version" integer NOT NULL DEFAULT 0;

-- A tenant's bookings in id order, a page after a key at a time: what the warehouse's rebuild reads.
CREATE INDEX "IX_Cases_Bookings_TenantId_Id" ON "Cases_Bookings" ("TenantId", "Id");
