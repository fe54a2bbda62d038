-- Forward-only. Never edit a migration that has been released; add the next one.
-- The employer's annex to a work application, filed by the employer through a one-time link: the
-- link's token is kept only as its SHA-256; the annex as canonical JSON with its SHA-256.
ALTER TABLE "Cases_OnlineApplications" ADD "EmployerAnnexId" uuid NULL;
ALTER TABLE "Cases_OnlineApplications" ADD "EmployerAnnexSha256" character varying(64) NULL;
ALTER TABLE "Cases_OnlineApplications" ADD "EmployerAnnexFiledAt" timestamp with time zone NULL;

CREATE TABLE "Cases_EmployerAnnexRequests" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "ApplicationId" uuid NOT NULL,
    "Email" character varying(254) NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "UsedAt" timestamp with time zone NULL,
    CONSTRAINT "PK_Cases_EmployerAnnexRequests" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_EmployerAnnexRequests_Cases_OnlineApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Cases_OnlineApplications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_EmployerAnnexRequests_ApplicationId" ON "Cases_EmployerAnnexRequests" ("ApplicationId");
CREATE UNIQUE INDEX "IX_Cases_EmployerAnnexRequests_TokenHash" ON "Cases_EmployerAnnexRequests" ("TokenHash");

CREATE TABLE "Cases_EmployerAnnexes" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "ApplicationId" uuid NOT NULL,
    "RequestId" uuid NOT NULL,
    "Content" character varying(8000) NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "FiledAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Cases_EmployerAnnexes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_EmployerAnnexes_Cases_OnlineApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Cases_OnlineApplications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_EmployerAnnexes_ApplicationId" ON "Cases_EmployerAnnexes" ("ApplicationId");
