-- Forward-only. Never edit a migration that has been released; add the next one.
-- Online applications: a migrant's drafts and submissions, and the files filed with them (the bytes sit in a file store).
CREATE TABLE "Cases_OnlineApplications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_OnlineApplications" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "OwnerUserId" TEXT NOT NULL,
    "ApplicationType" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Surname" TEXT NULL,
    "GivenNames" TEXT NULL,
    "BirthDate" TEXT NULL,
    "Sex" TEXT NULL,
    "Citizenship" TEXT NULL,
    "PassportNumber" TEXT NULL,
    "PassportExpiresOn" TEXT NULL,
    "Purpose" TEXT NULL,
    "AddressStreet" TEXT NULL,
    "AddressPostalCode" TEXT NULL,
    "AddressCity" TEXT NULL,
    "EmployerName" TEXT NULL,
    "EmployerNip" TEXT NULL,
    "SchoolName" TEXT NULL,
    "SubmissionKey" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "CaseNumber" TEXT NULL,
    "SignatureMethod" TEXT NULL,
    "FeeMethod" TEXT NULL,
    "FeeReference" TEXT NULL,
    "FeePaidOn" TEXT NULL,
    "FeeAmountPln" TEXT NULL
);

CREATE INDEX "IX_Cases_OnlineApplications_TenantId_OwnerUserId" ON "Cases_OnlineApplications" ("TenantId", "OwnerUserId");

CREATE TABLE "Cases_ApplicationFiles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_ApplicationFiles" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "DocumentCode" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "StorageKey" TEXT NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_ApplicationFiles_Cases_OnlineApplications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Cases_OnlineApplications" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Cases_ApplicationFiles_ApplicationId" ON "Cases_ApplicationFiles" ("ApplicationId");
