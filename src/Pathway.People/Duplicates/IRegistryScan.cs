using Pathway.Matching;

namespace Pathway.People.Duplicates;

/// <summary>A full duplicate and fraud-signal scan of a tenant's registry (nightly, on a supervisor's request, or from the CLI).</summary>
public interface IRegistryScan
{
    /// <param name="trigger">"nightly" runs once per tenant and day across all nodes; any other name always runs.</param>
    Task<ScanSummary> RunAsync(Guid tenantId, string trigger, IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a scan someone asked for now, unless one of the tenant is running; the claimed run's id,
    /// or null. Of nodes asked at the same moment, one claims it; the claimer runs it with <see cref="RunClaimedAsync"/>.
    /// </summary>
    Task<Guid?> ClaimOnDemandAsync(Guid tenantId, CancellationToken cancellationToken = default);

    /// <summary>Runs a scan claimed with <see cref="ClaimOnDemandAsync"/>.</summary>
    Task<ScanSummary> RunClaimedAsync(Guid runId, IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>A running scan of the tenant and the last finished one, as every node sees them; null before the first scan.</summary>
    Task<ScanStatus?> LatestAsync(Guid tenantId, CancellationToken cancellationToken = default);
}
