-- Forward-only. Never edit a migration that has been released; add the next one.
-- Report schedules: which report runs when, with what, for whom. The office's rows are the truth;
-- Quartz.NET's job store holds the triggers that fire them: Quartz creates its own tables (prefix
-- analytics_qrtz_) when its scheduler first starts, at the schema of the Quartz version in use.
CREATE TABLE "Analytics_ReportSchedules" (
    "Id" uuid NOT NULL,
    "TenantId" uuid NOT NULL,
    "Definition" character varying(64) NOT NULL,
    "Parameters" character varying(1000) NOT NULL,
    "Format" character varying(16) NOT NULL,
    "Transmission" boolean NOT NULL,
    "Culture" character varying(16) NOT NULL,
    "Cron" character varying(120) NOT NULL,
    "TimeZone" character varying(64) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "CreatedBy" uuid,
    "CreatedByName" character varying(256) NOT NULL,
    "LastRunAt" timestamp with time zone,
    "LastOutcome" character varying(1000),
    CONSTRAINT "PK_Analytics_ReportSchedules" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_Analytics_ReportSchedules_TenantId" ON "Analytics_ReportSchedules" ("TenantId");
