-- Forward-only. Never edit a migration that has been released; add the next one.
CREATE TABLE "People_Persons" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Surname" character varying(200) NOT NULL,
    "GivenNames" character varying(200) NOT NULL,
    "NativeSurname" character varying(200),
    "NativeGivenNames" character varying(200),
    "NativeScript" character varying(8),
    "Sex" integer NOT NULL,
    "BirthDate" date NOT NULL,
    "BirthPlace" character varying(200),
    "Citizenship" character varying(3) NOT NULL,
    "RegisteredAt" timestamp with time zone NOT NULL,
    "SurnameKey" character varying(400) COLLATE "C" NOT NULL,
    "FullNameKey" character varying(400) COLLATE "C" NOT NULL,
    "NativeSurnameKey" character varying(400) COLLATE "C" NOT NULL,
    "NativeFullNameKey" character varying(400) COLLATE "C" NOT NULL,
    CONSTRAINT "PK_People_Persons" PRIMARY KEY ("Id")
);

CREATE TABLE "People_Documents" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Kind" integer NOT NULL,
    "Number" character varying(32) NOT NULL,
    "IssuingState" character varying(3) NOT NULL,
    "IssuedOn" date,
    "ExpiresOn" date,
    CONSTRAINT "PK_People_Documents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_People_Documents_People_Persons_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People_Persons" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_People_Documents_PersonId" ON "People_Documents" ("PersonId");

CREATE INDEX "IX_People_Documents_Number" ON "People_Documents" ("Number");

CREATE INDEX "IX_People_Persons_BirthDate" ON "People_Persons" ("BirthDate");

CREATE INDEX "IX_People_Persons_NativeSurnameKey" ON "People_Persons" ("NativeSurnameKey");

CREATE INDEX "IX_People_Persons_SurnameKey" ON "People_Persons" ("SurnameKey");
