-- Forward-only. Never edit a migration that has been released; add the next one.
CREATE TABLE "People_Persons" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People_Persons" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Surname" TEXT NOT NULL,
    "GivenNames" TEXT NOT NULL,
    "NativeSurname" TEXT NULL,
    "NativeGivenNames" TEXT NULL,
    "NativeScript" TEXT NULL,
    "Sex" INTEGER NOT NULL,
    "BirthDate" TEXT NOT NULL,
    "BirthPlace" TEXT NULL,
    "Citizenship" TEXT NOT NULL,
    "RegisteredAt" TEXT NOT NULL,
    "SurnameKey" TEXT NOT NULL,
    "FullNameKey" TEXT NOT NULL,
    "NativeSurnameKey" TEXT NOT NULL,
    "NativeFullNameKey" TEXT NOT NULL
);

CREATE TABLE "People_Documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People_Documents" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Number" TEXT NOT NULL,
    "IssuingState" TEXT NOT NULL,
    "IssuedOn" TEXT NULL,
    "ExpiresOn" TEXT NULL,
    CONSTRAINT "FK_People_Documents_People_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People_Persons" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_People_Documents_PersonId" ON "People_Documents" ("PersonId");

CREATE INDEX "IX_People_Documents_Number" ON "People_Documents" ("Number");

CREATE INDEX "IX_People_Persons_BirthDate" ON "People_Persons" ("BirthDate");

CREATE INDEX "IX_People_Persons_NativeSurnameKey" ON "People_Persons" ("NativeSurnameKey");

CREATE INDEX "IX_People_Persons_SurnameKey" ON "People_Persons" ("SurnameKey");
