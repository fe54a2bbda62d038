-- Forward-only. Never edit a migration that has been released; add the next one.
-- What the platform tells one person (a document of theirs ends, an organisation answered), kept
-- as a kind and its arguments and put into words when read, in the reader's language.
CREATE TABLE "Portal_Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_Notifications" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "First" TEXT NOT NULL,
    "Second" TEXT NULL,
    "Link" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ReadAt" TEXT NULL
);

CREATE INDEX "IX_Portal_Notifications_TenantId_UserId_CreatedAt" ON "Portal_Notifications" ("TenantId", "UserId", "CreatedAt");
