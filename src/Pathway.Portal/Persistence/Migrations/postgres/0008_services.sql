-- Forward-only. Never edit a migration that has been released; add the next one.
-- The service directory: the facts of a content item of kind Service (its name and description
-- are the item's texts): what it helps with, languages spoken, who serves, for whom, where, when.
CREATE TABLE "Portal_Services" (
    "ItemId" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Category" character varying(32) NOT NULL,
    "Languages" character varying(300) NOT NULL,
    "StaffGender" character varying(16) NOT NULL,
    "TargetGroups" character varying(300) NOT NULL,
    "District" character varying(100) NOT NULL,
    "PlaceName" character varying(200) NOT NULL,
    "Address" character varying(300) NOT NULL,
    "Latitude" double precision,
    "Longitude" double precision,
    "OpeningHours" character varying(200) NOT NULL,
    "Phone" character varying(40),
    "Email" character varying(200),
    "Website" character varying(500),
    "Free" boolean NOT NULL,
    CONSTRAINT "PK_Portal_Services" PRIMARY KEY ("ItemId"),
    CONSTRAINT "FK_Portal_Services_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_Services_TenantId" ON "Portal_Services" ("TenantId");
