-- Forward-only. Never edit a migration that has been released; add the next one.
-- The steps of procedures a migrant has ticked off in their account.
CREATE TABLE "Portal_StepsDone" (
    "UserId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "StepKey" TEXT NOT NULL,
    "TenantId" TEXT NOT NULL,
    "DoneAt" TEXT NOT NULL,
    CONSTRAINT "PK_Portal_StepsDone" PRIMARY KEY ("UserId", "ItemId", "StepKey"),
    CONSTRAINT "FK_Portal_StepsDone_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_StepsDone_ItemId" ON "Portal_StepsDone" ("ItemId");
