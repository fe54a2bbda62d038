using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;

namespace Pathway.Support.Retention;

/// <summary>
/// Runs the retention rules of every tenant each night at <see cref="At"/> (the office's time). Every
/// node runs this scheduler; the run's claim row (one per tenant and day) lets only one of them do the work.
/// </summary>
internal sealed class RetentionScheduler(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<RetentionScheduler> logger) : BackgroundService
{
    /// <summary>After the duplicate scan's hour, when the offices are closed and nobody works a case.</summary>
    public static readonly TimeOnly At = new(3, 30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off where something else decides when the rules run: the tests run them through the API.
        if (!configuration.GetValue("Retention:Scheduler", true))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = UntilNext(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunAllTenantsAsync(stoppingToken);
        }
    }

    internal static TimeSpan UntilNext(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = new DateTimeOffset(local.Date + At.ToTimeSpan(), local.Offset);
        var next = today > local ? today : today.AddDays(1);
        return next - local;
    }

    private async Task RunAllTenantsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var tenants = await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Tenants.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken);
        foreach (var tenant in tenants)
        {
            try
            {
                await using var tenantScope = scopes.CreateAsyncScope();
                var run = await tenantScope.ServiceProvider.GetRequiredService<RetentionSweep>()
                    .RunAsync(tenant, null, RetentionRun.Nightly, new AuditActor(null, "retention rules", tenant, null), cancellationToken);
                if (run is not null)
                {
                    logger.LogInformation("Nightly retention run of {Tenant}: {Acted} records anonymised or deleted, {Held} held back", tenant,
                        run.Results.Sum(r => r.Acted), run.Results.Sum(r => r.HeldBack));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One tenant's database trouble does not stop the others' runs.
                logger.LogError(e, "The nightly retention run of {Tenant} could not start", tenant);
            }
        }
    }
}
