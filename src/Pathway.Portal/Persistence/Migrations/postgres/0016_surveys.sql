-- Forward-only. Never edit a migration that has been released; add the next one.
-- Surveys: how each question of a survey item is answered, and readers' answers kept without who gave them.
CREATE TABLE "Portal_SurveyQuestions" (
    "ItemId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "TenantId" uuid NOT NULL,
    "Key" character varying(64) NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "Required" boolean NOT NULL,
    CONSTRAINT "PK_Portal_SurveyQuestions" PRIMARY KEY ("ItemId", "Number"),
    CONSTRAINT "FK_Portal_SurveyQuestions_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_SurveyQuestions_TenantId" ON "Portal_SurveyQuestions" ("TenantId");

CREATE TABLE "Portal_SurveyResponses" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "ItemId" uuid NOT NULL,
    "Language" character varying(16) NOT NULL,
    "At" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Portal_SurveyResponses" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Portal_SurveyResponses_Portal_ContentItems_ItemId" FOREIGN KEY ("ItemId") REFERENCES "Portal_ContentItems" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_SurveyResponses_ItemId" ON "Portal_SurveyResponses" ("ItemId");

CREATE TABLE "Portal_SurveyAnswers" (
    "Id" uuid NOT NULL,
    "ResponseId" uuid NOT NULL,
    "Question" integer NOT NULL,
    "Choice" integer NULL,
    "Text" character varying(1000) NULL,
    CONSTRAINT "PK_Portal_SurveyAnswers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Portal_SurveyAnswers_Portal_SurveyResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "Portal_SurveyResponses" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Portal_SurveyAnswers_ResponseId" ON "Portal_SurveyAnswers" ("ResponseId");
