-- Forward-only. Never edit a migration that has been released; add the next one.
-- The days a survey takes answers (both ends included, in the office's calendar; either may be open).
CREATE TABLE "Portal_SurveyWindows" (
    "ItemId" TEXT NOT NULL CONSTRAINT "PK_Portal_SurveyWindows" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "OpensOn" TEXT NULL,
    "ClosesOn" TEXT NULL,
    CONSTRAINT "FK_Portal_SurveyWindows_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);
