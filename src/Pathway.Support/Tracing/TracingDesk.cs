using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Numbering;

namespace Pathway.Support.Tracing;

/// <summary>A request as a case worker opens it, with the child's case when the child asks (its number and name: the worker may open it).</summary>
public sealed record TracingFile(TracingRequest Request, string? ChildCaseNumber, string? ChildName);

/// <summary>
/// A candidate as the case worker reviews it. A candidate in a child's case the worker may not open
/// is <see cref="Hidden"/>: its score only, no number, name or evidence ("ask a supervisor").
/// </summary>
public sealed record CandidateView(
    Guid MatchId, CandidateKind Kind, MatchState State, double Probability, bool Hidden, Guid? CandidateId, string? Number, string? Name,
    string? Detail, TracingEvidence? Evidence, DateTime FoundAt, DateTime? DecidedAt, string? DecidedBy);

/// <summary>
/// Family tracing: requests in the organisation's data scope, matched by the record linkage against
/// the children in support cases and the requests the other way, candidates reviewed by a case
/// worker who confirms or rejects each. A child's own request is open only to those who may open the
/// child's case, as that case is. Every run, every look at the candidates and every decision is audited.
/// </summary>
public sealed class TracingDesk(PathwayDbContext db, ITenantScopeAccessor scope, BeneficiaryDesk cases, OrganisationDirectory directory, TimeProvider clock)
{
    private const int ListLimit = 500;
    private const int MaxCandidates = 20_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Guid Tenant => scope.Current.TenantId;

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
    /// Scores every candidate in the data scope, keeps those from the threshold up as proposed (a
    /// pair confirmed or rejected before stays as decided, never proposed again), and drops the
    /// proposals that no longer reach it.
    /// </summary>
    private async Task RunAsync(TracingRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        var scored = request.Direction == TracingDirection.RelativeSeeksChild
            ? await ChildrenForAsync(request, today, cancellationToken)
            : await RequestsForAsync(request, cancellationToken);
        var found = scored.Where(s => s.Evidence.Probability >= TracingComparison.Threshold).ToList();
        var known = await db.Set<TracingMatch>().Where(m => m.RequestId == request.Id).ToListAsync(cancellationToken);
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

    private sealed record Scored(CandidateKind Kind, Guid Id, Guid? ChildRequestId, TracingEvidence Evidence);

    /// <summary>A relative looks for a child: every child's case in the data scope, with the child's own open request's places and sought relative when there is one.</summary>
    private async Task<List<Scored>> ChildrenForAsync(TracingRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        var adult = today.AddYears(-TracingRules.AdultAge);
        // A sealed child's case is found by no search outside its team: its team traces through the child's own request.
        var children = await db.Set<Beneficiary>().AsNoTracking().Where(b => b.TenantId == Tenant && b.BirthDate > adult && b.BirthDate <= today && b.SealedAt == null)
            .Select(b => new { b.Id, b.GivenNames, b.Surname, b.Sex, b.BirthDate }).Take(MaxCandidates).ToListAsync(cancellationToken);
        var own = (await OpenRequestsAsync(TracingDirection.ChildSeeksRelative, cancellationToken))
            .Where(r => r.ChildCaseId is not null).GroupBy(r => r.ChildCaseId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(r => r.CreatedAt).First());
        var known = children.Select(c =>
        {
            var theirs = own.GetValueOrDefault(c.Id);
            return new KnownChild(c.GivenNames, c.Surname, c.Sex, c.BirthDate?.Year, theirs?.PlaceOfOrigin, theirs?.PlaceOfSeparation, theirs?.SoughtName);
        }).ToList();
        var evidence = TracingComparison.Score(SoughtOf(request), known);
        return [.. children.Select((c, i) => new Scored(CandidateKind.ChildCase, c.Id, own.GetValueOrDefault(c.Id)?.Id, evidence[i]))];
    }

    /// <summary>A child looks for family: every open request of a relative for a child in the data scope, against the child's case and this request's places.</summary>
    private async Task<List<Scored>> RequestsForAsync(TracingRequest request, CancellationToken cancellationToken)
    {
        var child = await db.Set<Beneficiary>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == request.ChildCaseId, cancellationToken);
        if (child is null)
        {
            return [];
        }

        var known = new KnownChild(child.GivenNames, child.Surname, child.Sex, child.BirthDate?.Year, request.PlaceOfOrigin, request.PlaceOfSeparation, request.SoughtName);
        var relatives = await OpenRequestsAsync(TracingDirection.RelativeSeeksChild, cancellationToken);
        return [.. relatives.Select(r => new Scored(CandidateKind.Request, r.Id, null, TracingComparison.Score(SoughtOf(r), known)))];
    }

