using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Languages;

namespace Pathway.Support.Interpreting;

/// <summary>A request as the case page's form or the API sends it: the start written HH:mm on the office's clock.</summary>
/// <param name="DayUnreadable">The form's day could not be read (rather than left out).</param>
public sealed record InterpreterRequestInput(
    string? PersonLanguage, string? WorkerLanguage, InterpreterKind? Kind, SessionMode? Mode, DateOnly? Day, string? Start, int? Minutes, string? Note,
    bool DayUnreadable = false);

public enum InterpreterRequestProblem
{
    CaseNotFound,
    CaseClosed,
    RequestNotFound,
    PersonLanguageUnknown,
    WorkerLanguageUnknown,
    SameLanguage,
    KindMissing,
    ModeMissing,
    DayMissing,
    StartMissing,
    LengthOutOfRange,
    ClocksChange,
    CrossesMidnight,
    InThePast,
    NoteTooLong,
    InterpreterMissing,
    InterpreterUnknown,
    DoesNotFit,
    Busy,
    WrongState,
    SlotPassed,
    NotYetHeld,
    ServiceRecorded,
}

/// <summary>A problem and its field; for someone who does not fit the request, why.</summary>
public sealed record InterpreterRequestRefusal(InterpreterRequestProblem Problem, string Field, MissReason? Why = null);

/// <summary>A request with the name of the person booked for it.</summary>
public sealed record InterpreterRequestView(InterpreterRequest Request, string? InterpreterName);

/// <summary>A request with who on the register fits it and who nearly does, and whether its case is closed (then nobody is booked).</summary>
public sealed record RequestMatches(InterpreterRequestView Request, Need Need, Matches Matches, bool CaseClosed = false);

