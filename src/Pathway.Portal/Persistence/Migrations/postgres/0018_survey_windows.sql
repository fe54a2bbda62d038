-- Forward-only. Never edit a migration that has been released; add the next one.
-- The days a survey takes answers (both ends included, in the office's calendar; either may be open).
CREATE TABLE "Portal_SurveyWindows" (
    "ItemId" uuid NOT NULL CONSTRAINT "PK_Portal_SurveyWindows" PRIMARY KEY,
    "TenantId" uuid NOT NULL,
    "OpensOn" date,
    "ClosesOn" date,
    CONSTRAINT "FK_Portal_SurveyWindows_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);
