-- Forward-only. Never edit a migration that has been released; add the next one.
-- Decision trees ("Which permit fits me?"): where each answer of a content item of kind
-- DecisionTree leads (its words are the body's "## " sections and their lists).
CREATE TABLE "Portal_TreeAnswers" (
    "ItemId" TEXT NOT NULL,
    "Question" INTEGER NOT NULL,
    "Answer" INTEGER NOT NULL,
    "TenantId" TEXT NOT NULL,
    "QuestionKey" TEXT NOT NULL,
    "LeadsTo" TEXT NULL,
    "Procedure" TEXT NULL,
    "ApplicationType" TEXT NULL,
    CONSTRAINT "PK_Portal_TreeAnswers" PRIMARY KEY ("ItemId", "Question", "Answer"),
    CONSTRAINT "FK_Portal_TreeAnswers_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_TreeAnswers_TenantId" ON "Portal_TreeAnswers" ("TenantId");
