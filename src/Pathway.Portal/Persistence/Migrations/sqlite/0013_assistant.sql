-- Forward-only. Never edit a migration that has been released; add the next one.
-- The assistant's turns: each question as kept (scrubbed of personal data) and what was answered,
-- with no account or address, for the editors' view of what the portal does not answer.
CREATE TABLE "Portal_AssistantTurns" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Portal_AssistantTurns" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "ConversationId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Language" TEXT NOT NULL,
    "Question" TEXT NOT NULL,
    "Answered" INTEGER NOT NULL,
    "Confidence" REAL NOT NULL,
    "Answer" TEXT NULL,
    "AnswerLanguage" TEXT NULL,
    "Rephrased" INTEGER NOT NULL,
    "Sources" TEXT NOT NULL,
    "AskedAt" TEXT NOT NULL,
    "Helpful" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_Portal_AssistantTurns_TenantId_ConversationId_Position" ON "Portal_AssistantTurns" ("TenantId", "ConversationId", "Position");
CREATE INDEX "IX_Portal_AssistantTurns_TenantId_AskedAt" ON "Portal_AssistantTurns" ("TenantId", "AskedAt");
