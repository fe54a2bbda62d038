-- Forward-only. Never edit a migration that has been released; add the next one.
-- Guided procedures: the facts of each step of a content item of kind Procedure (its words are the
-- body's "## " sections), with the documents it needs and produces and the steps it comes after.
CREATE TABLE "Portal_ProcedureSteps" (
    "ItemId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "TenantId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CostAmount" TEXT NULL,
    "CostCurrency" TEXT NULL,
    "PlaceName" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "OpeningHours" TEXT NOT NULL,
    "OnlineUrl" TEXT NULL,
    "Needs" TEXT NOT NULL,
    "Produces" TEXT NOT NULL,
    "After" TEXT NOT NULL,
    CONSTRAINT "PK_Portal_ProcedureSteps" PRIMARY KEY ("ItemId", "Position"),
    CONSTRAINT "FK_Portal_ProcedureSteps_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_ProcedureSteps_TenantId" ON "Portal_ProcedureSteps" ("TenantId");
