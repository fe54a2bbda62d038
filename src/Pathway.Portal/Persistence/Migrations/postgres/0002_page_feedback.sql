-- Forward-only. Never edit a migration that has been released; add the next one.
-- Readers' answers to "Was this page helpful?", kept without who gave them.
CREATE TABLE "Portal_PageFeedback" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "ItemId" uuid NOT NULL,
    "Language" character varying(16) NOT NULL,
    "Helpful" boolean NOT NULL,
    "Comment" character varying(1000),
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Portal_PageFeedback" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Portal_PageFeedback_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_PageFeedback_ItemId_At" ON "Portal_PageFeedback" ("ItemId", "At");
