-- Forward-only. Never edit a migration that has been released; add the next one.
-- An office's logo for the portal's header, made anew from the upload as WebP; one per office.
CREATE TABLE "Portal_Logos" (
    "TenantId" TEXT NOT NULL CONSTRAINT "PK_Portal_Logos" PRIMARY KEY,
    "Image" BLOB NOT NULL,
    "Hash" TEXT NOT NULL,
    "Width" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL
);
