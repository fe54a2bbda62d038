-- Forward-only. Never edit a migration that has been released; add the next one.
-- Events and courses: the date, place, languages and places of a content item of kind Event, and
-- the migrants' sign-ups with the waiting list.
CREATE TABLE "Portal_Events" (
    "ItemId" TEXT NOT NULL CONSTRAINT "PK_Portal_Events" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "StartsAt" TEXT NOT NULL,
    "EndsAt" TEXT NOT NULL,
    "PlaceName" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Latitude" REAL NULL,
    "Longitude" REAL NULL,
    "OnlineUrl" TEXT NULL,
    "Languages" TEXT NOT NULL,
    "Capacity" INTEGER NOT NULL,
    "SignupVersion" INTEGER NOT NULL,
    CONSTRAINT "FK_Portal_Events_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_Events_TenantId_EndsAt" ON "Portal_Events" ("TenantId", "EndsAt");

CREATE TABLE "Portal_EventSignups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_EventSignups" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "SignedUpAt" TEXT NOT NULL,
    "CancelledAt" TEXT NULL,
    CONSTRAINT "FK_Portal_EventSignups_Portal_Events_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_Events" ("ItemId") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Portal_EventSignups_ItemId_UserId" ON "Portal_EventSignups" ("ItemId", "UserId");
CREATE INDEX "IX_Portal_EventSignups_UserId" ON "Portal_EventSignups" ("UserId");
