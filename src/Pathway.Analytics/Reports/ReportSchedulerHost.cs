using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Quartz;

namespace Pathway.Analytics.Reports;

/// <summary>
/// Starts this node's Quartz scheduler, a member of the cluster, after handing it every schedule the
/// offices have that it lacks (one made while no scheduler ran), and stops it with
/// the host, letting a running report finish.
/// </summary>
internal sealed class ReportSchedulerHost(
    ISchedulerFactory quartz, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReportSchedulerHost> logger) : BackgroundService
{
    private IScheduler? scheduler;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Reports:Scheduler", true))
        {
            return;
        }

        try
        {
            scheduler = await quartz.GetScheduler(stoppingToken);
            await SyncAsync(scheduler, stoppingToken);
            await scheduler.Start(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The platform serves without its schedules rather than not at all; the log says why.
            logger.LogError(e, "The report scheduler could not start");
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (scheduler is not null)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }

        await base.StopAsync(cancellationToken);
    }

    private async Task SyncAsync(IScheduler quartzScheduler, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<OrganisationDirectory>();
        var schedules = await db.Set<ReportSchedule>().AsNoTracking().ToListAsync(cancellationToken);
        foreach (var schedule in schedules)
        {
            if (!await quartzScheduler.Exists(ReportScheduling.JobOf(schedule.Id), cancellationToken))
            {
                var (job, trigger) = ReportScheduling.QuartzOf(schedule, await directory.ZoneOfAsync(schedule.TenantId, cancellationToken));
                await quartzScheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
            }
        }

        // A trigger whose schedule was removed meanwhile removes its own job when it next fires (ReportScheduleJob).
    }
}
