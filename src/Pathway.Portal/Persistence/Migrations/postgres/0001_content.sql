-- Forward-only. Never edit a migration that has been released; add the next one.
-- The portal's articles, news and alerts, each in its source language and its translations, with
-- where each translation stands and the hash of the source it was made from.
CREATE TABLE "Portal_ContentItems" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Slug" character varying(80) NOT NULL,
    "SourceLanguage" character varying(16) NOT NULL,
    "OwnerId" uuid NOT NULL,
    "OwnerName" character varying(200) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "LastCheckedAt" timestamp with time zone NOT NULL,
    "LastCheckedBy" character varying(200) NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_Portal_ContentItems" PRIMARY KEY ("Id")
);

CREATE TABLE "Portal_ContentTexts" (
    "ItemId" uuid NOT NULL,
    "Language" character varying(16) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Body" character varying(100000) NOT NULL,
    "State" character varying(16) NOT NULL,
    "SourceHash" character varying(64),
    "UpdatedAt" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(200) NOT NULL,
    CONSTRAINT "PK_Portal_ContentTexts" PRIMARY KEY ("ItemId", "Language"),
    CONSTRAINT "FK_Portal_ContentTexts_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Portal_ContentItems_TenantId_Slug" ON "Portal_ContentItems" ("TenantId", "Slug");
