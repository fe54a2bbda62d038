using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

/// <summary>One officer's load: open cases, those past their due date and those due within a week.</summary>
public sealed record OfficerLoad(Officer Officer, int Open, int Overdue, int SoonDue, IReadOnlyList<string> Qualifications);

/// <summary>Overdue cases of one officer (null: nobody) and application type.</summary>
public sealed record OverdueCell(Guid? OfficerId, string ApplicationType, int Cases);

public sealed record TeamOverview(DateOnly Today, IReadOnlyList<OfficerLoad> Officers, IReadOnlyList<OverdueCell> Overdue, int UnassignedOpen);

/// <summary>What a bulk reassignment did to one case.</summary>
public sealed record BulkResult(string Number, bool Done, Refusal? Refusal);

/// <summary>A supervisor's view of the team and the moves that balance it.</summary>
public interface ICaseTeam
{
    Task<TeamOverview> OverviewAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the application types an officer is given new cases of.</summary>
    Task<bool> SetQualificationsAsync(Guid officerId, IReadOnlyCollection<string> applicationTypes, CancellationToken cancellationToken = default);

    /// <summary>
    /// The officer a new case of <paramref name="applicationType"/> goes to: among those qualified for
    /// it, the one with the fewest open cases (then the one whose name comes first). Null when nobody is qualified.
    /// </summary>
    Task<Guid?> LeastLoadedAsync(string applicationType, CancellationToken cancellationToken = default);

    /// <summary>Assigns each case to the officer; each case is its own change, and one refused does not stop the rest.</summary>
    Task<IReadOnlyList<BulkResult>> ReassignAsync(IReadOnlyList<string> numbers, Guid officerId, string? reason, ClaimsPrincipal by, CancellationToken cancellationToken = default);
}

