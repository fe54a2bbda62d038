using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Appointments;

internal static class AppointmentsApi
{
    public static RouteGroupBuilder MapAppointmentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/appointments").WithTags("Cases: appointments").RequireAuthorization(CasesPermissions.CasesRead);
        group.MapGet("/slots", FreeSlotsAsync).WithName("ListFreeSlots").WithSummary("Lists the free slots of an office for one service")
            .WithDescription("?office=CODE&service=Fingerprints|Collection|Submission&from=YYYY-MM-DD&to=YYYY-MM-DD (days in the office's time zone, "
                + "both included; today and 13 days on when left out; at most 62 days). Times are UTC, with the office's local start beside them.");
        group.MapGet("/bookings/{id:guid}", GetAsync).WithName("GetBooking").WithSummary("Reads one booking with its slot");
        group.MapGet("/bookings/{id:guid}.ics", CalendarAsync).WithName("GetBookingCalendar").WithSummary("Downloads the booking as an iCalendar file for the migrant")
            .Produces(StatusCodes.Status200OK, contentType: AppointmentCalendar.MediaType)
            .WithDescription("RFC 5545: METHOD REQUEST while the booking stands, METHOD CANCEL with STATUS CANCELLED once cancelled; the same UID throughout "
                + "and SEQUENCE raised on each change. Times in UTC; summary and location in the language the booking was made for.");

        var work = group.MapGroup("/bookings").RequireAuthorization(CasesPermissions.CasesWork);
        work.MapPost("/", BookAsync).WithName("BookAppointment").WithSummary("Books a slot for a case")
            .Accepts<BookRequest>("application/json")
            .WithDescription("{ caseNumber, slotId, language (ui language code of the migrant, default pl), channel (officer or online, default officer) }. "
                + "404 for an unknown slot, 409 when the slot is taken or the case already has an active booking, or (online) after too many no-shows.");
        work.MapPost("/{id:guid}/reschedule", RescheduleAsync).WithName("RescheduleAppointment").WithSummary("Moves a booking to another slot of the same service")
            .Accepts<RescheduleRequest>("application/json").WithDescription("{ slotId }. The booking keeps its UID; its SEQUENCE goes up by one and the old slot is free again.");
        work.MapPost("/{id:guid}/cancel", (Guid id, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken) =>
            ChangedAsync(book.CancelAsync(id, cancellationToken), text, options.Value)).WithName("CancelAppointment").WithSummary("Cancels a booking before its slot starts");
        work.MapPost("/{id:guid}/no-show", (Guid id, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken) =>
            ChangedAsync(book.CloseAsync(id, BookingStatus.NoShow, cancellationToken), text, options.Value)).WithName("MarkAppointmentNoShow").WithSummary("Records that the migrant did not come (after the slot started)");
        work.MapPost("/{id:guid}/attended", (Guid id, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken) =>
            ChangedAsync(book.CloseAsync(id, BookingStatus.Attended, cancellationToken), text, options.Value)).WithName("MarkAppointmentAttended").WithSummary("Records that the migrant came (after the slot started)");

