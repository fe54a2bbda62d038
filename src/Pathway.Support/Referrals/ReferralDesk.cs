using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Needs;

namespace Pathway.Support.Referrals;

/// <summary>A referral as the case page's form or the API sends it: to an organisation of the platform by id, or to one outside it by name and kind.</summary>
/// <param name="OverrideReason">Why it goes without the person's consent (child protection); only with the override permission.</param>
public sealed record ReferralInput(
    Guid? ToOrganisationId, string? ToName, ReceiverKind? ToKind, ServiceKind? Service, string? Note,
    IReadOnlyList<ReferralSection>? Sections, string? OverrideReason = null);

public enum ReferralProblem
{
    CaseNotFound,
    ReferralNotFound,
    ReceiverMissing,
    ReceiverUnknown,
    ReceiverTooLong,
    ReceiverKindMissing,
    NoteMissing,
    NoteTooLong,
    NoConsent,
    OverrideNotAllowed,
    ReasonMissing,
    ReasonTooLong,
    NotYours,
    WrongState,
    CaseClosed,
}

public sealed record ReferralRefusal(ReferralProblem Problem, string Field);

/// <summary>Who is reading a referral: its sender's side (the case team) or its receiver's (the receiving organisation's staff).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ReferralSide>))]
public enum ReferralSide
{
    Sender,
    Receiver,
}

/// <summary>A referral opened by one side: the receiver reads the chosen sections only, the sender all of its steps.</summary>
public sealed record ReferralView(Referral Referral, ReferralSide Side, ReferralContents? Contents, string FromName);

