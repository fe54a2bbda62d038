using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Persistence;
using Quartz;

namespace Pathway.Analytics.Reports;

/// <summary>
/// Quartz.NET for the report schedules: its ADO job store in the platform's database (PostgreSQL or
/// SQLite), clustered, so that of several nodes exactly one fires each schedule and another takes over
/// when a node dies. The scheduler runs in the web host only (<see cref="ReportSchedulerHost"/>), and
/// not where <c>Reports:Scheduler</c> is false (the tests, a node kept out of background work).
/// </summary>
public static class ReportScheduling
{
    /// <summary>Quartz's tables, created by analytics migration 0007.</summary>
    public const string QuartzTablePrefix = "analytics_qrtz_";

    public const string SchedulerName = "Pathway";

    public const string JobGroup = "report-schedules";

    /// <summary>How often one schedule may run at most: hourly. A report is a file for people; oftener is a mistake.</summary>
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromHours(1);

    public static IServiceCollection AddReportScheduling(this IServiceCollection services)
    {
        services.AddQuartz();
        services.AddOptions<QuartzOptions>().Configure<DatabaseOptions>((quartz, database) =>
        {
            quartz.Properties["quartz.scheduler.instanceName"] = SchedulerName;
            quartz.Properties["quartz.scheduler.instanceId"] = "AUTO";
            quartz.Properties["quartz.threadPool.maxConcurrency"] = "2";
            quartz.Properties["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz";
            quartz.Properties["quartz.jobStore.driverDelegateType"] = database.Provider == DatabaseProvider.Postgres
                ? "Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz"
                : "Quartz.Impl.AdoJobStore.SQLiteDelegate, Quartz";
            quartz.Properties["quartz.jobStore.tablePrefix"] = QuartzTablePrefix;
            quartz.Properties["quartz.jobStore.useProperties"] = "true";
            quartz.Properties["quartz.jobStore.clustered"] = "true";
            quartz.Properties["quartz.jobStore.clusterCheckinInterval"] = "15000";
            quartz.Properties["quartz.jobStore.misfireThreshold"] = "60000";
            quartz.Properties["quartz.jobStore.dataSource"] = "pathway";
            quartz.Properties["quartz.dataSource.pathway.provider"] = database.Provider == DatabaseProvider.Postgres ? "Npgsql" : "SQLite-Microsoft";
            quartz.Properties["quartz.dataSource.pathway.connectionString"] = database.ConnectionString;
            quartz.Properties["quartz.serializer.type"] = "stj";
        });
        services.AddScoped<ReportSchedules>();
        services.AddTransient<ReportScheduleJob>();
        services.AddHostedService<ReportSchedulerHost>();
        return services;
    }

    public static JobKey JobOf(Guid schedule) => new(schedule.ToString(), JobGroup);

    public static TriggerKey TriggerOf(Guid schedule) => new(schedule.ToString(), JobGroup);

    /// <summary>The Quartz job and cron trigger of a schedule; a run missed while every node was down fires once when one is back.</summary>
    public static (IJobDetail Job, ITrigger Trigger) QuartzOf(ReportSchedule schedule, TimeZoneInfo zone)
    {
        var job = JobBuilder.Create<ReportScheduleJob>().WithIdentity(JobOf(schedule.Id))
            .UsingJobData(ReportScheduleJob.ScheduleKey, schedule.Id.ToString())
            .UsingJobData(ReportScheduleJob.TenantKey, schedule.TenantId.ToString())
            .WithDescription(string.Create(CultureInfo.InvariantCulture, $"{schedule.Definition} {schedule.Parameters}"))
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(TriggerOf(schedule.Id)).ForJob(job)
            .WithCronSchedule(schedule.Cron, cron => cron.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        return (job, trigger);
    }
}
