using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Numbering;

namespace Pathway.Support.Tracing;

/// <summary>A request as a case worker opens it, with the child's case when the child asks (its number and name: the worker may open it).</summary>
public sealed record TracingFile(TracingRequest Request, string? ChildCaseNumber, string? ChildName);

/// <summary>
/// A candidate as the case worker reviews it. A candidate in a child's case the worker may not open
/// is <see cref="Hidden"/>: its score only, no number, name or evidence ("ask a supervisor"). One
/// held by another organisation (<see cref="HeldBy"/>, its name) is hidden too until both sides have
/// confirmed: its score and, per field, only whether it agrees (<see cref="Agreements"/>).
/// </summary>
public sealed record CandidateView(
    Guid MatchId, CandidateKind Kind, MatchState State, double Probability, bool Hidden, Guid? CandidateId, string? Number, string? Name,
    string? Detail, TracingEvidence? Evidence, DateTime FoundAt, DateTime? DecidedAt, string? DecidedBy,
    string? HeldBy = null, IReadOnlyList<FieldAgreement>? Agreements = null, DateTime? OwnSideConfirmedAt = null, DateTime? OtherSideConfirmedAt = null);

/// <summary>
/// A match another organisation proposed to the caller's, as its case worker judges it: their own
/// side (their child's case or their request) by number and name, the other side by the proposing
/// organisation's name and the agreement of each field, and the other side's person only once both
/// sides have confirmed.
/// </summary>
public sealed record SharedMatchView(
    Guid MatchId, CandidateKind Kind, MatchState State, double Probability, Guid OwnId, string? OwnNumber, string? OwnName,
    string ProposedBy, DateTime ProposedAt, DateTime? ConfirmedByYouAt, IReadOnlyList<FieldAgreement> Agreements,
    string? OtherNumber, string? OtherName, string? OtherDetail, DateTime? DecidedAt);

/// <summary>
/// Family tracing: requests in the organisation's data scope, matched by the record linkage against
/// the children in support cases and the requests the other way across the office's organisations,
/// candidates reviewed by a case worker who confirms or rejects each. A candidate held by another
/// organisation needs a case worker of each side to confirm, and neither side sees the other's person
/// before both have. A child's own request is open only to those who may open the child's case, as
/// that case is. Every run, every look at the candidates and every decision is audited.
/// </summary>
public sealed class TracingDesk(PathwayDbContext db, ITenantScopeAccessor scope, BeneficiaryDesk cases, OrganisationDirectory directory, TimeProvider clock)
{
    private const int ListLimit = 500;
    private const int MaxCandidates = 20_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Guid Tenant => scope.Current.TenantId;

    /// <summary>Whether an organisation's rows are in the caller's data scope (the office's units share one).</summary>
    private bool InScope(Guid organisation) => scope.Current.AllOrganisations || scope.Current.OrganisationIds.Contains(organisation);

    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(Tenant, cancellationToken);

    /// <summary>The requests the user may open: a relative's, and a child's when the user may open the child's case.</summary>
    internal IQueryable<TracingRequest> Visible(ClaimsPrincipal user)
    {
        var open = cases.Visible(user).Select(b => b.Id);
        return db.Set<TracingRequest>().Where(r => r.TenantId == Tenant && (r.ChildCaseId == null || open.Contains(r.ChildCaseId.Value)));
    }

    public async Task<IReadOnlyList<TracingRequest>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await Visible(user).AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(ListLimit).ToListAsync(cancellationToken);

    /// <summary>A child's own requests, for the child's case page (which the caller has opened).</summary>
    public async Task<IReadOnlyList<TracingRequest>> ForCaseAsync(Guid caseId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await Visible(user).AsNoTracking().Where(r => r.ChildCaseId == caseId).OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The children's open cases the user may open, for the form of a child's own request (a closed case takes none).</summary>
    public async Task<IReadOnlyList<Beneficiary>> ChildCasesAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = await TodayAsync(cancellationToken);
        var adult = today.AddYears(-TracingRules.AdultAge);
        return await cases.Visible(user).AsNoTracking().Where(b => b.BirthDate > adult && b.ClosedAt == null).OrderBy(b => b.Number).Take(ListLimit).ToListAsync(cancellationToken);
    }