/// <summary>
/// Interpreter and cultural-mediator requests of support cases, matched to the register. A request is
/// part of its case: only those who may open the case (<see cref="BeneficiaryDesk"/>) see or change
/// it, 404 for anyone else. Booking takes the request's row and the person's row before it checks
/// for a clash, inside the transaction that saves it, so that two bookings made at once of one
/// person for overlapping sessions cannot both be saved. The platform audits every change.
/// </summary>
public sealed class InterpretingDesk(PathwayDbContext db, BeneficiaryDesk cases, ServiceLog services, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(Tenant, cancellationToken);

    /// <summary>A case's requests, the latest session first; null when the user may not open the case.</summary>
    public async Task<IReadOnlyList<InterpreterRequestView>?> ForCaseAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await cases.Visible(user).AnyAsync(b => b.Id == beneficiaryId, cancellationToken))
        {
            return null;
        }

        var requests = await db.Set<InterpreterRequest>().AsNoTracking().Where(r => r.BeneficiaryId == beneficiaryId)
            .OrderByDescending(r => r.StartsAt).ToListAsync(cancellationToken);
        return await ViewsAsync(requests, cancellationToken);
    }

    /// <summary>The open and booked requests of the cases the user may open, the soonest session first.</summary>
    public async Task<IReadOnlyList<InterpreterRequestView>> OutstandingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var requests = await Mine(user).AsNoTracking()
            .Where(r => r.Status == InterpreterRequestStatus.Open || r.Status == InterpreterRequestStatus.Booked)
            .OrderBy(r => r.StartsAt).Take(500).ToListAsync(cancellationToken);
        return await ViewsAsync(requests, cancellationToken);
    }

    /// <summary>How many requests of the cases the user may open wait for someone to be booked.</summary>
    public Task<int> WaitingAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Mine(user).CountAsync(r => r.Status == InterpreterRequestStatus.Open, cancellationToken);

    public async Task<InterpreterRequestView?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        await Mine(user).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } request
            ? (await ViewsAsync([request], cancellationToken))[0]
            : null;

    public async Task<(InterpreterRequestView? Request, IReadOnlyList<InterpreterRequestRefusal> Problems)> CreateAsync(
        Guid beneficiaryId, InterpreterRequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await cases.Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, [new InterpreterRequestRefusal(InterpreterRequestProblem.CaseNotFound, "beneficiary")]);
        }

        if (beneficiary.IsClosed)
        {
            return (null, [new InterpreterRequestRefusal(InterpreterRequestProblem.CaseClosed, "beneficiary")]);
        }

        var zone = await directory.ZoneOfAsync(Tenant, cancellationToken);
        var (slot, problems) = Check(input, zone, clock.GetUtcNow().UtcDateTime);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var request = new InterpreterRequest
        {
            TenantId = Tenant,
            OrganisationId = beneficiary.OrganisationId,
            BeneficiaryId = beneficiaryId,
            CaseNumber = beneficiary.Number,
            PersonLanguage = Code(input.PersonLanguage)!,
            WorkerLanguage = Code(input.WorkerLanguage)!,
            Kind = input.Kind!.Value,
            Mode = input.Mode!.Value,
            Day = slot!.Day,
            StartMinute = slot.StartMinute,
            Minutes = slot.Minutes,
            StartsAt = slot.StartsAt,
            EndsAt = slot.EndsAt,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            Status = InterpreterRequestStatus.Open,
            RequestedAt = now,
            RequestedBy = user.Identity?.Name ?? "?",
            ChangedAt = now,
        };
        // The platform audits the new row itself.
        db.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return (new InterpreterRequestView(request, null), []);
    }

    /// <summary>Who on the user's register fits a request, and who nearly does; null when the user may not open its case.</summary>
    public async Task<RequestMatches?> MatchAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var view = await FindAsync(id, user, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var register = await db.Set<Interpreter>().AsNoTracking().Include(i => i.Hours).Include(i => i.Absences).AsSplitQuery().Where(i => i.Active).ToListAsync(cancellationToken);
        var need = NeedOf(view.Request, await directory.ZoneOfAsync(Tenant, cancellationToken));
        var bookings = await BookingsAsync(register.Select(i => i.Id).ToList(), need.Slot.Day, cancellationToken);
        var closed = await cases.IsClosedAsync(view.Request.BeneficiaryId, user, cancellationToken) == true;
        return new RequestMatches(view, need, InterpreterMatching.Match(need, register, bookings), closed);
    }

    /// <summary>
    /// Books someone from the user's register for an open request. Refused when they do not fit it,
    /// and (as <see cref="InterpreterRequestProblem.Busy"/>) when they are booked for an overlapping
    /// session, also by someone saving at the same moment. Refused on a closed case: nothing new is
    /// arranged for it (its open requests may still be cancelled).
    /// </summary>
    public async Task<(InterpreterRequestView? Request, InterpreterRequestRefusal? Problem)> AssignAsync(
        Guid id, Guid? interpreterId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var caseId = await Mine(user).Where(r => r.Id == id).Select(r => (Guid?)r.BeneficiaryId).FirstOrDefaultAsync(cancellationToken);
        if (caseId is null)
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.RequestNotFound, "request"));
        }

        if (await cases.IsClosedAsync(caseId.Value, user, cancellationToken) == true)
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.CaseClosed, "beneficiary"));
        }

        if (interpreterId is not { } personId)
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.InterpreterMissing, "interpreterId"));
        }

        if (!await db.Set<Interpreter>().AnyAsync(i => i.Id == personId && i.Active, cancellationToken))
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.InterpreterUnknown, "interpreterId"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The request's row, then the person's: a second booking of either waits here until this one
        // is saved or given up, and then reads what it saved. Always in this order, so two never wait on each other.
        await db.Set<InterpreterRequest>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ChangedAt, now), cancellationToken);
        await db.Set<Interpreter>().Where(i => i.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(i => i.LastBookedAt, now), cancellationToken);
        var request = await db.Set<InterpreterRequest>().FirstAsync(r => r.Id == id, cancellationToken);
        if (request.Status != InterpreterRequestStatus.Open)
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.WrongState, "status"));
        }

        if (request.StartsAt <= now)
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.SlotPassed, "status"));
        }

        var person = await db.Set<Interpreter>().AsNoTracking().Include(i => i.Hours).Include(i => i.Absences).AsSplitQuery().FirstAsync(i => i.Id == personId, cancellationToken);
        var need = NeedOf(request, await directory.ZoneOfAsync(Tenant, cancellationToken));
        var matches = InterpreterMatching.Match(need, [person], await BookingsAsync([personId], need.Slot.Day, cancellationToken));
        if (matches.Candidates.Count == 0)
        {
            var why = matches.NearMisses.FirstOrDefault()?.Reason;
            return (null, why == MissReason.Busy
                ? new InterpreterRequestRefusal(InterpreterRequestProblem.Busy, "interpreterId", why)
                : new InterpreterRequestRefusal(InterpreterRequestProblem.DoesNotFit, "interpreterId", why));
        }

        request.Status = InterpreterRequestStatus.Booked;
        request.InterpreterId = personId;
        request.BookedAt = now;
        request.BookedBy = user.Identity?.Name ?? "?";
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new InterpreterRequestView(request, person.Name), null);
    }

    /// <summary>Marks a booked session held (once it has begun), or cancels an open or booked request.</summary>
    public async Task<(InterpreterRequestView? Request, InterpreterRequestRefusal? Problem)> MoveAsync(
        Guid id, InterpreterRequestStatus to, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await Mine(user).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.RequestNotFound, "request"));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Its row first, as a booking takes it: a booking and a cancelling at once come one after the other.
        await db.Set<InterpreterRequest>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ChangedAt, now), cancellationToken);
        var request = await db.Set<InterpreterRequest>().FirstAsync(r => r.Id == id, cancellationToken);
        if (to == InterpreterRequestStatus.Booked || !Allowed(request.Status, to))
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.WrongState, "status"));
        }

        if (to == InterpreterRequestStatus.Done && request.StartsAt > now)
        {
            return (null, new InterpreterRequestRefusal(InterpreterRequestProblem.NotYetHeld, "status"));
        }

        request.Status = to;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ((await ViewsAsync([request], cancellationToken))[0], null);
    }

    /// <summary>
    /// Records a held session on its case as an interpreting service (through the case's
    /// <see cref="ServiceLog"/>): given on the session's day by the person booked, for its minutes,
    /// from the person's language into the worker's. Once per request.
    /// </summary>
    public async Task<(SupportService? Service, IReadOnlyList<InterpreterRequestRefusal> Problems, IReadOnlyList<ServiceRefusal> ServiceProblems)> RecordServiceAsync(
        Guid id, string? outcome, string? project, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await Mine(user).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return (null, [new InterpreterRequestRefusal(InterpreterRequestProblem.RequestNotFound, "request")], []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Its row first: a second recording waits here and then finds the service recorded.
        await db.Set<InterpreterRequest>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ChangedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        var request = await db.Set<InterpreterRequest>().FirstAsync(r => r.Id == id, cancellationToken);
        if (request.Status != InterpreterRequestStatus.Done)
        {
            return (null, [new InterpreterRequestRefusal(InterpreterRequestProblem.WrongState, "status")], []);
        }

        if (request.ServiceId is not null)
        {
            return (null, [new InterpreterRequestRefusal(InterpreterRequestProblem.ServiceRecorded, "status")], []);
        }

        var name = await db.TenantRowsOf<Interpreter>(Tenant).Where(i => i.Id == request.InterpreterId).Select(i => i.Name).FirstAsync(cancellationToken);
        var (service, problems) = await services.RecordAsync(request.BeneficiaryId, new ServiceInput(
            ServiceKind.Interpreting, ServiceStatus.Delivered, null, request.Day, name, request.Minutes, outcome, request.PersonLanguage, request.WorkerLanguage, project),
            user, cancellationToken);
        if (service is null)
        {
            return (null, [], problems);
        }

        request.ServiceId = service.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (service, [], []);
    }

    /// <summary>Which state may follow which: a request is booked (through <see cref="AssignAsync"/>), held, or cancelled before it is held.</summary>
    public static bool Allowed(InterpreterRequestStatus from, InterpreterRequestStatus to) => (from, to) switch
    {
        (InterpreterRequestStatus.Open, InterpreterRequestStatus.Booked or InterpreterRequestStatus.Cancelled) => true,
        (InterpreterRequestStatus.Booked, InterpreterRequestStatus.Done or InterpreterRequestStatus.Cancelled) => true,
        _ => false,
    };

    /// <summary>What a request's form checks, every field at once, and the slot it asks for.</summary>
    internal static (Slot? Slot, List<InterpreterRequestRefusal> Problems) Check(InterpreterRequestInput input, TimeZoneInfo zone, DateTime now)
    {
        var problems = new List<InterpreterRequestRefusal>();
        var person = Code(input.PersonLanguage);
        var worker = Code(input.WorkerLanguage);
        if (!LanguageNames.IsKnown(person))
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.PersonLanguageUnknown, "personLanguage"));
        }

        if (!LanguageNames.IsKnown(worker))
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.WorkerLanguageUnknown, "workerLanguage"));
        }
        else if (person == worker)
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.SameLanguage, "workerLanguage"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.KindMissing, "kind"));
        }

        if (input.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.ModeMissing, "mode"));
        }

        if (input.Note?.Trim().Length > InterpreterRequest.MaxNoteLength)
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.NoteTooLong, "note"));
        }

        var day = input.DayUnreadable ? null : input.Day;
        if (day is null)
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.DayMissing, "day"));
        }

        var start = InterpreterRegister.MinuteOf(input.Start, end: false);
        if (start is null)
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.StartMissing, "start"));
        }

        if (input.Minutes is not { } minutes || minutes is < InterpreterMatching.MinMinutes or > InterpreterMatching.MaxMinutes)
        {
            problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.LengthOutOfRange, "minutes"));
            return (null, problems);
        }

        if (day is null || start is null)
        {
            return (null, problems);
        }

        var (slot, problem) = InterpreterMatching.Place(day.Value, start.Value, minutes, zone);
        switch (problem)
        {
            case SlotProblem.ClocksChange:
                problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.ClocksChange, "start"));
                break;
            case SlotProblem.CrossesMidnight:
                problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.CrossesMidnight, "minutes"));
                break;
            case SlotProblem.LengthOutOfRange:
                problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.LengthOutOfRange, "minutes"));
                break;
            case null when slot!.StartsAt <= now:
                problems.Add(new InterpreterRequestRefusal(InterpreterRequestProblem.InThePast, "day"));
                break;
            case null:
                break;
        }

        return (problems.Count == 0 ? slot : null, problems);
    }

    /// <summary>What a request asks of the register; the end on the office's clock is read from the instant kept, as across a change of the clocks it is not the start plus the length.</summary>
    internal static Need NeedOf(InterpreterRequest r, TimeZoneInfo zone)
    {
        var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.EndsAt, DateTimeKind.Utc), zone);
        var endMinute = DateOnly.FromDateTime(end) == r.Day ? (int)end.TimeOfDay.TotalMinutes : InterpreterMatching.MinutesOfDay;
        return new(r.PersonLanguage, r.WorkerLanguage, r.Kind, r.Mode, new Slot(r.Day, r.StartMinute, r.Minutes, endMinute, r.StartsAt, r.EndsAt), r.Id);
    }

    /// <summary>The requests of the cases the user may open.</summary>
    private IQueryable<InterpreterRequest> Mine(ClaimsPrincipal user)
    {
        var visible = cases.Visible(user).Select(b => b.Id);
        return db.Set<InterpreterRequest>().Where(r => visible.Contains(r.BeneficiaryId));
    }

    /// <summary>
    /// The bookings of these people in the week of <paramref name="day"/>, whichever organisation of
    /// the office booked them: the rows of other units lie past the organisation filter, and a
    /// person booked by one unit is not free for another.
    /// </summary>
    private async Task<IReadOnlyList<Booking>> BookingsAsync(IReadOnlyList<Guid> people, DateOnly day, CancellationToken cancellationToken)
    {
        var monday = InterpreterMatching.WeekOf(day);
        var sunday = monday.AddDays(6);
        return await db.TenantRowsOf<InterpreterRequest>(Tenant).AsNoTracking()
            .Where(r => r.InterpreterId != null && people.Contains(r.InterpreterId.Value)
                && (r.Status == InterpreterRequestStatus.Booked || r.Status == InterpreterRequestStatus.Done) && r.Day >= monday && r.Day <= sunday)
            .Select(r => new Booking(r.InterpreterId!.Value, r.Id, r.Day, r.StartMinute, r.Minutes, r.StartsAt, r.EndsAt))
            .ToListAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<InterpreterRequestView>> ViewsAsync(IReadOnlyList<InterpreterRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Where(r => r.InterpreterId is not null).Select(r => r.InterpreterId!.Value).Distinct().ToList();
        var names = ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.TenantRowsOf<Interpreter>(Tenant).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return [.. requests.Select(r => new InterpreterRequestView(r, r.InterpreterId is { } person ? names.GetValueOrDefault(person) : null))];
    }

    private static string? Code(string? language) => string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
}
