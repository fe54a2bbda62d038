using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Transfers;

namespace Pathway.Support.Closures;

/// <summary>A closure request as the case page's form or the API sends it.</summary>
public sealed record ClosureInput(ClosureReason? Reason, string? Note);

public enum ClosureProblem
{
    CaseNotFound,
    ClosureNotFound,
    ReasonMissing,
    NoteMissing,
    NoteTooLong,
    ClosedAlready,
    NotClosed,
    PendingAlready,
    TransferWaiting,
    OwnRequest,
    NotAllowed,
    WrongState,
    Anonymised,
}

public sealed record ClosureRefusal(ClosureProblem Problem, string Field);

/// <summary>A request waiting for a supervisor, with what they weigh: the case, who asked and why, and the planned services not yet given.</summary>
public sealed record WaitingClosure(CaseClosure Closure, string CaseNumber, string Name, DateTime OpenedAt, int PlannedServices);

/// <summary>
/// The closure of support cases, with a supervisor's approval. The case's team (or a supervisor)
/// asks with the reason; another supervisor of the organisation approves (the case is closed, and
/// nothing new is recorded on it) or returns it saying what is still to be done. Only one request
/// waits at a time, and none while a transfer of the case waits. A supervisor may reopen a closed
/// case, saying why. Every step is audited with its reason.
/// </summary>
public sealed class ClosureDesk(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, PermissionCatalog permissions, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public bool MayDecide(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.ClosuresApprove);

    /// <summary>A case's closures, the newest first; null when the user may not open the case.</summary>
    public async Task<IReadOnlyList<CaseClosure>?> ForCaseAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (await cases.IsClosedAsync(beneficiaryId, user, cancellationToken) is null)
        {
            return null;
        }

        return await db.Set<CaseClosure>().AsNoTracking().Where(c => c.BeneficiaryId == beneficiaryId)
            .OrderByDescending(c => c.RequestedAt).ToListAsync(cancellationToken);
    }

    /// <summary>Asks for the closure of an open case the user may open, with the reason (and a note, which "other" needs).</summary>
    public async Task<(CaseClosure? Closure, IReadOnlyList<ClosureRefusal> Problems)> RequestAsync(
        Guid beneficiaryId, ClosureInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, [new ClosureRefusal(ClosureProblem.CaseNotFound, "beneficiary")]);
        }

        var problems = Check(input);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        if (beneficiary.IsClosed)
        {
            return (null, [new ClosureRefusal(ClosureProblem.ClosedAlready, "beneficiary")]);
        }

        if (await db.Set<CaseClosure>().AnyAsync(c => c.BeneficiaryId == beneficiaryId && c.Status == ClosureStatus.Requested, cancellationToken))
        {
            return (null, [new ClosureRefusal(ClosureProblem.PendingAlready, "beneficiary")]);
        }

        // A case on its way to another organisation is theirs to close, or not.
        if (await db.TenantRowsOf<Transfer>(Tenant).AnyAsync(t => t.BeneficiaryId == beneficiaryId && t.Status == TransferStatus.Requested, cancellationToken))
        {
            return (null, [new ClosureRefusal(ClosureProblem.TransferWaiting, "beneficiary")]);
        }

        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var closure = CaseClosure.Request(Tenant, beneficiary.OrganisationId, beneficiaryId, input.Reason!.Value, note,
            user.GetUserId() ?? Guid.Empty, user.Identity?.Name ?? "?", clock.GetUtcNow().UtcDateTime);
        db.Add(closure);
        db.Audit(new AuditRecord("closure-request", nameof(Beneficiary), beneficiaryId.ToString(), Reason: note, Details: $"{beneficiary.Number}: {closure.Reason}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests at once: the index of waiting requests let only one through.
            db.ChangeTracker.Clear();
            return (null, [new ClosureRefusal(ClosureProblem.PendingAlready, "beneficiary")]);
        }

        return (closure, []);
    }

    /// <summary>
    /// A supervisor approves a waiting request (the case is closed) or returns it with the reason.
    /// Not the one who asked: four eyes.
    /// </summary>
    public async Task<(CaseClosure? Closure, ClosureRefusal? Problem)> DecideAsync(
        Guid closureId, ClosureStatus to, string? note, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var closure = await db.Set<CaseClosure>().FirstOrDefaultAsync(c => c.Id == closureId, cancellationToken);
        var beneficiary = closure is null ? null : await cases.Visible(user).FirstOrDefaultAsync(b => b.Id == closure.BeneficiaryId, cancellationToken);
        if (closure is null || beneficiary is null)
        {
            return (null, new ClosureRefusal(ClosureProblem.ClosureNotFound, "closure"));
        }

        if (!MayDecide(user))
        {
            return (null, new ClosureRefusal(ClosureProblem.NotAllowed, "closure"));
        }

        var me = user.GetUserId() ?? Guid.Empty;
        if (!closure.MayDecide(me))
        {
            return (null, new ClosureRefusal(ClosureProblem.OwnRequest, "closure"));
        }

        var why = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (to == ClosureStatus.Returned && why is null)
        {
            return (null, new ClosureRefusal(ClosureProblem.NoteMissing, "note"));
        }

        if (why?.Length > CaseClosure.MaxNoteLength)
        {
            return (null, new ClosureRefusal(ClosureProblem.NoteTooLong, "note"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!closure.Decide(to, me, user.Identity?.Name ?? "?", why, now))
        {
            return (null, new ClosureRefusal(ClosureProblem.WrongState, "status"));
        }

        if (to == ClosureStatus.Approved)
        {
            beneficiary.CloseAt(now);
            beneficiary.Told((await CaseStanding.OfAsync(db, beneficiary.TenantId, beneficiary.Id, cancellationToken)).ClosedFor(closure.Reason));
        }

        db.Audit(new AuditRecord(to == ClosureStatus.Approved ? "case-close" : "closure-return", nameof(Beneficiary), beneficiary.Id.ToString(), Reason: why,
            Details: $"{beneficiary.Number}: {closure.Reason}, asked by {closure.RequestedBy}"));
        await db.SaveChangesAsync(cancellationToken);
        return (closure, null);
    }

    /// <summary>A supervisor reopens a closed case, saying why; its approved closure stays on record as reopened.</summary>
    public async Task<(CaseClosure? Closure, ClosureRefusal? Problem)> ReopenAsync(
        Guid beneficiaryId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, new ClosureRefusal(ClosureProblem.CaseNotFound, "beneficiary"));
        }

        if (!MayDecide(user))
        {
            return (null, new ClosureRefusal(ClosureProblem.NotAllowed, "beneficiary"));
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why is null)
        {
            return (null, new ClosureRefusal(ClosureProblem.NoteMissing, "reason"));
        }

        if (why.Length > CaseClosure.MaxNoteLength)
        {
            return (null, new ClosureRefusal(ClosureProblem.NoteTooLong, "reason"));
        }

        // The retention rules took the person's names and notes: a reopened case would be work on no one.
        if (beneficiary.IsAnonymised)
        {
            return (null, new ClosureRefusal(ClosureProblem.Anonymised, "beneficiary"));
        }

        var closure = await db.Set<CaseClosure>().Where(c => c.BeneficiaryId == beneficiaryId && c.Status == ClosureStatus.Approved)
            .OrderByDescending(c => c.DecidedAt).FirstOrDefaultAsync(cancellationToken);
        if (!beneficiary.IsClosed || closure is null)
        {
            return (null, new ClosureRefusal(ClosureProblem.NotClosed, "beneficiary"));
        }

        closure.Reopen(user.Identity?.Name ?? "?", why, clock.GetUtcNow().UtcDateTime);
        beneficiary.CloseAt(null);
        beneficiary.Told((await CaseStanding.OfAsync(db, beneficiary.TenantId, beneficiary.Id, cancellationToken)).ClosedFor(null));
        db.Audit(new AuditRecord("case-reopen", nameof(Beneficiary), beneficiary.Id.ToString(), Reason: why, Details: beneficiary.Number));
        await db.SaveChangesAsync(cancellationToken);
        return (closure, null);
    }

    /// <summary>The requests waiting for a decision in the cases the user may open, the oldest first; empty for one who may not decide.</summary>
    public async Task<IReadOnlyList<WaitingClosure>> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!MayDecide(user))
        {
            return [];
        }

        var visible = cases.Visible(user);
        var rows = await (from closure in db.Set<CaseClosure>().AsNoTracking()
                          join beneficiary in visible on closure.BeneficiaryId equals beneficiary.Id
                          where closure.Status == ClosureStatus.Requested
                          orderby closure.RequestedAt
                          select new
                          {
                              Closure = closure, beneficiary.Number, beneficiary.GivenNames, beneficiary.Surname, beneficiary.CreatedAt,
                              Planned = db.Set<SupportService>().Count(s => s.BeneficiaryId == beneficiary.Id && s.Status == ServiceStatus.Planned),
                          }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WaitingClosure(r.Closure, r.Number, $"{r.GivenNames} {r.Surname}", r.CreatedAt, r.Planned))];
    }

    /// <summary>How many requests wait for the user's decision (not counting their own).</summary>
    public async Task<int> WaitingCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!MayDecide(user))
        {
            return 0;
        }

        var me = user.GetUserId() ?? Guid.Empty;
        var visible = cases.Visible(user).Select(b => b.Id);
        return await db.Set<CaseClosure>().CountAsync(c => c.Status == ClosureStatus.Requested && c.RequestedById != me && visible.Contains(c.BeneficiaryId), cancellationToken);
    }

    /// <summary>What a request's form checks: a reason, and a note when the reason is "other".</summary>
    internal static List<ClosureRefusal> Check(ClosureInput input)
    {
        var problems = new List<ClosureRefusal>();
        if (input.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            problems.Add(new ClosureRefusal(ClosureProblem.ReasonMissing, "reason"));
        }

        if (input.Note?.Trim().Length > CaseClosure.MaxNoteLength)
        {
            problems.Add(new ClosureRefusal(ClosureProblem.NoteTooLong, "note"));
        }
        else if (input.Reason == ClosureReason.Other && string.IsNullOrWhiteSpace(input.Note))
        {
            problems.Add(new ClosureRefusal(ClosureProblem.NoteMissing, "note"));
        }

        return problems;
    }
}
