-- Forward-only. Never edit a migration that has been released; add the next one.
-- The steps of procedures a migrant has ticked off in their account.
CREATE TABLE "Portal_StepsDone" (
    "UserId" uuid NOT NULL,
    "ItemId" uuid NOT NULL,
    "StepKey" character varying(40) NOT NULL,
    "TenantId" uuid NOT NULL,
    "DoneAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Portal_StepsDone" PRIMARY KEY ("UserId", "ItemId", "StepKey"),
    CONSTRAINT "FK_Portal_StepsDone_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_StepsDone_ItemId" ON "Portal_StepsDone" ("ItemId");