        var windows = group.MapGroup("/windows").RequireAuthorization(CasesPermissions.CasesSupervise);
        windows.MapGet("/", ListWindowsAsync).WithName("ListBookingWindows").WithSummary("Lists the booking windows, newest first, with each draw's seed and order")
            .WithDescription("A closed window shows the seed (32 bytes, hexadecimal) and the order the cases were served in: SeededRandomSource with that seed draws the same order again.");
        windows.MapPost("/", OpenWindowAsync).WithIdempotency().WithName("OpenBookingWindow").WithSummary("Opens a booking window now for an office's slots of one service")
            .Accepts<OpenWindowRequest>("application/json")
            .WithDescription("{ office, service, from, to (days in the office's time zone, both included), minutes (how long it takes requests, default the daily window's length) }. "
                + "409 when an open window already releases some of these slots.");
        windows.MapPost("/{id:guid}/close", CloseWindowAsync).WithName("CloseBookingWindow").WithSummary("Closes a booking window now and draws it")
            .WithDescription("The same draw the background service makes when the window's time is up: a cryptographic seed, the requests served in the drawn order "
                + "through the booking rules (one active booking per case, the no-show limit). 409 when it is already closed.");
        routes.MapMyAppointmentsApi();
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<FreeSlot>>, ValidationProblem, ProblemHttpResult>> FreeSlotsAsync(
        string? office, string? service, string? from, string? to, AppointmentBook book, IStringLocalizer<CasesText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var kind = AppointmentServices.Parse(service);
        if (kind is null)
        {
            errors.Add("service", "The service must be one of: {0}.", string.Join(", ", AppointmentServices.All));
        }

        var found = string.IsNullOrWhiteSpace(office) ? null : await book.OfficeAsync(office.Trim(), cancellationToken);
        if (found is null)
        {
            errors.Add("office", "No office has this code.");
        }

        var today = found is null ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : AppointmentBook.Today(found, clock);
        var first = Day(from, "from", today, errors);
        var last = Day(to, "to", (first ?? today).AddDays(13), errors);
        if (first is { } a && last is { } b && (b < a || b.DayNumber - a.DayNumber > 61))
        {
            errors.Add("to", "The last day must be on or after the first, and at most 62 days on.");
        }

        if (errors.Any || found is null || kind is null || first is null || last is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var zone = found.Zone;
        var start = TimeZoneInfo.ConvertTimeToUtc(first.Value.ToDateTime(TimeOnly.MinValue), zone);
        var end = TimeZoneInfo.ConvertTimeToUtc(last.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
        return TypedResults.Ok(await book.FreeSlotsAsync(found, kind.Value, start, end, cancellationToken));
    }

    private static async Task<Results<Ok<BookingAnswer>, ProblemHttpResult>> GetAsync(Guid id, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken) =>
        await book.GetAsync(id, cancellationToken) is { } details
            ? TypedResults.Ok(BookingAnswer.Of(details))
            : Problem(AppointmentProblem.BookingNotFound, text, options.Value);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CalendarAsync(Guid id, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken) =>
        await book.GetAsync(id, cancellationToken) is { } details
            ? TypedResults.Text(book.CalendarFile(details), AppointmentCalendar.MediaType)
            : Problem(AppointmentProblem.BookingNotFound, text, options.Value);

    private static async Task<Results<Created<BookingAnswer>, ValidationProblem, ProblemHttpResult>> BookAsync(
        HttpRequest request, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<BookRequest>(request, errors, cancellationToken);
        var caseNumber = body?.CaseNumber?.Trim() ?? "";
        if (body is not null && (caseNumber.Length == 0 || caseNumber.Length > Booking.MaxCaseNumberLength || caseNumber.Any(char.IsControl)))
        {
            errors.Add("caseNumber", "The case number must be 1 to {0} characters.", Booking.MaxCaseNumberLength);
        }

        var slotId = body is null ? null : SlotId(body.SlotId, errors);
        var language = body?.Language is { Length: > 0 } code ? SupportedCultures.ByCode(code) : SupportedCultures.ByCode(SupportedCultures.DefaultCode);
        if (body is not null && language is null)
        {
            errors.Add("language", "The language must be one of: {0}.", string.Join(", ", SupportedCultures.All.Select(l => l.Code)));
        }

        BookingChannel? channel = body?.Channel?.Trim().ToLowerInvariant() switch
        {
            null or "" or "officer" => BookingChannel.Officer,
            "online" => BookingChannel.Online,
            _ => null,
        };
        if (body is not null && channel is null)
        {
            errors.Add("channel", "The channel must be officer or online.");
        }

        if (errors.Any || body is null || slotId is null || language is null || channel is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await book.BookAsync(slotId.Value, caseNumber, channel.Value, language.Code, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return Problem(problem, text, options.Value);
        }

        var details = await book.GetAsync(outcome.Booking!.Id, cancellationToken);
        return TypedResults.Created($"/api/v1/cases/appointments/bookings/{outcome.Booking.Id}", BookingAnswer.Of(details!));
    }

    private static async Task<Results<Ok<BookingAnswer>, ValidationProblem, ProblemHttpResult>> RescheduleAsync(
        Guid id, HttpRequest request, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<RescheduleRequest>(request, errors, cancellationToken);
        var slotId = body is null ? null : SlotId(body.SlotId, errors);
        if (errors.Any || slotId is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await ChangedAsync(book.RescheduleAsync(id, slotId.Value, cancellationToken), book, text, options.Value, cancellationToken);
    }

    private static async Task<Results<Ok<BookingAnswer>, ValidationProblem, ProblemHttpResult>> ChangedAsync(
        Task<AppointmentOutcome> change, IStringLocalizer<CasesText> text, AppointmentOptions options)
    {
        var outcome = await change;
        return outcome.Problem is { } problem ? Problem(problem, text, options) : TypedResults.Ok(BookingAnswer.Of(outcome.Booking!));
    }

    private static async Task<Results<Ok<BookingAnswer>, ValidationProblem, ProblemHttpResult>> ChangedAsync(
        Task<AppointmentOutcome> change, AppointmentBook book, IStringLocalizer<CasesText> text, AppointmentOptions options, CancellationToken cancellationToken)
    {
        var outcome = await change;
        if (outcome.Problem is { } problem)
        {
            return Problem(problem, text, options);
        }

        return TypedResults.Ok(BookingAnswer.Of((await book.GetAsync(outcome.Booking!.Id, cancellationToken))!));
    }

    private static async Task<Ok<IReadOnlyList<WindowAnswer>>> ListWindowsAsync(WindowDesk desk, AppointmentBook book, CancellationToken cancellationToken)
    {
        var offices = (await book.OfficesAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Code);
        IReadOnlyList<WindowAnswer> answer = [.. (await desk.ListAsync(cancellationToken)).Select(w => WindowAnswer.Of(w, offices.GetValueOrDefault(w.OfficeId, "")))];
        return TypedResults.Ok(answer);
    }

    private static async Task<Results<Created<WindowAnswer>, ValidationProblem, ProblemHttpResult>> OpenWindowAsync(
        HttpRequest request, WindowDesk desk, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<OpenWindowRequest>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var kind = AppointmentServices.Parse(body.Service);
        if (kind is null)
        {
            errors.Add("service", "The service must be one of: {0}.", string.Join(", ", AppointmentServices.All));
        }

        var office = string.IsNullOrWhiteSpace(body.Office) ? null : await book.OfficeAsync(body.Office.Trim(), cancellationToken);
        if (office is null)
        {
            errors.Add("office", "No office has this code.");
        }

        var settings = options.Value;
        var today = office is null ? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) : AppointmentBook.Today(office, clock);
        var first = Day(body.From, "from", today.AddDays(settings.ReleaseDaysAhead), errors);
        var last = Day(body.To, "to", first ?? today, errors);
        if (first is { } a && last is { } b && (b < a || b.DayNumber - a.DayNumber > 13))
        {
            errors.Add("to", "The last day must be on or after the first, and at most 14 days on.");
        }

        var defaultMinutes = (int)(settings.WindowCloses - settings.WindowOpens).TotalMinutes;
        var minutes = defaultMinutes;
        if (!string.IsNullOrWhiteSpace(body.Minutes) && (!int.TryParse(body.Minutes, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes is < 1 or > 24 * 60))
        {
            errors.Add("minutes", "The window is open for 1 to {0} minutes.", 24 * 60);
        }

        if (errors.Any || office is null || kind is null || first is null || last is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var from = TimeZoneInfo.ConvertTimeToUtc(first.Value.ToDateTime(TimeOnly.MinValue), office.Zone);
        var to = TimeZoneInfo.ConvertTimeToUtc(last.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), office.Zone);
        var outcome = await desk.OpenAsync(office, kind.Value, now, now.AddMinutes(minutes), from, to, cancellationToken);
        return outcome.Problem is { } problem
            ? Problem(problem, text, settings)
            : TypedResults.Created($"/api/v1/cases/appointments/windows/{outcome.Window!.Id}", WindowAnswer.Of(outcome.Window, office.Code));
    }

    private static async Task<Results<Ok<WindowAnswer>, ProblemHttpResult>> CloseWindowAsync(
        Guid id, WindowDesk desk, AppointmentBook book, IStringLocalizer<CasesText> text, IOptions<AppointmentOptions> options, CancellationToken cancellationToken)
    {
        var outcome = await desk.CloseAsync(id, early: true, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return Problem(problem, text, options.Value);
        }

        var offices = (await book.OfficesAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Code);
        return TypedResults.Ok(WindowAnswer.Of(outcome.Window!, offices.GetValueOrDefault(outcome.Window!.OfficeId, "")));
    }

    private static ProblemHttpResult Problem(AppointmentProblem problem, IStringLocalizer<CasesText> text, AppointmentOptions options) =>
        TypedResults.Problem(title: AppointmentProblemText.Message(problem, text, options), statusCode: AppointmentProblemText.Status(problem),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = problem.ToString() });

    private static DateOnly? Day(string? value, string field, DateOnly fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, "The day must be a date written as YYYY-MM-DD.");
        return null;
    }

    private static Guid? SlotId(string? value, FieldErrors errors)
    {
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        errors.Add("slotId", "The slot must be given by its id.");
        return null;
    }
}

/// <summary>Every field is text, so a wrong type is a named field error rather than a failed read.</summary>
public sealed record BookRequest(string? CaseNumber, string? SlotId, string? Language = null, string? Channel = null);

public sealed record RescheduleRequest(string? SlotId);

public sealed record OpenWindowRequest(string? Office, string? Service, string? From = null, string? To = null, string? Minutes = null);

/// <summary>A booking window; once drawn, with the seed and the order the cases were served in.</summary>
public sealed record WindowAnswer(
    Guid Id, string Office, string Service, string Status, DateTime OpensAt, DateTime ClosesAt, DateTime SlotsFrom, DateTime SlotsTo,
    DateTime? ClosedAt, string? Seed, IReadOnlyList<string> Order, int Requests, int Allocated)
{
    public static WindowAnswer Of(ReleaseWindow w, string office) => new(
        w.Id, office, w.Service.ToString(), w.Status.ToString(), Utc(w.OpensAt), Utc(w.ClosesAt), Utc(w.SlotsFrom), Utc(w.SlotsTo),
        w.ClosedAt is { } closed ? Utc(closed) : null, w.Seed, w.Order, w.Requests, w.Allocated);

    private static DateTime Utc(DateTime moment) => DateTime.SpecifyKind(moment, DateTimeKind.Utc);
}

public sealed record BookingAnswer(
    Guid Id, string CaseNumber, string Uid, string Status, int Sequence, string Channel, string Language, Guid SlotId,
    string? Office, string? Service, string? Counter, DateTime? StartsAt, DateTime? EndsAt, DateTime CreatedAt, DateTime ChangedAt)
{
    public static BookingAnswer Of(BookingDetails d) => Of(d.Booking) with
    {
        Office = d.Office.Code,
        Service = d.Slot.Service.ToString(),
        Counter = d.Counter.Name,
        StartsAt = DateTime.SpecifyKind(d.Slot.StartsAt, DateTimeKind.Utc),
        EndsAt = DateTime.SpecifyKind(d.Slot.EndsAt, DateTimeKind.Utc),
    };

    public static BookingAnswer Of(Booking b) => new(
        b.Id, b.CaseNumber, b.Uid, b.Status.ToString(), b.Sequence, b.Channel.ToString(), b.Language, b.SlotId, null, null, null, null, null,
        DateTime.SpecifyKind(b.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(b.ChangedAt, DateTimeKind.Utc));
}
