using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// Once at start, after the migrations and the demo data: builds the warehouse of every tenant that has
/// never had one finished (a new installation, the upgrade that brought the warehouse, a rebuild cut
/// short). From then on the outbox keeps it current. Two nodes starting at once may both build: each
/// writes every fact, and the facts are written idempotently, so the result is the same.
/// </summary>
internal sealed class WarehouseBackfill(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<WarehouseBackfill> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off where the tests build it when they mean to.
        if (!configuration.GetValue("Warehouse:BuildAtStart", true))
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            var built = db.Set<WarehouseLoad>().Where(l => l.FinishedAt != null).Select(l => l.TenantId);
            var tenants = await db.Tenants.AsNoTracking().Where(t => !built.Contains(t.Id)).Select(t => t.Id).ToListAsync(stoppingToken);
            foreach (var tenant in tenants)
            {
                var summary = await scope.ServiceProvider.GetRequiredService<WarehouseRebuild>().RunAsync(tenant, "start", cancellationToken: stoppingToken);
                log.LogInformation("Built the warehouse of tenant {Tenant}: {Facts} facts in {Seconds:0.0} s", tenant, summary.Facts, summary.Took.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The database may be away: the next start builds what this one could not.
            log.LogWarning(e, "Could not build the warehouse at start; the next start tries again, or run `pathway warehouse rebuild`.");
        }
    }
}
