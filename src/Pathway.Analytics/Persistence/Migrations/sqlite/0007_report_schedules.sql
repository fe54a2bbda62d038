-- Forward-only. Never edit a migration that has been released; add the next one.
-- Report schedules: which report runs when, with what, for whom. The office's rows are the truth;
-- Quartz.NET's job store below holds the triggers that fire them, shared by every node (clustered).
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

-- Quartz.NET's ADO job store (its documented schema for SQLite, table prefix analytics_qrtz_).
-- Quartz reads and writes these with its own SQL; the EF model does not map them.
CREATE TABLE analytics_qrtz_job_details (
    sched_name TEXT NOT NULL,
    job_name TEXT NOT NULL,
    job_group TEXT NOT NULL,
    description TEXT NULL,
    job_class_name TEXT NOT NULL,
    is_durable INTEGER NOT NULL,
    is_nonconcurrent INTEGER NOT NULL,
    is_update_data INTEGER NOT NULL,
    requests_recovery INTEGER NOT NULL,
    job_data BLOB NULL,
    PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE analytics_qrtz_triggers (
    sched_name TEXT NOT NULL,
    trigger_name TEXT NOT NULL,
    trigger_group TEXT NOT NULL,
    job_name TEXT NOT NULL,
    job_group TEXT NOT NULL,
    description TEXT NULL,
    next_fire_time BIGINT NULL,
    prev_fire_time BIGINT NULL,
    priority INTEGER NULL,
    trigger_state TEXT NOT NULL,
    trigger_type TEXT NOT NULL,
    start_time BIGINT NOT NULL,
    end_time BIGINT NULL,
    calendar_name TEXT NULL,
    misfire_instr INTEGER NULL,
    misfire_orig_fire_time BIGINT NULL,
    execution_group TEXT NULL,
    preferred_node TEXT NULL,
    preferred_node_auto INTEGER NOT NULL DEFAULT 0,
    job_data BLOB NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group) REFERENCES analytics_qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE analytics_qrtz_simple_triggers (
    sched_name TEXT NOT NULL,
    trigger_name TEXT NOT NULL,
    trigger_group TEXT NOT NULL,
    repeat_count BIGINT NOT NULL,
    repeat_interval BIGINT NOT NULL,
    times_triggered BIGINT NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_simprop_triggers (
    sched_name TEXT NOT NULL,
    trigger_name TEXT NOT NULL,
    trigger_group TEXT NOT NULL,
    str_prop_1 TEXT NULL,
    str_prop_2 TEXT NULL,
    str_prop_3 TEXT NULL,
    int_prop_1 INTEGER NULL,
    int_prop_2 INTEGER NULL,
    long_prop_1 BIGINT NULL,
    long_prop_2 BIGINT NULL,
    dec_prop_1 NUMERIC NULL,
    dec_prop_2 NUMERIC NULL,
    bool_prop_1 INTEGER NULL,
    bool_prop_2 INTEGER NULL,
    time_zone_id TEXT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_cron_triggers (
    sched_name TEXT NOT NULL,
    trigger_name TEXT NOT NULL,
    trigger_group TEXT NOT NULL,
    cron_expression TEXT NOT NULL,
    time_zone_id TEXT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_blob_triggers (
    sched_name TEXT NOT NULL,
    trigger_name TEXT NOT NULL,
    trigger_group TEXT NOT NULL,
    blob_data BLOB NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_calendars (
    sched_name TEXT NOT NULL,
    calendar_name TEXT NOT NULL,
    calendar BLOB NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE analytics_qrtz_paused_trigger_grps (
    sched_name TEXT NOT NULL,
    trigger_group TEXT NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE analytics_qrtz_fired_triggers (
    sched_name TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    trigger_name TEXT NOT NULL,
    trigger_group TEXT NOT NULL,
    instance_name TEXT NOT NULL,
    fired_time BIGINT NOT NULL,
    sched_time BIGINT NOT NULL,
    priority INTEGER NOT NULL,
    state TEXT NOT NULL,
    job_name TEXT NULL,
    job_group TEXT NULL,
    is_nonconcurrent INTEGER NOT NULL,
    requests_recovery INTEGER NULL,
    execution_group TEXT NULL,
    PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE analytics_qrtz_scheduler_state (
    sched_name TEXT NOT NULL,
    instance_name TEXT NOT NULL,
    last_checkin_time BIGINT NOT NULL,
    checkin_interval BIGINT NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);

CREATE TABLE analytics_qrtz_locks (
    sched_name TEXT NOT NULL,
    lock_name TEXT NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);

CREATE INDEX idx_analytics_qrtz_j_req_recovery ON analytics_qrtz_job_details (sched_name, requests_recovery);
CREATE INDEX idx_analytics_qrtz_j_g_n ON analytics_qrtz_job_details (sched_name, job_group, job_name);
CREATE INDEX idx_analytics_qrtz_t_next_fire_time ON analytics_qrtz_triggers (sched_name, next_fire_time);
CREATE INDEX idx_analytics_qrtz_t_state ON analytics_qrtz_triggers (sched_name, trigger_state);
CREATE INDEX idx_analytics_qrtz_t_nft_st ON analytics_qrtz_triggers (sched_name, trigger_state, next_fire_time);
CREATE INDEX idx_analytics_qrtz_t_g_n ON analytics_qrtz_triggers (sched_name, trigger_group, trigger_name);
CREATE INDEX idx_analytics_qrtz_ft_trig_nm_gp ON analytics_qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
CREATE INDEX idx_analytics_qrtz_ft_trig_inst_name ON analytics_qrtz_fired_triggers (sched_name, instance_name);
CREATE INDEX idx_analytics_qrtz_ft_job_req_recovery ON analytics_qrtz_fired_triggers (requests_recovery);

-- SQLite: a deleted trigger's own rows go with it even on a connection with foreign keys off.
CREATE TRIGGER analytics_qrtz_delete_simple_trigger DELETE ON analytics_qrtz_triggers
BEGIN
    DELETE FROM analytics_qrtz_simple_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;

CREATE TRIGGER analytics_qrtz_delete_simprop_trigger DELETE ON analytics_qrtz_triggers
BEGIN
    DELETE FROM analytics_qrtz_simprop_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;

CREATE TRIGGER analytics_qrtz_delete_cron_trigger DELETE ON analytics_qrtz_triggers
BEGIN
    DELETE FROM analytics_qrtz_cron_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;

CREATE TRIGGER analytics_qrtz_delete_blob_trigger DELETE ON analytics_qrtz_triggers
BEGIN
    DELETE FROM analytics_qrtz_blob_triggers WHERE sched_name = OLD.sched_name AND trigger_name = OLD.trigger_name AND trigger_group = OLD.trigger_group;
END;
