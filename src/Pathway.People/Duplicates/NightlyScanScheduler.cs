using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Duplicates;

/// <summary>
/// Starts the full duplicate scan of every tenant each night at <c>Registry:NightlyScanAt</c>
/// (local time of the tenant). Every node runs this scheduler; the scan's claim row lets only
/// one of them do the work.
/// </summary>
internal sealed class NightlyScanScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RegistryOptions> options, ILogger<NightlyScanScheduler> logger)
    : NightlyTenantJob(scopes, clock)
{
    protected override TimeOnly At { get; } = options.Value.NightlyScanTime;

    protected override async Task RunAsync(IServiceProvider services, Guid tenant, CancellationToken cancellationToken)
    {
        var summary = await services.GetRequiredService<IRegistryScan>().RunAsync(tenant, "nightly", cancellationToken: cancellationToken);
        if (!summary.Skipped)
        {
            logger.LogInformation("Nightly duplicate scan of {Tenant}: {Records} records, {Raised} new entries in {Seconds:N0} s", tenant, summary.Records, summary.Raised, summary.Elapsed.TotalSeconds);
        }
    }
}
