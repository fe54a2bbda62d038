using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Quartz;

namespace Pathway.Analytics.Reports;

/// <summary>
/// Quartz's job for one schedule: runs the report as the office, in the schedule's language, keeps it
/// in the library, and notes the outcome on the schedule. The cluster lets one node run it at a time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReportScheduleJob(IServiceScopeFactory scopes, ILogger<ReportScheduleJob> logger) : IJob
{
    public const string ScheduleKey = "schedule";
    public const string TenantKey = "tenant";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var schedule = Guid.Parse(context.MergedJobDataMap.GetString(ScheduleKey)!);
        var tenant = Guid.Parse(context.MergedJobDataMap.GetString(TenantKey)!);
        try
        {
            if (await RunAsync(scopes, tenant, schedule, cancellationToken) is null)
            {
                // The schedule was removed while no scheduler could be told: its trigger goes too.
                await context.Scheduler.DeleteJob(context.JobDetail.Key, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Quartz would only log it too; the next firing tries again.
            logger.LogError(e, "The scheduled report {Schedule} of {Tenant} failed", schedule, tenant);
        }
    }

    /// <summary>One run of a schedule, in a scope of the office's own; null when the schedule is gone.</summary>
    public static async Task<ReportOutcome?> RunAsync(IServiceScopeFactory scopes, Guid tenant, Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantScopeOverride>().Scope = TenantScopeOverride.OfficeWide(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var schedule = await db.Set<ReportSchedule>().FirstOrDefaultAsync(s => s.TenantId == tenant && s.Id == id, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(schedule.Culture);
        try
        {
            var actor = new AuditActor(null, string.Create(CultureInfo.InvariantCulture, $"report schedule {schedule.Id} of {schedule.CreatedByName}"), tenant, null);
            var outcome = await scope.ServiceProvider.GetRequiredService<ReportLibrary>().RunAsync(
                tenant, new ReportRequest(schedule.Definition, schedule.ParameterValues(), schedule.Format, schedule.Transmission), null, actor, cancellationToken);
            schedule.LastRunAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var said = outcome.Entry?.FileName ?? string.Join(" ", outcome.Problems.Select(p => p.Key + ": " + p.Value));
            schedule.LastOutcome = said.Length > 1000 ? said[..999] + "…" : said;
            await db.SaveChangesAsync(cancellationToken);
            return outcome;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
