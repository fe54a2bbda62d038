using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Appointments;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;

namespace Pathway.Cases.WalkIn;

internal static class WalkInApi
{
    /// <summary>A kiosk issues tickets with a staff sign-in (cases.work) or an API key holding only the kiosk scope.</summary>
    internal static void KioskPolicy(AuthorizationPolicyBuilder policy) => policy.RequireAuthenticatedUser().RequireAssertion(context =>
        context.Resource is HttpContext http && http.RequestServices.GetRequiredService<PermissionCatalog>() is var catalog
        && (catalog.IsGranted(context.User, CasesPermissions.QueueKiosk) || catalog.IsGranted(context.User, CasesPermissions.CasesWork)));

    public static RouteGroupBuilder MapWalkInApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases/queue").WithTags("Cases: walk-in queue");
        group.MapPost("/tickets", IssueAsync).RequireAuthorization(KioskPolicy).WithIdempotency().WithName("IssueTicket").WithSummary("Issues the next walk-in ticket of a service")
            .Accepts<IssueRequest>("application/json")
            .WithDescription("{ office (code), service (Information|Submission|Fingerprints|Collection) }. Numbers carry the service's letter (A, B, C, D) and start "
                + "again at 001 each day in the office's time zone. 201 with the ticket; 400 naming the field for an unknown office or service. "
                + "A kiosk that retries after a timeout sends the same Idempotency-Key and gets the same ticket, not a second one.");
        group.MapGet("/tickets", TodayAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("ListTickets")
            .WithSummary("Lists today's tickets of an office with their state and waiting time").WithDescription("?office=CODE");
        group.MapGet("/statistics", StatisticsAsync).RequireAuthorization(CasesPermissions.CasesRead).WithName("QueueStatistics")
            .WithSummary("Tickets, served, no-shows and median and 90th-percentile waiting and service times per service and day")
            .WithDescription("?office=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD (office days, both included; today when left out; at most 92 days). Times in seconds; null when no ticket had one.");

        var work = group.MapGroup("").RequireAuthorization(CasesPermissions.CasesWork);
        work.MapPost("/call", CallAsync).WithName("CallNextTicket").WithSummary("Calls the longest-waiting ticket to a counter")
            .Accepts<CallRequest>("application/json")
            .WithDescription("{ office, counter (name or id), service (optional: only this one) }. Takes tickets of the services the counter serves, the one "
                + "that has waited longest first. 200 with the ticket; 204 when nobody is waiting; 404 for an unknown counter; 409 when the counter does "
                + "not serve the service or still has a called ticket.");
        work.MapPost("/tickets/{id:guid}/recall", (Guid id, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken ct) => Changed(queue, queue.RecallAsync(id, ct), text))
            .WithName("RecallTicket").WithSummary("Shows a called ticket on the display again");
        work.MapPost("/tickets/{id:guid}/start", (Guid id, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken ct) => Changed(queue, queue.StartAsync(id, ct), text))
            .WithName("StartTicket").WithSummary("Records that the visitor came to the counter: service starts");
        work.MapPost("/tickets/{id:guid}/served", (Guid id, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken ct) => Changed(queue, queue.ServeAsync(id, ct), text))
            .WithName("ServeTicket").WithSummary("Records that the visitor was served");
        work.MapPost("/tickets/{id:guid}/no-show", (Guid id, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken ct) => Changed(queue, queue.NoShowAsync(id, ct), text))
            .WithName("NoShowTicket").WithSummary("Records that the called visitor did not come");
        work.MapPost("/tickets/{id:guid}/transfer", TransferAsync).WithName("TransferTicket").WithSummary("Sends the visitor on to another service with a new number")
            .Accepts<TransferRequest>("application/json").WithDescription("{ service }. The ticket ends as transferred; the answer is the new ticket, waiting from now.");
        return group;
    }

    private static async Task<Results<Created<TicketAnswer>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        HttpRequest request, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<IssueRequest>(request, errors, cancellationToken);
        var office = body is null ? null : await OfficeAsync(queue, body.Office, errors, cancellationToken);
        var service = body is null ? null : Service(body.Service, errors);
        if (errors.Any || office is null || service is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await queue.IssueAsync(office, service.Value, cancellationToken);
        return outcome.Problem is { } problem
            ? Problem(problem, text)
            : TypedResults.Created($"/api/v1/cases/queue/tickets/{outcome.Ticket!.Id}", TicketAnswer.Of(outcome.Ticket, null, queue.UtcNow));
    }

