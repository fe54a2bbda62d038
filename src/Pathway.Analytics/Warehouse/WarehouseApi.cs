using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Pathway.Analytics.Warehouse;

internal static class WarehouseApi
{
    public static void MapWarehouseApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/analytics/warehouse").WithTags("Analytics warehouse").RequireAuthorization(AnalyticsPermissions.WarehouseManage);
        group.MapGet("/", StatusAsync).WithName("WarehouseStatus")
            .WithSummary("What the tenant's warehouse holds (facts by table, the days they span) and how current it is (outbox messages waiting, the oldest one's age in seconds), with the recent rebuilds");
        group.MapPost("/rebuild", RebuildAsync).WithName("RebuildWarehouse")
            .WithSummary("Builds the tenant's warehouse anew from what the modules hold now; audited")
            .WithDescription("200 with the facts written and the seconds it took. The feed from the outbox goes on meanwhile. "
                + "For millions of cases run `pathway warehouse rebuild`, which shows its progress.");
    }

    private static async Task<Ok<WarehouseStatus>> StatusAsync(WarehouseDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.StatusAsync(cancellationToken));

    private static async Task<Ok<RebuildAnswer>> RebuildAsync(WarehouseDesk desk, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var summary = await desk.RebuildAsync(user.Identity?.Name ?? "api", cancellationToken);
        return TypedResults.Ok(new RebuildAnswer(summary.Facts, Math.Round(summary.Took.TotalSeconds, 3)));
    }
}

/// <summary>A finished rebuild: the facts it wrote and how long it took.</summary>
public sealed record RebuildAnswer(long Facts, double Seconds);
