using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Protection;

/// <summary>
/// Once at start, after the migrations: seals the special-category values that are behind their
/// tenant's key version (plain text written before sealing began, or values of a key rotated while
/// this node was down). Each pass finds nothing to do once it has run, so every node may run it.
/// </summary>
public sealed class SpecialCategoryBackfill(IServiceScopeFactory scopes, ILogger<SpecialCategoryBackfill> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            var tenants = await db.Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(stoppingToken);
            var resealer = scope.ServiceProvider.GetRequiredService<SpecialCategoryResealer>();
            foreach (var tenant in tenants)
            {
                var summary = await resealer.ResealAsync(tenant, cancellationToken: stoppingToken);
                if (summary.Sealed > 0 || summary.Unopenable > 0)
                {
                    log.LogInformation("Sealed {Sealed} special-category values of tenant {Tenant} under key v{Version}; {Unopenable} did not open and were left as they are.", summary.Sealed, tenant, summary.KeyVersion, summary.Unopenable);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // The database may be migrating or away: the next start goes on where this one stopped.
            log.LogWarning(e, "Could not seal the special-category values that are behind; the rest waits for the next start.");
        }
    }
}
