using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Pathway.Cases.Workflow;

internal static class ProcessingTimesApi
{
    public static RouteHandlerBuilder MapProcessingTimesApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/cases/processing-times", async (ProcessingTimes times, CancellationToken cancellationToken) =>
                TypedResults.Ok(await times.CurrentAsync(cancellationToken)))
            .AllowAnonymous().WithTags("Cases: workflow").WithName("GetProcessingTimes")
            .WithSummary("Median and 90th percentile of days from submission to decision per application type, over the last year's decisions")
            .WithDescription("Public. Worked out once a day; a type with fewer than 10 decisions has no times (decided is given, medianDays and percentile90Days are null).");
}
