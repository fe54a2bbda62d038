-- Forward-only. Never edit a migration that has been released; add the next one.
-- Decision trees ("Which permit fits me?"): where each answer of a content item of kind
-- DecisionTree leads (its words are the body's "## " sections and their lists).
CREATE TABLE "Portal_TreeAnswers" (
    "ItemId" uuid NOT NULL,
    "Question" integer NOT NULL,
    "Answer" integer NOT NULL,
    "TenantId" uuid NOT NULL,
    "QuestionKey" character varying(40) NOT NULL,
    "LeadsTo" character varying(40),
    "Procedure" character varying(80),
    "ApplicationType" character varying(40),
    CONSTRAINT "PK_Portal_TreeAnswers" PRIMARY KEY ("ItemId", "Question", "Answer"),
    CONSTRAINT "FK_Portal_TreeAnswers_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_TreeAnswers_TenantId" ON "Portal_TreeAnswers" ("TenantId");
