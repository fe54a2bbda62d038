-- Forward-only. Never edit a migration that has been released; add the next one.
-- What the platform tells one person (a document of theirs ends, an organisation answered), kept
-- as a kind and its arguments and put into words when read, in the reader's language.
CREATE TABLE "Portal_Notifications" (
    "Id" uuid NOT NULL CONSTRAINT "PK_Portal_Notifications" PRIMARY KEY,
    "TenantId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Kind" character varying(32) NOT NULL,
    "First" character varying(200) NOT NULL,
    "Second" character varying(200),
    "Link" character varying(200) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ReadAt" timestamp with time zone
);

CREATE INDEX "IX_Portal_Notifications_TenantId_UserId_CreatedAt" ON "Portal_Notifications" ("TenantId", "UserId", "CreatedAt");
