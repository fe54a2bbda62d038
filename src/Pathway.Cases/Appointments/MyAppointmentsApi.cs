using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Appointments;

/// <summary>The migrant's own appointment: only for the case whose applicant account is theirs; any other case number is a 404.</summary>
internal static class MyAppointmentsApi
{
    private const string Route = "/api/v1/my/cases/{number}/appointment";

    public static IEndpointRouteBuilder MapMyAppointmentsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Route + ".ics", CalendarAsync).RequireAuthorization(CasesPermissions.Apply).WithTags("My cases: appointment")
            .WithName("GetMyAppointmentCalendar").WithSummary("Downloads the case's appointment as an iCalendar file")
            .Produces(StatusCodes.Status200OK, contentType: AppointmentCalendar.MediaType)
            .WithDescription("The active booking, or else the last one changed: METHOD CANCEL with STATUS CANCELLED once cancelled, the same UID throughout, SEQUENCE raised on each change.");
        var group = routes.MapGroup(Route).WithTags("My cases: appointment").RequireAuthorization(CasesPermissions.Apply);
        group.MapGet("/", GetAsync).WithName("GetMyAppointment").WithSummary("The case's booking, its request in a booking window, the open windows and the slots left to book")
            .WithDescription("Times are UTC, with the office's local time beside them. Slots of an open window are requested, not booked: the window draws its order when it closes. "
                + "?from=YYYY-MM-DD: the first day of the slots left to book directly (at most 60 are listed).");
        group.MapPost("/requests", RequestAsync).WithIdempotency().WithName("RequestAppointment").WithSummary("Sends the case's one request in an open booking window")
            .Accepts<SlotRequestBody>("application/json")
            .WithDescription("{ windowId, slotIds: [best first, at most MaxPreferences], days: [YYYY-MM-DD on which any slot of the window will do] }. "
                + "201 with the new request; 200 with the one the case already sent (in this window, or waiting in another): more requests buy no more chances. "
                + "Nothing is booked until the window closes.");
        group.MapPost("/", BookAsync).WithIdempotency().WithName("BookMyAppointment").WithSummary("Books a slot left free outside any open window (first come, first served)")
            .Accepts<RescheduleRequest>("application/json").WithDescription("{ slotId }. 409 when the slot is released through a window, is taken, or the case already has a booking.");
        group.MapPost("/reschedule", RescheduleAsync).WithName("RescheduleMyAppointment").WithSummary("Moves the case's booking to another free slot of the same service")
            .Accepts<RescheduleRequest>("application/json");
        group.MapPost("/cancel", CancelAsync).WithName("CancelMyAppointment").WithSummary("Cancels the case's booking before its time");
        group.MapDelete("/", CancelAsync).WithName("DeleteMyAppointment").WithSummary("Cancels the case's booking before its time (as POST .../cancel)");
        return routes;
    }

    private static async Task<Results<Ok<MyAppointmentAnswer>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string number, string? from, ClaimsPrincipal user, MyAppointments mine, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                var errors = new FieldErrors(text);
                errors.Add("from", "The day must be a date written as YYYY-MM-DD.");
                return TypedResults.ValidationProblem(errors.ToDictionary());
            }

            day = parsed;
        }

        return await mine.CaseAsync(number, user, cancellationToken) is { } found
            ? TypedResults.Ok(MyAppointmentAnswer.Of(await mine.ViewAsync(found, day, cancellationToken)))
            : Problem(AppointmentProblem.CaseNotFound, text, mine);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CalendarAsync(
        string number, ClaimsPrincipal user, MyAppointments mine, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        if (await mine.CaseAsync(number, user, cancellationToken) is not { } found)
        {
            return Problem(AppointmentProblem.CaseNotFound, text, mine);
        }

        return await mine.CalendarAsync(found, cancellationToken) is { } calendar
            ? TypedResults.Text(calendar, AppointmentCalendar.MediaType)
            : Problem(AppointmentProblem.BookingNotFound, text, mine);
    }

    private static async Task<Results<Created<RequestAnswer>, Ok<RequestAnswer>, ValidationProblem, ProblemHttpResult>> RequestAsync(
        string number, HttpRequest request, ClaimsPrincipal user, MyAppointments mine, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        if (await mine.CaseAsync(number, user, cancellationToken) is not { } found)
        {
            return Problem(AppointmentProblem.CaseNotFound, text, mine);
        }

        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<SlotRequestBody>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!Guid.TryParse(body.WindowId, out var windowId))
        {
            errors.Add("windowId", "The booking window must be given by its id.");
        }

        var (slots, days) = Preferences(body.SlotIds, body.Days, mine.Options.MaxPreferences, errors);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await mine.RequestAsync(found, windowId, slots, days, Language(), errors, cancellationToken);
        if (outcome.Errors is { } invalid)
        {
            return TypedResults.ValidationProblem(invalid);
        }

        if (outcome.Problem is { } problem)
        {
            return Problem(problem, text, mine);
        }

        var answer = RequestAnswer.Of(outcome.Request!);
        return outcome.Created ? TypedResults.Created($"/api/v1/my/cases/{Uri.EscapeDataString(found.Number)}/appointment", answer) : TypedResults.Ok(answer);
    }

    private static async Task<Results<Created<BookingAnswer>, ValidationProblem, ProblemHttpResult>> BookAsync(
        string number, HttpRequest request, ClaimsPrincipal user, MyAppointments mine, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        if (await mine.CaseAsync(number, user, cancellationToken) is not { } found)
        {
            return Problem(AppointmentProblem.CaseNotFound, text, mine);
        }

        var errors = new FieldErrors(text);
        if (await SlotIdAsync(request, errors, cancellationToken) is not { } slotId)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await mine.BookAsync(found, slotId, Language(), cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return Problem(problem, text, mine);
        }

        return TypedResults.Created($"/api/v1/my/cases/{Uri.EscapeDataString(found.Number)}/appointment", BookingAnswer.Of((await mine.BookingAsync(outcome.Booking!.Id, cancellationToken))!));
    }

    /// <summary>The slot a booking or a move names, or a field error.</summary>
    private static async Task<Guid?> SlotIdAsync(HttpRequest request, FieldErrors errors, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<RescheduleRequest>(request, errors, cancellationToken);
        if (body is not null && Guid.TryParse(body.SlotId, out var slotId))
        {
            return slotId;
        }

        errors.Add("slotId", "The slot must be given by its id.");
        return null;
    }

    private static async Task<Results<Ok<BookingAnswer>, ValidationProblem, ProblemHttpResult>> RescheduleAsync(
        string number, HttpRequest request, ClaimsPrincipal user, MyAppointments mine, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        if (await mine.CaseAsync(number, user, cancellationToken) is not { } found)
        {
            return Problem(AppointmentProblem.CaseNotFound, text, mine);
        }

        var errors = new FieldErrors(text);
        if (await SlotIdAsync(request, errors, cancellationToken) is not { } slotId)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await ChangedAsync(mine.RescheduleAsync(found, slotId, cancellationToken), mine, text, cancellationToken);
    }

    private static async Task<Results<Ok<BookingAnswer>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        string number, ClaimsPrincipal user, MyAppointments mine, IStringLocalizer<CasesText> text, CancellationToken cancellationToken) =>
        await mine.CaseAsync(number, user, cancellationToken) is { } found
            ? await ChangedAsync(mine.CancelAsync(found, cancellationToken), mine, text, cancellationToken)
            : Problem(AppointmentProblem.CaseNotFound, text, mine);

    private static async Task<Results<Ok<BookingAnswer>, ValidationProblem, ProblemHttpResult>> ChangedAsync(
        Task<AppointmentOutcome> change, MyAppointments mine, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var outcome = await change;
        return outcome.Problem is { } problem
            ? Problem(problem, text, mine)
            : TypedResults.Ok(BookingAnswer.Of((await mine.BookingAsync(outcome.Booking!.Id, cancellationToken))!));
    }

    /// <summary>The ranked slots and the days of a request, checked for form; whether they belong to the window is the desk's check.</summary>
    internal static (List<Guid> Slots, List<DateOnly> Days) Preferences(IReadOnlyList<string>? slotIds, IReadOnlyList<string>? days, int max, FieldErrors errors)
    {
        var slots = new List<Guid>();
        foreach (var value in slotIds ?? [])
        {
            if (!Guid.TryParse(value, out var id))
            {
                errors.Add("slotIds", "Each slot must be given by its id.");
                break;
            }

            if (!slots.Contains(id))
            {
                slots.Add(id);
            }
        }

        if (slots.Count > max)
        {
            errors.Add("slotIds", "Choose at most {0} slots.", max);
        }

        var chosenDays = new List<DateOnly>();
        foreach (var value in days ?? [])
        {
            if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                errors.Add("days", "The day must be a date written as YYYY-MM-DD.");
                break;
            }

            if (!chosenDays.Contains(day))
            {
                chosenDays.Add(day);
            }
        }

        if (chosenDays.Count > 7)
        {
            errors.Add("days", "Choose at most {0} days.", 7);
        }

        if (!errors.Any && slots.Count == 0 && chosenDays.Count == 0)
        {
            errors.Add("slotIds", "Choose at least one slot, or a day on which any slot will do.");
        }

        return (slots, chosenDays);
    }

    private static string Language() => SupportedCultures.ByCulture(CultureInfo.CurrentUICulture)?.Code ?? SupportedCultures.DefaultCode;

    private static ProblemHttpResult Problem(AppointmentProblem problem, IStringLocalizer<CasesText> text, MyAppointments mine) =>
        TypedResults.Problem(title: AppointmentProblemText.Message(problem, text, mine.Options), statusCode: AppointmentProblemText.Status(problem),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = problem.ToString() });
}

