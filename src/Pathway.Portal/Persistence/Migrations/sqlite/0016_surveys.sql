-- Forward-only. Never edit a migration that has been released; add the next one.
-- Surveys: how each question of a survey item is answered, and readers' answers kept without who gave them.
CREATE TABLE "Portal_SurveyQuestions" (
    "ItemId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "TenantId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Required" INTEGER NOT NULL,
    CONSTRAINT "PK_Portal_SurveyQuestions" PRIMARY KEY ("ItemId", "Number"),
    CONSTRAINT "FK_Portal_SurveyQuestions_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_SurveyQuestions_TenantId" ON "Portal_SurveyQuestions" ("TenantId");

CREATE TABLE "Portal_SurveyResponses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_SurveyResponses" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "ItemId" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    CONSTRAINT "FK_Portal_SurveyResponses_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_SurveyResponses_ItemId" ON "Portal_SurveyResponses" ("ItemId");

CREATE TABLE "Portal_SurveyAnswers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_SurveyAnswers" PRIMARY KEY,
    "ResponseId" TEXT NOT NULL,
    "Question" INTEGER NOT NULL,
    "Choice" INTEGER NULL,
    "Text" TEXT NULL,
    CONSTRAINT "FK_Portal_SurveyAnswers_Portal_SurveyResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "Portal_SurveyResponses" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_SurveyAnswers_ResponseId" ON "Portal_SurveyAnswers" ("ResponseId");