internal sealed class CaseTeam(PathwayDbContext db, ITenantScopeAccessor scope, ICaseDesk desk, TimeProvider clock) : ICaseTeam
{
    public async Task<TeamOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var soon = today.AddDays(CaseQueueQuery.SoonDueDays);
        var open = db.Set<ResidenceCase>().AsNoTracking().Where(c => CaseDesk.AwaitingDecisionStates.Contains(c.State));
        var loads = await open.GroupBy(c => c.AssignedOfficerId)
            .Select(g => new
            {
                Officer = g.Key,
                Open = g.Count(),
                Overdue = g.Count(c => c.DecisionDueOn < today),
                Soon = g.Count(c => c.DecisionDueOn >= today && c.DecisionDueOn <= soon),
            })
            .ToListAsync(cancellationToken);
        var overdue = await open.Where(c => c.DecisionDueOn < today).GroupBy(c => new { c.AssignedOfficerId, c.ApplicationType })
            .Select(g => new OverdueCell(g.Key.AssignedOfficerId, g.Key.ApplicationType, g.Count()))
            .ToListAsync(cancellationToken);
        var qualifications = (await Qualifications().ToListAsync(cancellationToken)).ToLookup(q => q.OfficerId, q => q.ApplicationType);
        var officers = await CaseOfficers.ListAsync(db, scope.Current.TenantId, cancellationToken);
        var byOfficer = loads.Where(l => l.Officer is not null).ToDictionary(l => l.Officer!.Value);
        return new TeamOverview(
            today,
            [.. officers.Select(o => byOfficer.TryGetValue(o.Id, out var l)
                ? new OfficerLoad(o, l.Open, l.Overdue, l.Soon, [.. qualifications[o.Id].Order(StringComparer.Ordinal)])
                : new OfficerLoad(o, 0, 0, 0, [.. qualifications[o.Id].Order(StringComparer.Ordinal)]))],
            [.. overdue.OrderByDescending(c => c.Cases)],
            loads.FirstOrDefault(l => l.Officer is null)?.Open ?? 0);
    }

    public async Task<bool> SetQualificationsAsync(Guid officerId, IReadOnlyCollection<string> applicationTypes, CancellationToken cancellationToken = default)
    {
        var tenantId = scope.Current.TenantId;
        if ((await CaseOfficers.ListAsync(db, tenantId, cancellationToken)).All(o => o.Id != officerId))
        {
            return false;
        }

        db.RemoveRange(await Qualifications().Where(q => q.OfficerId == officerId).ToListAsync(cancellationToken));
        db.AddRange(applicationTypes.Distinct(StringComparer.Ordinal).Select(t => new OfficerQualification { TenantId = tenantId, OfficerId = officerId, ApplicationType = t }));
        db.Audit(new AuditRecord(AuditAction.Update, nameof(OfficerQualification), officerId.ToString(), Details: string.Join(",", applicationTypes.Order(StringComparer.Ordinal))));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<Guid?> LeastLoadedAsync(string applicationType, CancellationToken cancellationToken = default) =>
        LeastLoadedAsync(db, scope.Current.TenantId, applicationType, cancellationToken);

    internal static async Task<Guid?> LeastLoadedAsync(PathwayDbContext db, Guid tenantId, string applicationType, CancellationToken cancellationToken)
    {
        var qualified = await db.Set<OfficerQualification>().Where(q => q.TenantId == tenantId && q.ApplicationType == applicationType)
            .Select(q => q.OfficerId).ToListAsync(cancellationToken);
        if (qualified.Count == 0)
        {
            return null;
        }

        // Someone who left keeps their qualifications row until a supervisor clears it; only current officers get cases.
        var officers = (await CaseOfficers.ListAsync(db, tenantId, cancellationToken)).Where(o => qualified.Contains(o.Id)).ToList();
        var ids = officers.Select(o => o.Id).ToList();
        var loads = await db.Set<ResidenceCase>().AsNoTracking()
            .Where(c => c.AssignedOfficerId != null && ids.Contains(c.AssignedOfficerId.Value) && CaseDesk.AwaitingDecisionStates.Contains(c.State))
            .GroupBy(c => c.AssignedOfficerId!.Value).Select(g => new { Officer = g.Key, Open = g.Count() })
            .ToDictionaryAsync(l => l.Officer, l => l.Open, cancellationToken);
        return officers.OrderBy(o => loads.GetValueOrDefault(o.Id)).ThenBy(o => o.Name, StringComparer.CurrentCulture).Select(o => (Guid?)o.Id).FirstOrDefault();
    }

    public async Task<IReadOnlyList<BulkResult>> ReassignAsync(IReadOnlyList<string> numbers, Guid officerId, string? reason, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var results = new List<BulkResult>(numbers.Count);
        foreach (var number in numbers.Distinct(StringComparer.Ordinal))
        {
            // A reassignment does not depend on what the case says, so it goes on the version the case has now.
            var version = await db.Set<ResidenceCase>().AsNoTracking().Where(c => c.Number == number).Select(c => (int?)c.Version).FirstOrDefaultAsync(cancellationToken);
            var outcome = version is null
                ? new ActOutcome.NotFound()
                : await desk.ActAsync(number, CaseAction.Assign, version.Value, new CaseActionInput { OfficerId = officerId, Reason = reason }, by, cancellationToken);
            db.ChangeTracker.Clear();
            results.Add(outcome switch
            {
                ActOutcome.Done => new BulkResult(number, true, null),
                ActOutcome.Refused refused => new BulkResult(number, false, refused.Refusal),
                ActOutcome.Stale => new BulkResult(number, false, Refusal.Of("Someone changed this case since you opened it. Nothing was saved; open it again to see the change.")),
                _ => new BulkResult(number, false, Refusal.Of("There is no case with this number, or you may not see it.")),
            });
        }

        return results;
    }

    private IQueryable<OfficerQualification> Qualifications()
    {
        var tenantId = scope.Current.TenantId;
        return db.Set<OfficerQualification>().Where(q => q.TenantId == tenantId);
    }
}
