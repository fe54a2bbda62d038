-- Forward-only. Never edit a migration that has been released; add the next one.
-- Pictures that explain documents: the picture of a content item of kind Document, made anew from
-- the editor's upload, and its numbered spots (what each means is the item's text).
CREATE TABLE "Portal_DocumentPictures" (
    "ItemId" TEXT NOT NULL CONSTRAINT "PK_Portal_DocumentPictures" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Image" BLOB NOT NULL,
    "Hash" TEXT NOT NULL,
    "Width" INTEGER NOT NULL,
    "Height" INTEGER NOT NULL,
    "UploadedAt" TEXT NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    CONSTRAINT "FK_Portal_DocumentPictures_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_DocumentPictures_TenantId" ON "Portal_DocumentPictures" ("TenantId");

CREATE TABLE "Portal_PictureSpots" (
    "ItemId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "TenantId" TEXT NOT NULL,
    "X" INTEGER NOT NULL,
    "Y" INTEGER NOT NULL,
    CONSTRAINT "PK_Portal_PictureSpots" PRIMARY KEY ("ItemId", "Number"),
    CONSTRAINT "FK_Portal_PictureSpots_Portal_DocumentPictures_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_DocumentPictures" ("ItemId") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_PictureSpots_TenantId" ON "Portal_PictureSpots" ("TenantId");
