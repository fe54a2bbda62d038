-- Forward-only. Never edit a migration that has been released; add the next one.
-- The helpline: rows of Asterisk's Master.csv and events of its queue_log (times in UTC; no caller's
-- number), the imports that brought them, the office's mapping of calls to categories, and the calls
-- operators log by hand.
CREATE TABLE "Support_CallRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_CallRecords" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "CallKey" TEXT NOT NULL,
    "StartedAt" TEXT NOT NULL,
    "AnsweredAt" TEXT NULL,
    "EndedAt" TEXT NOT NULL,
    "Duration" INTEGER NOT NULL,
    "BillableSeconds" INTEGER NOT NULL,
    "Disposition" TEXT NOT NULL,
    "DestinationContext" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "DestinationChannel" TEXT NOT NULL,
    "Destination" TEXT NOT NULL,
    "LastApplication" TEXT NOT NULL,
    "Sequence" INTEGER NULL,
    "ImportId" TEXT NOT NULL
);

-- A row imported again (the same file, or a file that grew) is found by its key, not added twice.
CREATE UNIQUE INDEX "IX_Support_CallRecords_TenantId_Key" ON "Support_CallRecords" ("TenantId", "Key");
CREATE INDEX "IX_Support_CallRecords_TenantId_StartedAt" ON "Support_CallRecords" ("TenantId", "StartedAt");

CREATE TABLE "Support_QueueEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_QueueEntries" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "CallId" TEXT NOT NULL,
    "Queue" TEXT NOT NULL,
    "Event" TEXT NOT NULL,
    "WaitSeconds" INTEGER NULL,
    "ImportId" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_Support_QueueEntries_TenantId_Key" ON "Support_QueueEntries" ("TenantId", "Key");
CREATE INDEX "IX_Support_QueueEntries_TenantId_At" ON "Support_QueueEntries" ("TenantId", "At");

CREATE TABLE "Support_CallImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_CallImports" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "QueueLogName" TEXT NULL,
    "RowsAdded" INTEGER NOT NULL,
    "RowsKnown" INTEGER NOT NULL,
    "RowsSkipped" INTEGER NOT NULL,
    "EventsAdded" INTEGER NOT NULL,
    "EventsKnown" INTEGER NOT NULL,
    "EventsSkipped" INTEGER NOT NULL
);

CREATE INDEX "IX_Support_CallImports_TenantId_At" ON "Support_CallImports" ("TenantId", "At");

CREATE TABLE "Support_CallRules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_CallRules" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Field" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Category" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_Support_CallRules_TenantId_Position" ON "Support_CallRules" ("TenantId", "Position");

CREATE TABLE "Support_LoggedCalls" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Support_LoggedCalls" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "Topic" TEXT NOT NULL,
    "Language" TEXT NOT NULL,
    "Minutes" INTEGER NOT NULL,
    "OperatorId" TEXT NULL,
    "Operator" TEXT NOT NULL,
    "LoggedAt" TEXT NOT NULL
);

CREATE INDEX "IX_Support_LoggedCalls_TenantId_At" ON "Support_LoggedCalls" ("TenantId", "At");
