-- Forward-only. Never edit a migration that has been released; add the next one.
-- The helpline: rows of Asterisk's Master.csv and events of its queue_log (times in UTC; no caller's
-- number), the imports that brought them, the office's mapping of calls to categories, and the calls
-- operators log by hand.
CREATE TABLE "Support_CallRecords" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Key" text NOT NULL,
    "CallKey" text NOT NULL,
    "StartedAt" timestamp with time zone NOT NULL,
    "AnsweredAt" timestamp with time zone,
    "EndedAt" timestamp with time zone NOT NULL,
    "Duration" integer NOT NULL,
    "BillableSeconds" integer NOT NULL,
    "Disposition" text NOT NULL,
    "DestinationContext" text NOT NULL,
    "Channel" text NOT NULL,
    "DestinationChannel" text NOT NULL,
    "Destination" text NOT NULL,
    "LastApplication" text NOT NULL,
    "Sequence" integer,
    "ImportId" uuid NOT NULL,
    CONSTRAINT "PK_Support_CallRecords" PRIMARY KEY ("Id")
);

-- A row imported again (the same file, or a file that grew) is found by its key, not added twice.
CREATE UNIQUE INDEX "IX_Support_CallRecords_TenantId_Key" ON "Support_CallRecords" ("TenantId", "Key");
CREATE INDEX "IX_Support_CallRecords_TenantId_StartedAt" ON "Support_CallRecords" ("TenantId", "StartedAt");

CREATE TABLE "Support_QueueEntries" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Key" text NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "CallId" text NOT NULL,
    "Queue" text NOT NULL,
    "Event" text NOT NULL,
    "WaitSeconds" integer,
    "ImportId" uuid NOT NULL,
    CONSTRAINT "PK_Support_QueueEntries" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Support_QueueEntries_TenantId_Key" ON "Support_QueueEntries" ("TenantId", "Key");
CREATE INDEX "IX_Support_QueueEntries_TenantId_At" ON "Support_QueueEntries" ("TenantId", "At");

CREATE TABLE "Support_CallImports" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "By" character varying(256) NOT NULL,
    "FileName" character varying(260) NOT NULL,
    "QueueLogName" character varying(260),
    "RowsAdded" integer NOT NULL,
    "RowsKnown" integer NOT NULL,
    "RowsSkipped" integer NOT NULL,
    "EventsAdded" integer NOT NULL,
    "EventsKnown" integer NOT NULL,
    "EventsSkipped" integer NOT NULL,
    CONSTRAINT "PK_Support_CallImports" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Support_CallImports_TenantId_At" ON "Support_CallImports" ("TenantId", "At");

CREATE TABLE "Support_CallRules" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Field" character varying(32) NOT NULL,
    "Prefix" character varying(80) NOT NULL,
    "Category" character varying(32) NOT NULL,
    CONSTRAINT "PK_Support_CallRules" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Support_CallRules_TenantId_Position" ON "Support_CallRules" ("TenantId", "Position");

CREATE TABLE "Support_LoggedCalls" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "Direction" character varying(16) NOT NULL,
    "Topic" character varying(32) NOT NULL,
    "Language" character varying(8) NOT NULL,
    "Minutes" integer NOT NULL,
    "OperatorId" uuid,
    "Operator" character varying(256) NOT NULL,
    "LoggedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Support_LoggedCalls" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Support_LoggedCalls_TenantId_At" ON "Support_LoggedCalls" ("TenantId", "At");
