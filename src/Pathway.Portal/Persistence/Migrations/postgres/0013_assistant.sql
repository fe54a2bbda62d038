-- Forward-only. Never edit a migration that has been released; add the next one.
-- The assistant's turns: each question as kept (scrubbed of personal data) and what was answered,
-- with no account or address, for the editors' view of what the portal does not answer.
CREATE TABLE "Portal_AssistantTurns" (
    "Id" uuid NOT NULL CONSTRAINT "PK_Portal_AssistantTurns" PRIMARY KEY,
    "TenantId" uuid NOT NULL,
    "ConversationId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Language" character varying(16) NOT NULL,
    "Question" character varying(500) NOT NULL,
    "Answered" boolean NOT NULL,
    "Confidence" double precision NOT NULL,
    "Answer" character varying(4000),
    "AnswerLanguage" character varying(16),
    "Rephrased" boolean NOT NULL,
    "Sources" character varying(1000) NOT NULL,
    "AskedAt" timestamp with time zone NOT NULL,
    "Helpful" boolean
);

CREATE UNIQUE INDEX "IX_Portal_AssistantTurns_TenantId_ConversationId_Position" ON "Portal_AssistantTurns" ("TenantId", "ConversationId", "Position");
CREATE INDEX "IX_Portal_AssistantTurns_TenantId_AskedAt" ON "Portal_AssistantTurns" ("TenantId", "AskedAt");
