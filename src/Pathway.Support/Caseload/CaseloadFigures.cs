using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Closures;

namespace Pathway.Support.Caseload;

/// <summary>How long closed cases were open, in bands a supervisor compares month to month.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ClosureBand>))]
public enum ClosureBand
{
    UpTo30Days,
    UpTo90Days,
    UpTo180Days,
    UpTo365Days,
    Over365Days,
}

/// <summary>One case worker's load: the open cases of the teams they are on, those closed in the period, and the planned services overdue in their open cases.</summary>
public sealed record WorkerLoad(Guid UserId, string Name, int OpenCases, int ClosedInPeriod, double? MedianDaysToClose, int OverdueServices);

public sealed record BandCount(ClosureBand Band, int Cases);

public sealed record ReasonCount(ClosureReason Reason, int Cases);

/// <summary>The case-management figures of the organisation for a period, with each worker's load.</summary>
public sealed record CaseloadReport(
    DateOnly From, DateOnly To, DateOnly Today, int OpenCases, int OpenedInPeriod, int ClosedInPeriod, double? MedianDaysToClose, double? AverageDaysToClose,
    int ClosuresWaiting, int OverdueServices, IReadOnlyList<WorkerLoad> Workers, IReadOnlyList<BandCount> TimeToClosure, IReadOnlyList<ReasonCount> ClosedFor);

/// <summary>
/// Case-management figures for supervisors: the caseload of each worker, the time cases take to
/// close, and the overdue services, over the cases the supervisor may open (their organisation's).
/// A case with several colleagues on its team counts for each of them; time to closure runs in the
/// office's days from intake to the approved closure, for the cases closed in the period (a case
/// reopened and closed again counts from intake to its last closure).
/// </summary>
public sealed class CaseloadFigures(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, OrganisationDirectory directory)
{
    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(scope.Current.TenantId, cancellationToken);

    public async Task<CaseloadReport> CountAsync(DateOnly from, DateOnly to, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var zone = await directory.ZoneOfAsync(scope.Current.TenantId, cancellationToken);
        var today = await TodayAsync(cancellationToken);
        var visible = cases.Counted(user).AsNoTracking();
        var rows = await visible.Select(b => new { b.Id, b.CreatedAt, b.ClosedAt, Team = b.Team.Select(m => new { m.UserId, m.Name }).ToList() }).ToListAsync(cancellationToken);
        var ids = visible.Select(b => b.Id);
        var overdue = await db.Set<SupportService>().AsNoTracking()
            .Where(s => s.Status == ServiceStatus.Planned && s.DueOn < today && ids.Contains(s.BeneficiaryId))
            .GroupBy(s => s.BeneficiaryId).Select(g => new { Case = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Case, g => g.Count, cancellationToken);
        var waiting = await db.Set<CaseClosure>().AsNoTracking().CountAsync(c => c.Status == ClosureStatus.Requested && ids.Contains(c.BeneficiaryId), cancellationToken);
        var reasons = await db.Set<CaseClosure>().AsNoTracking().Where(c => c.Status == ClosureStatus.Approved && ids.Contains(c.BeneficiaryId))
            .Select(c => new { c.BeneficiaryId, c.Reason }).ToListAsync(cancellationToken);

        DateOnly Day(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
        var all = rows.Select(r => new CaseRow(r.Id, Day(r.CreatedAt), r.ClosedAt is { } closed ? Day(closed) : null, r.Team.Select(m => (m.UserId, m.Name)).ToList(),
            overdue.GetValueOrDefault(r.Id))).ToList();
        var closedInPeriod = all.Where(c => c.ClosedOn is { } day && day >= from && day <= to).ToList();
        var reasonOf = reasons.ToDictionary(r => r.BeneficiaryId, r => r.Reason);
        var workers = all.SelectMany(c => c.Team.Select(m => (Member: m, Case: c)))
            .GroupBy(x => x.Member.UserId)
            .Select(g =>
            {
                var mine = g.Select(x => x.Case).ToList();
                var closed = mine.Where(closedInPeriod.Contains).ToList();
                return new WorkerLoad(g.Key, g.First().Member.Name, mine.Count(c => c.ClosedOn is null), closed.Count, Median(closed), mine.Where(c => c.ClosedOn is null).Sum(c => c.Overdue));
            })
            .OrderByDescending(w => w.OpenCases).ThenBy(w => w.Name, StringComparer.CurrentCulture).ToList();
        return new CaseloadReport(
            from, to, today,
            OpenCases: all.Count(c => c.ClosedOn is null),
            OpenedInPeriod: all.Count(c => c.OpenedOn >= from && c.OpenedOn <= to),
            ClosedInPeriod: closedInPeriod.Count,
            MedianDaysToClose: Median(closedInPeriod),
            AverageDaysToClose: closedInPeriod.Count == 0 ? null : Math.Round(closedInPeriod.Average(c => c.DaysOpen), 1),
            ClosuresWaiting: waiting,
            OverdueServices: all.Where(c => c.ClosedOn is null).Sum(c => c.Overdue),
            Workers: workers,
            TimeToClosure: [.. Enum.GetValues<ClosureBand>().Select(b => new BandCount(b, closedInPeriod.Count(c => Band(c.DaysOpen) == b)))],
            ClosedFor: [.. closedInPeriod.Where(c => reasonOf.ContainsKey(c.Id)).GroupBy(c => reasonOf[c.Id]).OrderBy(g => g.Key).Select(g => new ReasonCount(g.Key, g.Count()))]);
    }

    /// <summary>Which band a case open for <paramref name="days"/> days falls in.</summary>
    public static ClosureBand Band(int days) => days switch
    {
        <= 30 => ClosureBand.UpTo30Days,
        <= 90 => ClosureBand.UpTo90Days,
        <= 180 => ClosureBand.UpTo180Days,
        <= 365 => ClosureBand.UpTo365Days,
        _ => ClosureBand.Over365Days,
    };

    /// <summary>The median of the days the cases were open, null for none: half the cases closed sooner, half later, whatever a few very long ones did.</summary>
    internal static double? Median(IReadOnlyCollection<CaseRow> closed)
    {
        if (closed.Count == 0)
        {
            return null;
        }

        var days = closed.Select(c => c.DaysOpen).Order().ToArray();
        var middle = days.Length / 2;
        return days.Length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }

    internal sealed record CaseRow(Guid Id, DateOnly OpenedOn, DateOnly? ClosedOn, IReadOnlyList<(Guid UserId, string Name)> Team, int Overdue)
    {
        public int DaysOpen => ClosedOn is { } closed ? closed.DayNumber - OpenedOn.DayNumber : 0;
    }
}
