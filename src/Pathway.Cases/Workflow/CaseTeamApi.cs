using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Workflow;

internal static class CaseTeamApi
{
    /// <summary>More at once is a mistake more often than a plan; a supervisor moves a larger backlog in parts.</summary>
    public const int MaxBulk = 500;

    public static RouteGroupBuilder MapCaseTeamApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/cases").WithTags("Cases: team").RequireAuthorization(CasesPermissions.CasesSupervise);
        group.MapGet("/team", OverviewAsync).WithName("GetCaseTeam")
            .WithSummary("Open, overdue and soon-due cases per officer, overdue cases by officer and application type, and each officer's qualifications");
        group.MapPut("/team/{officerId:guid}/qualifications", QualifyAsync).WithName("SetOfficerQualifications")
            .WithSummary("Replaces the application types an officer is given new cases of (auto-assignment picks the least-loaded qualified officer)");
        group.MapPost("/bulk/assign", ReassignAsync).WithName("ReassignCases")
            .WithSummary("Assigns up to 500 cases to an officer; each case is its own change, and the answer says what happened to each");
        return group;
    }

    private static async Task<Ok<TeamOverview>> OverviewAsync(ICaseTeam team, CancellationToken cancellationToken) =>
        TypedResults.Ok(await team.OverviewAsync(cancellationToken));

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> QualifyAsync(
        Guid officerId, QualificationsRequest request, ICaseTeam team, ICaseCatalogue catalogue, IStringLocalizer<CasesText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var known = (await catalogue.InForceAsync(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken)).Select(e => e.Type.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = (request.ApplicationTypes ?? []).Where(t => !known.Contains(t)).ToList();
        if (request.ApplicationTypes is null || unknown.Count > 0)
        {
            var errors = new FieldErrors(text);
            errors.Add("applicationTypes", "There is no such application type in the catalogue for that day.");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return await team.SetQualificationsAsync(officerId, request.ApplicationTypes, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<IReadOnlyList<BulkAnswer>>, ValidationProblem>> ReassignAsync(
        BulkAssignRequest request, ICaseTeam team, ICaseOfficers officers, IStringLocalizer<CasesText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (request.Numbers is not { Count: > 0 and <= MaxBulk })
        {
            errors.Add("numbers", "Give from {0} to {1} case numbers.", 1, MaxBulk);
        }

        if (request.OfficerId is not { } officer || (await officers.ListAsync(cancellationToken)).All(o => o.Id != officer))
        {
            errors.Add("officerId", "Choose the officer.");
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var results = await team.ReassignAsync(request.Numbers!, request.OfficerId!.Value, request.Reason, http.User, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<BulkAnswer>>([.. results.Select(r => new BulkAnswer(r.Number, r.Done, r.Refusal is null ? null : RefusalText.Of(r.Refusal, text)))]);
    }
}

public sealed record QualificationsRequest(IReadOnlyList<string>? ApplicationTypes);

public sealed record BulkAssignRequest(IReadOnlyList<string>? Numbers, Guid? OfficerId, string? Reason);

public sealed record BulkAnswer(string Number, bool Done, string? Refusal);
