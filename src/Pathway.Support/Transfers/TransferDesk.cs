using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Transfers;

/// <summary>A transfer as the case page's form or the API sends it.</summary>
/// <param name="OverrideReason">Why the case moves without the person's consent; only with the override permission.</param>
public sealed record TransferInput(Guid? ToOrganisationId, string? Reason, string? OverrideReason = null);

public enum TransferProblem
{
    CaseNotFound,
    TransferNotFound,
    ReceiverMissing,
    ReceiverUnknown,
    ReasonMissing,
    ReasonTooLong,
    NoConsent,
    OverrideNotAllowed,
    PendingAlready,
    NotYours,
    WrongState,
    NumberTaken,
    CaseClosed,
}

public sealed record TransferRefusal(TransferProblem Problem, string Field);

/// <summary>Who is reading a transfer: the sending organisation's side or the receiving one's.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TransferSide>))]
public enum TransferSide
{
    Sender,
    Receiver,
}

/// <summary>The minimal facts the receiving organisation reads before it accepts a case: no more than it needs to decide.</summary>
public sealed record TransferPerson(string GivenNames, string Surname, DateOnly? BirthDate);

/// <summary>
/// A transfer read by one side. The receiver reads the person's names and date of birth while the
/// request waits for its answer; the sender, once the case has gone, only the number and the steps.
/// </summary>
public sealed record TransferView(Transfer Transfer, TransferSide Side, TransferPerson? Person, string FromName, string ToName);

