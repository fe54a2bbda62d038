-- Forward-only. Never edit a migration that has been released; add the next one.
-- The service directory: the facts of a content item of kind Service (its name and description
-- are the item's texts): what it helps with, languages spoken, who serves, for whom, where, when.
CREATE TABLE "Portal_Services" (
    "ItemId" TEXT NOT NULL CONSTRAINT "PK_Portal_Services" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Languages" TEXT NOT NULL,
    "StaffGender" TEXT NOT NULL,
    "TargetGroups" TEXT NOT NULL,
    "District" TEXT NOT NULL,
    "PlaceName" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "OpeningHours" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "Website" TEXT NULL,
    "Free" INTEGER NOT NULL,
    CONSTRAINT "FK_Portal_Services_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_Services_TenantId" ON "Portal_Services" ("TenantId");
