using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Plans;

/// <summary>A plan in force as the person reads it, with the organisation that made it.</summary>
public sealed record MyPlan(Plan Plan, string Organisation);

/// <summary>What the person's portal account holds of support plans: how many cases it is linked to, and the plans in force among them.</summary>
public sealed record MyPlansView(int LinkedCases, IReadOnlyList<MyPlan> Plans);

/// <summary>
/// The person's own plans in the portal. The person belongs to no organisation, so their rows are read
/// past the organisation filter, narrowed to the tenant and to the cases their account was linked to
/// with a worker's one-time code. Only a plan in force is ever shown; a draft or returned one never.
/// Every reading is audited, as the staff's are.
/// </summary>
public sealed class MyPlans(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    /// <summary>
    /// Links the account to the case the code was issued for. One message for every code that does
    /// not work (mistyped, used, expired, voided), so a guess learns nothing. The code is claimed by a
    /// conditional update: two people entering it at once cannot both link.
    /// </summary>
    public async Task<PlanRefusal?> RedeemAsync(string? code, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var me = user.GetUserId();
        if (me is null || string.IsNullOrWhiteSpace(code) || PortalLink.Normalise(code).Length > 64)
        {
            return new PlanRefusal(PlanProblem.CodeInvalid, "code");
        }

        var hash = PortalLink.Hash(code);
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.TenantRowsOf<PortalLink>(Tenant).AsNoTracking().FirstOrDefaultAsync(l => l.CodeHash == hash, cancellationToken);
        if (link is null || !link.IsUsable(now))
        {
            await db.AuditNowAsync(new AuditRecord("portal-link-refused", nameof(PortalLink), link?.Id.ToString() ?? "", Details: link is null ? "unknown code" : "used or expired"), cancellationToken);
            return new PlanRefusal(PlanProblem.CodeInvalid, "code");
        }

        var claimed = await db.TenantRowsOf<PortalLink>(Tenant).Where(l => l.Id == link.Id && l.UserId == null && l.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.UserId, me).SetProperty(l => l.LinkedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return new PlanRefusal(PlanProblem.CodeInvalid, "code");
        }

        // The update went past the context: the link gets its entry here.
        await db.AuditNowAsync(new AuditRecord("portal-link", nameof(Beneficiary), link.BeneficiaryId.ToString(), Details: $"account {me} linked with the code {link.Id}"), cancellationToken);
        return null;
    }

    /// <summary>The plans in force of the cases linked to the account. Each plan shown is audited as a read.</summary>
    public async Task<MyPlansView> ReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var linked = await LinkedCasesAsync(user, cancellationToken);
        if (linked.Count == 0)
        {
            return new MyPlansView(0, []);
        }

        var plans = await db.TenantRowsOf<Plan>(Tenant).AsNoTracking()
            .Include(p => p.Goals.OrderBy(g => g.Position)).ThenInclude(g => g.Tasks.OrderBy(t => t.Position))
            .Where(p => linked.Contains(p.BeneficiaryId) && p.Status == PlanStatus.Approved).OrderBy(p => p.ApprovedAt).ToListAsync(cancellationToken);
        var names = (await directory.GetAsync(cancellationToken)).Organisations.ToDictionary(o => o.Id, o => o.Name);
        foreach (var plan in plans)
        {
            db.Audit(new AuditRecord(AuditAction.Read, nameof(Plan), plan.Id.ToString(), Details: "the person, in the portal"));
        }

        if (plans.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new MyPlansView(linked.Count, [.. plans.Select(p => new MyPlan(p, names.GetValueOrDefault(p.OrganisationId) ?? "?"))]);
    }

    /// <summary>The person ticks one of their own tasks of a plan in force done, or not done.</summary>
    public async Task<(Plan? Plan, PlanRefusal? Problem)> TickAsync(Guid taskId, bool done, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var linked = await LinkedCasesAsync(user, cancellationToken);
        var caseId = await db.TenantRowsOf<Plan>(Tenant).Where(p => linked.Contains(p.BeneficiaryId) && p.Status == PlanStatus.Approved && p.Goals.Any(g => g.Tasks.Any(t => t.Id == taskId)))
            .Select(p => (Guid?)p.BeneficiaryId).FirstOrDefaultAsync(cancellationToken);
        if (caseId is null)
        {
            return (null, new PlanRefusal(PlanProblem.TaskNotFound, "task"));
        }

        var standing = await db.TenantRowsOf<Plan>(Tenant).Include(p => p.Goals).ThenInclude(g => g.Tasks)
            .Where(p => p.BeneficiaryId == caseId && p.Status != PlanStatus.Superseded).ToListAsync(cancellationToken);
        return await PlanDesk.TickInAsync(db, standing, taskId, done, PlanDesk.Actor(user, migrant: true), clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task<List<Guid>> LinkedCasesAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.GetUserId() ?? Guid.Empty;
        return await db.TenantRowsOf<PortalLink>(Tenant).Where(l => l.UserId == me).Select(l => l.BeneficiaryId).Distinct().ToListAsync(cancellationToken);
    }
}