/// <summary>Every field is text, so a wrong type is a named field error rather than a failed read.</summary>
public sealed record SlotRequestBody(string? WindowId, IReadOnlyList<string>? SlotIds = null, IReadOnlyList<string>? Days = null);

public sealed record RequestAnswer(
    Guid Id, Guid WindowId, string CaseNumber, string Status, IReadOnlyList<Guid> SlotIds, IReadOnlyList<string> Days, int? Position, Guid? BookingId, string? Reason, DateTime CreatedAt)
{
    public static RequestAnswer Of(WindowRequest r) => new(
        r.Id, r.WindowId, r.CaseNumber, r.Status.ToString(), r.SlotIds, [.. r.AnyOfDays.Select(MyAppointments.Iso)], r.Position, r.BookingId, r.Reason,
        DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc));
}

/// <summary>An open window as the migrant sees it: when it closes (and results come) and the slots it releases still free.</summary>
public sealed record MyWindowAnswer(Guid Id, string Office, string Service, DateTime OpensAt, DateTime ClosesAt, IReadOnlyList<FreeSlot> Slots);

public sealed record MyAppointmentAnswer(
    string CaseNumber, BookingAnswer? Booking, RequestAnswer? Request, DateTime? ResultsAt, IReadOnlyList<MyWindowAnswer> Windows, IReadOnlyList<FreeSlot> Leftovers)
{
    public static MyAppointmentAnswer Of(MyAppointmentView view) => new(
        view.Case.Number,
        view.Booking is null ? null : BookingAnswer.Of(view.Booking),
        view.Request is null ? null : RequestAnswer.Of(view.Request),
        view.RequestWindow is null ? null : DateTime.SpecifyKind(view.RequestWindow.ClosesAt, DateTimeKind.Utc),
        [.. view.Windows.Select(w => new MyWindowAnswer(w.Window.Id, w.Office.Code, w.Window.Service.ToString(),
            DateTime.SpecifyKind(w.Window.OpensAt, DateTimeKind.Utc), DateTime.SpecifyKind(w.Window.ClosesAt, DateTimeKind.Utc), w.Slots))],
        view.Leftovers);
}
