using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Fairness;

internal static class FairnessApi
{
    public static void MapFairnessApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/analytics/fairness", ReportAsync).WithTags("Analytics fairness").WithName("FairnessReport")
            .RequireAuthorization(AnalyticsPermissions.AnalyticsFairness)
            .WithSummary("The fairness monitor: refusals and days to decision by citizenship and sex against comparable applicants (same application type and office), with 95% intervals and Benjamini-Hochberg flags; small groups are listed, not shown")
            .WithDescription("from and to (YYYY-MM, whole months, at most 60; default the last twelve), office (id). Decisions made in the period count; "
                + "discontinued cases are left out. 400 names each wrong filter in the caller's language.");
    }

    private static async Task<Results<Ok<FairnessReport>, ValidationProblem>> ReportAsync(
        [AsParameters] FairnessQuery query, FairnessFigures figures, IStringLocalizer<AnalyticsText> text, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors(text);
        if (query.Filter(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), errors) is not { } filter)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await figures.ForAsync(filter, cancellationToken));
    }
}
