-- Forward-only. Never edit a migration that has been released; add the next one.
-- Pictures that explain documents: the picture of a content item of kind Document, made anew from
-- the editor's upload, and its numbered spots (what each means is the item's text).
CREATE TABLE "Portal_DocumentPictures" (
    "ItemId" uuid NOT NULL CONSTRAINT "PK_Portal_DocumentPictures" PRIMARY KEY,
    "TenantId" uuid NOT NULL,
    "Image" bytea NOT NULL,
    "Hash" character varying(16) NOT NULL,
    "Width" integer NOT NULL,
    "Height" integer NOT NULL,
    "UploadedAt" timestamp with time zone NOT NULL,
    "UploadedBy" character varying(200) NOT NULL,
    CONSTRAINT "FK_Portal_DocumentPictures_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_DocumentPictures_TenantId" ON "Portal_DocumentPictures" ("TenantId");

CREATE TABLE "Portal_PictureSpots" (
    "ItemId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "TenantId" uuid NOT NULL,
    "X" integer NOT NULL,
    "Y" integer NOT NULL,
    CONSTRAINT "PK_Portal_PictureSpots" PRIMARY KEY ("ItemId", "Number"),
    CONSTRAINT "FK_Portal_PictureSpots_Portal_DocumentPictures_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_DocumentPictures" ("ItemId") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_PictureSpots_TenantId" ON "Portal_PictureSpots" ("TenantId");
