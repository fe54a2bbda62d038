-- Forward-only. Never edit a migration that has been released; add the next one.
-- The employer's annex to a work application, filed by the employer through a one-time link: the
-- link's token is kept only as its SHA-256; the annex as canonical JSON with its SHA-256.
ALTER TABLE "Cases_OnlineApplications" ADD COLUMN "EmployerAnnexId" TEXT NULL;
ALTER TABLE "Cases_OnlineApplications" ADD COLUMN "EmployerAnnexSha256" TEXT NULL;
ALTER TABLE "Cases_OnlineApplications" ADD COLUMN "EmployerAnnexFiledAt" TEXT NULL;

CREATE TABLE "Cases_EmployerAnnexRequests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_EmployerAnnexRequests" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "ApplicationId" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    CONSTRAINT "FK_Cases_EmployerAnnexRequests_Cases_OnlineApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Cases_OnlineApplications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_EmployerAnnexRequests_ApplicationId" ON "Cases_EmployerAnnexRequests" ("ApplicationId");
CREATE UNIQUE INDEX "IX_Cases_EmployerAnnexRequests_TokenHash" ON "Cases_EmployerAnnexRequests" ("TokenHash");

CREATE TABLE "Cases_EmployerAnnexes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_EmployerAnnexes" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "ApplicationId" TEXT NOT NULL,
    "RequestId" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "FiledAt" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_EmployerAnnexes_Cases_OnlineApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Cases_OnlineApplications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_EmployerAnnexes_ApplicationId" ON "Cases_EmployerAnnexes" ("ApplicationId");
