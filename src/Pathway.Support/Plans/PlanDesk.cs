using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Plans;

/// <summary>A case's plan as its team reads it: the version in force, the open one (draft, submitted or returned), every version, and how many portal accounts are linked.</summary>
public sealed record CasePlan(Beneficiary Case, Plan? InForce, Plan? Open, IReadOnlyList<Plan> Versions, int LinkedAccounts);

/// <summary>A submitted plan in a supervisor's queue, with the case it is for and whether the reader wrote it (and so may not decide on it).</summary>
public sealed record PlanApproval(Plan Plan, string CaseNumber, string Name, Plan? InForce, bool Own);

/// <summary>A one-time code just issued for a case: shown once, kept only as a hash.</summary>
public sealed record IssuedCode(string Code, DateTime ExpiresAt);

/// <summary>
/// Care and integration plans of support cases. Need-to-know through <see cref="BeneficiaryDesk"/>:
/// a plan opens to the case team and the organisation's supervisors only. The team drafts and submits;
/// a supervisor who wrote no part of the version approves or returns it. Every opening is audited as a
/// read, every change by the platform, and each decision and tick with an entry of its own.
/// </summary>
public sealed class PlanDesk(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, PermissionCatalog permissions, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public bool MayApprove(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.PlansApprove);

    /// <summary>A case's plan with its versions, the newest first; null when the user may not open the case. Audited as a read.</summary>
    public Task<CasePlan?> OpenAsync(Guid caseId, ClaimsPrincipal user, CancellationToken cancellationToken = default) => ReadAsync(caseId, user, audited: true, cancellationToken);

    /// <summary>The plan again after a change made by the page that opened it (and audited the opening) in this request.</summary>
    internal Task<CasePlan?> ReloadAsync(Guid caseId, ClaimsPrincipal user, CancellationToken cancellationToken = default) => ReadAsync(caseId, user, audited: false, cancellationToken);

    private async Task<CasePlan?> ReadAsync(Guid caseId, ClaimsPrincipal user, bool audited, CancellationToken cancellationToken)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == caseId, cancellationToken);
        if (beneficiary is null)
        {
            return null;
        }

        var versions = await Versions(caseId).AsNoTracking().OrderByDescending(p => p.Version).ToListAsync(cancellationToken);
        var linked = await db.Set<PortalLink>().Where(l => l.BeneficiaryId == caseId && l.UserId != null).Select(l => l.UserId).Distinct().CountAsync(cancellationToken);
        if (audited)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(Plan), caseId.ToString(), Details: beneficiary.Number), cancellationToken);
        }

        return new CasePlan(beneficiary, versions.FirstOrDefault(p => p.InForce), versions.FirstOrDefault(p => p.IsOpen), versions, linked);
    }

    /// <summary>
    /// Keeps the team's draft: into the open version, or, when only an approved plan stands, into the
    /// next version (the approved one stays in force until that one is approved).
    /// </summary>
    public async Task<(Plan? Plan, IReadOnlyList<PlanRefusal> Problems)> SaveDraftAsync(Guid caseId, PlanInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == caseId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, [new PlanRefusal(PlanProblem.CaseNotFound, "beneficiary")]);
        }

        if (beneficiary.IsClosed)
        {
            return (null, [new PlanRefusal(PlanProblem.CaseClosed, "beneficiary")]);
        }

        var (goals, problems) = PlanRules.Check(input, beneficiary.Team.ToDictionary(m => m.UserId, m => m.Name));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = Actor(user);
        var standing = await Versions(caseId).Where(p => p.Status != PlanStatus.Superseded).ToListAsync(cancellationToken);
        var open = standing.FirstOrDefault(p => p.IsOpen);
        if (open is null)
        {
            open = standing.FirstOrDefault(p => p.InForce)?.Revise(actor, now) ?? Plan.Start(Tenant, beneficiary.OrganisationId, caseId, input.Kind!.Value, actor, now);
            db.Add(open);
        }

        open.Edit(input.Kind!.Value, goals, actor, now);
        return await SavedAsync(open, cancellationToken);
    }

    /// <summary>Sends the case's open version to the organisation's supervisors; not on a closed case.</summary>
    public async Task<(Plan? Plan, PlanRefusal? Problem)> SubmitAsync(Guid caseId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        switch (await cases.IsClosedAsync(caseId, user, cancellationToken))
        {
            case null:
                return (null, new PlanRefusal(PlanProblem.CaseNotFound, "beneficiary"));
            case true:
                return (null, new PlanRefusal(PlanProblem.CaseClosed, "beneficiary"));
        }

        var open = await Versions(caseId).FirstOrDefaultAsync(p => p.Status == PlanStatus.Draft || p.Status == PlanStatus.Returned || p.Status == PlanStatus.Submitted, cancellationToken);
        if (open is null)
        {
            return (null, new PlanRefusal(PlanProblem.NothingToSubmit, "plan"));
        }

        if (open.Submit(Actor(user), clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return (null, new PlanRefusal(refused, refused is PlanProblem.NoGoals or PlanProblem.GoalWithoutTasks ? "goals" : "plan"));
        }

        var (saved, problems) = await SavedAsync(open, cancellationToken);
        return (saved, problems.FirstOrDefault());
    }

    /// <summary>The submitted plans of the cases the supervisor may open, the longest waiting first. Empty without the permission to approve.</summary>
    public async Task<IReadOnlyList<PlanApproval>> ApprovalsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!MayApprove(user))
        {
            return [];
        }

        var visible = cases.Visible(user).Select(b => b.Id);
        var submitted = await db.Set<Plan>().AsNoTracking().Include(p => p.Goals).ThenInclude(g => g.Tasks).Include(p => p.Steps).AsSplitQuery()
            .Where(p => p.Status == PlanStatus.Submitted && visible.Contains(p.BeneficiaryId)).OrderBy(p => p.ChangedAt).ToListAsync(cancellationToken);
        if (submitted.Count == 0)
        {
            return [];
        }

        var ids = submitted.Select(p => p.BeneficiaryId).ToList();
        var people = await cases.Visible(user).AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var inForce = await db.Set<Plan>().AsNoTracking().Include(p => p.Goals).ThenInclude(g => g.Tasks)
            .Where(p => ids.Contains(p.BeneficiaryId) && p.Status == PlanStatus.Approved).ToDictionaryAsync(p => p.BeneficiaryId, cancellationToken);
        var me = user.GetUserId() ?? Guid.Empty;
        await db.AuditNowAsync(new AuditRecord(AuditAction.Search, nameof(Plan), "", Details: $"plans waiting for approval: {submitted.Count} shown"), cancellationToken);
        return [.. submitted.Select(p => new PlanApproval(p, people[p.BeneficiaryId].Number, people[p.BeneficiaryId].Name, inForce.GetValueOrDefault(p.BeneficiaryId), p.Authors.Contains(me)))];
    }

    /// <summary>How many plans of the cases the supervisor may open wait for approval.</summary>
    public async Task<int> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!MayApprove(user))
        {
            return 0;
        }

        var visible = cases.Visible(user).Select(b => b.Id);
        return await db.Set<Plan>().CountAsync(p => p.Status == PlanStatus.Submitted && visible.Contains(p.BeneficiaryId), cancellationToken);
    }

    /// <summary>
    /// Approves a submitted plan: it is in force, and the version it replaces is superseded. Four eyes:
    /// refused to anyone who wrote it. Refused on a closed case too, even for a version submitted
    /// before the closure: approving puts new goals and tasks in force, and the person would see them
    /// in the portal, for a case nobody works any more. Reopened, the case's team submits it again.
    /// </summary>
    public Task<(Plan? Plan, PlanRefusal? Problem)> ApproveAsync(Guid planId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideAsync(planId, user, (plan, actor, now) => plan.Approve(actor, now), "plan-approve", null, cancellationToken, refusedWhenClosed: true);

    /// <summary>
    /// Returns a submitted plan to the case team with the reason; the plan in force, if any, stays.
    /// Allowed on a closed case: it changes nothing in force, and it takes the version off the
    /// supervisors' queue, where it could otherwise wait for ever.
    /// </summary>
    public Task<(Plan? Plan, PlanRefusal? Problem)> ReturnAsync(Guid planId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideAsync(planId, user, (plan, actor, now) => plan.Return(actor, reason, now), "plan-return", reason?.Trim(), cancellationToken);

    /// <summary>Ticks a task of the case's plan in force done or not done (the team and supervisors may tick any task); no new version.</summary>
    public async Task<(Plan? Plan, PlanRefusal? Problem)> TickAsync(Guid caseId, Guid taskId, bool done, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await cases.Visible(user).AnyAsync(b => b.Id == caseId, cancellationToken))
        {
            return (null, new PlanRefusal(PlanProblem.CaseNotFound, "beneficiary"));
        }

        var standing = await Versions(caseId).Where(p => p.Status != PlanStatus.Superseded).ToListAsync(cancellationToken);
        return await TickInAsync(db, standing, taskId, done, Actor(user), clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>
    /// Issues a one-time code the person enters in the portal to link their account to the case. A
    /// newer code voids the earlier ones not used yet. Only its hash is kept.
    /// </summary>
    public async Task<IssuedCode?> IssueCodeAsync(Guid caseId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == caseId, cancellationToken);
        if (beneficiary is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var earlier in await db.Set<PortalLink>().Where(l => l.BeneficiaryId == caseId && l.UserId == null && l.ExpiresAt > now).ToListAsync(cancellationToken))
        {
            earlier.ExpiresAt = now;
        }

        var code = PortalLink.NewCode();
        var link = new PortalLink
        {
            TenantId = Tenant, OrganisationId = beneficiary.OrganisationId, BeneficiaryId = caseId, CodeHash = PortalLink.Hash(code),
            IssuedAt = now, IssuedBy = user.Identity?.Name ?? "?", ExpiresAt = now + PortalLink.Lifetime,
        };
        db.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedCode(code, link.ExpiresAt);
    }

    /// <summary>
    /// Ticks a task in the plan in force among <paramref name="standing"/> (the case's versions not
    /// superseded, tracked), and the same task in the open version that copied it. Audited with an
    /// entry of its own: a task is not an organisation's row the platform audits by itself.
    /// </summary>
    internal static async Task<(Plan? Plan, PlanRefusal? Problem)> TickInAsync(
        PathwayDbContext db, IReadOnlyList<Plan> standing, Guid taskId, bool done, PlanActor actor, DateTime now, CancellationToken cancellationToken)
    {
        var inForce = standing.FirstOrDefault(p => p.Tasks.Any(t => t.Id == taskId) && p.InForce) ?? standing.FirstOrDefault(p => p.Tasks.Any(t => t.Id == taskId));
        if (inForce is null)
        {
            return (null, new PlanRefusal(PlanProblem.TaskNotFound, "task"));
        }

        if (inForce.Tick(taskId, done, actor, now) is { } refused)
        {
            return (null, new PlanRefusal(refused, "task"));
        }

        var ticked = inForce.Tasks.First(t => t.Id == taskId);
        foreach (var open in standing.Where(p => p.IsOpen))
        {
            open.Mirror(ticked);
        }

        db.Audit(new AuditRecord(AuditAction.Update, nameof(PlanTask), taskId.ToString(), Details: $"{(done ? "done" : "not done")}{(actor.IsMigrant ? " by the person" : "")}"));
        await db.SaveChangesAsync(cancellationToken);
        return (inForce, null);
    }

    /// <summary>The case moved to another organisation (an accepted transfer): its plans and portal links go with it, as its services do.</summary>
    internal static async Task MoveWithCaseAsync(PathwayDbContext db, Guid tenant, Guid caseId, Guid organisation, CancellationToken cancellationToken)
    {
        foreach (var plan in await db.TenantRowsOf<Plan>(tenant).Where(p => p.BeneficiaryId == caseId).ToListAsync(cancellationToken))
        {
            plan.MoveTo(organisation);
        }

        foreach (var link in await db.TenantRowsOf<PortalLink>(tenant).Where(l => l.BeneficiaryId == caseId).ToListAsync(cancellationToken))
        {
            link.MoveTo(organisation);
        }
    }

    internal static PlanActor Actor(ClaimsPrincipal user, bool migrant = false) => new(user.GetUserId() ?? Guid.Empty, user.Identity?.Name ?? "?", migrant);

    private async Task<(Plan? Plan, PlanRefusal? Problem)> DecideAsync(
        Guid planId, ClaimsPrincipal user, Func<Plan, PlanActor, DateTime, PlanProblem?> decide, string action, string? reason, CancellationToken cancellationToken,
        bool refusedWhenClosed = false)
    {
        var visible = cases.Visible(user).Select(b => b.Id);
        var plan = MayApprove(user)
            ? await db.Set<Plan>().Include(p => p.Goals).ThenInclude(g => g.Tasks).Include(p => p.Steps).AsSplitQuery()
                .FirstOrDefaultAsync(p => p.Id == planId && visible.Contains(p.BeneficiaryId), cancellationToken)
            : null;
        if (plan is null)
        {
            return (null, new PlanRefusal(PlanProblem.PlanNotFound, "plan"));
        }

        if (refusedWhenClosed && await cases.IsClosedAsync(plan.BeneficiaryId, user, cancellationToken) == true)
        {
            return (null, new PlanRefusal(PlanProblem.CaseClosed, "beneficiary"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (decide(plan, Actor(user), now) is { } refused)
        {
            return (null, new PlanRefusal(refused, refused is PlanProblem.ReasonMissing or PlanProblem.ReasonTooLong ? "reason" : "plan"));
        }

        if (plan.InForce)
        {
            foreach (var earlier in await db.Set<Plan>().Where(p => p.BeneficiaryId == plan.BeneficiaryId && p.Id != plan.Id && p.Status == PlanStatus.Approved).ToListAsync(cancellationToken))
            {
                earlier.Supersede(now);
            }
        }

        // A decision is the supervisor's answer for the case: an entry of its own, with the reason of a return.
        db.Audit(new AuditRecord(action, nameof(Plan), plan.Id.ToString(), Reason: reason, Details: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"version {plan.Version}")));
        return await SavedAsync(plan, cancellationToken) is ({ } saved, _) ? (saved, null) : (null, new PlanRefusal(PlanProblem.WrongState, "plan"));
    }

    /// <summary>Saves a version; two changes of one case at once cannot both make its next version (a unique index), and the loser is told the plan moved on.</summary>
    private async Task<(Plan? Plan, IReadOnlyList<PlanRefusal> Problems)> SavedAsync(Plan plan, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (plan, []);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (null, [new PlanRefusal(PlanProblem.WrongState, "plan")]);
        }
    }

    private IQueryable<Plan> Versions(Guid caseId) =>
        db.Set<Plan>().Include(p => p.Goals.OrderBy(g => g.Position)).ThenInclude(g => g.Tasks.OrderBy(t => t.Position)).Include(p => p.Steps.OrderBy(s => s.At))
            .Where(p => p.BeneficiaryId == caseId).AsSplitQuery();
}
