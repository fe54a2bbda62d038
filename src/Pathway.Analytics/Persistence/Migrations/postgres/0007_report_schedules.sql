-- Forward-only. Never edit a migration that has been released; add the next one.
-- Report schedules: which report runs when, with what, for whom. The office's rows are the truth;
-- Quartz.NET's job store below holds the triggers that fire them, shared by every node (clustered).
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

-- Quartz.NET's ADO job store (its documented schema for PostgreSQL, table prefix analytics_qrtz_).
-- Quartz reads and writes these with its own SQL; the EF model does not map them.
CREATE TABLE analytics_qrtz_job_details (
    sched_name text NOT NULL,
    job_name text NOT NULL,
    job_group text NOT NULL,
    description text NULL,
    job_class_name text NOT NULL,
    is_durable boolean NOT NULL,
    is_nonconcurrent boolean NOT NULL,
    is_update_data boolean NOT NULL,
    requests_recovery boolean NOT NULL,
    job_data bytea NULL,
    PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE analytics_qrtz_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    job_name text NOT NULL,
    job_group text NOT NULL,
    description text NULL,
    next_fire_time bigint NULL,
    prev_fire_time bigint NULL,
    priority integer NULL,
    trigger_state text NOT NULL,
    trigger_type text NOT NULL,
    start_time bigint NOT NULL,
    end_time bigint NULL,
    calendar_name text NULL,
    misfire_instr smallint NULL,
    misfire_orig_fire_time bigint NULL,
    execution_group character varying(200) NULL,
    preferred_node character varying(200) NULL,
    preferred_node_auto boolean NOT NULL DEFAULT FALSE,
    job_data bytea NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group) REFERENCES analytics_qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE analytics_qrtz_simple_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    repeat_count bigint NOT NULL,
    repeat_interval bigint NOT NULL,
    times_triggered bigint NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_simprop_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    str_prop_1 text NULL,
    str_prop_2 text NULL,
    str_prop_3 text NULL,
    int_prop_1 integer NULL,
    int_prop_2 integer NULL,
    long_prop_1 bigint NULL,
    long_prop_2 bigint NULL,
    dec_prop_1 numeric NULL,
    dec_prop_2 numeric NULL,
    bool_prop_1 boolean NULL,
    bool_prop_2 boolean NULL,
    time_zone_id text NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_cron_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    cron_expression text NOT NULL,
    time_zone_id text NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_blob_triggers (
    sched_name text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    blob_data bytea NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES analytics_qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
);

CREATE TABLE analytics_qrtz_calendars (
    sched_name text NOT NULL,
    calendar_name text NOT NULL,
    calendar bytea NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE analytics_qrtz_paused_trigger_grps (
    sched_name text NOT NULL,
    trigger_group text NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE analytics_qrtz_fired_triggers (
    sched_name text NOT NULL,
    entry_id text NOT NULL,
    trigger_name text NOT NULL,
    trigger_group text NOT NULL,
    instance_name text NOT NULL,
    fired_time bigint NOT NULL,
    sched_time bigint NOT NULL,
    priority integer NOT NULL,
    state text NOT NULL,
    job_name text NULL,
    job_group text NULL,
    is_nonconcurrent boolean NOT NULL,
    requests_recovery boolean NULL,
    execution_group character varying(200) NULL,
    PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE analytics_qrtz_scheduler_state (
    sched_name text NOT NULL,
    instance_name text NOT NULL,
    last_checkin_time bigint NOT NULL,
    checkin_interval bigint NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);

CREATE TABLE analytics_qrtz_locks (
    sched_name text NOT NULL,
    lock_name text NOT NULL,
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