/// <summary>
/// Transfers of support cases between the organisations of an office. The sender is the case's team
/// or a supervisor of the organisation holding it (need-to-know through <see cref="BeneficiaryDesk"/>);
/// the receiver is the staff of the receiving organisation who work support cases. A transfer goes
/// only under the person's active consent to disclose to the receiver, or a supervisor's documented
/// override; one at a time per case. Every request, step and reading of the person's facts is audited.
/// </summary>
public sealed class TransferDesk(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, PermissionCatalog permissions, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public bool MayOverride(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.TransfersOverride);

    /// <summary>The transfers a case's page shows: those its organisation requested, and the one that brought it there.</summary>
    public async Task<IReadOnlyList<TransferView>?> ForCaseAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var holder = await cases.Visible(user).Where(b => b.Id == beneficiaryId).Select(b => (Guid?)b.OrganisationId).FirstOrDefaultAsync(cancellationToken);
        if (holder is not { } organisation)
        {
            return null;
        }

        var transfers = await db.TenantRowsOf<Transfer>(Tenant).AsNoTracking().Include(t => t.Steps)
            .Where(t => t.BeneficiaryId == beneficiaryId && (t.OrganisationId == organisation || (t.ToOrganisationId == organisation && t.Status == TransferStatus.Accepted)))
            .OrderByDescending(t => t.RequestedAt).ToListAsync(cancellationToken);
        var names = await cases.OrganisationNamesAsync(cancellationToken);
        return [.. transfers.Select(t => View(t, t.OrganisationId == organisation ? TransferSide.Sender : TransferSide.Receiver, null, names))];
    }

    /// <summary>
    /// Transfers to the user's organisation, the waiting ones first, then the newest; the waiting ones
    /// with the person's names and date of birth (each such reading audited). Empty for staff of no organisation.
    /// </summary>
    public async Task<IReadOnlyList<TransferView>> ReceivedAsync(ClaimsPrincipal user, int most, CancellationToken cancellationToken = default)
    {
        var transfers = await Incoming(user).AsNoTracking().Include(t => t.Steps)
            .OrderBy(t => t.Status == TransferStatus.Requested ? 0 : 1).ThenByDescending(t => t.RequestedAt).Take(most).ToListAsync(cancellationToken);
        var waiting = transfers.Where(t => t.Status == TransferStatus.Requested).ToList();
        var people = await PeopleAsync(waiting, cancellationToken);
        foreach (var transfer in waiting)
        {
            db.Audit(new AuditRecord(AuditAction.Read, nameof(Transfer), transfer.Id.ToString(), Details: TransferSide.Receiver.ToString()));
        }

        if (waiting.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var names = await cases.OrganisationNamesAsync(cancellationToken);
        return [.. transfers.Select(t => View(t, TransferSide.Receiver, people.GetValueOrDefault(t.BeneficiaryId), names))];
    }

    /// <summary>How many transfers wait for the user's organisation to accept or decline them.</summary>
    public async Task<int> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await Incoming(user).CountAsync(t => t.Status == TransferStatus.Requested, cancellationToken);

    /// <summary>
    /// Transfers the user's organisation requested, the newest first: all of them for a supervisor;
    /// for a worker those of the cases they may still open and those they took a step in, so the
    /// requester sees the outcome after the case has gone. The number and the steps only, never the person.
    /// </summary>
    public async Task<IReadOnlyList<TransferView>> SentAsync(ClaimsPrincipal user, int most, CancellationToken cancellationToken = default)
    {
        var organisation = user.GetOrganisationId() ?? Guid.Empty;
        var sent = db.TenantRowsOf<Transfer>(Tenant).Where(t => t.OrganisationId == organisation);
        if (!cases.Supervises(user))
        {
            var me = user.GetUserId() ?? Guid.Empty;
            // Read apart: a read past the filters would lift the case's filter in a subquery too.
            var visible = await cases.Visible(user).Select(b => b.Id).ToListAsync(cancellationToken);
            sent = sent.Where(t => visible.Contains(t.BeneficiaryId) || t.Steps.Any(s => s.ByUserId == me));
        }

        var transfers = await sent.AsNoTracking().Include(t => t.Steps).OrderByDescending(t => t.RequestedAt).Take(most).ToListAsync(cancellationToken);
        var names = await cases.OrganisationNamesAsync(cancellationToken);
        return [.. transfers.Select(t => View(t, TransferSide.Sender, null, names))];
    }

    public async Task<IReadOnlyDictionary<Guid, string>> OrganisationNamesAsync(CancellationToken cancellationToken = default) =>
        await cases.OrganisationNamesAsync(cancellationToken);

    /// <summary>
    /// Requests the transfer of a case the user may open to another organisation of the office.
    /// Refused without an active consent of the person to disclose to that organisation, unless a
    /// user with the override permission writes why; refused while another request of the case waits.
    /// </summary>
    public async Task<(TransferView? Transfer, IReadOnlyList<TransferRefusal> Problems)> RequestAsync(
        Guid beneficiaryId, TransferInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, [new TransferRefusal(TransferProblem.CaseNotFound, "beneficiary")]);
        }

        if (beneficiary.IsClosed)
        {
            return (null, [new TransferRefusal(TransferProblem.CaseClosed, "beneficiary")]);
        }

        var names = await cases.OrganisationNamesAsync(cancellationToken);
        var problems = Check(input, beneficiary.OrganisationId, names.Keys.ToHashSet());
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        if (await db.TenantRowsOf<Transfer>(Tenant).AnyAsync(t => t.BeneficiaryId == beneficiaryId && t.Status == TransferStatus.Requested, cancellationToken))
        {
            return (null, [new TransferRefusal(TransferProblem.PendingAlready, "beneficiary")]);
        }

        var to = input.ToOrganisationId!.Value;
        var consent = (await cases.DisclosureConsentAsync(beneficiaryId, to, null, cancellationToken))?.Id;
        var overrideReason = string.IsNullOrWhiteSpace(input.OverrideReason) ? null : input.OverrideReason.Trim();
        if (consent is null)
        {
            if (overrideReason is null)
            {
                return (null, [new TransferRefusal(TransferProblem.NoConsent, "toOrganisationId")]);
            }

            if (!MayOverride(user))
            {
                return (null, [new TransferRefusal(TransferProblem.OverrideNotAllowed, "overrideReason")]);
            }
        }

        var step = Step(TransferStatus.Requested, null, user, names);
        var transfer = Transfer.Request(Tenant, beneficiary.OrganisationId, to, beneficiaryId, beneficiary.Number, input.Reason!.Trim(), consent, overrideReason, step);
        db.Add(transfer);
        if (transfer.OverrideReason is not null)
        {
            // Moving a whole case without consent is the exception a supervisor answers for: its own entry, with the reason.
            db.Audit(new AuditRecord("consent-override", nameof(Transfer), transfer.Id.ToString(), Reason: transfer.OverrideReason, Details: $"{beneficiary.Number} to {names[to]}"));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two requests for the case at once: the index of waiting requests let only one through.
            db.ChangeTracker.Clear();
            return (null, [new TransferRefusal(TransferProblem.PendingAlready, "beneficiary")]);
        }

        return (View(transfer, TransferSide.Sender, null, names), []);
    }

    /// <summary>
    /// Moves a transfer on. The receiving organisation accepts (the case becomes its own, under its
    /// next number, with the accepting worker as its team) or declines with the reason; the sender
    /// withdraws a request still waiting. Each is kept as a step and audited with the reason.
    /// </summary>
    public async Task<(TransferView? Transfer, TransferRefusal? Problem)> MoveAsync(
        Guid id, TransferStatus to, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (transfer, side) = await FindAsync(id, user, receiverFirst: Transfer.IsReceiversStep(to), cancellationToken);
        if (transfer is null)
        {
            return (null, new TransferRefusal(TransferProblem.TransferNotFound, "transfer"));
        }

        if ((side == TransferSide.Receiver) != Transfer.IsReceiversStep(to))
        {
            return (null, new TransferRefusal(TransferProblem.NotYours, "status"));
        }

        if (!Transfer.Allowed(transfer.Status, to))
        {
            return (null, new TransferRefusal(TransferProblem.WrongState, "status"));
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (StepProblem(to, why) is { } problem)
        {
            return (null, new TransferRefusal(problem, "reason"));
        }

        var names = await cases.OrganisationNamesAsync(cancellationToken);
        var step = Step(to, why, user, names);
        // The case is read past the organisation filter: it is still the sender's until this save.
        var beneficiary = to == TransferStatus.Accepted
            ? await db.TenantRowsOf<Beneficiary>(Tenant).Include(b => b.Team)
                .FirstAsync(b => b.Id == transfer.BeneficiaryId && b.OrganisationId == transfer.OrganisationId, cancellationToken)
            : null;
        var number = beneficiary is null ? null : await cases.NextNumberAsync(transfer.ToOrganisationId, step.At.Year, cancellationToken);
        if (!transfer.Move(step, number))
        {
            return (null, new TransferRefusal(TransferProblem.WrongState, "status"));
        }

        beneficiary?.MoveTo(transfer.ToOrganisationId, number!, new CaseTeamMember
        {
            BeneficiaryId = beneficiary.Id, UserId = user.GetUserId() ?? Guid.Empty, Name = user.Identity?.Name ?? "?", AddedAt = step.At,
        });
        if (beneficiary is not null)
        {
            await Plans.PlanDesk.MoveWithCaseAsync(db, Tenant, beneficiary.Id, transfer.ToOrganisationId, cancellationToken);
            // Statistics count a service for the organisation that holds its case.
            var owner = ServiceOwner.Of(beneficiary);
            foreach (var service in await db.Set<SupportService>().Where(s => s.BeneficiaryId == beneficiary.Id).ToListAsync(cancellationToken))
            {
                service.Told(owner);
            }

            beneficiary.Told(await CaseStanding.OfAsync(db, Tenant, beneficiary.Id, cancellationToken));
        }

        db.Add(transfer.Steps[^1]);
        db.Audit(new AuditRecord($"transfer-{Verb(to)}", nameof(Transfer), transfer.Id.ToString(), Reason: why,
            Details: number is null ? transfer.CaseNumber : $"{transfer.CaseNumber} is {number} of {names.GetValueOrDefault(transfer.ToOrganisationId)}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (to == TransferStatus.Accepted)
        {
            // An intake or another transfer took the number at the same moment (the unique index refused this one): nothing was
            // saved, and nothing of this attempt stays tracked for a later save of the same request.
            db.ChangeTracker.Clear();
            return (null, new TransferRefusal(TransferProblem.NumberTaken, "transfer"));
        }

        // Answered or withdrawn, the request no longer shows the person: the receiver who accepted opens the case itself.
        return (View(transfer, side, null, names), null);
    }

    /// <summary>What a request's form checks before any consent is looked up.</summary>
    internal static List<TransferRefusal> Check(TransferInput input, Guid holder, IReadOnlySet<Guid> organisations)
    {
        var problems = new List<TransferRefusal>();
        if (input.ToOrganisationId is not { } to)
        {
            problems.Add(new TransferRefusal(TransferProblem.ReceiverMissing, "toOrganisationId"));
        }
        else if (to == holder || !organisations.Contains(to))
        {
            problems.Add(new TransferRefusal(TransferProblem.ReceiverUnknown, "toOrganisationId"));
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            problems.Add(new TransferRefusal(TransferProblem.ReasonMissing, "reason"));
        }
        else if (input.Reason.Trim().Length > Transfer.MaxReasonLength)
        {
            problems.Add(new TransferRefusal(TransferProblem.ReasonTooLong, "reason"));
        }

        if (input.OverrideReason?.Trim().Length > Transfer.MaxReasonLength)
        {
            problems.Add(new TransferRefusal(TransferProblem.ReasonTooLong, "overrideReason"));
        }

        return problems;
    }

    /// <summary>What a step's reason must be: a decline says why; none is longer than the limit.</summary>
    internal static TransferProblem? StepProblem(TransferStatus to, string? reason) =>
        to == TransferStatus.Declined && string.IsNullOrWhiteSpace(reason) ? TransferProblem.ReasonMissing
        : reason?.Trim().Length > Transfer.MaxReasonLength ? TransferProblem.ReasonTooLong
        : null;

    /// <summary>
    /// Withdraws the waiting transfers requested under a consent the person has just revoked (the
    /// caller saves): the receiver no longer reads the person's facts.
    /// </summary>
    internal static async Task WithdrawUnderAsync(PathwayDbContext db, Guid tenant, Consent consent, string organisation, CancellationToken cancellationToken)
    {
        var waiting = await db.TenantRowsOf<Transfer>(tenant).Include(t => t.Steps)
            .Where(t => t.ConsentId == consent.Id && t.Status == TransferStatus.Requested).ToListAsync(cancellationToken);
        foreach (var transfer in waiting)
        {
            var withdrawn = new TransferStep
            {
                Status = TransferStatus.Withdrawn, At = consent.RevokedAt!.Value, By = consent.RevokedBy!, ByOrganisation = organisation, Reason = Transfer.ConsentRevoked,
            };
            if (transfer.Move(withdrawn))
            {
                db.Add(transfer.Steps[^1]);
            }
        }
    }

    private static string Verb(TransferStatus to) => to switch
    {
        TransferStatus.Requested => "request",
        TransferStatus.Accepted => "accept",
        TransferStatus.Declined => "decline",
        TransferStatus.Withdrawn => "withdraw",
    };

    private TransferStep Step(TransferStatus status, string? reason, ClaimsPrincipal user, IReadOnlyDictionary<Guid, string> names) => new()
    {
        Status = status, At = clock.GetUtcNow().UtcDateTime, By = user.Identity?.Name ?? "?", ByUserId = user.GetUserId() ?? Guid.Empty,
        ByOrganisation = names.GetValueOrDefault(user.GetOrganisationId() ?? Guid.Empty) ?? "?", Reason = reason,
    };

    /// <summary>
    /// The transfer (tracked) and the side the user acts for: the sender's when they may open the case
    /// in the sending organisation, the receiver's when it is addressed to their organisation. A
    /// supervisor of office units may be both; the step asked for says which side is looked at first.
    /// </summary>
    private async Task<(Transfer? Transfer, TransferSide Side)> FindAsync(Guid id, ClaimsPrincipal user, bool receiverFirst, CancellationToken cancellationToken)
    {
        var received = await Incoming(user).Include(t => t.Steps).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        // Asked apart from the transfer: a read past the filters would lift the case's filter in a subquery too.
        var sent = await db.TenantRowsOf<Transfer>(Tenant).Include(t => t.Steps).FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } row
            && await cases.Visible(user).AnyAsync(b => b.Id == row.BeneficiaryId && b.OrganisationId == row.OrganisationId, cancellationToken)
            ? row
            : null;
        return received is not null && (receiverFirst || sent is null) ? (received, TransferSide.Receiver) : (sent, TransferSide.Sender);
    }

    /// <summary>
    /// Transfers addressed to the user's own organisation. The row belongs to the sender, so the
    /// organisation filter would hide it: read past it, narrowed to the tenant and the receiver. Only
    /// the user's own organisation, not every unit the data scope shows office staff: the case and its
    /// team go to the organisation that accepts it.
    /// </summary>
    private IQueryable<Transfer> Incoming(ClaimsPrincipal user)
    {
        var organisation = user.GetOrganisationId() ?? Guid.Empty;
        return db.TenantRowsOf<Transfer>(Tenant).Where(t => t.ToOrganisationId == organisation);
    }

    /// <summary>The names and birth dates of the cases of waiting transfers, read past the organisation filter (the cases are still the sender's).</summary>
    private async Task<Dictionary<Guid, TransferPerson>> PeopleAsync(IReadOnlyList<Transfer> transfers, CancellationToken cancellationToken)
    {
        var ids = transfers.Where(t => t.Status == TransferStatus.Requested).Select(t => t.BeneficiaryId).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.TenantRowsOf<Beneficiary>(Tenant).AsNoTracking().Where(b => ids.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => new TransferPerson(b.GivenNames, b.Surname, b.BirthDate), cancellationToken);
    }

    private static TransferView View(Transfer transfer, TransferSide side, TransferPerson? person, IReadOnlyDictionary<Guid, string> names)
    {
        transfer.Steps.Sort((a, b) => a.At.CompareTo(b.At));
        return new TransferView(transfer, side, person, names.GetValueOrDefault(transfer.OrganisationId) ?? "?", names.GetValueOrDefault(transfer.ToOrganisationId) ?? "?");
    }
}
