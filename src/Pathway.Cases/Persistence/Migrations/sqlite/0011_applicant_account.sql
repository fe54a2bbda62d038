-- Forward-only. Never edit a migration that has been released; add the next one.
-- The migrant's own account on a case that came through the online application, so they can follow it.
ALTER TABLE "Cases_Cases" ADD COLUMN "ApplicantUserId" TEXT NULL;

CREATE INDEX "IX_Cases_Cases_TenantId_ApplicantUserId" ON "Cases_Cases" ("TenantId", "ApplicantUserId");
