-- Forward-only. Never edit a migration that has been released; add the next one.
-- Online applications: a migrant's drafts and submissions, and the files filed with them (the bytes sit in a file store).
CREATE TABLE "Cases_OnlineApplications" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "OwnerUserId" uuid NOT NULL,
    "ApplicationType" character varying(40) NOT NULL,
    "State" character varying(32) NOT NULL,
    "Version" integer NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "Surname" character varying(200),
    "GivenNames" character varying(200),
    "BirthDate" date,
    "Sex" character varying(1),
    "Citizenship" character varying(3),
    "PassportNumber" character varying(20),
    "PassportExpiresOn" date,
    "Purpose" character varying(1000),
    "AddressStreet" character varying(200),
    "AddressPostalCode" character varying(6),
    "AddressCity" character varying(200),
    "EmployerName" character varying(200),
    "EmployerNip" character varying(10),
    "SchoolName" character varying(200),
    "SubmissionKey" character varying(200),
    "SubmittedAt" timestamp with time zone,
    "CaseNumber" character varying(40),
    "SignatureMethod" character varying(60),
    "FeeMethod" character varying(16),
    "FeeReference" character varying(60),
    "FeePaidOn" date,
    "FeeAmountPln" numeric(10,2),
    CONSTRAINT "PK_Cases_OnlineApplications" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Cases_OnlineApplications_TenantId_OwnerUserId" ON "Cases_OnlineApplications" ("TenantId", "OwnerUserId");

CREATE TABLE "Cases_ApplicationFiles" (
    "Id" uuid NOT NULL,
    "ApplicationId" uuid NOT NULL,
    "DocumentCode" character varying(40) NOT NULL,
    "FileName" character varying(200) NOT NULL,
    "ContentType" character varying(40) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "StorageKey" character varying(200) NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Cases_ApplicationFiles" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_ApplicationFiles_Cases_OnlineApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Cases_OnlineApplications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_ApplicationFiles_ApplicationId" ON "Cases_ApplicationFiles" ("ApplicationId");
