-- Forward-only. Never edit a migration that has been released; add the next one.
-- Confirmations of legal stay while a case runs (act on foreigners art. 108), checked publicly by an
-- unguessable code; their validity is read from the case, not stored.
CREATE TABLE "Cases_StayConfirmations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases_StayConfirmations" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "CaseId" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "IssuedAt" TEXT NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Cases_StayConfirmations_Cases_Cases_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Cases_Cases" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Cases_StayConfirmations_CaseId" ON "Cases_StayConfirmations" ("CaseId");
CREATE UNIQUE INDEX "IX_Cases_StayConfirmations_Code" ON "Cases_StayConfirmations" ("Code");
CREATE UNIQUE INDEX "IX_Cases_StayConfirmations_TenantId_Number" ON "Cases_StayConfirmations" ("TenantId", "Number");
