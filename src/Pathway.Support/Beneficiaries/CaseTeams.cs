using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Beneficiaries;

/// <summary>A member of staff who may join a case's team: a colleague of the organisation holding the case who works support cases.</summary>
/// <param name="Account">The name they sign in with: what a case team lists, as it does for the worker who registered the case.</param>
public sealed record Colleague(Guid UserId, string Name, string Account);

/// <summary>A case's team and the colleagues who may be added to it.</summary>
public sealed record TeamView(Guid BeneficiaryId, IReadOnlyList<CaseTeamMember> Members, IReadOnlyList<Colleague> Colleagues);

public enum TeamProblem
{
    CaseNotFound,
    NotAColleague,
    AlreadyOnTeam,
    NotOnTeam,
    LastMember,
}

/// <summary>
/// Who is on a case's team. The team, or a supervisor of the organisation, adds colleagues of the
/// organisation holding the case who work support cases, and removes members, never the last: a
/// case nobody is on would be open to the supervisors alone. Every change is audited.
/// </summary>
public sealed class CaseTeams(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, PermissionCatalog permissions, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    /// <summary>The team of a case the user may open, with the colleagues not on it yet; null otherwise.</summary>
    public async Task<TeamView?> OpenAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        return beneficiary is null ? null : await ViewAsync(beneficiary, cancellationToken);
    }

    /// <summary>Adds a colleague to the team of a case the user may open.</summary>
    public async Task<(TeamView? Team, TeamProblem? Problem)> AddAsync(Guid beneficiaryId, Guid userId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, TeamProblem.CaseNotFound);
        }

        var colleagues = await ColleaguesAsync(beneficiary.OrganisationId, cancellationToken);
        if (CheckAddition(beneficiary.Team, userId, colleagues) is { } problem)
        {
            return (null, problem);
        }

        var member = new CaseTeamMember
        {
            BeneficiaryId = beneficiary.Id, UserId = userId, Name = colleagues.First(c => c.UserId == userId).Account, AddedAt = clock.GetUtcNow().UtcDateTime,
        };
        beneficiary.Team.Add(member);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(CaseTeamMember), $"{beneficiary.Id},{userId}", Details: $"{beneficiary.Number}: {member.Name} joins the team"));
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewAsync(beneficiary, cancellationToken), null);
    }

    /// <summary>Takes a member off the team of a case the user may open; the last member stays.</summary>
    public async Task<(TeamView? Team, TeamProblem? Problem)> RemoveAsync(Guid beneficiaryId, Guid userId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, TeamProblem.CaseNotFound);
        }

        if (CheckRemoval(beneficiary.Team, userId) is { } problem)
        {
            return (null, problem);
        }

        var member = beneficiary.Team.First(m => m.UserId == userId);
        beneficiary.Team.Remove(member);
        db.Audit(new AuditRecord(AuditAction.Delete, nameof(CaseTeamMember), $"{beneficiary.Id},{userId}", Details: $"{beneficiary.Number}: {member.Name} leaves the team"));
        await db.SaveChangesAsync(cancellationToken);
        return (await ViewAsync(beneficiary, cancellationToken), null);
    }

    /// <summary>Who may join: a colleague who works support cases and is not on the team yet.</summary>
    internal static TeamProblem? CheckAddition(IReadOnlyList<CaseTeamMember> team, Guid userId, IReadOnlyList<Colleague> colleagues) =>
        team.Any(m => m.UserId == userId) ? TeamProblem.AlreadyOnTeam
        : colleagues.All(c => c.UserId != userId) ? TeamProblem.NotAColleague
        : null;

    /// <summary>Who may leave: a member, unless the last.</summary>
    internal static TeamProblem? CheckRemoval(IReadOnlyList<CaseTeamMember> team, Guid userId) =>
        team.All(m => m.UserId != userId) ? TeamProblem.NotOnTeam
        : team.Count == 1 ? TeamProblem.LastMember
        : null;

    /// <summary>
    /// The staff of the organisation holding the case whose role lets them work support cases, by
    /// name; accounts locked by an administrator are left out.
    /// </summary>
    private async Task<IReadOnlyList<Colleague>> ColleaguesAsync(Guid organisation, CancellationToken cancellationToken)
    {
        var staff = await db.UsersIn(permissions.RolesGranted(SupportPermissions.BeneficiariesWork)).AsNoTracking()
            .Where(u => u.TenantId == Tenant && u.OrganisationId == organisation)
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.LockoutEnd }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. staff.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Select(u => new Colleague(u.Id, u.DisplayName == "" ? u.UserName ?? "?" : u.DisplayName, u.UserName ?? "?"))
            .OrderBy(c => c.Name, StringComparer.CurrentCulture)];
    }

    private async Task<TeamView> ViewAsync(Beneficiary beneficiary, CancellationToken cancellationToken)
    {
        var colleagues = await ColleaguesAsync(beneficiary.OrganisationId, cancellationToken);
        var members = beneficiary.Team.OrderBy(m => m.AddedAt).ToList();
        return new TeamView(beneficiary.Id, members, [.. colleagues.Where(c => members.All(m => m.UserId != c.UserId))]);
    }
}