    private async Task<List<TracingRequest>> OpenRequestsAsync(TracingDirection direction, CancellationToken cancellationToken) =>
        await db.Set<TracingRequest>().AsNoTracking()
            .Where(r => r.TenantId == Tenant && r.Direction == direction && (r.Status == TracingStatus.Open || r.Status == TracingStatus.MatchProposed))
            .Take(MaxCandidates).ToListAsync(cancellationToken);

    internal static SoughtPerson SoughtOf(TracingRequest r) =>
        new(r.SoughtGivenNames, r.SoughtSurname, r.SoughtSex, r.SoughtBornFrom, r.SoughtBornTo, r.PlaceOfOrigin, r.PlaceOfSeparation, r.RequesterName);

    /// <summary>
    /// The candidates of a request, the likeliest first, with their evidence; one in a child's case
    /// the user may not open shows its score alone. Null when the user may not open the request.
    /// Audited as a read naming the candidates shown.
    /// </summary>
    public async Task<IReadOnlyList<CandidateView>?> CandidatesAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await Visible(user).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return null;
        }

        var matches = await db.Set<TracingMatch>().AsNoTracking().Where(m => m.RequestId == id).ToListAsync(cancellationToken);
        var caseIds = matches.Where(m => m.CandidateKind == CandidateKind.ChildCase).Select(m => m.CandidateId).ToList();
        var openCases = await cases.Visible(user).AsNoTracking().Where(b => caseIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Number, b.GivenNames, b.Surname, b.BirthDate }).ToDictionaryAsync(b => b.Id, cancellationToken);
        var requestIds = matches.Where(m => m.CandidateKind == CandidateKind.Request).Select(m => m.CandidateId).ToList();
        var openRequests = await Visible(user).AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var views = new List<CandidateView>();
        foreach (var m in matches.OrderBy(m => m.State == MatchState.Rejected).ThenByDescending(m => m.Probability))
        {
            var evidence = JsonSerializer.Deserialize<TracingEvidence>(m.Evidence, Json);
            if (m.CandidateKind == CandidateKind.ChildCase && openCases.TryGetValue(m.CandidateId, out var child))
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

    /// <summary>
    /// Confirms a proposed candidate: the request (and the child's own request on the other side,
    /// if any) moves to confirmed, and the requester side may be told. The worker must be able to
    /// open the candidate's case; otherwise the candidate is not theirs to judge (not found).
    /// </summary>
    public Task<(TracingRequest? Request, TracingProblem? Problem)> ConfirmAsync(Guid id, Guid matchId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideAsync(id, matchId, MatchState.Confirmed, user, cancellationToken);

    /// <summary>Rejects a proposed candidate: the pair is never proposed again, from either side.</summary>
    public Task<(TracingRequest? Request, TracingProblem? Problem)> RejectAsync(Guid id, Guid matchId, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        DecideAsync(id, matchId, MatchState.Rejected, user, cancellationToken);

    private async Task<(TracingRequest? Request, TracingProblem? Problem)> DecideAsync(Guid id, Guid matchId, MatchState decision, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var request = await Visible(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return (null, TracingProblem.RequestNotFound);
        }

        var match = await db.Set<TracingMatch>().FirstOrDefaultAsync(m => m.Id == matchId && m.RequestId == id, cancellationToken);
        if (match is null || !await MayJudgeAsync(match, user, cancellationToken))
        {
            return (request, TracingProblem.MatchNotFound);
        }

        if (match.State != MatchState.Proposed)
        {
            return (request, TracingProblem.AlreadyDecided);
        }

        if (!request.IsOpen)
        {
            return (request, TracingProblem.NotOpen);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.Identity?.Name ?? "?";
        match.Decide(decision, now, by);
        await MirrorAsync(request, match, decision, now, by, cancellationToken);
        if (decision == MatchState.Confirmed)
        {
            request.Confirm(now);
        }
        else
        {
            var others = await db.Set<TracingMatch>().AnyAsync(m => m.RequestId == id && m.Id != matchId && m.State == MatchState.Proposed, cancellationToken);
            request.Proposed(others, now);
        }

        db.Audit(new AuditRecord(decision == MatchState.Confirmed ? "tracing-confirm" : "tracing-reject", nameof(TracingRequest), id.ToString(),
            Details: $"{match.CandidateKind}:{match.CandidateId}"));
        await db.SaveChangesAsync(cancellationToken);
        return (request, null);
    }

    private async Task<bool> MayJudgeAsync(TracingMatch match, ClaimsPrincipal user, CancellationToken cancellationToken) => match.CandidateKind switch
    {
        CandidateKind.ChildCase => await cases.Visible(user).AnyAsync(b => b.Id == match.CandidateId, cancellationToken),
        CandidateKind.Request => await Visible(user).AnyAsync(r => r.Id == match.CandidateId, cancellationToken),
    };

    /// <summary>
    /// A decision on a pair of requests holds from both sides: the child's own request (found through
    /// the child's case) or the relative's takes the same decision, so neither proposes the other again.
    /// </summary>
    private async Task MirrorAsync(TracingRequest request, TracingMatch match, MatchState decision, DateTime now, string by, CancellationToken cancellationToken)
    {
        var otherId = match.CandidateKind == CandidateKind.Request ? match.CandidateId : match.ChildRequestId;
        if (otherId is null)
        {
            return;
        }

        var other = await db.Set<TracingRequest>().FirstOrDefaultAsync(r => r.Id == otherId && r.TenantId == Tenant, cancellationToken);
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
                Probability = match.Probability, Evidence = match.Evidence, FoundAt = now,
            };
            db.Add(mirror);
        }

        if (mirror.State != MatchState.Proposed)
        {
            return;
        }

        mirror.Decide(decision, now, by);
        if (decision == MatchState.Confirmed)
        {
            other.Confirm(now);
        }
        else
        {
            var others = await db.Set<TracingMatch>().AnyAsync(m => m.RequestId == other.Id && m.Id != mirror.Id && m.State == MatchState.Proposed, cancellationToken);
            other.Proposed(others, now);
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
    /// What the requester may be told (their contact view, the printed letter). Built here and only
    /// here: whether candidates were proposed is never part of it, and the person found appears only
    /// from a match a case worker confirmed. Audited as a read.
    /// </summary>
    public async Task<RequesterView?> RequesterViewAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var request = await Visible(user).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        string? found = null;
        DateTime? confirmedAt = null;
        var confirmed = await db.Set<TracingMatch>().AsNoTracking().Where(m => m.RequestId == id && m.State == MatchState.Confirmed)
            .OrderBy(m => m.DecidedAt).FirstOrDefaultAsync(cancellationToken);
        if (confirmed is not null)
        {
            confirmedAt = confirmed.DecidedAt;
            found = confirmed.CandidateKind switch
            {
                CandidateKind.ChildCase => await db.Set<Beneficiary>().AsNoTracking().Where(b => b.Id == confirmed.CandidateId)
                    .Select(b => b.GivenNames + " " + b.Surname).FirstOrDefaultAsync(cancellationToken),
                CandidateKind.Request => await db.Set<TracingRequest>().AsNoTracking().Where(r => r.Id == confirmed.CandidateId)
                    .Select(r => r.RequesterName).FirstOrDefaultAsync(cancellationToken),
            };
        }

        var file = await FileOfAsync(request, cancellationToken);
        var names = await cases.OrganisationNamesAsync(cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(TracingRequest), id.ToString(), Reason: "requester view"), cancellationToken);
        return RequesterView.Of(request, file.ChildName, confirmed is null ? null : found, confirmedAt, names.GetValueOrDefault(request.OrganisationId) ?? "");
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