/// <summary>
/// Referrals of support cases. The sender is the case's team (need-to-know through
/// <see cref="BeneficiaryDesk"/>); the receiver is the staff of the receiving organisation who may
/// answer referrals. A referral goes only under an active consent of the person to disclose to that
/// receiver, or by a documented override; it carries only the chosen sections, copied when sent.
/// Every send, opening and step is audited.
/// </summary>
public sealed class ReferralDesk(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, PermissionCatalog permissions, OrganisationDirectory directory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Guid Tenant => scope.Current.TenantId;

    public bool MayOverride(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.ReferralsOverride);

    public bool MayReceive(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.ReferralsReceive);

    /// <summary>A case's referrals with their steps, the newest first; null when the user may not open the case.</summary>
    public async Task<IReadOnlyList<Referral>?> ForCaseAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await cases.Visible(user).AnyAsync(b => b.Id == beneficiaryId, cancellationToken))
        {
            return null;
        }

        return await db.Set<Referral>().AsNoTracking().Include(r => r.Steps.OrderBy(s => s.At))
            .Where(r => r.BeneficiaryId == beneficiaryId).OrderByDescending(r => r.SentAt).ToListAsync(cancellationToken);
    }

    /// <summary>Referrals to the organisations the user works for, the open ones first, then the newest. Empty without the permission to receive.</summary>
    public async Task<IReadOnlyList<Referral>> ReceivedAsync(ClaimsPrincipal user, int most, CancellationToken cancellationToken = default)
    {
        if (!MayReceive(user))
        {
            return [];
        }

        return await Incoming().AsNoTracking()
            .OrderBy(r => r.Status == ReferralStatus.Sent ? 0 : r.Status == ReferralStatus.Accepted ? 1 : 2).ThenByDescending(r => r.SentAt)
            .Take(most).ToListAsync(cancellationToken);
    }

    /// <summary>How many referrals wait for the user's organisation to accept or decline them.</summary>
    public async Task<int> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        MayReceive(user) ? await Incoming().CountAsync(r => r.Status == ReferralStatus.Sent, cancellationToken) : 0;

    /// <summary>Referrals sent for the cases the user may open, the newest first.</summary>
    public async Task<IReadOnlyList<Referral>> SentAsync(ClaimsPrincipal user, int most, CancellationToken cancellationToken = default)
    {
        var visible = cases.Visible(user).Select(b => b.Id);
        return await db.Set<Referral>().AsNoTracking().Where(r => visible.Contains(r.BeneficiaryId))
            .OrderByDescending(r => r.SentAt).Take(most).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> OrganisationNamesAsync(CancellationToken cancellationToken = default) =>
        await cases.OrganisationNamesAsync(cancellationToken);

    /// <summary>
    /// Sends a referral of a case the user may open. Refused without an active consent of the person
    /// to disclose to the receiver, unless a user with the override permission writes why.
    /// </summary>
    public async Task<(Referral? Referral, IReadOnlyList<ReferralRefusal> Problems)> SendAsync(
        Guid beneficiaryId, ReferralInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, [new ReferralRefusal(ReferralProblem.CaseNotFound, "beneficiary")]);
        }

        if (beneficiary.IsClosed)
        {
            return (null, [new ReferralRefusal(ReferralProblem.CaseClosed, "beneficiary")]);
        }

        var organisations = (await directory.GetAsync(cancellationToken)).Organisations.Where(o => o.TenantId == Tenant).ToDictionary(o => o.Id);
        var problems = Check(input, beneficiary.OrganisationId, organisations.Keys.ToHashSet());
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var toOrganisation = input.ToOrganisationId is { } id ? organisations[id] : null;
        var toName = toOrganisation?.Name ?? input.ToName!.Trim();
        var consent = await cases.DisclosureConsentAsync(beneficiaryId, input.ToOrganisationId, toName, cancellationToken);
        var overrideReason = string.IsNullOrWhiteSpace(input.OverrideReason) ? null : input.OverrideReason.Trim();
        if (consent is null)
        {
            if (overrideReason is null)
            {
                return (null, [new ReferralRefusal(ReferralProblem.NoConsent, "toOrganisationId")]);
            }

            if (!MayOverride(user))
            {
                return (null, [new ReferralRefusal(ReferralProblem.OverrideNotAllowed, "overrideReason")]);
            }
        }

        var sections = (input.Sections ?? []).Distinct().Order().ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "?";
        var referral = new Referral
        {
            TenantId = Tenant,
            OrganisationId = beneficiary.OrganisationId,
            BeneficiaryId = beneficiaryId,
            CaseNumber = beneficiary.Number,
            ToOrganisationId = toOrganisation?.Id,
            ToName = toName,
            ToKind = toOrganisation is null ? input.ToKind!.Value : toOrganisation.Kind == OrganisationKind.OfficeUnit ? ReceiverKind.OfficeUnit : ReceiverKind.Ngo,
            Service = input.Service,
            Note = input.Note!.Trim(),
            Sections = string.Join(' ', sections),
            Contents = JsonSerializer.Serialize(await ContentsAsync(beneficiary, sections, cancellationToken), Json),
            ConsentId = consent?.Id,
            OverrideReason = consent is null ? overrideReason : null,
            Status = ReferralStatus.Sent,
            SentAt = now,
            SentBy = by,
            ChangedAt = now,
        };
        referral.Steps.Add(new ReferralStep
        {
            ReferralId = referral.Id, Status = ReferralStatus.Sent, At = now, By = by,
            ByOrganisation = organisations.GetValueOrDefault(beneficiary.OrganisationId)?.Name ?? "?", Reason = referral.OverrideReason,
        });
        db.Add(referral);
        if (referral.OverrideReason is not null)
        {
            // Sending without consent is the exception the supervisor answers for: its own entry, with the reason.
            db.Audit(new AuditRecord("consent-override", nameof(Referral), referral.Id.ToString(), Reason: referral.OverrideReason, Details: $"{beneficiary.Number} to {toName}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (referral, []);
    }

    /// <summary>Opens a referral for its sender (the case's team) or its receiver; null for anyone else. Audited as a read.</summary>
    public async Task<ReferralView?> OpenAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (referral, side) = await FindAsync(id, user, tracked: false, cancellationToken);
        if (referral is null)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(Referral), id.ToString(), Details: side.ToString()), cancellationToken);
        return await ViewAsync(referral, side, cancellationToken);
    }

    /// <summary>
    /// Moves a referral on: the receiver accepts, declines (with the reason) or marks it done; the
    /// sender revokes it, which erases what it carried. For a receiver outside the platform the
    /// sender notes the receiver's answer.
    /// </summary>
    public async Task<(ReferralView? Referral, ReferralRefusal? Problem)> MoveAsync(
        Guid id, ReferralStatus to, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (referral, side) = await FindAsync(id, user, tracked: true, cancellationToken);
        if (referral is null)
        {
            return (null, new ReferralRefusal(ReferralProblem.ReferralNotFound, "referral"));
        }

        if (side != TakenBy(referral, to))
        {
            return (null, new ReferralRefusal(ReferralProblem.NotYours, "status"));
        }

        if (!Allowed(referral.Status, to))
        {
            return (null, new ReferralRefusal(ReferralProblem.WrongState, "status"));
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (to == ReferralStatus.Declined && why is null)
        {
            return (null, new ReferralRefusal(ReferralProblem.ReasonMissing, "reason"));
        }

        if (why?.Length > Referral.MaxReasonLength)
        {
            return (null, new ReferralRefusal(ReferralProblem.ReasonTooLong, "reason"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisations = await cases.OrganisationNamesAsync(cancellationToken);
        referral.Status = to;
        referral.ChangedAt = now;
        if (to == ReferralStatus.Revoked)
        {
            referral.Contents = null;
        }

        var step = new ReferralStep
        {
            ReferralId = referral.Id, Status = to, At = now, By = user.Identity?.Name ?? "?",
            ByOrganisation = organisations.GetValueOrDefault(user.GetOrganisationId() ?? Guid.Empty) ?? "?", Reason = why,
        };
        db.Add(step);
        await db.SaveChangesAsync(cancellationToken);
        // The context put the new step in the referral's list as it began tracking it; a list read untracked would not have it.
        if (!referral.Steps.Contains(step))
        {
            referral.Steps.Add(step);
        }

        return (await ViewAsync(referral, side, cancellationToken), null);
    }

    /// <summary>
    /// Whose step <paramref name="to"/> is: revoking is the sender's; the answers are the receiver's,
    /// or the sender's for a receiver outside the platform (who notes its answer).
    /// </summary>
    public static ReferralSide TakenBy(Referral referral, ReferralStatus to) =>
        to == ReferralStatus.Revoked || referral.IsOutside ? ReferralSide.Sender : ReferralSide.Receiver;

    /// <summary>The steps <paramref name="side"/> may take now.</summary>
    public static IReadOnlyList<ReferralStatus> NextSteps(Referral referral, ReferralSide side) =>
        [.. Enum.GetValues<ReferralStatus>().Where(to => Allowed(referral.Status, to) && TakenBy(referral, to) == side)];

    /// <summary>Which step may follow which: a declined, done or revoked referral is over.</summary>
    public static bool Allowed(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.Sent, ReferralStatus.Accepted or ReferralStatus.Declined or ReferralStatus.Revoked) => true,
        (ReferralStatus.Accepted, ReferralStatus.Done or ReferralStatus.Revoked) => true,
        _ => false,
    };

    /// <summary>What a referral's form checks before any consent is looked up.</summary>
    internal static List<ReferralRefusal> Check(ReferralInput input, Guid sender, IReadOnlySet<Guid> organisations)
    {
        var problems = new List<ReferralRefusal>();
        if (input.ToOrganisationId is { } to)
        {
            if (to == sender || !organisations.Contains(to))
            {
                problems.Add(new ReferralRefusal(ReferralProblem.ReceiverUnknown, "toOrganisationId"));
            }
        }
        else if (string.IsNullOrWhiteSpace(input.ToName))
        {
            problems.Add(new ReferralRefusal(ReferralProblem.ReceiverMissing, "toOrganisationId"));
        }
        else
        {
            if (input.ToName.Trim().Length > Consent.MaxRecipientLength)
            {
                problems.Add(new ReferralRefusal(ReferralProblem.ReceiverTooLong, "toName"));
            }

            if (input.ToKind is not { } kind || !Enum.IsDefined(kind))
            {
                problems.Add(new ReferralRefusal(ReferralProblem.ReceiverKindMissing, "toKind"));
            }
        }

        if (string.IsNullOrWhiteSpace(input.Note))
        {
            problems.Add(new ReferralRefusal(ReferralProblem.NoteMissing, "note"));
        }
        else if (input.Note.Trim().Length > Referral.MaxNoteLength)
        {
            problems.Add(new ReferralRefusal(ReferralProblem.NoteTooLong, "note"));
        }

        if (input.OverrideReason?.Trim().Length > Referral.MaxReasonLength)
        {
            problems.Add(new ReferralRefusal(ReferralProblem.ReasonTooLong, "overrideReason"));
        }

        return problems;
    }

    private async Task<ReferralContents> ContentsAsync(Beneficiary beneficiary, IReadOnlyList<ReferralSection> sections, CancellationToken cancellationToken)
    {
        var identity = sections.Contains(ReferralSection.Identity)
            ? new ReferralIdentity(beneficiary.Number, beneficiary.GivenNames, beneficiary.Surname, beneficiary.BirthDate, beneficiary.Sex, beneficiary.Citizenship, beneficiary.Language)
            : null;
        IReadOnlyList<ReferralServiceLine>? services = null;
        if (sections.Contains(ReferralSection.Services))
        {
            services = await db.Set<SupportService>().AsNoTracking().Where(s => s.BeneficiaryId == beneficiary.Id && s.Status != ServiceStatus.Cancelled)
                .OrderBy(s => s.DeliveredOn ?? s.DueOn).Select(s => new ReferralServiceLine(s.Kind, s.Status, s.DeliveredOn ?? s.DueOn)).ToListAsync(cancellationToken);
        }

        ReferralNeeds? needs = null;
        if (sections.Contains(ReferralSection.Needs))
        {
            var current = await db.Set<NeedAssessment>().AsNoTracking().Include(a => a.Needs).Where(a => a.BeneficiaryId == beneficiary.Id)
                .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).FirstOrDefaultAsync(cancellationToken);
            needs = new ReferralNeeds(current?.AssessedOn, [.. (current?.Needs ?? []).Select(n => new ReferralNeed(n.Category, n.UnhcrCode, n.Exploitation))]);
        }

        return new ReferralContents(identity, services, needs);
    }

    /// <summary>The referral and the side the user reads it from: the sender's when they may open the case, else the receiver's when it is addressed to their organisation.</summary>
    private async Task<(Referral? Referral, ReferralSide Side)> FindAsync(Guid id, ClaimsPrincipal user, bool tracked, CancellationToken cancellationToken)
    {
        var visible = cases.Visible(user).Select(b => b.Id);
        var sent = db.Set<Referral>().Include(r => r.Steps).Where(r => r.Id == id && visible.Contains(r.BeneficiaryId));
        var own = await (tracked ? sent : sent.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (own is not null)
        {
            return (own, ReferralSide.Sender);
        }

        if (!MayReceive(user))
        {
            return (null, ReferralSide.Receiver);
        }

        var received = Incoming().Include(r => r.Steps).Where(r => r.Id == id);
        return (await (tracked ? received : received.AsNoTracking()).FirstOrDefaultAsync(cancellationToken), ReferralSide.Receiver);
    }

    /// <summary>
    /// Referrals addressed to the caller's organisations. The row belongs to the sender, so the
    /// organisation filter would hide it: read past it, narrowed to the tenant and the receiver.
    /// </summary>
    private IQueryable<Referral> Incoming()
    {
        var current = scope.Current;
        var mine = current.OrganisationIds.ToList();
        return db.TenantRowsOf<Referral>(Tenant).Where(r => r.ToOrganisationId != null && (current.AllOrganisations || mine.Contains(r.ToOrganisationId.Value)));
    }

    private async Task<ReferralView> ViewAsync(Referral referral, ReferralSide side, CancellationToken cancellationToken)
    {
        var contents = referral.Contents is null ? null : JsonSerializer.Deserialize<ReferralContents>(referral.Contents, Json);
        var names = await cases.OrganisationNamesAsync(cancellationToken);
        referral.Steps.Sort((a, b) => a.At.CompareTo(b.At));
        return new ReferralView(referral, side, contents, names.GetValueOrDefault(referral.OrganisationId) ?? "?");
    }
}