    private static async Task<Results<Ok<IReadOnlyList<TicketAnswer>>, ValidationProblem>> TodayAsync(
        string? office, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var found = await OfficeAsync(queue, office, errors, cancellationToken);
        if (found is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var counters = (await queue.CountersAsync(found, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var now = queue.UtcNow;
        IReadOnlyList<TicketAnswer> tickets = [.. (await queue.TodayAsync(found, cancellationToken))
            .Select(t => TicketAnswer.Of(t, t.CounterId is { } id ? counters.GetValueOrDefault(id) : null, now))];
        return TypedResults.Ok(tickets);
    }

    private static async Task<Results<Ok<IReadOnlyList<QueueDayStatistics>>, ValidationProblem>> StatisticsAsync(
        string? office, string? from, string? to, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var found = await OfficeAsync(queue, office, errors, cancellationToken);
        var today = found is null ? DateOnly.FromDateTime(queue.UtcNow) : queue.Today(found);
        var first = Day(from, "from", today, errors);
        var last = Day(to, "to", first ?? today, errors);
        if (first is { } a && last is { } b && (b < a || b.DayNumber - a.DayNumber > 91))
        {
            errors.Add("to", "The last day must be on or after the first, and at most 92 days on.");
        }

        if (errors.Any || found is null || first is null || last is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await queue.StatisticsAsync(found, first.Value, last.Value, cancellationToken));
    }

    private static async Task<Results<Ok<TicketAnswer>, NoContent, ValidationProblem, ProblemHttpResult>> CallAsync(
        HttpRequest request, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<CallRequest>(request, errors, cancellationToken);
        var office = body is null ? null : await OfficeAsync(queue, body.Office, errors, cancellationToken);
        AppointmentService? only = null;
        if (body is { Service.Length: > 0 })
        {
            only = Service(body.Service, errors);
        }

        if (errors.Any || office is null || body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var counter = await queue.CounterAsync(office, body.Counter, cancellationToken);
        if (counter is null)
        {
            return Problem(QueueProblem.CounterNotFound, text);
        }

        var outcome = await queue.CallAsync(office, counter, only, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return Problem(problem, text);
        }

        return outcome.Ticket is { } ticket ? TypedResults.Ok(TicketAnswer.Of(ticket, counter.Name, queue.UtcNow)) : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<TicketAnswer>, ValidationProblem, ProblemHttpResult>> TransferAsync(
        Guid id, HttpRequest request, WalkInQueue queue, IStringLocalizer<CasesText> text, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<TransferRequest>(request, errors, cancellationToken);
        var service = body is null ? null : Service(body.Service, errors);
        if (errors.Any || service is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var outcome = await queue.TransferAsync(id, service.Value, cancellationToken);
        return outcome.Problem is { } problem ? Problem(problem, text) : TypedResults.Ok(TicketAnswer.Of(outcome.Ticket!, null, queue.UtcNow));
    }

    private static async Task<Results<Ok<TicketAnswer>, ProblemHttpResult>> Changed(WalkInQueue queue, Task<QueueOutcome> change, IStringLocalizer<CasesText> text)
    {
        var outcome = await change;
        return outcome.Problem is { } problem ? Problem(problem, text) : TypedResults.Ok(TicketAnswer.Of(outcome.Ticket!, null, queue.UtcNow));
    }

    private static ProblemHttpResult Problem(QueueProblem problem, IStringLocalizer<CasesText> text) =>
        TypedResults.Problem(title: QueueProblemText.Message(problem, text), statusCode: QueueProblemText.Status(problem),
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = problem.ToString() });

    private static async Task<Office?> OfficeAsync(WalkInQueue queue, string? code, FieldErrors errors, CancellationToken cancellationToken)
    {
        var office = await queue.OfficeAsync(code, cancellationToken);
        if (office is null)
        {
            errors.Add("office", "No office has this code.");
        }

        return office;
    }

    private static AppointmentService? Service(string? value, FieldErrors errors)
    {
        var service = WalkInServices.Parse(value);
        if (service is null)
        {
            errors.Add("service", "The service must be one of: {0}.", string.Join(", ", WalkInServices.All));
        }

        return service;
    }

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
}

/// <summary>Every field is text, so a wrong type is a named field error rather than a failed read.</summary>
public sealed record IssueRequest(string? Office, string? Service);

public sealed record CallRequest(string? Office, string? Counter, string? Service = null);

public sealed record TransferRequest(string? Service);

public sealed record TicketAnswer(
    Guid Id, string Code, string Service, DateOnly Day, int Number, string Status, string? Counter, int Recalls,
    DateTime IssuedAt, DateTime? CalledAt, DateTime? ServiceStartedAt, DateTime? EndedAt, double WaitingSeconds, Guid? TransferredFromId)
{
    public static TicketAnswer Of(Ticket t, string? counter, DateTime now) => new(
        t.Id, t.Code, t.Service.ToString(), t.Day, t.Number, t.Status.ToString(), counter, t.Recalls,
        Utc(t.IssuedAt), Utc(t.CalledAt), Utc(t.ServiceStartedAt), Utc(t.EndedAt),
        Math.Max(0, Math.Round(((t.CalledAt ?? now) - t.IssuedAt).TotalSeconds)), t.TransferredFromId);

    private static DateTime Utc(DateTime moment) => DateTime.SpecifyKind(moment, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? moment) => moment is { } m ? Utc(m) : null;
}
