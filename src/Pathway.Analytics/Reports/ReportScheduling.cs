using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Persistence;
using Quartz;

namespace Pathway.Analytics.Reports;

/// <summary>
/// Quartz.NET for the report schedules: its ADO job store in the platform's database, clustered on
/// PostgreSQL, so that of several nodes exactly one fires each schedule and another takes over when a
/// node dies; on SQLite (one node by nature) the same store without the cluster. The scheduler runs in the web host only (<see cref="ReportSchedulerHost"/>), and
/// not where <c>Reports:Scheduler</c> is false (the tests, a node kept out of background work).
/// </summary>
public static class ReportScheduling
{
    /// <summary>Quartz's tables, which Quartz creates itself on the first start of a scheduler.</summary>
    public const string QuartzTablePrefix = "analytics_qrtz_";

    public const string SchedulerName = "Pathway";

    public const string JobGroup = "report-schedules";

    /// <summary>How often one schedule may run at most: hourly. A report is a file for people; oftener is a mistake.</summary>
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromHours(1);

    /// <summary>
    /// Registers Quartz on the platform's database. The provider decides Quartz's SQL dialect when the
    /// services are registered, so the platform's <see cref="DatabaseOptions"/> must be registered first
    /// (the host and the command line add the platform before the modules); the connection is opened
    /// from the options at run time.
    /// </summary>
    public static IServiceCollection AddReportScheduling(this IServiceCollection services)
    {
        var database = services.LastOrDefault(d => d.ServiceType == typeof(DatabaseOptions))?.ImplementationInstance as DatabaseOptions
            ?? throw new InvalidOperationException("Add the platform's persistence before the Analytics module: report schedules run on its database.");
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                scheduler.GenerateInstanceId = true;
            });
            quartz.UsePersistentStore(store =>
            {
                // Quartz creates its tables when they are missing, at its own version's schema (a later Quartz
                // with new columns needs its upgrade scripts run: docs/operations.md).
                store.ProvisionSchema();
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = QuartzTablePrefix;
                    options.MisfireThreshold = TimeSpan.FromMinutes(1);
                });
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(source => source.DataSourceFactory = provider => Npgsql.NpgsqlDataSource.Create(provider.GetRequiredService<DatabaseOptions>().ConnectionString));
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceFactory = provider => Microsoft.Data.Sqlite.SqliteFactory.Instance.CreateDataSource(provider.GetRequiredService<DatabaseOptions>().ConnectionString));
                }

                // SQLite is one file on one machine: one node, and Quartz refuses to cluster on it (its locking).
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UseClustering(cluster =>
                    {
                        cluster.Enabled = true;
                        cluster.CheckinInterval = TimeSpan.FromSeconds(15);
                    });
                }
            });
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
