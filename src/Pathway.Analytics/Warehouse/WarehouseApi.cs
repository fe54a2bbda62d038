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

        var tables = routes.MapGroup("/api/v1/analytics/warehouse/tables").WithTags("Analytics warehouse").RequireAuthorization(AnalyticsPermissions.AnalyticsExport);
        tables.MapGet("/", TablesAsync).WithName("WarehouseTables")
            .WithSummary("The warehouse's tables an analyst may export as Parquet, with the tenant's rows in each")
            .WithDescription("Names: " + string.Join(", ", ParquetExport.TableNames) + ".");
        tables.MapGet("/{table}.parquet", ExportAsync).WithName("WarehouseTableParquet")
            .WithSummary("One warehouse table of the tenant as an Apache Parquet file (pseudonymised, without the tenant column); audited")
            .WithDescription("Column names as in the database; days as DATE, instants as TIMESTAMP (UTC, microseconds), ids as text, optional columns nullable. "
                + "404 for a table that is not exported. For a whole warehouse at once run `pathway warehouse export --output DIR`.");
    }

    private static async Task<Ok<WarehouseStatus>> StatusAsync(WarehouseDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.StatusAsync(cancellationToken));

    private static async Task<Ok<RebuildAnswer>> RebuildAsync(WarehouseDesk desk, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var summary = await desk.RebuildAsync(user.Identity?.Name ?? "api", cancellationToken);
        return TypedResults.Ok(new RebuildAnswer(summary.Facts, Math.Round(summary.Took.TotalSeconds, 3)));
    }

    private static async Task<Ok<IReadOnlyList<ExportableTable>>> TablesAsync(WarehouseDesk desk, CancellationToken cancellationToken) =>
        TypedResults.Ok(await desk.ExportableTablesAsync(cancellationToken));

    /// <summary>
    /// The file is written whole to a temporary file first, then sent: a failure midway answers an error, never a
    /// truncated file with 200, and the download has its length. The temporary file goes when the stream is closed.
    /// </summary>
    private static async Task<Results<FileStreamHttpResult, NotFound>> ExportAsync(string table, WarehouseDesk desk, CancellationToken cancellationToken)
    {
        if (!ParquetExport.Exists(table))
        {
            return TypedResults.NotFound();
        }

        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"pathway-export-{Guid.NewGuid():N}.parquet"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            bufferSize: 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await desk.ExportAsync(table, file, cancellationToken);
            file.Position = 0;
            return TypedResults.File(file, ParquetExport.ContentType, table + ".parquet");
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}

/// <summary>A finished rebuild: the facts it wrote and how long it took.</summary>
public sealed record RebuildAnswer(long Facts, double Seconds);
