-- Forward-only. Never edit a migration that has been released; add the next one.
-- The portal's articles, news and alerts, each in its source language and its translations, with
-- where each translation stands and the hash of the source it was made from.
CREATE TABLE "Portal_ContentItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_ContentItems" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Slug" TEXT NOT NULL,
    "SourceLanguage" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "OwnerName" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "LastCheckedAt" TEXT NOT NULL,
    "LastCheckedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "Portal_ContentTexts" (
    "ItemId" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "SourceHash" TEXT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    CONSTRAINT "PK_Portal_ContentTexts" PRIMARY KEY ("ItemId", "Language"),
    CONSTRAINT "FK_Portal_ContentTexts_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_Portal_ContentItems_TenantId_Slug" ON "Portal_ContentItems" ("TenantId", "Slug");
