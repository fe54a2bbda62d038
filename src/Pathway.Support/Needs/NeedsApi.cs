using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Localization;

namespace Pathway.Support.Needs;

internal static class NeedsApi
{
    public static void MapNeedsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/beneficiaries/{id:guid}/assessments").WithTags("Support: vulnerability").RequireAuthorization(SupportPermissions.BeneficiariesWork);
        routes.MapGet("/api/v1/assessments/due", DueAsync).WithTags("Support: vulnerability").RequireAuthorization(SupportPermissions.BeneficiariesWork)
            .WithName("AssessmentReviewsDue").WithSummary("The reviews of vulnerability assessments due in the next 14 days or overdue, in the cases the caller may open, the longest overdue first");
        group.MapGet("/", ListAsync).WithName("CaseAssessments")
            .WithSummary("A case's vulnerability assessments, the newest (the current one) first, with where its next review stands; 404 outside the team");
        group.MapPost("/", RecordAsync).WithName("RecordAssessment")
            .Accepts<AssessmentInput>("application/json")
            .WithSummary("Records a vulnerability assessment (a review is a new one)")
            .WithDescription("{ assessedOn (not after today), assessedBy (empty: the caller), needs: [{ category (UnaccompaniedOrSeparatedChild|Trafficking|GenderBasedOrDomesticViolence|"
                + "Disability|SeriousIllness|MentalHealth|OlderPerson|PregnancyOrBreastfeeding|SingleParent|Lgbtiq|TortureSurvivor), code (a UNHCR sub-code of the category, optional) }] "
                + "or noSpecificNeeds: true, exploitation (with Trafficking only: Sexual|ForcedLabourOrServices|SlaveryOrSimilarPractices|Servitude|CriminalActivities|RemovalOfOrgans|"
                + "ForcedMarriage|IllegalAdoption|Surrogacy|Other), note (at most 1000 characters), nextReviewOn (after assessedOn) }. 201; 400 naming every wrong field.");
    }

    private static async Task<Ok<IReadOnlyList<ReviewDue>>> DueAsync(NeedAssessments assessments, HttpContext http, CancellationToken cancellationToken) =>
        TypedResults.Ok(await assessments.DueAsync(http.User, cancellationToken));

    private static async Task<Results<Ok<AssessmentsAnswer>, NotFound>> ListAsync(Guid id, NeedAssessments desk, HttpContext http, CancellationToken cancellationToken)
    {
        if (await desk.ListAsync(id, http.User, cancellationToken) is not { } assessments)
        {
            return TypedResults.NotFound();
        }

        var today = await desk.TodayAsync(cancellationToken);
        var current = assessments.FirstOrDefault();
        return TypedResults.Ok(new AssessmentsAnswer(
            current?.NextReviewOn, current is null ? null : NeedAssessments.ReviewOf(current, today), [.. assessments.Select(AssessmentAnswer.Of)]));
    }

    private static async Task<Results<Created<AssessmentAnswer>, NotFound, ValidationProblem>> RecordAsync(
        Guid id, HttpRequest request, NeedAssessments desk, IStringLocalizer<SupportText> text, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        var body = await JsonBody.ReadAsync<AssessmentInput>(request, errors, cancellationToken);
        if (body is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // The form's flags for a day it could not read mean nothing in JSON, where such a day is a type error already.
        var (saved, problems) = await desk.RecordAsync(id, body with { AssessedOnUnreadable = false, NextReviewUnreadable = false }, http.User, cancellationToken);
        if (saved is not null)
        {
            return TypedResults.Created($"/api/v1/beneficiaries/{id}/assessments/{saved.Id}", AssessmentAnswer.Of(saved));
        }

        if (problems.Any(p => p.Problem == NeedProblem.CaseNotFound))
        {
            return TypedResults.NotFound();
        }

        foreach (var refusal in problems)
        {
            errors.AddTranslated(refusal.Field, NeedText.Problem(refusal.Problem, text));
        }

        return TypedResults.ValidationProblem(errors.ToDictionary());
    }

    internal sealed record AssessmentsAnswer(DateOnly? NextReviewOn, ReviewState? Review, IReadOnlyList<AssessmentAnswer> Assessments);

    internal sealed record AssessmentAnswer(
        Guid Id, DateOnly AssessedOn, string AssessedBy, bool NoSpecificNeeds, IReadOnlyList<NeedAnswer> Needs, string? Note, DateOnly NextReviewOn, DateTime RecordedAt, string RecordedBy)
    {
        public static AssessmentAnswer Of(NeedAssessment a) => new(
            a.Id, a.AssessedOn, a.AssessedBy, a.NoSpecificNeeds, [.. a.Needs.OrderBy(n => n.Category).Select(n => new NeedAnswer(n.Category, n.UnhcrCode, n.Exploitation))],
            a.Note, a.NextReviewOn, a.RecordedAt, a.RecordedBy);
    }

    internal sealed record NeedAnswer(NeedCategory Category, string? UnhcrCode, Exploitation? Exploitation);
}
