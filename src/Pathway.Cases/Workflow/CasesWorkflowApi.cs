using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Workflow;

internal static class CasesWorkflowApi
{
    public const string RefusedProblemType = "https://pathway.example/problems/case-action-refused";
    public const string StaleProblemType = "https://pathway.example/problems/case-changed";

    public static RouteGroupBuilder MapCasesWorkflowApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases").WithTags("Cases: workflow");
        group.MapPost("/", RegisterAsync).RequireAuthorization(CasesPermissions.CasesWork).WithIdempotency()
            .WithName("RegisterCase").WithSummary("Registers a residence application as a case and gives it its number");
        group.MapGet("/", QueueAsync).RequireAuthorization(CasesPermissions.CasesRead)
            .WithName("ListCases").WithSummary("A queue of cases: filters (employer= a part of the employer's name or its NIP, for cases filed online), search and sort")
            .WithDescription("?scope=all|mine|unassigned&officer=<id>&state=&type=&overdue=true&soon=true&q=&sort=due|submitted|number&page=&pageSize=. "
                + "officer narrows to the cases assigned to one officer (a supervisor's look at a colleague's queue). "
                + "q finds a case number or passport number exactly, and names in any script or romanisation, every word in any order.");
        group.MapGet("/{number}", OpenAsync).RequireAuthorization(CasesPermissions.CasesRead)
            .WithName("GetCase").WithSummary("Opens a case with its clock, terms, offered actions and timeline; the read is audited with its reason");
        group.MapPost("/{number}/actions/{action}", ActAsync).RequireAuthorization(CasesPermissions.CasesWork)
            .WithName("TakeCaseAction").WithSummary("Takes an action on the version of the case the caller read")
            .WithDescription("The version comes in the body or as If-Match. 409 with type case-action-refused says why the law or the state does not allow it; "
                + "409 with type case-changed means someone changed the case since (currentVersion); nothing is saved in either case.");
        return group;
    }

    private static async Task<Results<Created<CaseAnswer>, ValidationProblem, ForbidHttpResult>> RegisterAsync(
        RegisterCaseRequest request, ICaseDesk desk, IStringLocalizer<CasesText> text, TimeProvider clock, HttpContext http, IAuthorizationService authorization,
        CancellationToken cancellationToken)
    {
        if (http.User.GetOrganisationId() is not { } organisation)
        {
            return TypedResults.Forbid();
        }

        var errors = new FieldErrors(text);
        if (CaseRequestReader.Read(request, errors, DateOnly.FromDateTime(clock.GetLocalNow().DateTime)) is not { } application)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        switch (await desk.RegisterAsync(application, organisation, http.User, cancellationToken))
        {
            case RegisterOutcome.Registered registered:
                var file = await desk.OpenAsync(registered.Case.Number, "registered", cancellationToken);
                return TypedResults.Created($"/api/v1/cases/{Uri.EscapeDataString(registered.Case.Number)}", CaseAnswer.Of(file!, await MaySuperviseAsync(authorization, http)));
            default:
                errors.Add("applicationType", "There is no such application type in the catalogue for that day.");
                return TypedResults.ValidationProblem(errors.ToDictionary());
        }
    }

    private static async Task<Results<Ok<CaseQueueAnswer>, ValidationProblem>> QueueAsync(
        string? scope, string? officer, string? state, string? type, bool? overdue, bool? soon, string? q, string? sort, int? page, int? pageSize, string? employer,
        ICaseDesk desk, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var query = CaseQueueReader.Read(scope, state, type, overdue, soon, q, sort, page, pageSize, errors, officer, employer);
        if (query is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var result = await desk.QueueAsync(query, http.User, cancellationToken);
        return TypedResults.Ok(new CaseQueueAnswer(
            [.. result.Items.Select(i => new CaseQueueItem(i.Number, i.ApplicationType, i.Applicant, i.Citizenship, i.State.ToString(), i.SubmittedOn, i.DecisionDueOn, i.AssignedOfficerId, i.Version))],
            result.Total, result.Page, result.PageSize, result.Capped));
    }

    private static async Task<Results<Ok<CaseAnswer>, NotFound>> OpenAsync(
        string number, string? reason, ICaseDesk desk, HttpContext http, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (await desk.OpenAsync(number, reason, cancellationToken) is not { } file)
        {
            return TypedResults.NotFound();
        }

        http.Response.Headers.ETag = Tag(file.Case.Version);
        return TypedResults.Ok(CaseAnswer.Of(file, await MaySuperviseAsync(authorization, http)));
    }

    private static async Task<Results<Ok<CaseAnswer>, NotFound, ValidationProblem, ProblemHttpResult>> ActAsync(
        string number, string action, CaseActionRequest request, ICaseDesk desk, IStringLocalizer<CasesText> text, HttpContext http, IAuthorizationService authorization,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (CaseActionNames.Parse(action) is not { } known)
        {
            errors.Add("action", "This is not an action one can take on a case.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        request = request with { Version = request.Version ?? IfMatch(http) };
        if (CaseRequestReader.Read(request, errors) is not { } input)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        switch (await desk.ActAsync(number, known, request.Version!.Value, input, http.User, cancellationToken))
        {
            case ActOutcome.Done done:
                http.Response.Headers.ETag = Tag(done.File.Case.Version);
                return TypedResults.Ok(CaseAnswer.Of(done.File, await MaySuperviseAsync(authorization, http)));
            case ActOutcome.NotFound:
                return TypedResults.NotFound();
            case ActOutcome.Refused { Refusal.Field: { } field } refused:
                errors.AddTranslated(field, RefusalText.Of(refused.Refusal, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
            case ActOutcome.Refused refused:
                return TypedResults.Problem(title: RefusalText.Of(refused.Refusal, text), statusCode: StatusCodes.Status409Conflict, type: RefusedProblemType);
            case ActOutcome.Stale stale:
                return TypedResults.Problem(
                    title: text["Someone changed this case since you opened it. Nothing was saved; open it again to see the change."],
                    statusCode: StatusCodes.Status409Conflict, type: StaleProblemType,
                    extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["currentVersion"] = stale.CurrentVersion });
            default:
                throw new InvalidOperationException("Every outcome is answered above.");
        }
    }

    private static string Tag(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    private static int? IfMatch(HttpContext http) =>
        int.TryParse(http.Request.Headers.IfMatch.ToString().Replace("W/", "", StringComparison.Ordinal).Trim('"', ' '), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static async Task<bool> MaySuperviseAsync(IAuthorizationService authorization, HttpContext http) =>
        (await authorization.AuthorizeAsync(http.User, CasesPermissions.CasesSupervise)).Succeeded;
}

/// <summary>A queue page; <see cref="Capped"/> says a search matched more cases than <see cref="Total"/> and should be narrowed.</summary>
public sealed record CaseQueueAnswer(IReadOnlyList<CaseQueueItem> Items, int Total, int Page, int PageSize, bool Capped);

public sealed record CaseQueueItem(string Number, string ApplicationType, string Applicant, string Citizenship, string State, DateOnly SubmittedOn, DateOnly? DecisionDueOn, Guid? AssignedOfficerId, int Version);

/// <summary>Reads a queue's filters from an address, for the API and the queue page alike.</summary>
public static class CaseQueueReader
{
    public static CaseQueueQuery? Read(
        string? scope, string? state, string? type, bool? overdue, bool? soon, string? q, string? sort, int? page, int? pageSize, FieldErrors errors, string? officer = null, string? employer = null)
    {
        Guid? officerValue = null;
        if (!string.IsNullOrWhiteSpace(officer))
        {
            if (Guid.TryParse(officer.Trim(), out var parsedOfficer))
            {
                officerValue = parsedOfficer;
            }
            else
            {
                errors.Add("officer", "This is not an officer's id.");
            }
        }

        var scopeValue = CaseRequestReader.Choice<CaseQueueScope>(scope, "scope", errors) ?? CaseQueueScope.All;
        var sortValue = CaseRequestReader.Choice<CaseQueueSort>(sort, "sort", errors) ?? CaseQueueSort.Due;
        var stateValue = CaseRequestReader.Choice<CaseState>(state, "state", errors);
        if (page is < 1 or > 100_000)
        {
            errors.Add("page", "Enter a number from {0} to {1}.", 1, 100_000);
        }

        if (pageSize is < 1 or > CaseQueueQuery.MaxPageSize)
        {
            errors.Add("pageSize", "Enter a number from {0} to {1}.", 1, CaseQueueQuery.MaxPageSize);
        }

        if (q?.Length > 200)
        {
            errors.Add("q", "Write at most {0} characters.", 200);
        }

        if (employer?.Trim().Length > CaseQueueQuery.MaxEmployerLength)
        {
            errors.Add("employer", "Write at most {0} characters.", CaseQueueQuery.MaxEmployerLength);
        }

        return errors.Any
            ? null
            : new CaseQueueQuery(scopeValue, stateValue, string.IsNullOrWhiteSpace(type) ? null : type.Trim(), overdue ?? false, soon ?? false, q, sortValue, page ?? 1, pageSize ?? 50, officerValue,
                string.IsNullOrWhiteSpace(employer) ? null : employer.Trim());
    }
}
