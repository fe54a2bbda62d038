-- Forward-only. Never edit a migration that has been released; add the next one.
-- Readers' answers to "Was this page helpful?", kept without who gave them.
CREATE TABLE "Portal_PageFeedback" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_PageFeedback" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Helpful" INTEGER NOT NULL,
    "Comment" TEXT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_Portal_PageFeedback_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_PageFeedback_ItemId_At" ON "Portal_PageFeedback" ("ItemId", "At");
