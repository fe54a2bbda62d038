-- Forward-only. Never edit a migration that has been released; add the next one.
-- Confirmations of legal stay while a case runs (act on foreigners art. 108), checked publicly by an
-- unguessable code; their validity is read from the case, not stored.
CREATE TABLE "Cases_StayConfirmations" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "CaseId" uuid NOT NULL,
    "Number" character varying(20) NOT NULL,
    "Code" character varying(26) NOT NULL,
    "IssuedOn" date NOT NULL,
    "IssuedAt" timestamp with time zone NOT NULL,
    "IssuedBy" uuid NOT NULL,
    CONSTRAINT "PK_Cases_StayConfirmations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Cases_StayConfirmations_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Cases_StayConfirmations_CaseId" ON "Cases_StayConfirmations" ("CaseId");
CREATE UNIQUE INDEX "IX_Cases_StayConfirmations_Code" ON "Cases_StayConfirmations" ("Code");
CREATE UNIQUE INDEX "IX_Cases_StayConfirmations_TenantId_Number" ON "Cases_StayConfirmations" ("TenantId", "Number");
