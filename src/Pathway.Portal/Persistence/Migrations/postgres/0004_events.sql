-- Forward-only. Never edit a migration that has been released; add the next one.
-- Events and courses: the date, place, languages and places of a content item of kind Event, and
-- the migrants' sign-ups with the waiting list.
CREATE TABLE "Portal_Events" (
    "ItemId" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "StartsAt" timestamp with time zone NOT NULL,
    "EndsAt" timestamp with time zone NOT NULL,
    "PlaceName" character varying(200) NOT NULL,
    "Address" character varying(300) NOT NULL,
    "Latitude" double precision,
    "Longitude" double precision,
    "OnlineUrl" character varying(500),
    "Languages" character varying(200) NOT NULL,
    "Capacity" integer NOT NULL,
    "SignupVersion" integer NOT NULL,
    CONSTRAINT "PK_Portal_Events" PRIMARY KEY ("ItemId"),
    CONSTRAINT "FK_Portal_Events_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_Events_TenantId_EndsAt" ON "Portal_Events" ("TenantId", "EndsAt");

CREATE TABLE "Portal_EventSignups" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "ItemId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "DisplayName" character varying(200) NOT NULL,
    "Language" character varying(16) NOT NULL,
    "Status" character varying(16) NOT NULL,
    "SignedUpAt" timestamp with time zone NOT NULL,
    "CancelledAt" timestamp with time zone,
    CONSTRAINT "PK_Portal_EventSignups" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Portal_EventSignups_Portal_Events_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_Events" ("ItemId") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Portal_EventSignups_ItemId_UserId" ON "Portal_EventSignups" ("ItemId", "UserId");
CREATE INDEX "IX_Portal_EventSignups_UserId" ON "Portal_EventSignups" ("UserId");
