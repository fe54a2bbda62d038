-- Forward-only. Never edit a migration that has been released; add the next one.
-- Readers' ratings of the directory's services, one to five stars, kept without who gave them.
CREATE TABLE "Portal_ServiceRatings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_ServiceRatings" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Stars" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_Portal_ServiceRatings_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_ServiceRatings_ItemId" ON "Portal_ServiceRatings" ("ItemId");
