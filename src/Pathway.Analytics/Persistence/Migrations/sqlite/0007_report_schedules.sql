-- Forward-only. Never edit a migration that has been released; add the next one.
-- Report schedules: which report runs when, with what, for whom. The office's rows are the truth;
-- Quartz.NET's job store holds the triggers that fire them: Quartz creates its own tables (prefix
-- analytics_qrtz_) when its scheduler first starts, at the schema of the Quartz version in use.
CREATE TABLE "Analytics_ReportSchedules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Analytics_ReportSchedules" PRIMARY KEY,
    "TenantId" TEXT NOT NULL,
    "Definition" TEXT NOT NULL,
    "Parameters" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "Transmission" INTEGER NOT NULL,
    "Culture" TEXT NOT NULL,
    "Cron" TEXT NOT NULL,
    "TimeZone" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "CreatedByName" TEXT NOT NULL,
    "LastRunAt" TEXT NULL,
    "LastOutcome" TEXT NULL
);

CREATE INDEX "IX_Analytics_ReportSchedules_TenantId" ON "Analytics_ReportSchedules" ("TenantId");