    /// <summary>Opens a request the user may see; null otherwise. Audited as a read.</summary>
    public async Task<TracingFile?> OpenAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var request = await Visible(user).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(TracingRequest), id.ToString()), cancellationToken);
        return await FileOfAsync(request, cancellationToken);
    }

    private async Task<TracingFile> FileOfAsync(TracingRequest request, CancellationToken cancellationToken)
    {
        if (request.ChildCaseId is not { } caseId)
        {
            return new TracingFile(request, null, null);
        }

        var child = await db.Set<Beneficiary>().AsNoTracking().Where(b => b.Id == caseId).Select(b => new { b.Number, b.GivenNames, b.Surname }).FirstOrDefaultAsync(cancellationToken);
        return new TracingFile(request, child?.Number, child is null ? null : $"{child.GivenNames} {child.Surname}");
    }

    /// <summary>Takes a request and runs the matching at once, so the worker sees its candidates. Nothing is kept when a field is wrong.</summary>
    public async Task<(TracingRequest? Request, IReadOnlyList<TracingRefusal> Problems)> CreateAsync(TracingInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = await TodayAsync(cancellationToken);
        var problems = TracingRules.Check(input, today);
        var organisation = user.GetOrganisationId();
        if (organisation is null)
        {
            problems.Add(new TracingRefusal(TracingProblem.NoOrganisation, "body"));
        }

        var child = input.Direction == TracingDirection.ChildSeeksRelative && input.ChildCaseId is { } caseId
            ? await cases.Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == caseId, cancellationToken)
            : null;
        if (input.Direction == TracingDirection.ChildSeeksRelative && input.ChildCaseId is not null)
        {
            if (child is null)
            {
                problems.Add(new TracingRefusal(TracingProblem.ChildCaseUnknown, "childCaseId"));
            }
            else if (!TracingRules.IsChild(child.BirthDate, today))
            {
                problems.Add(new TracingRefusal(TracingProblem.ChildCaseNotAChild, "childCaseId"));
            }
            else if (child.IsClosed)
            {
                // Nothing new is recorded on a closed case, a tracing request made from it neither.
                return (null, [new TracingRefusal(TracingProblem.ChildCaseClosed, "childCaseId")]);
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var (from, to) = TracingRules.BirthYears(input, today);
        var relative = input.Direction == TracingDirection.RelativeSeeksChild;
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new TracingRequest
        {
            TenantId = Tenant,
            OrganisationId = organisation!.Value,
            Number = await NextNumberAsync(organisation.Value, today.Year, cancellationToken),
            Direction = input.Direction!.Value,
            SoughtGivenNames = Trimmed(input.GivenNames),
            SoughtSurname = Trimmed(input.Surname),
            SoughtSex = input.Sex is { } sex && Enum.IsDefined(sex) ? sex : Sex.Unknown,
            SoughtBornFrom = from,
            SoughtBornTo = to,
            PlaceOfOrigin = Trimmed(input.PlaceOfOrigin),
            PlaceOfSeparation = Trimmed(input.PlaceOfSeparation),
            SeparatedOn = Trimmed(input.SeparatedOn),
            Remarks = Trimmed(input.Remarks),
            ChildCaseId = relative ? null : child!.Id,
            RequesterName = relative ? Trimmed(input.RequesterName) : null,
            RequesterRelationship = relative ? Trimmed(input.RequesterRelationship) : null,
            RequesterContact = relative ? Trimmed(input.RequesterContact) : null,
            RequesterLanguage = SupportedCultures.ByCode(input.RequesterLanguage?.Trim())?.Code ?? SupportedCultures.ByCode(child?.Language)?.Code,
            CreatedAt = now,
            CreatedBy = user.Identity?.Name ?? "?",
        };
        // The platform audits the new row itself.
        db.Add(request);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Two requests took the same number at once (the unique index refused the second): the next one is free.
                request.Number = await NextNumberAsync(organisation.Value, today.Year, cancellationToken);
            }
        }

        await RunAsync(request, today, cancellationToken);
        return (request, []);
    }

    /// <summary>Runs the matching of an open request again (new children, new requests). Audited as a search with the candidates found.</summary>
    public async Task<(TracingRequest? Request, TracingProblem? Problem)> MatchAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var request = await Visible(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (null, TracingProblem.RequestNotFound);
        }

        if (!request.IsOpen)
        {
            return (request, TracingProblem.NotOpen);
        }

        await RunAsync(request, await TodayAsync(cancellationToken), cancellationToken);
        return (request, null);
    }

    /// <summary>
    /// Scores every candidate of the office (the tenant), keeps those from the threshold up as
    /// proposed (a pair confirmed or rejected before, from either side, stays as decided, never
    /// proposed again), and drops the proposals that no longer reach it. A candidate outside the
    /// request's data scope is marked as held by its organisation: both sides then confirm.
    /// </summary>
    private async Task RunAsync(TracingRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        var scored = request.Direction == TracingDirection.RelativeSeeksChild
            ? await ChildrenForAsync(request, today, cancellationToken)
            : await RequestsForAsync(request, cancellationToken);
        var refused = await RefusedFromTheOtherSideAsync(request, cancellationToken);
        var known = await db.Set<TracingMatch>().Where(m => m.RequestId == request.Id).ToListAsync(cancellationToken);
        var found = scored.Where(s => s.Evidence.Probability >= TracingComparison.Threshold
            && !(refused.Contains(s.Id) && !known.Any(m => m.CandidateKind == s.Kind && m.CandidateId == s.Id))).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var candidate in found)
        {
            var match = known.FirstOrDefault(m => m.CandidateKind == candidate.Kind && m.CandidateId == candidate.Id);
            if (match is null)
            {
                db.Add(new TracingMatch
                {
                    RequestId = request.Id, CandidateKind = candidate.Kind, CandidateId = candidate.Id, ChildRequestId = candidate.ChildRequestId,
                    Probability = candidate.Evidence.Probability, Evidence = JsonSerializer.Serialize(candidate.Evidence, Json), FoundAt = now,
                    HeldBy = InScope(candidate.Organisation) ? null : candidate.Organisation,
                });
            }
            else if (match.State == MatchState.Proposed)
            {
                (match.Probability, match.Evidence, match.ChildRequestId, match.FoundAt) =
                    (candidate.Evidence.Probability, JsonSerializer.Serialize(candidate.Evidence, Json), candidate.ChildRequestId, now);
            }
        }

        var stale = known.Where(m => m.State == MatchState.Proposed && !found.Any(f => f.Kind == m.CandidateKind && f.Id == m.CandidateId)).ToList();
        db.RemoveRange(stale);
        var proposed = found.Where(f => !known.Any(m => m.CandidateKind == f.Kind && m.CandidateId == f.Id && m.State != MatchState.Proposed)).ToList();
        request.Proposed(proposed.Count > 0, now);
        db.Audit(new AuditRecord(AuditAction.Search, nameof(TracingRequest), request.Id.ToString(), Reason: "tracing match run",
            Details: $"compared={scored.Count}; proposed={string.Join(',', proposed.Select(p => $"{p.Kind}:{p.Id}"))}"));
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Scored(CandidateKind Kind, Guid Id, Guid Organisation, Guid? ChildRequestId, TracingEvidence Evidence);

    /// <summary>
    /// The candidates whose side rejected this request's pair before this request judged it: a
    /// relative's request rejected by a child's own request (the child's case is the candidate), or a
    /// child's case rejected by a relative's request (the relative's request is the candidate).
    /// </summary>
    private async Task<HashSet<Guid>> RefusedFromTheOtherSideAsync(TracingRequest request, CancellationToken cancellationToken)
    {
        if (request.Direction == TracingDirection.RelativeSeeksChild)
        {
            var childRequests = db.Set<TracingMatch>().Where(m => m.CandidateKind == CandidateKind.Request && m.CandidateId == request.Id && m.State == MatchState.Rejected)
                .Select(m => m.RequestId);
            return [.. await db.TenantRowsOf<TracingRequest>(Tenant).Where(r => childRequests.Contains(r.Id) && r.ChildCaseId != null)
                .Select(r => r.ChildCaseId!.Value).ToListAsync(cancellationToken)];
        }

        return request.ChildCaseId is { } child
            ? [.. await db.Set<TracingMatch>().Where(m => m.CandidateKind == CandidateKind.ChildCase && m.CandidateId == child && m.State == MatchState.Rejected)
                .Select(m => m.RequestId).ToListAsync(cancellationToken)]
            : [];
    }

    /// <summary>
    /// A relative looks for a child: every child's case of the office's organisations, with the
    /// child's own open request's places and sought relative when there is one; never a sealed case.
    /// </summary>
    private async Task<List<Scored>> ChildrenForAsync(TracingRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        var adult = today.AddYears(-TracingRules.AdultAge);
        // A sealed child's case is found by no search outside its team, in no organisation: its team traces through the child's own request.
        var children = await db.TenantRowsOf<Beneficiary>(Tenant).AsNoTracking().Where(b => b.BirthDate > adult && b.BirthDate <= today && b.SealedAt == null)
            .Select(b => new { b.Id, b.OrganisationId, b.GivenNames, b.Surname, b.Sex, b.BirthDate }).Take(MaxCandidates).ToListAsync(cancellationToken);
        var own = (await OpenRequestsAsync(TracingDirection.ChildSeeksRelative, cancellationToken))
            .Where(r => r.ChildCaseId is not null).GroupBy(r => r.ChildCaseId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(r => r.CreatedAt).First());
        var known = children.Select(c =>
        {
            var theirs = own.GetValueOrDefault(c.Id);
            return new KnownChild(c.GivenNames, c.Surname, c.Sex, c.BirthDate?.Year, theirs?.PlaceOfOrigin, theirs?.PlaceOfSeparation, theirs?.SoughtName);
        }).ToList();
        var evidence = TracingComparison.Score(SoughtOf(request), known);
        return [.. children.Select((c, i) => new Scored(CandidateKind.ChildCase, c.Id, c.OrganisationId, own.GetValueOrDefault(c.Id)?.Id, evidence[i]))];
    }

    /// <summary>
    /// A child looks for family: every open request of a relative for a child of the office's
    /// organisations, against the child's case and this request's places. A sealed child's request
    /// stays within its own data scope: no other organisation learns that it holds a possible match.
    /// </summary>
    private async Task<List<Scored>> RequestsForAsync(TracingRequest request, CancellationToken cancellationToken)
    {
        var child = await db.Set<Beneficiary>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.ChildCaseId, cancellationToken);
        if (child is null)
        {
            return [];
        }

        var known = new KnownChild(child.GivenNames, child.Surname, child.Sex, child.BirthDate?.Year, request.PlaceOfOrigin, request.PlaceOfSeparation, request.SoughtName);
        var relatives = (await OpenRequestsAsync(TracingDirection.RelativeSeeksChild, cancellationToken)).Where(r => !child.IsSealed || InScope(r.OrganisationId));
        return [.. relatives.Select(r => new Scored(CandidateKind.Request, r.Id, r.OrganisationId, null, TracingComparison.Score(SoughtOf(r), known)))];
    }

    private async Task<List<TracingRequest>> OpenRequestsAsync(TracingDirection direction, CancellationToken cancellationToken) =>
        await db.TenantRowsOf<TracingRequest>(Tenant).AsNoTracking()
            .Where(r => r.Direction == direction && (r.Status == TracingStatus.Open || r.Status == TracingStatus.MatchProposed))
            .Take(MaxCandidates).ToListAsync(cancellationToken);

    internal static SoughtPerson SoughtOf(TracingRequest r) =>
        new(r.SoughtGivenNames, r.SoughtSurname, r.SoughtSex, r.SoughtBornFrom, r.SoughtBornTo, r.PlaceOfOrigin, r.PlaceOfSeparation, r.RequesterName);

    /// <summary>
    /// The candidates of a request, the likeliest first, with their evidence; one in a child's case
    /// the user may not open shows its score alone, and one held by another organisation its score,
    /// its holder and each field's agreement until both sides have confirmed it (a sealed one not at
    /// all). Null when the user may not open the request. Audited as a read naming the candidates shown.
    /// </summary>
    public async Task<IReadOnlyList<CandidateView>?> CandidatesAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await Visible(user).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return null;
        }

        var matches = await db.Set<TracingMatch>().AsNoTracking().Where(m => m.RequestId == id).ToListAsync(cancellationToken);
        var caseIds = matches.Where(m => m.CandidateKind == CandidateKind.ChildCase && m.HeldBy is null).Select(m => m.CandidateId).ToList();
        var openCases = await cases.Visible(user).AsNoTracking().Where(b => caseIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Number, b.GivenNames, b.Surname, b.BirthDate }).ToDictionaryAsync(b => b.Id, cancellationToken);
        var requestIds = matches.Where(m => m.CandidateKind == CandidateKind.Request && m.HeldBy is null).Select(m => m.CandidateId).ToList();
        var openRequests = await Visible(user).AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var sealedElsewhere = await SealedAsync(matches.Where(m => m.IsAcrossOrganisations && m.State != MatchState.Confirmed), cancellationToken);
        var names = await cases.OrganisationNamesAsync(cancellationToken);
        var views = new List<CandidateView>();
        foreach (var m in matches.Where(m => !sealedElsewhere.Contains(m.Id)).OrderBy(m => m.State == MatchState.Rejected).ThenByDescending(m => m.Probability))
        {
            var evidence = JsonSerializer.Deserialize<TracingEvidence>(m.Evidence, Json);
            if (m.HeldBy is { } holder)
            {
                var heldBy = names.GetValueOrDefault(holder) ?? "?";
                if (m.State == MatchState.Confirmed && await PersonAsync(m.CandidateKind, m.CandidateId, cancellationToken) is { } person)
                {
                    views.Add(new CandidateView(m.Id, m.CandidateKind, m.State, m.Probability, false, m.CandidateId, person.Number, person.Name, person.Detail, evidence,
                        m.FoundAt, m.DecidedAt, m.DecidedBy, heldBy, null, m.RequestSideConfirmedAt, m.HolderConfirmedAt));
                }
                else
                {
                    views.Add(new CandidateView(m.Id, m.CandidateKind, m.State, m.Probability, true, null, null, null, null, null, m.FoundAt, m.DecidedAt, null,
                        heldBy, evidence?.Agreements(), m.RequestSideConfirmedAt, m.HolderConfirmedAt));
                }
            }
            else if (m.CandidateKind == CandidateKind.ChildCase && openCases.TryGetValue(m.CandidateId, out var child))
            {
                views.Add(new CandidateView(m.Id, m.CandidateKind, m.State, m.Probability, false, child.Id, child.Number, $"{child.GivenNames} {child.Surname}",
                    child.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), evidence, m.FoundAt, m.DecidedAt, m.DecidedBy));
            }
            else if (m.CandidateKind == CandidateKind.Request && openRequests.TryGetValue(m.CandidateId, out var other))
            {
                views.Add(new CandidateView(m.Id, m.CandidateKind, m.State, m.Probability, false, other.Id, other.Number, other.RequesterName,
                    other.RequesterRelationship, evidence, m.FoundAt, m.DecidedAt, m.DecidedBy));
            }
            else
            {
                views.Add(new CandidateView(m.Id, m.CandidateKind, m.State, m.Probability, true, null, null, null, null, null, m.FoundAt, m.DecidedAt, null));
            }
        }

        if (views.Count > 0)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(TracingRequest), id.ToString(), Reason: "tracing candidates",
                Details: $"shown={string.Join(',', views.Where(v => !v.Hidden).Select(v => $"{v.Kind}:{v.CandidateId}"))}; hidden={views.Count(v => v.Hidden)}"), cancellationToken);
        }

        return views;
    }

    /// <summary>The matches among these whose candidate is a child's case sealed since it was proposed: nothing of it leaves its team.</summary>
    private async Task<HashSet<Guid>> SealedAsync(IEnumerable<TracingMatch> matches, CancellationToken cancellationToken)
    {
        var byCase = matches.Where(m => m.CandidateKind == CandidateKind.ChildCase).ToList();
        if (byCase.Count == 0)
        {
            return [];
        }

        var ids = byCase.Select(m => m.CandidateId).ToList();
        var sealedCases = await db.TenantRowsOf<Beneficiary>(Tenant).Where(b => ids.Contains(b.Id) && b.SealedAt != null).Select(b => b.Id).ToListAsync(cancellationToken);
        return [.. byCase.Where(m => sealedCases.Contains(m.CandidateId)).Select(m => m.Id)];
    }

    private sealed record Person(string Number, string? Name, string? Detail);

    /// <summary>A candidate's or a request's person read past the organisation filter: only for a match both sides have confirmed.</summary>
    private async Task<Person?> PersonAsync(CandidateKind kind, Guid id, CancellationToken cancellationToken) => kind switch
    {
        CandidateKind.ChildCase => await db.TenantRowsOf<Beneficiary>(Tenant).AsNoTracking().Where(b => b.Id == id)
            .Select(b => new Person(b.Number, b.GivenNames + " " + b.Surname, null)).FirstOrDefaultAsync(cancellationToken),
        CandidateKind.Request => await RequestPersonAsync(id, cancellationToken),
    };

    /// <summary>Who a request is for the other side: the relative who asks, or the child by the child's case.</summary>
    private async Task<Person?> RequestPersonAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = await db.TenantRowsOf<TracingRequest>(Tenant).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request?.ChildCaseId is { } child)
        {
            var name = await db.TenantRowsOf<Beneficiary>(Tenant).AsNoTracking().Where(b => b.Id == child).Select(b => b.GivenNames + " " + b.Surname).FirstOrDefaultAsync(cancellationToken);
            return new Person(request.Number, name, null);
        }

        return request is null ? null : new Person(request.Number, request.RequesterName, request.RequesterRelationship);
    }

    /// <summary>
    /// Confirms a proposed candidate: the request (and the child's own request on the other side,
    /// if any) moves to confirmed, and the requester side may be told. The worker must be able to
    /// open the candidate's case; otherwise the candidate is not theirs to judge (not found). A
    /// candidate held by another organisation is confirmed on this side only and waits for theirs.
    /// </summary>
    public Task<(TracingRequest? Request, TracingProblem? Problem)> ConfirmAsync(Guid id, Guid matchId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideAsync(id, matchId, confirm: true, user, cancellationToken);

    /// <summary>Rejects a proposed candidate: the pair is never proposed again, from either side.</summary>
    public Task<(TracingRequest? Request, TracingProblem? Problem)> RejectAsync(Guid id, Guid matchId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideAsync(id, matchId, confirm: false, user, cancellationToken);

    private async Task<(TracingRequest? Request, TracingProblem? Problem)> DecideAsync(Guid id, Guid matchId, bool confirm, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await Visible(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (null, TracingProblem.RequestNotFound);
        }

        var match = await db.Set<TracingMatch>().FirstOrDefaultAsync(m => m.Id == matchId && m.RequestId == id, cancellationToken);
        // Across organisations the request's side judges by the evidence alone: it never opens the other's person.
        if (match is null || (match.HeldBy is null ? !await MayJudgeAsync(match, user, cancellationToken) : (await SealedAsync([match], cancellationToken)).Count > 0))
        {
            return (request, TracingProblem.MatchNotFound);
        }

        return (request, await SettleAsync(request, match, MatchSide.Request, confirm, user, cancellationToken));
    }

    /// <summary>
    /// The matches other organisations proposed to the caller's (their side confirmed a candidate the
    /// caller's organisation holds) whose candidate the caller may open: those waiting first. Audited
    /// as a read naming the caller's own cases and requests shown.
    /// </summary>
    public async Task<IReadOnlyList<SharedMatchView>> SharedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var mine = scope.Current.OrganisationIds;
        var matches = await db.Set<TracingMatch>().AsNoTracking()
            .Where(m => m.HeldBy != null && mine.Contains(m.HeldBy.Value) && m.RequestSideConfirmedAt != null)
            .OrderBy(m => m.State != MatchState.Proposed).ThenByDescending(m => m.RequestSideConfirmedAt).Take(ListLimit).ToListAsync(cancellationToken);
        var caseIds = matches.Where(m => m.CandidateKind == CandidateKind.ChildCase).Select(m => m.CandidateId).ToList();
        var ownCases = await cases.Visible(user).AsNoTracking().Where(b => caseIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Number, Name = b.GivenNames + " " + b.Surname }).ToDictionaryAsync(b => b.Id, cancellationToken);
        var requestIds = matches.Where(m => m.CandidateKind == CandidateKind.Request).Select(m => m.CandidateId).ToList();
        var ownRequests = await Visible(user).AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var proposing = matches.Select(m => m.RequestId).ToList();
        var proposers = await db.TenantRowsOf<TracingRequest>(Tenant).AsNoTracking().Where(r => proposing.Contains(r.Id))
            .Select(r => new { r.Id, r.OrganisationId }).ToDictionaryAsync(r => r.Id, r => r.OrganisationId, cancellationToken);
        var names = await cases.OrganisationNamesAsync(cancellationToken);
        var views = new List<SharedMatchView>();
        foreach (var m in matches)
        {
            (string? Number, string? Name)? own = m.CandidateKind switch
            {
                CandidateKind.ChildCase => ownCases.TryGetValue(m.CandidateId, out var c) ? (c.Number, c.Name) : null,
                CandidateKind.Request => ownRequests.TryGetValue(m.CandidateId, out var r) ? (r.Number, r.RequesterName) : null,
            };
            if (own is not { } side || !proposers.TryGetValue(m.RequestId, out var proposer))
            {
                continue;
            }

            var other = m.State == MatchState.Confirmed ? await RequestPersonAsync(m.RequestId, cancellationToken) : null;
            var evidence = JsonSerializer.Deserialize<TracingEvidence>(m.Evidence, Json);
            views.Add(new SharedMatchView(m.Id, m.CandidateKind, m.State, m.Probability, m.CandidateId, side.Number, side.Name, names.GetValueOrDefault(proposer) ?? "?",
                m.RequestSideConfirmedAt!.Value, m.HolderConfirmedAt, evidence?.Agreements() ?? [], other?.Number, other?.Name, other?.Detail, m.DecidedAt));
        }

        if (views.Count > 0)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(TracingRequest), "", Reason: "tracing shared matches",
                Details: $"shown={string.Join(',', views.Select(v => $"{v.Kind}:{v.OwnId}"))}; disclosed={string.Join(',', views.Where(v => v.OtherNumber is not null).Select(v => v.OtherNumber))}"),
                cancellationToken);
        }

        return views;
    }

    /// <summary>The holding organisation confirms a match another organisation proposed to it: once both sides have, it is confirmed and each side learns the other's person.</summary>
    public Task<TracingProblem?> ConfirmSharedAsync(Guid matchId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideSharedAsync(matchId, confirm: true, user, cancellationToken);

    /// <summary>The holding organisation rejects a match another organisation proposed to it: it ends, and the pair is never proposed again.</summary>
    public Task<TracingProblem?> RejectSharedAsync(Guid matchId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideSharedAsync(matchId, confirm: false, user, cancellationToken);

    private async Task<TracingProblem?> DecideSharedAsync(Guid matchId, bool confirm, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var mine = scope.Current.OrganisationIds;
        var match = await db.Set<TracingMatch>()
            .FirstOrDefaultAsync(m => m.Id == matchId && m.HeldBy != null && mine.Contains(m.HeldBy.Value) && m.RequestSideConfirmedAt != null, cancellationToken);
        // Only someone who may open their own side's child's case or request judges it.
        if (match is null || !await MayJudgeAsync(match, user, cancellationToken))
        {
            return TracingProblem.MatchNotFound;
        }

        var request = await db.TenantRowsOf<TracingRequest>(Tenant).FirstOrDefaultAsync(r => r.Id == match.RequestId, cancellationToken);
        return request is null ? TracingProblem.MatchNotFound : await SettleAsync(request, match, MatchSide.Holder, confirm, user, cancellationToken);
    }

    /// <summary>One side's decision on a match, followed by its request and by the pair's mirror on the other side's request; audited.</summary>
    private async Task<TracingProblem?> SettleAsync(TracingRequest request, TracingMatch match, MatchSide side, bool confirm, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (match.State != MatchState.Proposed)
        {
            return TracingProblem.AlreadyDecided;
        }

        if (!request.IsOpen)
        {
            return TracingProblem.NotOpen;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "?";
        var outcome = match.Decide(side, confirm, now, by);
        if (outcome == MatchOutcome.AlreadyDecided)
        {
            return TracingProblem.AlreadyDecided;
        }

        await FollowAsync(request, match, now, cancellationToken);
        await MirrorAsync(request, match, side, confirm, now, by, cancellationToken);
        var action = outcome switch
        {
            MatchOutcome.Confirmed => "tracing-confirm",
            MatchOutcome.Rejected => "tracing-reject",
            MatchOutcome.AwaitingOtherSide or MatchOutcome.AlreadyDecided => "tracing-confirm-side",
        };
        db.Audit(new AuditRecord(action, nameof(TracingRequest), request.Id.ToString(),
            Details: $"{match.CandidateKind}:{match.CandidateId}" + (match.HeldBy is { } holder ? $"; held by {holder}; side {side}" : "")));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>A request follows its match: confirmed with it, or open again when a rejection leaves nothing proposed.</summary>
    private async Task FollowAsync(TracingRequest request, TracingMatch match, DateTime now, CancellationToken cancellationToken)
    {
        if (match.State == MatchState.Confirmed)
        {
            request.Confirm(now);
        }
        else if (match.State == MatchState.Rejected)
        {
            var others = await db.Set<TracingMatch>().AnyAsync(m => m.RequestId == request.Id && m.Id != match.Id && m.State == MatchState.Proposed, cancellationToken);
            request.Proposed(others, now);
        }
    }

    private async Task<bool> MayJudgeAsync(TracingMatch match, ClaimsPrincipal user, CancellationToken cancellationToken) => match.CandidateKind switch
    {
        CandidateKind.ChildCase => await cases.Visible(user).AnyAsync(b => b.Id == match.CandidateId, cancellationToken),
        CandidateKind.Request => await Visible(user).AnyAsync(r => r.Id == match.CandidateId, cancellationToken),
    };

    /// <summary>
    /// A decision on a pair of requests holds from both sides: the child's own request (found through
    /// the child's case) or the relative's takes the same decision, so neither proposes the other again.
    /// Across organisations the other request's match sees this side as its holder.
    /// </summary>
    private async Task MirrorAsync(TracingRequest request, TracingMatch match, MatchSide side, bool confirm, DateTime now, string by, CancellationToken cancellationToken)
    {
        var otherId = match.CandidateKind == CandidateKind.Request ? match.CandidateId : match.ChildRequestId;
        if (otherId is null)
        {
            return;
        }

        var other = await db.TenantRowsOf<TracingRequest>(Tenant).FirstOrDefaultAsync(r => r.Id == otherId, cancellationToken);
        if (other is null)
        {
            return;
        }

        var (kind, candidate) = other.Direction == TracingDirection.ChildSeeksRelative ? (CandidateKind.Request, request.Id) : (CandidateKind.ChildCase, request.ChildCaseId!.Value);
        var mirror = await db.Set<TracingMatch>().FirstOrDefaultAsync(m => m.RequestId == other.Id && m.CandidateKind == kind && m.CandidateId == candidate, cancellationToken);
        if (mirror is null)
        {
            mirror = new TracingMatch
            {
                RequestId = other.Id, CandidateKind = kind, CandidateId = candidate, ChildRequestId = kind == CandidateKind.ChildCase ? request.Id : null,
                Probability = match.Probability, Evidence = match.Evidence, FoundAt = now, HeldBy = match.HeldBy is null ? null : request.OrganisationId,
            };
            db.Add(mirror);
        }

        var theirs = side == MatchSide.Request ? MatchSide.Holder : MatchSide.Request;
        if (mirror.Decide(theirs, confirm, now, by) != MatchOutcome.AlreadyDecided)
        {
            await FollowAsync(other, mirror, now, cancellationToken);
        }
    }

    /// <summary>Closes a request: done after a confirmed match, closed without a match before one.</summary>
    public async Task<(TracingRequest? Request, TracingProblem? Problem)> CloseAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var request = await Visible(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (null, TracingProblem.RequestNotFound);
        }

        if (!request.Close(clock.GetUtcNow().UtcDateTime))
        {
            return (request, TracingProblem.NotOpen);
        }

        // The platform audits the change of status.
        await db.SaveChangesAsync(cancellationToken);
        return (request, null);
    }

    /// <summary>
    /// What the requester may be told (their contact view, the printed letter), in the language they
    /// read. Built here and only here: whether candidates were proposed is never part of it, and the
    /// person found appears only from a match a case worker confirmed (across organisations, one
    /// that both sides confirmed). Audited as a read.
    /// </summary>
    public async Task<RequesterView?> RequesterViewAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var request = await Visible(user).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var confirmed = await db.Set<TracingMatch>().AsNoTracking().Where(m => m.RequestId == id && m.State == MatchState.Confirmed)
            .OrderBy(m => m.DecidedAt).FirstOrDefaultAsync(cancellationToken);
        var found = confirmed is null ? null : await PersonAsync(confirmed.CandidateKind, confirmed.CandidateId, cancellationToken);
        var file = await FileOfAsync(request, cancellationToken);
        var names = await cases.OrganisationNamesAsync(cancellationToken);
        var office = (await directory.GetAsync(cancellationToken)).Tenants.FirstOrDefault(t => t.Id == Tenant);
        var language = SupportedCultures.ForReader(request.RequesterLanguage, office?.DefaultCulture);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(TracingRequest), id.ToString(), Reason: "requester view"), cancellationToken);
        return RequesterView.Of(request, file.ChildName, found?.Name, confirmed?.DecidedAt, names.GetValueOrDefault(request.OrganisationId) ?? "", language.Code);
    }

    /// <summary>The organisation's next request number of the year (<see cref="YearSeries"/>).</summary>
    private async Task<string> NextNumberAsync(Guid organisation, int year, CancellationToken cancellationToken)
    {
        var prefix = YearSeries.Prefix("TR", year);
        var highest = await db.TenantRowsOf<TracingRequest>(Tenant).Where(r => r.OrganisationId == organisation && r.Number.StartsWith(prefix))
            .OrderByDescending(r => r.Number).Select(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        return YearSeries.Next(prefix, highest);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
