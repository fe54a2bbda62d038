using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Beneficiaries;

internal static class TeamApi
{
    public static void MapTeamApi(this IEndpointRouteBuilder routes)
    {
        var team = routes.MapGroup("/api/v1/beneficiaries/{id:guid}/team").WithTags("Support: beneficiaries").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        team.MapGet("/", OpenAsync).WithName("CaseTeam")
            .WithSummary("A case's team and the colleagues who may join it; 404 outside the team");
        team.MapPost("/", AddAsync).WithName("JoinCaseTeam")
            .Accepts<MemberBody>("application/json")
            .WithSummary("Adds a colleague to a case's team")
            .WithDescription("{ userId }: a colleague of the organisation holding the case whose role works support cases (400 on userId otherwise). 201 with the team; 409 when already on it. Audited.");
        team.MapDelete("/{userId:guid}", RemoveAsync).WithName("LeaveCaseTeam")
            .WithSummary("Takes a member off a case's team; 409 for the last member, 404 for someone not on it. Audited");
    }

    private static async Task<Results<Ok<TeamAnswer>, NotFound>> OpenAsync(Guid id, CaseTeams teams, HttpContext http, CancellationToken cancellationToken) =>
        await teams.OpenAsync(id, http.User, cancellationToken) is { } view ? TypedResults.Ok(TeamAnswer.Of(view)) : TypedResults.NotFound();

    private static async Task<Results<Created<TeamAnswer>, NotFound, Conflict<ProblemAnswer>, ValidationProblem>> AddAsync(
        Guid id, HttpRequest request, CaseTeams teams, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<MemberBody>(request, errors, cancellationToken);
        if (body?.UserId is not { } userId)
        {
            if (!errors.Any)
            {
                errors.AddTranslated("userId", BeneficiaryText.Team(TeamProblem.NotAColleague, text));
            }

            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var (view, problem) = await teams.AddAsync(id, userId, http.User, cancellationToken);
        switch (problem)
        {
            case null:
                return TypedResults.Created($"/api/v1/beneficiaries/{id}/team", TeamAnswer.Of(view!));
            case TeamProblem.CaseNotFound:
                return TypedResults.NotFound();
            case TeamProblem.AlreadyOnTeam:
                return TypedResults.Conflict(new ProblemAnswer(BeneficiaryText.Team(problem.Value, text)));
            default:
                errors.AddTranslated("userId", BeneficiaryText.Team(problem.Value, text));
                return TypedResults.ValidationProblem(errors.ToDictionary());
        }
    }

    private static async Task<Results<Ok<TeamAnswer>, NotFound, Conflict<ProblemAnswer>>> RemoveAsync(
        Guid id, Guid userId, CaseTeams teams, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var (view, problem) = await teams.RemoveAsync(id, userId, http.User, cancellationToken);
        return problem switch
        {
            null => TypedResults.Ok(TeamAnswer.Of(view!)),
            TeamProblem.CaseNotFound or TeamProblem.NotOnTeam => TypedResults.NotFound(),
            _ => TypedResults.Conflict(new ProblemAnswer(BeneficiaryText.Team(problem.Value, text))),
        };
    }

    internal sealed record MemberBody(Guid? UserId);

    internal sealed record MemberAnswer(Guid UserId, string Name, DateTime AddedAt);

    internal sealed record TeamAnswer(IReadOnlyList<MemberAnswer> Members, IReadOnlyList<Colleague> Colleagues)
    {
        public static TeamAnswer Of(TeamView view) => new([.. view.Members.Select(m => new MemberAnswer(m.UserId, m.Name, m.AddedAt))], view.Colleagues);
    }
}
