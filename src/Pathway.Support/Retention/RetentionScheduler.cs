using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pathway.Platform.Audit;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Retention;

/// <summary>
/// Runs the retention rules of every tenant each night at 03:30 (the office's time). Every node runs
/// this scheduler; the run's claim row (one per tenant and day) lets only one of them do the work.
/// </summary>
internal sealed class RetentionScheduler(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<RetentionScheduler> logger)
    : NightlyTenantJob(scopes, clock)
{
    /// <summary>After the duplicate scan's hour, when the offices are closed and nobody works a case.</summary>
    protected override TimeOnly At => new(3, 30);

    // Off where something else decides when the rules run: the tests run them through the API.
    protected override bool Enabled => configuration.GetValue("Retention:Scheduler", true);

    protected override async Task RunAsync(IServiceProvider services, Guid tenant, CancellationToken cancellationToken)
    {
        try
        {
            var run = await services.GetRequiredService<RetentionSweep>()
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
