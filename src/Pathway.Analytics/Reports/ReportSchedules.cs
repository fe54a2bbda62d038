using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Pathway.Analytics.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Quartz;

namespace Pathway.Analytics.Reports;

/// <summary>
/// The office's report schedules: made, listed and removed here, each checked as a run would be
/// (the report, its parameters, its format) and its cron read in the office's time zone. Where the
/// scheduler runs, each change is handed to Quartz at once; the scheduler's start hands over the rest.
/// </summary>
public sealed class ReportSchedules(
    PathwayDbContext db, ReportLibrary library, OrganisationDirectory directory, IConfiguration configuration,
    ISchedulerFactory quartz, IStringLocalizer<AnalyticsText> text, TimeProvider clock, ILogger<ReportSchedules> logger)
{
    public const int MaxPerTenant = 100;

    /// <summary>Whether this node runs the scheduler (<c>Reports:Scheduler</c>, on by default).</summary>
    public bool SchedulerRuns => configuration.GetValue("Reports:Scheduler", true);

    public async Task<IReadOnlyList<ScheduleEntry>> ListAsync(Guid tenant, ClaimsPrincipal? user, CancellationToken cancellationToken = default)
    {
        var names = library.For(user).Select(d => d.Name).ToList();
        var rows = await db.Set<ReportSchedule>().AsNoTracking().Where(s => s.TenantId == tenant && names.Contains(s.Definition))
            .OrderBy(s => s.Definition).ThenBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(s => new ScheduleEntry(
            s.Id, s.Definition, s.Parameters, s.Format, s.Transmission, s.Culture, s.Cron, s.TimeZone, NextAfter(s.Cron, s.TimeZone, now), s.LastRunAt, s.LastOutcome, s.CreatedByName, s.CreatedAt))];
    }

    /// <summary>Makes a schedule, or names what is wrong with it in the reader's language.</summary>
    public async Task<(ScheduleEntry? Entry, IReadOnlyDictionary<string, string> Problems, bool NotFound)> CreateAsync(
        Guid tenant, ScheduleRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (library.Find(request.Name, user) is not { } definition)
        {
            return (null, new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = library.NoSuchReport(request.Name, user) }, true);
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var format = library.ReadFormat(request.Format, request.Transmission, user, problems);

        var given = request.Parameters ?? new Dictionary<string, string?>(StringComparer.Ordinal);
        ReportArgumentsReader.Read(definition, given, await directory.TodayOfAsync(tenant, cancellationToken), problems, text);
        var language = SupportedCultures.ByCode(request.Language ?? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? SupportedCultures.ByCulture(CultureInfo.CurrentUICulture);
        if (language is null)
        {
            problems["language"] = text["Choose one of: {0}.", string.Join(", ", SupportedCultures.All.Select(l => l.Code))];
        }

        var zone = await directory.ZoneOfAsync(tenant, cancellationToken);
        var cron = request.Cron?.Trim() ?? "";
        if (CronProblem(cron, zone, clock.GetUtcNow()) is { } wrong)
        {
            problems["cron"] = wrong switch
            {
                CronFault.Unreadable => text["Write when the report runs as a Quartz cron expression: seconds, minutes, hours, day of month, month, day of week, such as {0} for the 1st of each month at 06:00.", "0 0 6 1 * ?"],
                CronFault.TooOften => text["A schedule may run at most once an hour; this one would run more often."],
                CronFault.Never => text["This expression never runs again."],
            };
        }

        if (await db.Set<ReportSchedule>().CountAsync(s => s.TenantId == tenant, cancellationToken) >= MaxPerTenant)
        {
            problems["name"] = text["The office has {0} schedules already, the most it may have. Remove one first.", MaxPerTenant];
        }

        if (problems.Count > 0)
        {
            return (null, problems, false);
        }

        var schedule = new ReportSchedule
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant,
            Definition = definition.Name,
            Parameters = ReportSchedule.ParametersOf(given),
            Format = ReportFormats.Code(format!.Value),
            Transmission = request.Transmission,
            Culture = language!.Code,
            Cron = cron,
            TimeZone = zone.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.GetUserId(),
            CreatedByName = user.Identity?.Name ?? "",
        };
        db.Set<ReportSchedule>().Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Create, nameof(ReportSchedule), schedule.Id.ToString(),
            Details: string.Create(CultureInfo.InvariantCulture, $"{schedule.Definition} {schedule.Parameters} {schedule.Format} at {schedule.Cron} ({schedule.TimeZone})")), cancellationToken);
        if (SchedulerRuns)
        {
            try
            {
                var (job, trigger) = ReportScheduling.QuartzOf(schedule, zone);
                await (await quartz.GetScheduler(cancellationToken)).ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, cancellationToken);
            }
            catch (SchedulerException e)
            {
                // The row is kept: the scheduler hands itself the schedules it lacks when it starts again.
                logger.LogWarning(e, "The schedule {Schedule} is kept but could not be handed to this node's scheduler now", schedule.Id);
            }
        }

        return ((await ListAsync(tenant, user, cancellationToken)).Single(e => e.Id == schedule.Id), problems, false);
    }

    /// <summary>Removes a schedule the caller may see; false when there is none. The library keeps the reports it made.</summary>
    public async Task<bool> DeleteAsync(Guid tenant, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var names = library.For(user).Select(d => d.Name).ToList();
        var schedule = await db.Set<ReportSchedule>().FirstOrDefaultAsync(s => s.TenantId == tenant && s.Id == id && names.Contains(s.Definition), cancellationToken);
        if (schedule is null)
        {
            return false;
        }

        db.Remove(schedule);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Delete, nameof(ReportSchedule), id.ToString(), Details: schedule.Definition), cancellationToken);
        if (SchedulerRuns)
        {
            try
            {
                await (await quartz.GetScheduler(cancellationToken)).DeleteJob(ReportScheduling.JobOf(id), cancellationToken);
            }
            catch (SchedulerException e)
            {
                // The trigger removes its own job when it next fires and finds no schedule.
                logger.LogWarning(e, "The schedule {Schedule} is removed but this node's scheduler could not be told now", id);
            }
        }

        return true;
    }

    public enum CronFault
    {
        Unreadable,
        TooOften,
        Never,
    }

    /// <summary>What is wrong with a cron expression read in <paramref name="zone"/>: unreadable, oftener than hourly, or never again; null when it will do.</summary>
    public static CronFault? CronProblem(string cron, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (!CronExpression.TryParse(cron, out var parsed))
        {
            return CronFault.Unreadable;
        }

        var expression = parsed.WithTimeZone(zone);
        if (expression.GetNextValidTimeAfter(now) is not { } first)
        {
            return CronFault.Never;
        }

        // The shortest gap between firings over the next few: a cron may be hourly at one hour and every minute at another.
        var previous = first;
        for (var i = 0; i < 48 && expression.GetNextValidTimeAfter(previous) is { } next; i++, previous = next)
        {
            if (next - previous < ReportScheduling.ShortestInterval)
            {
                return CronFault.TooOften;
            }
        }

        return null;
    }

    private static DateTimeOffset? NextAfter(string cron, string zone, DateTimeOffset now) =>
        CronExpression.TryParse(cron, out var parsed) && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found)
            ? parsed.WithTimeZone(found).GetNextValidTimeAfter(now)
            : null;
}
